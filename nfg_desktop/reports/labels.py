"""Adressetiketten: partner addresses on 3 x 8 labels of 70 x 37 mm (e.g. Zweckform 3474).

The first label can be any position on the sheet, so a half-used sheet can be used up. Text is
shrunk (down to 7 pt) and finally shortened with "…", so it never leaves its label.
"""

from __future__ import annotations

from dataclasses import replace

from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from nfg_desktop.reports.fasttext import FastText
from nfg_desktop.reports.fonts import BOLD, REGULAR
from nfg_desktop.reports.language import Texts, texts
from nfg_desktop.reports.options import LABELS_PER_SHEET, ReportOptions
from nfg_desktop.reports.page import Frame, ReportCanvas, ReportInfo, draw_empty, render_canvas
from nfg_desktop.reports.text import ellipsize, fit_lines, width_of, wrap
from nfg_desktop.services import letterhead, reporting
from nfg_desktop.services.reporting import ATTENTION, AddressLabel

TITLE = "Adressetiketten"
COLUMNS = 3
ROWS = 8
LABEL_WIDTH = 70 * mm
LABEL_HEIGHT = 37 * mm
TOP_OFFSET = 0.5 * mm  # 8 x 37 mm = 296 mm on a 297 mm sheet
PAD_X = 6 * mm
PAD_Y = 5 * mm
SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5, 7.0)


def label_origin(position: int, page_height: float) -> tuple[float, float]:
    """Bottom-left corner of label ``position`` (0 = top left, row by row)."""
    row, column = divmod(position, COLUMNS)
    x = column * LABEL_WIDTH
    y = page_height - TOP_OFFSET - (row + 1) * LABEL_HEIGHT
    return x, y


def layout(label: AddressLabel) -> tuple[float, list[tuple[str, str]]]:
    """Font size and (font, text) lines that fit into one label."""
    width = LABEL_WIDTH - 2 * PAD_X
    height = LABEL_HEIGHT - 2 * PAD_Y
    rest = [text for text in (label.attention, label.street, label.town_line) if text]
    for size in SIZES:
        leading = size * 1.2
        name_lines = wrap(label.name, BOLD, size, width)
        fits_width = all(width_of(text, REGULAR, size) <= width for text in rest)
        if (
            len(name_lines) <= 2
            and fits_width
            and (len(name_lines) + len(rest)) * leading <= height
        ):
            return size, [(BOLD, t) for t in name_lines] + [(REGULAR, t) for t in rest]
    size = SIZES[-1]
    max_lines = max(1, int(height // (size * 1.2)) - len(rest))
    name_lines = fit_lines(label.name, BOLD, size, width, min(2, max_lines))
    return size, [(BOLD, t) for t in name_lines] + [
        (REGULAR, ellipsize(t, REGULAR, size, width)) for t in rest
    ]


def _draw_label(canvas: ReportCanvas, label: AddressLabel, x: float, y: float) -> None:
    size, lines = layout(label)
    leading = size * 1.2
    text = FastText(canvas)  # fallback fonts and right-to-left order, like every report
    baseline = y + LABEL_HEIGHT - PAD_Y - size
    for font, line in lines:
        text.put(x + PAD_X, baseline, line, font, size, 0)
        baseline -= leading
    text.flush()


def _in(label: AddressLabel, t: Texts) -> AddressLabel:
    """The label with its „z. Hd.“ line in the printout's language."""
    if not t.english or not label.attention:
        return label
    name = label.attention.removeprefix(ATTENTION.format(name=""))
    return replace(label, attention=t(ATTENTION, name=name))


def build(session: Session, options: ReportOptions) -> bytes:
    t = texts(options.language)
    labels = [
        _in(label, t)
        for label in reporting.address_labels(
            session, options.today, status=options.status, focus=options.focus, ids=options.ids
        )
    ]
    head = letterhead.read(session)
    info = ReportInfo(
        title=t(TITLE),
        subtitle=t(
            "{count} 70 × 37 mm ab Position {start}",
            count=t.count(len(labels), "Etikett", "Etiketten"),
            start=options.start_label,
        ),
        network=head.network,
        logo=head.logo,
        today=options.today,
        decorations=not labels,
        language=options.language,
    )

    def draw(canvas: ReportCanvas, frame: Frame) -> None:
        if not labels:
            draw_empty(canvas, frame)
            return
        _, page_height = info.pagesize
        position = options.start_label - 1
        for label in labels:
            if position == LABELS_PER_SHEET:
                canvas.showPage()
                position = 0
            x, y = label_origin(position, page_height)
            _draw_label(canvas, label, x, y)
            position += 1

    return render_canvas(info, draw)
