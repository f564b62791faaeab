"""The Unicode TTF font every report embeds (DejaVu Sans, licence in resources/fonts/).

Registered once per process; the PDF base-14 fonts are never used for data, so names such as
Şükrü Yıldırım, Łukasz Wróbel or Nguyễn Thị Lan print exactly as stored and stay searchable.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from nfg_desktop.paths import resource

REGULAR = "NFGSans"
BOLD = "NFGSans-Bold"
FAMILY = "NFGSans"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register the report fonts with reportlab (once); return (regular, bold) font names."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, REGULAR)
    addMapping(FAMILY, 1, 1, BOLD)
    return REGULAR, BOLD


def missing_glyphs(text: str, font_name: str = REGULAR) -> set[str]:
    """Characters of ``text`` the font cannot show (for checks and tests)."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    char_to_glyph = font.face.charToGlyph  # type: ignore[attr-defined]
    return {ch for ch in text if not ch.isspace() and ord(ch) not in char_to_glyph}
