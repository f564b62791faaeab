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


Segment = tuple[float, float, float, float]
Rect = tuple[float, float, float, float]  # left, bottom, right, top


def drawing(
    data: bytes, page_number: int = 0, min_shape: float = 8.0
) -> tuple[list[Segment], list[Rect]]:
    """The stroked straight segments (``m``/``l``) and the boxes of one page's drawing.

    Boxes are rectangles (``re``) and closed curved shapes (rounded boxes, circles) larger than
    ``min_shape`` points, all in page coordinates (``cm`` and ``q``/``Q`` are followed).
    """
    from pypdf.generic import ContentStream

    pdf = reader(data)
    page = pdf.pages[page_number]
    content = ContentStream(page.get_contents(), pdf)
    matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    stack: list[tuple[float, ...]] = []
    segments: list[Segment] = []
    rects: list[Rect] = []
    path_segments: list[Segment] = []
    path_rects: list[Rect] = []
    curve_points: list[tuple[float, float]] = []
    current = (0.0, 0.0)

    def point(x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        return (a * x + c * y + e, b * x + d * y + f)

    for operands, operator in content.operations:
        op = operator.decode() if isinstance(operator, bytes) else operator
        values = [float(v) for v in operands] if op in {"cm", "m", "l", "c", "re"} else []
        if op == "q":
            stack.append(matrix)
        elif op == "Q":
            matrix = stack.pop()  # type: ignore[assignment]
        elif op == "cm":
            a, b, c, d, e, f = values
            m = matrix
            matrix = (
                a * m[0] + b * m[2],
                a * m[1] + b * m[3],
                c * m[0] + d * m[2],
                c * m[1] + d * m[3],
                e * m[0] + f * m[2] + m[4],
                e * m[1] + f * m[3] + m[5],
            )
        elif op == "m":
            current = point(*values)
            curve_points.append(current)
        elif op == "l":
            end = point(*values)
            path_segments.append((*current, *end))
            current = end
        elif op == "c":
            points = [point(values[i], values[i + 1]) for i in (0, 2, 4)]
            curve_points.extend(points)
            current = points[-1]
        elif op == "re":
            x, y, w, h = values
            corners = [point(x, y), point(x + w, y + h)]
            xs, ys = [p[0] for p in corners], [p[1] for p in corners]
            path_rects.append((min(xs), min(ys), max(xs), max(ys)))
        elif op in {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "n"}:
            if op != "n":
                if op in {"S", "s", "B", "B*", "b", "b*"}:
                    segments.extend(path_segments)
                rects.extend(path_rects)
                if len(curve_points) > 4:
                    xs = [p[0] for p in curve_points]
                    ys = [p[1] for p in curve_points]
                    if max(xs) - min(xs) > min_shape and max(ys) - min(ys) > min_shape:
                        rects.append((min(xs), min(ys), max(xs), max(ys)))
            path_segments, path_rects, curve_points = [], [], []
    return segments, rects


def crosses(segment: Segment, rect: Rect, inset: float = 0.5) -> bool:
    """Whether a segment passes through the inside of a rectangle (shrunk by ``inset``)."""
    x1, y1, x2, y2 = segment
    left, bottom, right, top = rect[0] + inset, rect[1] + inset, rect[2] - inset, rect[3] - inset
    if left >= right or bottom >= top:
        return False
    low, high = 0.0, 1.0
    dx, dy = x2 - x1, y2 - y1
    for p, q in ((-dx, x1 - left), (dx, right - x1), (-dy, y1 - bottom), (dy, top - y1)):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return high - low > 1e-9


def sized_lines(data: bytes) -> list[tuple[str, float]]:
    """Every separately drawn line of text with its font size, in order."""
    parts: list[tuple[str, float]] = []
    for page in reader(data).pages:

        def visit(text: str, _cm: object, _tm: object, _font: object, size: float) -> None:
            if text.strip():
                parts.append((flat(text), float(size)))

        page.extract_text(visitor_text=visit)
    return parts
