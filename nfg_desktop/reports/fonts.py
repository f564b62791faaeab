"""The fonts every report embeds: DejaVu Sans, and fallback fonts for the scripts it lacks.

DejaVu Sans (Latin, Cyrillic, Greek, Hebrew, …) sets the text; a character it lacks is set in
the first fallback font that has it: Noto Sans Arabic (Arabic, Persian, Urdu; used for all
Arabic letters, so a name keeps one style), Noto Sans Ethiopic (Tigrinya, Amharic), Droid Sans
Fallback (Chinese, Japanese; not Korean Hangul) and a monochrome emoji cut of Symbola. Files and
licences are in resources/fonts/; each is embedded as a subset, so names print as stored and stay
searchable. The PDF base-14 fonts are never used for data.

A character that no font has prints as an empty box: that is never silent. It is logged, and
``recording_missing()`` collects such characters for the caller (the CLI prints a warning, the
preview shows a note).
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache, lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from nfg_desktop.paths import resource

log = logging.getLogger(__name__)

REGULAR = "NFGSans"
BOLD = "NFGSans-Bold"
FAMILY = "NFGSans"
ARABIC = "NFGArabic"
ARABIC_BOLD = "NFGArabic-Bold"
ETHIOPIC = "NFGEthiopic"
CJK = "NFGCJK"
EMOJI = "NFGEmoji"

_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
# Loaded only when a text needs them: Droid Sans Fallback alone is 4 MB.
_FALLBACK_FILES = {
    ARABIC: "NotoSansArabic-Regular.ttf",
    ARABIC_BOLD: "NotoSansArabic-Bold.ttf",
    ETHIOPIC: "NotoSansEthiopic-Regular.ttf",
    CJK: "DroidSansFallbackFull.ttf",
    EMOJI: "Symbola-Emoji.ttf",
}
_FALLBACKS = {
    REGULAR: (ARABIC, ETHIOPIC, CJK, EMOJI),
    BOLD: (ARABIC_BOLD, ETHIOPIC, CJK, EMOJI),
}
# Arabic letters take the Arabic font even where DejaVu has a glyph.
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe]")
# Invisible characters (variation selectors, joiners, direction marks): never drawn, never missing.
_IGNORABLE = re.compile(
    "[\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U000e0000-\U000e0fff]"
)
DROP = ""  # the font "name" of an ignorable character: it is left out

_recorded: ContextVar[set[str] | None] = ContextVar("nfg_missing_glyphs", default=None)


def is_arabic(char: str) -> bool:
    return _ARABIC.match(char) is not None


_ASTRAL_TARGET = re.compile(r"<([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16_target(match: re.Match[str]) -> str:
    return "<" + chr(int(match.group(1), 16)).encode("utf-16-be").hex().upper() + ">"


def _fix_astral_targets(make_cmap: Callable[[str, list[int]], str]) -> Callable[..., str]:
    """reportlab (up to 5.1 at least) writes a character beyond U+FFFF (emoji, rare CJK) into
    the ToUnicode CMap as five hex digits, e.g. <1F600>, where PDF needs UTF-16 (<D83DDE00>):
    copying, searching and text extraction then lose it. Its CMap text is corrected here."""

    def make(fontname: str, subset: list[int]) -> str:
        return _ASTRAL_TARGET.sub(_utf16_target, make_cmap(fontname, subset))

    return make


@cache
def register_fonts() -> tuple[str, str]:
    """Register the report fonts with reportlab (once); return (regular, bold) font names."""
    ttfonts.makeToUnicodeCMap = _fix_astral_targets(ttfonts.makeToUnicodeCMap)
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, REGULAR)
    addMapping(FAMILY, 1, 1, BOLD)
    return REGULAR, BOLD


@cache
def _glyphs(name: str) -> dict[int, int]:
    """Character -> glyph of a report font, registering a fallback font on first use."""
    register_fonts()
    if name in _FALLBACK_FILES:
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", _FALLBACK_FILES[name]))))
    glyphs: dict[int, int] = pdfmetrics.getFont(name).face.charToGlyph  # type: ignore[attr-defined]
    return glyphs


class _Choice(dict[int, str]):
    """Character -> the font that draws it, for one report font (filled on demand)."""

    def __init__(self, font: str) -> None:
        super().__init__()
        self.font = font
        self.missing: set[int] = set()

    def __missing__(self, code: int) -> str:
        self[code] = found = self._find(code)
        return found

    def _find(self, code: int) -> str:
        fallbacks = _FALLBACKS.get(self.font, ())
        char = chr(code)
        candidates = (self.font, *fallbacks)
        if fallbacks and is_arabic(char):
            candidates = (*fallbacks, self.font)
        for name in candidates:
            if code in _glyphs(name):
                return name
        if _IGNORABLE.match(char):
            return DROP
        self.missing.add(code)
        return self.font  # an empty box, reported by font_runs()


@cache
def font_choice(font: str) -> _Choice:
    """The font for each character of text set in ``font`` (one of REGULAR and BOLD)."""
    return _Choice(font)


@lru_cache(maxsize=1 << 14)
def _runs(text: str, font: str) -> tuple[tuple[tuple[str, str], ...], str]:
    choice = font_choice(font)
    pieces: list[tuple[str, str]] = []
    current = ""
    start = 0
    for index, name in enumerate(map(choice.__getitem__, map(ord, text))):
        if name != current:
            if current:
                pieces.append((current, text[start:index]))
            current, start = name, index
    if current:
        pieces.append((current, text[start:]))
    missing = "".join(sorted({c for c in text if ord(c) in choice.missing}))
    return tuple(pieces), missing


def font_runs(text: str, font: str) -> tuple[tuple[str, str], ...]:
    """``text`` (already in display order) as pieces of (font name, text), each in one font.

    A character no font has stays in ``font`` (it prints as an empty box) and is reported.
    """
    if font not in _FALLBACKS:
        return ((font, text),)
    pieces, missing = _runs(text, font)
    if missing:
        _report(missing)
    return pieces


def _report(chars: str) -> None:
    found = _recorded.get()
    new = set(chars) if found is None else set(chars) - found
    if not new:
        return
    if found is not None:
        found.update(new)
    # The log holds no names (they may belong to people erased later): scripts, not characters.
    log.warning(
        "PDF: %d Zeichen ohne Schrift (leere Kästchen): %s", len(new), ", ".join(_scripts(new))
    )


def _scripts(chars: Iterable[str]) -> list[str]:
    """E.g. ["HANGUL", "U+E000"]: the first word of each character's Unicode name."""
    return sorted({unicodedata.name(c, f"U+{ord(c):04X}").split()[0] for c in chars})


@contextmanager
def recording_missing() -> Iterator[set[str]]:
    """Collect the characters that printed as empty boxes while the block runs."""
    found: set[str] = set()
    token = _recorded.set(found)
    try:
        yield found
    finally:
        _recorded.reset(token)


def describe(chars: Iterable[str]) -> str:
    """German-readable list of characters with their code points, e.g. „\ue000“ (U+E000)."""
    return ", ".join(f"„{char}“ (U+{ord(char):04X})" for char in sorted(chars))


def missing_note(chars: Iterable[str]) -> str:
    """The German note for the user about characters that printed as empty boxes ("" if none)."""
    chars = set(chars)
    if not chars:
        return ""
    return (
        "Für diese Zeichen hat das PDF keine Schrift, sie erscheinen als leere Kästchen: "
        f"{describe(chars)}."
    )
