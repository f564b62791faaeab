"""Writing many short lines of text and rules straight into a page's content stream.

reportlab's text object re-encodes every line and formats every number in Python; for thousands
of table rows that dominates. Here each distinct (font, text) is encoded once per document (the
TrueType subset codes and escaping come from reportlab itself; a character the font lacks goes
to its fallback font, right-to-left text is put into display order first), numbers are formatted
with plain f-strings, and colour changes are written only when the shade changes.
"""

from __future__ import annotations

from typing import Any

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
    return "".join(
        map(_ESCAPED.__getitem__, data)
    )  # (internal subset font name, escaped bytes for "( ) Tj")


def _encoded(canvas: Any, font_name: str, text: str) -> Encoded:
    cache: dict[tuple[str, str], Encoded] | None = getattr(canvas, "_nfg_encoded", None)
    if cache is None:
        cache = {}
        canvas._nfg_encoded = cache
    key = (font_name, text)
    found = cache.get(key)
    if found is None:
        doc = canvas._doc
        shown = display_order(text)
        found = _first_subset(pdfmetrics.getFont(font_name), doc, shown)
        if found is None:
            found = []
            for run_font, run in font_runs(shown, font_name):
                if run_font == DROP:
                    continue
                font = pdfmetrics.getFont(run_font)
                found.extend(
                    (font.getSubsetInternalName(subset, doc), escape(part))
                    for subset, part in font.splitString(run, doc)
                )
        cache[key] = found
    return found


class _Codes(dict[int, int]):
    """Character -> code in the font's first subset; unknown characters become a marker."""

    def __missing__(self, key: int) -> int:
        return _UNKNOWN


_UNKNOWN = 0xFFFF
_MARKER = chr(_UNKNOWN)
# The PDF string escapes as a str.translate table (for text already turned into byte codes).
_ESCAPE_TABLE = {b: _ESCAPED[b] for b in range(256) if _ESCAPED[b] != chr(b)}


def _first_subset(font: Any, doc: Any, text: str) -> Encoded | None:
    """Fast path: every character already has a code in the font's first subset."""
    state = getattr(font, "state", {}).get(doc)
    if state is None:
        return None
    assignments = state.assignments
    tables = getattr(state, "_nfg_codes", None)
    if tables is None or tables[1] != len(assignments):
        codes = _Codes({code: n for code, n in assignments.items() if n < 256})
        if 32 in codes:
            codes[0xA0] = codes[32]  # reportlab prints a no-break space as a space
        name = font.getSubsetInternalName(0, doc)
        state._nfg_codes = tables = (codes, len(assignments), name)
    coded = text.translate(tables[0])
    if _MARKER in coded:  # a new character, or one in a later subset
        return None
    return [(tables[2], coded.translate(_ESCAPE_TABLE))]


class FastText:
    """Lines of text for one page, drawn with one BT … ET block by ``flush()``."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.cache: dict[tuple[str, str], Encoded] | None = getattr(canvas, "_nfg_encoded", None)
        if self.cache is None:
            self.cache = canvas._nfg_encoded = {}
        self.code: list[str] = []
        self._gray: float | None = None
        self._fonts: dict[tuple[str, float], str] = {}

    def put(self, x: float, y: float, text: str, font_name: str, size: float, gray: float) -> None:
        if not text:
            return
        code = self.code
        if gray != self._gray:
            code.append(f"{gray:.3f} g")
            self._gray = gray
        encoded = self.cache.get((font_name, text))  # type: ignore[union-attr]
        if encoded is None:
            encoded = _encoded(self.canvas, font_name, text)
        # The font is named again for every line: that keeps lines apart in text extraction
        # (copying from a PDF viewer, searching, tests) even where two cells share a baseline.
        position = f"1 0 0 1 {x:.2f} {y:.2f} Tm"
        if len(encoded) == 1:
            internal, escaped = encoded[0]
            code.append(f"{internal} {size:.2f} Tf {position} ({escaped}) Tj")
            return
        code.append(position)
        for internal, escaped in encoded:
            code.append(f"{internal} {size:.2f} Tf ({escaped}) Tj")

    def put_lines(
        self, x: float, y: float, leading: float, lines: list[tuple[str, str, float, float]]
    ) -> None:
        """Lines one below the other (a table cell): one position, then "next line" moves."""
        if not lines:
            return
        code = self.code
        code.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {leading:.2f} TL")
        cache = self.cache
        fonts = self._fonts
        for text, font_name, size, gray in lines:
            if gray != self._gray:
                code.append(f"{gray:.3f} g")
                self._gray = gray
            if text:
                encoded = cache.get((font_name, text))  # type: ignore[union-attr]
                if encoded is None:
                    encoded = _encoded(self.canvas, font_name, text)
                for internal, escaped in encoded:
                    selector = fonts.get((internal, size))
                    if selector is None:
                        selector = fonts[(internal, size)] = f"{internal} {size:.2f} Tf"
                    code.append(f"{selector} ({escaped}) Tj")
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
