"""The one page template every report shares.

A4, margins of 15 mm, a header with the network's name, the report's title and the date, and a
footer "Seite x von y". The canvas keeps every page until the end so that it knows y; header and
footer are drawn then, so a report only fills the content frame between them.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from nfg_desktop import APP_NAME
from nfg_desktop.reports.fasttext import FastText, rule
from nfg_desktop.reports.fonts import BOLD, DROP, REGULAR, font_runs, register_fonts
from nfg_desktop.reports.language import GERMAN, Texts, texts
from nfg_desktop.reports.text import display_order, ellipsize, width_of

MARGIN = 15 * mm
HEADER_HEIGHT = 16 * mm  # from the top margin down to where content starts
FOOTER_HEIGHT = 10 * mm  # from the bottom margin up to where content ends
GREY = 0.35

# Compressed page streams stay binary: ASCII85 on top makes files larger and slower to write.
rl_config.useA85 = 0
EMPTY_TEXT = "keine Einträge"
LOGO_HEIGHT = 26  # points: the header's two lines of text, above its rule
LOGO_MAX_WIDTH = 50 * mm
LOGO_GAP = 4 * mm


@dataclass(frozen=True)
class ReportInfo:
    title: str
    network: str
    today: date
    subtitle: str = ""
    confidential: bool = False
    landscape: bool = False
    decorations: bool = True  # labels print on the whole sheet: no header or footer
    logo: bytes | None = None  # the network's logo (PNG/JPEG), top right of the header
    language: str = GERMAN  # of the header, the footer and the empty page

    @property
    def texts(self) -> Texts:
        return texts(self.language)

    @property
    def pagesize(self) -> tuple[float, float]:
        return landscape(A4) if self.landscape else A4

    def metadata(self) -> dict[str, str]:
        """The PDF's document information (also what platypus' doc templates take)."""
        return {
            "title": self.title if not self.subtitle else f"{self.title} – {self.subtitle}",
            "author": self.network,
            "subject": f"{self.title}, {self.network}, {self.texts.date(self.today)}",
            "creator": APP_NAME,
        }


@dataclass(frozen=True)
class Frame:
    """The content area of a page, in points."""

    left: float
    bottom: float
    right: float
    top: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom


def content_frame(info: ReportInfo) -> Frame:
    width, height = info.pagesize
    if not info.decorations:
        return Frame(0, 0, width, height)
    return Frame(MARGIN, MARGIN + FOOTER_HEIGHT, width - MARGIN, height - MARGIN - HEADER_HEIGHT)


class ReportCanvas(Canvas):
    """A canvas that adds header and "Seite x von y" to every page when it is saved."""

    def __init__(self, target: Any, info: ReportInfo, **kwargs: Any) -> None:
        register_fonts()
        super().__init__(
            target, pagesize=info.pagesize, initialFontName=REGULAR, initialFontSize=10, **kwargs
        )
        self.info = info
        self._pages: list[dict[str, Any]] = []
        self._logo = _logo_image(info.logo) if info.decorations else None
        metadata = info.metadata()
        self.setTitle(metadata["title"])
        self.setAuthor(metadata["author"])
        self.setSubject(metadata["subject"])
        self.setCreator(metadata["creator"])
        self.font = (REGULAR, 10.0)
        self._saved_fonts: list[tuple[str, float]] = []

    # --- text in the report fonts with their fallbacks (charts, maps, platypus tables) -----

    def setFont(self, psfontname: str, size: float, leading: float | None = None) -> None:  # noqa: N802
        super().setFont(psfontname, size, leading)
        self.font = (psfontname, size)

    def saveState(self) -> None:  # noqa: N802 (reportlab's name)
        super().saveState()
        self._saved_fonts.append(self.font)

    def restoreState(self) -> None:  # noqa: N802 (reportlab's name)
        super().restoreState()
        self.font = self._saved_fonts.pop()

    def stringWidth(  # noqa: N802 (reportlab's name)
        self,
        text: str,
        fontName: str | None = None,
        fontSize: float | None = None,  # noqa: N803
    ) -> float:
        """Measured like it is drawn: fallback fonts and joined Arabic letters included."""
        return width_of(
            text, fontName or self.font[0], self.font[1] if fontSize is None else fontSize
        )

    def drawString(  # noqa: N802 (reportlab's name)
        self, x: float, y: float, text: str, mode: int | None = None, **kwargs: Any
    ) -> None:
        """Like reportlab's, but in display order and with fallback fonts where needed."""
        font, size = self.font
        pieces = font_runs(display_order(text), font)
        if kwargs or (len(pieces) == 1 and pieces[0][0] == font):
            super().drawString(x, y, "".join(p for f, p in pieces if f != DROP), mode, **kwargs)
            return
        text_object = self.beginText(x, y)
        if mode is not None:
            text_object.setTextRenderMode(mode)
        for run_font, run in pieces:
            if run_font != DROP:
                text_object.setFont(run_font, size)
                text_object.textOut(run)
        self.drawText(text_object)

    def drawRightString(  # noqa: N802 (reportlab's name)
        self, x: float, y: float, text: str, mode: int | None = None, **kwargs: Any
    ) -> None:
        if kwargs:
            super().drawRightString(x, y, text, mode, **kwargs)
            return
        self.drawString(x - width_of(text, *self.font), y, text, mode)

    def drawCentredString(  # noqa: N802 (reportlab's name)
        self, x: float, y: float, text: str, mode: int | None = None, **kwargs: Any
    ) -> None:
        if kwargs:
            super().drawCentredString(x, y, text, mode, **kwargs)
            return
        self.drawString(x - width_of(text, *self.font) / 2, y, text, mode)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self.font = (REGULAR, 10.0)
        self._saved_fonts = []

    def save(self) -> None:
        if not self._pages or self._code:  # content after the last showPage()
            self._pages.append(dict(self.__dict__))
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self.info.decorations:
                self._decorate(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _decorate(self, number: int, total: int) -> None:
        info = self.info
        width, _height = info.pagesize
        top = _height - MARGIN
        right = width - MARGIN
        if self._logo is not None:
            image, logo_width, logo_height = self._logo
            self.drawImage(
                image, right - logo_width, top - logo_height, logo_width, logo_height, mask="auto"
            )
            right -= logo_width + LOGO_GAP
        text = FastText(self)
        t = info.texts
        right_text = t.date(info.today)
        if info.confidential:
            right_text = f"{t('vertraulich')} · {right_text}"
        right_width = width_of(right_text, REGULAR, 9)
        text.put(right - right_width, top - 9, right_text, REGULAR, 9, 0)
        available = right - MARGIN - right_width - 6 * mm
        text.put(MARGIN, top - 9, ellipsize(info.network, REGULAR, 9, available), REGULAR, 9, GREY)
        title = info.title if not info.subtitle else f"{info.title}: {info.subtitle}"
        text.put(MARGIN, top - 25, ellipsize(title, BOLD, 13, right - MARGIN), BOLD, 13, 0)
        footer = ellipsize(f"{APP_NAME} · {info.network}", REGULAR, 8, width / 2)
        text.put(MARGIN, MARGIN + 2, footer, REGULAR, 8, GREY)
        page = t("Seite {number} von {total}", number=number, total=total)
        text.put(width - MARGIN - width_of(page, REGULAR, 8), MARGIN + 2, page, REGULAR, 8, 0)
        text.flush()
        rule(self, MARGIN, top - 31, width - MARGIN, top - 31, 0.6, 0)
        rule(self, MARGIN, MARGIN + 12, width - MARGIN, MARGIN + 12, 0.3, 0.6)


def _logo_image(logo: bytes | None) -> tuple[ImageReader, float, float] | None:
    """The logo with its width and height in the header (at most LOGO_HEIGHT high and
    LOGO_MAX_WIDTH wide, proportions kept); None when there is none or it cannot be read (a
    report never fails for its logo)."""
    if not logo:
        return None
    try:
        image = ImageReader(io.BytesIO(logo))
        pixels_wide, pixels_high = image.getSize()
    except Exception:  # noqa: BLE001 - a broken image only loses the logo
        return None
    if pixels_wide <= 0 or pixels_high <= 0:
        return None
    ratio = pixels_wide / pixels_high
    width = min(LOGO_HEIGHT * ratio, LOGO_MAX_WIDTH)
    return image, width, width / ratio


def draw_empty(canvas: ReportCanvas, frame: Frame, text: str = "") -> None:
    """The friendly page of an empty selection."""
    t = canvas.info.texts
    canvas.setFont(BOLD, 14)
    canvas.drawString(frame.left, frame.top - 30, t("Für diese Auswahl gibt es keine Einträge."))
    canvas.setFont(REGULAR, 10)
    canvas.setFillGray(GREY)
    hint = text or t(
        "Ändern Sie die Auswahl (Status, Schwerpunkt, markierte Einträge) und drucken Sie erneut."
    )
    canvas.drawString(frame.left, frame.top - 50, hint)
    canvas.setFillGray(0)


def render_canvas(info: ReportInfo, draw: Callable[[ReportCanvas, Frame], None]) -> bytes:
    """Run ``draw`` on a fresh report canvas and return the finished PDF."""
    buffer = io.BytesIO()
    canvas = ReportCanvas(buffer, info)
    draw(canvas, content_frame(info))
    canvas.save()
    return buffer.getvalue()
