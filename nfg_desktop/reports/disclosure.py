"""Auskunft (Art. 15 DSGVO) as a readable PDF and as JSON, from ``services.disclosure``.

A4 portrait on the reports' shared page (network, title, person and date in the header, marked
confidential; "Seite x von y" in the footer); the text is set in the embedded Unicode TTF font,
so every name prints exactly as stored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from nfg_desktop.domain.errors import DomainError, os_error_text
from nfg_desktop.files import written_beside
from nfg_desktop.reports.fonts import DROP, font_runs, register_fonts
from nfg_desktop.reports.language import GERMAN, Texts, texts
from nfg_desktop.reports.page import ReportCanvas, ReportInfo, content_frame
from nfg_desktop.reports.text import display_order, has_right_to_left, wrap
from nfg_desktop.services.disclosure import Disclosure, Section, as_json

FORMATS = (".pdf", ".json")
TITLE = "Auskunft nach Art. 15 DSGVO"


def _canvas_maker(info: ReportInfo) -> Any:
    """The reports' shared page (header with network, title and date; "Seite x von y") for
    platypus, which passes its own page size and font."""

    def make(target: Any, **kwargs: Any) -> ReportCanvas:
        for key in ("pagesize", "initialFontName", "initialFontSize"):
            kwargs.pop(key, None)
        return ReportCanvas(target, info, **kwargs)

    return make


def write_pdf(disclosure: Disclosure, target: Path, language: str = GERMAN) -> Path:
    t = texts(language)
    regular, bold = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=11.5)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9)
    head = ParagraphStyle("head", parent=body, fontName=bold, fontSize=7.5, leading=9)
    title = ParagraphStyle("title", parent=body, fontName=bold, fontSize=15, leading=19)
    heading = ParagraphStyle(
        "heading", parent=body, fontName=bold, fontSize=11.5, leading=14, spaceBefore=8
    )

    def para(text: str, style: ParagraphStyle = body) -> Paragraph:
        return TextParagraph(text, style)

    kind = t("Ehrenamtliche/r" if disclosure.kind == "volunteer" else "Ansprechperson")
    person = t(
        "Person: {name} ({kind}, Nummer {number})",
        name=disclosure.person_name,
        kind=kind,
        number=disclosure.record_id,
    )
    story: list[Any] = [
        para(t("Auskunft über gespeicherte Daten (Art. 15 DSGVO)"), title),
        Spacer(1, 2 * mm),
        para(person),
        para(t("Verantwortliche Stelle: {controller}", controller=disclosure.controller or "–")),
        para(t("Stand: {day}", day=t.date(disclosure.created_on))),
        Spacer(1, 2 * mm),
        para(
            t(
                "Diese Auskunft enthält alle Daten, die im Programm NFG Desktop über Sie "
                "gespeichert sind, einschließlich des Änderungsverlaufs. Sie können die "
                "Berichtigung, Löschung oder Einschränkung der Verarbeitung verlangen und eine "
                "Einwilligung jederzeit widerrufen."
            ),
            small,
        ),
    ]
    usable = content_frame(ReportInfo(TITLE, "", disclosure.created_on)).width
    for section in disclosure.sections:
        story.append(para(t(section.title), heading))
        if section.fields:
            rows = [
                [para(t(label), head), para(_value(label, value, t))]
                for label, value in section.fields
            ]
            table = Table(rows, colWidths=[50 * mm, usable - 50 * mm])
            table.setStyle(_grid())
            story.append(table)
        if section.is_table:
            story.append(_table(section, usable, para, small, head, t))
    info = ReportInfo(
        title=t(TITLE),
        network=disclosure.controller,
        today=disclosure.created_on,
        subtitle=disclosure.person_name,
        confidential=True,
        language=language,
    )
    frame = content_frame(info)
    doc = SimpleDocTemplate(
        str(target),
        pagesize=info.pagesize,
        leftMargin=frame.left,
        rightMargin=info.pagesize[0] - frame.right,
        topMargin=info.pagesize[1] - frame.top,
        bottomMargin=frame.bottom,
        initialFontName=regular,
        **info.metadata(),  # platypus would otherwise set "untitled" and "anonymous"
    )
    doc.build(story, canvasmaker=_canvas_maker(info))
    return target


class TextParagraph(Paragraph):  # type: ignore[misc]
    """A paragraph of plain text. Right-to-left text is wrapped in its typed order first and
    each line then put into display order; otherwise a long Arabic note would print its last
    line first."""

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        self.plain = text
        super().__init__(markup(text, style.fontName), style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        style = self.style
        if has_right_to_left(self.plain):
            usable = availWidth - style.leftIndent - style.rightIndent
            lines = wrap(self.plain, style.fontName, style.fontSize, usable)
            Paragraph.__init__(self, markup("\n".join(lines), style.fontName), style)
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        return size


def markup(text: str, font: str) -> str:
    """Paragraph markup of plain ``text``: lines in display order, fallback fonts per piece."""
    lines = []
    for line in text.split("\n"):
        pieces = font_runs(display_order(line), font)
        lines.append(
            "".join(
                escape(piece) if name == font else f'<font name="{name}">{escape(piece)}</font>'
                for name, piece in pieces
                if name != DROP
            )
        )
    return "<br/>".join(lines)


def _grid() -> TableStyle:
    regular, _bold = register_fonts()
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), regular),
            ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )


# Fields and columns whose values the program fixes (statuses, kinds, ...): printed in the
# Auskunft's language; every other value as stored.
_FIXED_VALUES = {"Status", "Art", "Schwerpunkt", "Rolle", "Verfügbarkeit"}
# The change history's columns that name an action, a record or a field.
_HISTORY_NAMES = {"Vorgang", "Feld"}


def _value(label: str, value: Any, t: Texts) -> str:
    text = t.format(value)
    if not t.english or label not in _FIXED_VALUES or not isinstance(value, str):
        return text
    if label == "Verfügbarkeit":  # "Mo vormittags, Mi abends"
        return ", ".join(
            " ".join(t.value(word) for word in part.split(" ")) for part in value.split(", ")
        )
    return t.value(value)


def _history_cell(column: str, value: Any, t: Texts) -> str:
    if not isinstance(value, str):
        return t.format(value)
    if column in _HISTORY_NAMES:
        return t(value)
    if column == "Datensatz":  # "Ehrenamtliche/r 12"
        name, _, number = value.rpartition(" ")
        return f"{t(name)} {number}"
    return t.format(value)


def _table(section: Section, usable: float, para: Any, small: Any, head: Any, t: Texts) -> Any:
    if not section.rows:
        return para(t(section.empty_text), small)
    is_history = section.title == "Änderungsverlauf"
    rows = [[para(t(column), head) for column in section.columns]]
    for row in section.rows:
        cells = []
        # the old and new value of a status, a kind, ... in the Auskunft's language
        field = str(row[section.columns.index("Feld")]) if is_history else ""
        for column, value in zip(section.columns, row, strict=True):
            if is_history and column in ("Alter Wert", "Neuer Wert"):
                text = _value(field, t.history_value(value), t)
            elif is_history:
                text = _history_cell(column, value, t)
            else:
                text = _value(column, value, t)
            cells.append(para(text, small))
        rows.append(cells)
    weights = [1.0] * len(section.columns)
    if is_history:
        weights = [1.3, 0.9, 1.0, 1.2, 1.5, 1.4, 1.4]
    total = sum(weights)
    table = Table(rows, colWidths=[usable * w / total for w in weights], repeatRows=1)
    style = _grid()
    style.add("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8e8e8"))
    table.setStyle(style)
    return table


def write_json(disclosure: Disclosure, target: Path) -> Path:
    target.write_text(
        json.dumps(as_json(disclosure), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return target


def write(disclosure: Disclosure, target: Path, language: str = GERMAN) -> Path:
    """Write PDF (in German or English) or JSON, chosen by the file extension."""
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise DomainError(
            f"Die Datei „{target.name}“ hat keine passende Endung: bitte .pdf (lesbar) oder "
            ".json (maschinenlesbar) angeben."
        )
    # a failed write (full disk, a file open in the PDF viewer) never leaves half an Auskunft
    # in place of an earlier one
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with written_beside(target) as partial:
            if suffix == ".pdf":
                write_pdf(disclosure, partial, language)
            else:
                write_json(disclosure, partial)
    except OSError as error:
        raise DomainError(
            f"Die Datei „{target}“ kann nicht geschrieben werden: {os_error_text(error)}."
        ) from error
    return target
