"""Writing many short lines of text and rules straight into a page's content stream.

reportlab's text object re-encodes every line and formats every number in Python; for thousands
of table rows that dominates. Here each distinct (font, text) is encoded once per document (the
TrueType subset codes and escaping come from reportlab itself), numbers are formatted with plain
f-strings, and colour changes are written only when the shade changes.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics

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
        font = pdfmetrics.getFont(font_name)
        doc = canvas._doc
        found = _first_subset(font, doc, text)
        if found is None:
            found = [
                (font.getSubsetInternalName(subset, doc), escape(part))
                for subset, part in font.splitString(text, doc)
            ]
        cache[key] = found
    return found


def _first_subset(font: Any, doc: Any, text: str) -> Encoded | None:
    """Fast path: every character already has a code in the font's first subset."""
    state = getattr(font, "state", {}).get(doc)
    if state is None:
        return None
    try:
        data = bytes(map(state.assignments.__getitem__, map(ord, text.replace("\xa0", " "))))
    except (KeyError, ValueError):  # a new character, or one in a later subset
        return None
    return [(font.getSubsetInternalName(0, doc), escape(data))]


class FastText:
    """Lines of text for one page, drawn with one BT … ET block by ``flush()``."""

    def __init__(self, canvas: Any) -> None:
        self.canvas = canvas
        self.cache: dict[tuple[str, str], Encoded] | None = getattr(canvas, "_nfg_encoded", None)
        if self.cache is None:
            self.cache = canvas._nfg_encoded = {}
        self.code: list[str] = []
        self._gray: float | None = None

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
