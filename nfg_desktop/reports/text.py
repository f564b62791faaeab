"""Measuring, wrapping and shortening text for drawing directly on the canvas.

Widths add up character by character (reportlab applies no kerning), so a line is measured once
per word, which keeps wrapping thousands of table cells fast.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "…"
BREAK_AFTER = ("@", ".", "-", "/", "_")


def width_of(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def _split_long_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Break a word that is wider than the line into pieces that fit."""
    pieces: list[str] = []
    current = ""
    current_width = 0.0
    for char in word:
        char_width = width_of(char, font, size)
        if current and current_width + char_width > width:
            # Prefer a break after "@", ".", "-" or "/" (e-mail addresses, web sites).
            cut = max(current.rfind(sep) for sep in BREAK_AFTER) + 1
            if cut < len(current) // 2:
                cut = len(current)
            pieces.append(current[:cut])
            current = current[cut:]
            current_width = width_of(current, font, size)
        current += char
        current_width += char_width
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Lines of ``text`` that each fit into ``width``; line breaks in the text are kept."""
    lines: list[str] = []
    space = width_of(" ", font, size)
    for paragraph in text.split("\n"):
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = ""
        current_width = 0.0
        for word in words:
            word_width = width_of(word, font, size)
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
                word_width = width_of(word, font, size)
            current, current_width = word, word_width
        lines.append(current)
    while len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return lines


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
