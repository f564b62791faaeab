"""Measuring, wrapping and shortening text for drawing directly on the canvas, and putting
right-to-left text into the order it is drawn in.

Widths add up character by character (reportlab applies no kerning), so a line is measured once
per word, which keeps wrapping thousands of table cells fast. A character the report font lacks
is measured in the fallback font that draws it (fonts.py).

Text is wrapped and shortened in its logical (typed) order; each finished line is turned into
display order just before it is drawn (``display_order``): Arabic and Persian letters get their
joined forms (arabic-reshaper) and right-to-left runs are reversed by the Unicode bidi algorithm
(python-bidi), because reportlab draws glyphs one after the other from left to right.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache, lru_cache
from itertools import accumulate, repeat
from typing import Any

from reportlab.pdfbase import pdfmetrics

from nfg_desktop.reports.fonts import DROP, font_choice, is_arabic

ELLIPSIS = "…"
BREAK_AFTER = ("@", ".", "-", "/", "_")
# Hebrew, Arabic, Syriac, Thaana, NKo, … and the Arabic presentation forms.
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe]")


def has_right_to_left(text: str) -> bool:
    # isascii() is a flag of the string, not a scan: most texts are done without the search.
    return not text.isascii() and _RIGHT_TO_LEFT.search(text) is not None


def display_order(text: str) -> str:
    """``text`` (one line) in the order its glyphs are drawn from left to right."""
    if not has_right_to_left(text):
        return text
    return _display_order(text)


@lru_cache(maxsize=1 << 12)
def _display_order(text: str) -> str:
    from bidi import get_display  # imported on the first right-to-left text only

    return str(get_display(_reshaper().reshape(text)))


@cache
def _reshaper() -> Any:
    from arabic_reshaper import ArabicReshaper  # a quarter of a second to import

    # Tashkeel is kept (it is part of the name); the Allah ligature would change the letters.
    return ArabicReshaper(configuration={"delete_harakat": False, "ARABIC LIGATURE ALLAH": False})


class _Widths(dict[int, float]):
    """Character -> width in 1/1000 em in the font that draws it (filled on demand)."""

    def __init__(self, font: str, face: object) -> None:
        super().__init__(face.charWidths)  # type: ignore[attr-defined]
        self.choice = font_choice(font)
        for code in [code for code in self if is_arabic(chr(code))]:
            del self[code]  # drawn in the Arabic font: measured there on demand

    def __missing__(self, code: int) -> float:
        name = self.choice[code]
        width = 0.0
        if name != DROP:
            face = pdfmetrics.getFont(name).face  # type: ignore[attr-defined]
            width = float(face.charWidths.get(code, face.defaultWidth))
        self[code] = width
        return width


@lru_cache(maxsize=16)
def _char_widths(font: str) -> _Widths | None:
    face = getattr(pdfmetrics.getFont(font), "face", None)
    if face is None:  # a base-14 font: measure through reportlab
        return None
    return _Widths(font, face)


@lru_cache(maxsize=1 << 17)
def _units(text: str, font: str) -> float:
    """Width of ``text`` in 1/1000 of the font size (cached: words repeat a lot)."""
    widths = _char_widths(font)
    if widths is None:
        return float(pdfmetrics.stringWidth(text, font, 1000))
    if has_right_to_left(text):
        text = _display_order(text)  # joined letters have widths of their own
    return float(sum(map(widths.__getitem__, map(ord, text))))


def width_of(text: str, font: str, size: float) -> float:
    return _units(text, font) * size * 0.001


# The parts of an e-mail address between its breaks: it may break after "@" and before a dot.
_EMAIL_PART = re.compile(r"\.?[^@.]*@?")


def email_parts(address: str) -> list[str]:
    """``address`` cut after each "@" and before each dot (not before a leading one)."""
    parts = _EMAIL_PART.findall(address)
    parts.pop()  # the empty match at the end
    return parts


def widest_email_part(address: str, font: str, size: float) -> float:
    """The width of the widest part of an e-mail address (see ``email_parts``): the narrowest
    line that takes the address without cutting a part."""
    # map() with two iterables calls the cached measure without a Python frame per part.
    return max(map(_units, email_parts(address), repeat(font)), default=0.0) * size * 0.001


def _split_long_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Break a word that is wider than the line into pieces that fit.

    An e-mail address breaks only after "@" and before dots (where these leave pieces that
    fit); any other word preferably after "@", ".", "-", "/" or "_" (web sites).
    """
    if "@" not in word:
        return _split_at_characters(word, font, size, width, prefer_separators=True)
    # The parts between the breaks, packed greedily; most parts ("gmx", ".de") repeat across
    # addresses and are measured once. A part wider than the line is cut between characters.
    scale = size * 0.001
    limit = width + 1e-9  # the tolerance keeps sums of rounded widths exact
    pieces: list[str] = []
    current = ""
    current_width = 0.0
    for part in email_parts(word):
        part_width = _units(part, font) * scale
        if current_width + part_width <= limit:
            current += part
            current_width += part_width
            continue
        if current:
            pieces.append(current)
        current, current_width = part, part_width
        if part_width > limit:
            cut = _split_at_characters(part, font, size, width, prefer_separators=False)
            pieces.extend(cut[:-1])
            current = cut[-1]
            current_width = _units(current, font) * scale
    pieces.append(current)
    return pieces


def _split_at_characters(
    word: str, font: str, size: float, width: float, prefer_separators: bool
) -> list[str]:
    """Pieces of ``word`` as wide as fits; with ``prefer_separators`` a piece rather ends after
    "@", ".", "-", "/" or "_" when that keeps at least half of it."""
    widths = _char_widths(font)
    if widths is None:
        char_widths = [width_of(char, font, size) for char in word]
    else:
        scale = size * 0.001
        char_widths = [widths[code] * scale for code in map(ord, word)]
    # ends[i]: the width of word[:i + 1]; one pass, then each piece is a bisection.
    ends = list(accumulate(char_widths))
    pieces: list[str] = []
    start = 0
    while start < len(word):
        before = ends[start - 1] if start else 0.0
        # at least one character per line; the tolerance keeps sums of rounded widths exact
        end = max(start + 1, bisect_right(ends, before + width + 1e-9, lo=start))
        if prefer_separators and end < len(word):
            piece = word[start:end]
            cut = max(piece.rfind(sep) for sep in BREAK_AFTER) + 1
            if cut > len(piece) // 2:
                end = start + cut
        pieces.append(word[start:end])
        start = end
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` that each fit into ``width``; line breaks in the text are kept."""
    if "\n" not in text and _units(text, font) * size * 0.001 <= width:
        return [" ".join(text.split())]
    return list(_wrap(text, font, size, width))


@lru_cache(maxsize=1 << 14)
def _wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    lines: list[str] = []
    scale = size * 0.001
    space = _units(" ", font) * scale
    for paragraph in text.split("\n"):
        words = _words(paragraph)
        if not words:
            lines.append("")
            continue
        current = ""
        current_width = 0.0
        for word in words:
            word_width = _units(word, font) * scale
            if current and current_width + space + word_width <= width:
                current += " " + word
                current_width += space + word_width
                continue
            if current:
                lines.append(current)
            if word_width > width:
                pieces = _split_long_word(word, font, size, width)
                lines.extend(pieces[:-1])
                word = pieces[-1]
                word_width = _units(word, font) * scale
            current, current_width = word, word_width
        lines.append(current)
    while len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return tuple("\n".join(lines).replace(GLUE, " ").split("\n"))  # lines hold no "\n"


GLUE = "\u00a0"  # joins words that must stay on one line while wrapping
_SHORT_ABBREVIATION = re.compile(r"^\(?[^\W\d_]{1,2}\.$")  # "e.", "z.", "(u."
_ABBREVIATION_END = re.compile(r"^[^\W\d_]{1,2}\.")  # "V.", "V.,", "B.)"


_BREAKING_SPACE = re.compile(r"[^\S\u00a0]+")  # every space but the no-break space


def _words(paragraph: str) -> list[str]:
    """The words of a paragraph, split at spaces but not at no-break spaces.

    "e. V.", "z. B." and the like count as one word.
    """
    split = _BREAKING_SPACE.split(paragraph.strip()) if GLUE in paragraph else paragraph.split()
    if "." not in paragraph:  # no abbreviation to join (most texts)
        return [word for word in split if word]
    words: list[str] = []
    for word in split:
        if not word:
            continue
        if (
            words
            and words[-1][-1] == "."
            and _SHORT_ABBREVIATION.match(words[-1].rsplit(GLUE, 1)[-1])
        ):
            if _ABBREVIATION_END.match(word):
                words[-1] += GLUE + word
                continue
        words.append(word)
    return words


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """``text`` on one line, cut with "…" when it is wider than ``width``."""
    text = " ".join(text.split())
    if width_of(text, font, size) <= width:
        return text
    limit = width - width_of(ELLIPSIS, font, size)
    total = 0.0
    for index, char in enumerate(text):
        total += width_of(char, font, size)
        if total > limit:
            return text[:index].rstrip() + ELLIPSIS
    return text


def fit_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """At most ``max_lines`` wrapped lines; the last one ends in "…" when text was left out."""
    lines = wrap(text, font, size, width)
    if len(lines) <= max_lines:
        return lines
    kept = lines[:max_lines]
    last = ellipsize(" ".join([kept[-1], *lines[max_lines:]]), font, size, width)
    if not last.endswith(ELLIPSIS):
        last = ellipsize(last + ELLIPSIS, font, size, width)
    kept[-1] = last
    return kept
