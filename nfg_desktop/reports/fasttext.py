"""Writing many short lines of text and rules straight into a page's content stream.

reportlab's text object re-encodes every line and formats every number in Python; for thousands
of table rows that dominates. Here each distinct (font, size, text) is encoded once per
document (the TrueType subset codes and escaping come from reportlab itself; a character the
font lacks goes to its fallback font, right-to-left text is put into display order first),
numbers are formatted with plain f-strings, and colour changes are written only when the shade
changes.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from reportlab.pdfbase import pdfmetrics

from nfg_desktop.reports.fonts import DROP, font_runs
from nfg_desktop.reports.text import display_order

Encoded = list[tuple[str, str]]
# Byte -> how it is written inside "( )" in a PDF string.
_ESCAPED = [
    ("\\" + chr(b) if b in (40, 41, 92) else chr(b)) if 32 <= b < 127 else f"\\{b:03o}"
    for b in range(256)
]


def escape(data: bytes) -> str:
    return "".join(map(_ESCAPED.__getitem__, data))


def _encoded(canvas: Any, font_name: str, shown: str) -> Encoded:
    """(internal subset font name, escaped bytes for "( ) Tj") of each run of ``shown`` (text in
    display order), through reportlab, which gives new characters their codes."""
    doc = canvas._doc
    found: Encoded = []
    for run_font, run in font_runs(shown, font_name):
        if run_font == DROP:
            continue
        font = pdfmetrics.getFont(run_font)
        found.extend(
            (font.getSubsetInternalName(subset, doc), escape(part))
            for subset, part in font.splitString(run, doc)
        )
    return found


class _Escaped(dict[int, str]):
    """Character -> its code in the font's first subset, escaped for a PDF string; a character
    without a code there becomes a marker."""

    def __missing__(self, key: int) -> str:
        return _MARKER


_MARKER = chr(0xFFFF)


class _FirstSubset(NamedTuple):
    """The codes a font's first subset has given so far in a document, and its PDF name."""

    escaped: _Escaped
    name: str


def _first_subset(font_name: str, doc: Any) -> _FirstSubset | None:
    font = pdfmetrics.getFont(font_name)
    state = getattr(font, "state", {}).get(doc)
    if state is None:  # not a TrueType font, or not used in this document yet
        return None
    escaped = _Escaped({code: _ESCAPED[n] for code, n in state.assignments.items() if n < 256})
    if 32 in escaped:
        escaped[0xA0] = escaped[32]  # reportlab prints a no-break space as a space
    return _FirstSubset(escaped, font.getSubsetInternalName(0, doc))


class _Document:
    """What is kept with a document (many pages, a FastText each)."""

    def __init__(self) -> None:
        # (font, size, text) -> the operators that show it
        self.shows: dict[tuple[str, float, str], str] = {}
        # font -> its first subset
        self.subsets: dict[str, _FirstSubset | None] = {}
        # (x, leading) of a table column -> the text around y of a cell's position
        self.columns: dict[tuple[float, float], tuple[str, str]] = {}


class FastText:
    """Lines of text for one page, drawn with one BT … ET block by ``flush()``."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        document = getattr(canvas, "_nfg_document", None)
        if document is None:
            document = canvas._nfg_document = _Document()
        self.shows = document.shows
        self.subsets = document.subsets
        self.columns = document.columns
        self.code: list[str] = []
        self._gray: float | None = None

    def _show(self, font_name: str, size: float, text: str) -> str:
        # The font is named again for every line: that keeps lines apart in text extraction
        # (copying from a PDF viewer, searching, tests) even where two cells share a baseline.
        shown_text = display_order(text)
        subset = self.subsets.get(font_name)
        coded = shown_text.translate(subset.escaped) if subset is not None else _MARKER
        if _MARKER in coded:  # a character new to the document, in a later subset or another font
            shown = " ".join(
                f"{internal} {size:.2f} Tf ({escaped}) Tj"
                for internal, escaped in _encoded(self.canvas, font_name, shown_text)
            )
            self.subsets[font_name] = _first_subset(font_name, self.canvas._doc)
        else:
            shown = f"{subset.name} {size:.2f} Tf ({coded}) Tj"  # type: ignore[union-attr]
        self.shows[(font_name, size, text)] = shown
        return shown

    def put(self, x: float, y: float, text: str, font_name: str, size: float, gray: float) -> None:
        if not text:
            return
        code = self.code
        if gray != self._gray:
            code.append(f"{gray:.3f} g")
            self._gray = gray
        shown = self.shows.get((font_name, size, text))
        if shown is None:
            shown = self._show(font_name, size, text)
        code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {shown}")

    def put_lines(
        self, x: float, y: float, leading: float, lines: list[tuple[str, str, float, float]]
    ) -> None:
        """Lines one below the other (a table cell): one position, then "next line" moves."""
        if not lines:
            return
        code = self.code
        # x and the leading are those of a column: formatted once for the whole document.
        column = self.columns.get((x, leading))
        if column is None:
            column = self.columns[(x, leading)] = (f"1 0 0 1 {x:.2f} ", f" Tm {leading:.2f} TL")
        code.append(f"{column[0]}{y:.2f}{column[1]}")
        shows = self.shows
        for text, font_name, size, gray in lines:
            if gray != self._gray:
                code.append(f"{gray:.3f} g")
                self._gray = gray
            if text:
                shown = shows.get((font_name, size, text))
                if shown is None:
                    shown = self._show(font_name, size, text)
                code.append(shown)
            code.append("T*")

    def flush(self) -> None:
        if self.code:
            self.canvas._code.append("q BT " + " ".join(self.code) + " ET Q")
        self.code = []
        self._gray = None


def rule(
    canvas: Any, x1: float, y1: float, x2: float, y2: float, width: float, gray: float
) -> None:
    """A straight line, without touching the canvas state."""
    canvas._code.append(f"q {width:.2f} w {gray:.3f} G {x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l S Q")


def box(canvas: Any, x: float, y: float, width: float, height: float, gray: float) -> None:
    """A filled rectangle without outline."""
    canvas._code.append(f"q {gray:.3f} g {x:.2f} {y:.2f} {width:.2f} {height:.2f} re f Q")
