"""Reading back what a report printed: text per page, text per column, metadata."""

from __future__ import annotations

import io
import re

import pypdf

from nfg_desktop.reports.page import FOOTER_HEIGHT, HEADER_HEIGHT, MARGIN

PAGE_FOOTER = re.compile(r"Seite (\d+) von (\d+)")


def reader(data: bytes) -> pypdf.PdfReader:
    assert data.startswith(b"%PDF-"), "not a PDF"
    return pypdf.PdfReader(io.BytesIO(data))


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in reader(data).pages]


def all_text(data: bytes) -> str:
    return "\n".join(page_texts(data))


def flat(text: str) -> str:
    return " ".join(text.split())


def column_text(data: bytes, x_min: float, x_max: float) -> str:
    """The text drawn with its start between x_min and x_max (one table column), in order."""
    return flat(" ".join(column_lines(data, x_min, x_max)))


def drawn_lines(data: bytes) -> list[str]:
    """Every separately drawn line of text."""
    return column_lines(data, -1e9, 1e9)


def body_text(data: bytes) -> str:
    """The text between header and footer of every page, pages joined."""
    return flat(" ".join(column_lines(data, -1e9, 1e9, body_only=True)))


def column_lines(data: bytes, x_min: float, x_max: float, body_only: bool = False) -> list[str]:
    """The lines drawn with their start between x_min and x_max, in order."""
    parts: list[str] = []
    for page in reader(data).pages:
        height = float(page.mediabox.height)
        low = MARGIN + FOOTER_HEIGHT - 1 if body_only else -1e9
        high = height - MARGIN - HEADER_HEIGHT + 1 if body_only else 1e9

        def visit(
            text: str, cm: list[float], tm: list[float], *_args: object, low=low, high=high
        ) -> None:
            x = tm[4] * cm[0] + cm[4]
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and x_min <= x < x_max and low <= y <= high:
                parts.append(text)

        page.extract_text(visitor_text=visit)
    return [flat(part) for part in parts]


def check_page_numbers(data: bytes) -> int:
    """Every page says "Seite i von n" with the right i and n; returns n."""
    texts = page_texts(data)
    total = len(texts)
    for number, text in enumerate(texts, start=1):
        found = PAGE_FOOTER.findall(text)
        assert found == [(str(number), str(total))], (number, found)
    return total
