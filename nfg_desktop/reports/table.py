"""A fast table drawn straight onto the canvas: wrapped cells, repeated headers, page breaks.

Used by every list report. Rows are measured and drawn one by one (no giant platypus Table), text
of a page goes into one text object, so 5,000 partners take a fraction of what a flowable table
needs. A row never runs under the footer: it moves to the next page, and a row taller than a whole
page is split between pages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

from nfg_desktop.reports.fasttext import FastText, box, rule
from nfg_desktop.reports.fonts import BOLD, REGULAR
from nfg_desktop.reports.page import GREY, Frame, ReportCanvas
from nfg_desktop.reports.text import width_of, wrap

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing


class Span(NamedTuple):
    """A piece of a cell: its own font size and shade, starting on a new line.

    A named tuple rather than a dataclass: a long list creates tens of thousands of them.
    """

    text: str
    bold: bool = False
    small: bool = False
    muted: bool = False


Cell = str | Span | Sequence[Span]


@dataclass(frozen=True)
class Column:
    title: str
    weight: float
    align_right: bool = False


class _Line(NamedTuple):
    text: str
    font: str
    size: float
    gray: float


class TableWriter:
    """Writes rows into the content frame of a report canvas, page after page."""

    def __init__(
        self,
        canvas: ReportCanvas,
        frame: Frame,
        columns: Sequence[Column],
        size: float = 8.5,
        padding: float = 2.5,
        zebra: bool = True,
        grid: bool = False,
        headers: bool = True,
    ) -> None:
        self.canvas = canvas
        self.frame = frame
        self.columns = list(columns)
        self.size = size
        self.small = size - 1.5
        self.leading = size * 1.25
        self.padding = padding
        self.zebra = zebra
        self.grid = grid
        self.headers = headers
        self.header_height = 0.0
        self.header_cells: list[list[_Line]] | None = None
        total = sum(c.weight for c in columns)
        self.widths = [frame.width * c.weight / total for c in columns]
        self.lefts = [frame.left + sum(self.widths[:i]) for i in range(len(columns))]
        self.y = frame.top
        self.text: FastText | None = None
        self.group: str | None = None
        self.row_index = 0
        self.started = False

    # --- page handling ---------------------------------------------------------------------

    def open_without_header(self) -> None:
        """Start the first page without the column header (for text above the table)."""
        self.y = self.frame.top
        self.text = FastText(self.canvas)
        self.started = True

    def _begin_page(self) -> None:
        self.open_without_header()
        self.header()
        if self.group is not None:
            t = self.canvas.info.texts
            self._draw_group(t("{title} (Fortsetzung)", title=self.group))

    def _end_page(self) -> None:
        if self.text is not None:
            self.text.flush()
            self.text = None

    def _new_page(self) -> None:
        self._end_page()
        self.canvas.showPage()
        self._begin_page()

    def ensure_started(self) -> None:
        if not self.started:
            self._begin_page()

    def space_left(self) -> float:
        return self.y - self.frame.bottom

    def skip(self, height: float) -> None:
        """Leave ``height`` points free (e.g. above a footnote)."""
        self.ensure_started()
        self.y -= height

    def finish(self) -> None:
        """Close the last page (the caller saves the canvas)."""
        self.ensure_started()
        self._end_page()

    # --- drawing ---------------------------------------------------------------------------

    def _put(self, x: float, y: float, line: _Line, right: float | None = None) -> None:
        assert self.text is not None
        text, font, size, gray = line
        if right is not None:
            x = right - width_of(text, font, size)
        self.text.put(x, y, text, font, size, gray)

    def header(self) -> None:
        if not self.headers:
            return
        cells = self.header_cells
        if cells is None:  # wrapped once, drawn on every page
            cells = self.header_cells = [
                [
                    _Line(t, BOLD, self.size, 0)
                    for t in wrap(c.title, BOLD, self.size, w - 2 * self.padding)
                ]
                for c, w in zip(self.columns, self.widths, strict=True)
            ]
        count = max(len(c) for c in cells)
        height = count * self.leading + 2 * self.padding
        box(self.canvas, self.frame.left, self.y - height, self.frame.width, height, 0.85)
        self._draw_cells(cells, self.y, 0, count)
        self._grid(height)
        self.y -= height
        self.header_height = height
        self._rule(0.6, 0)

    def _rule(self, width: float, gray: float) -> None:
        rule(self.canvas, self.frame.left, self.y, self.frame.right, self.y, width, gray)

    def _draw_cells(self, cells: list[list[_Line]], top: float, first: int, count: int) -> None:
        baseline_top = top - self.padding - self.size
        for column, lines, left, width in zip(
            self.columns, cells, self.lefts, self.widths, strict=True
        ):
            shown = lines if first == 0 and count >= len(lines) else lines[first : first + count]
            if column.align_right:
                y = baseline_top
                right = left + width - self.padding
                for line in shown:
                    self._put(left + self.padding, y, line, right)
                    y -= self.leading
                continue
            self.text.put_lines(  # type: ignore[union-attr]
                left + self.padding, baseline_top, self.leading, shown
            )

    def _draw_group(self, title: str) -> None:
        lines = wrap(title, BOLD, self.size + 1.5, self.frame.width - 2 * self.padding)
        height = len(lines) * (self.size + 1.5) * 1.25 + self.padding * 2 + 2
        y = self.y - self.padding - (self.size + 1.5) - 2
        for text in lines:
            self._put(self.frame.left + self.padding, y, _Line(text, BOLD, self.size + 1.5, 0))
            y -= (self.size + 1.5) * 1.25
        self.y -= height
        self._rule(0.4, 0.3)
        self.row_index = 0

    def _cell_lines(self, cell: Cell, width: float) -> list[_Line]:
        spans: Sequence[Span]
        if isinstance(cell, str):
            spans = (Span(cell),)
        elif isinstance(cell, Span):
            spans = (cell,)
        else:
            spans = cell
        lines: list[_Line] = []
        # Plain tuples and loops rather than comprehensions: a long list makes many thousands.
        for text, bold, small, muted in spans:
            if not text:
                continue
            font = BOLD if bold else REGULAR
            size = self.small if small else self.size
            gray = GREY if muted else 0.0
            for line in wrap(text, font, size, width):
                lines.append((line, font, size, gray))  # type: ignore[arg-type]
        return lines

    def group_heading(self, title: str, first_row: Sequence[Cell] = ()) -> None:
        """Start a group; the heading never stands alone at the bottom of a page.

        With ``first_row`` the heading moves on unless that whole row fits below it.
        """
        self.ensure_started()
        self.group = None
        row = self.row_height(first_row) if first_row else self.leading * 2 + self.padding * 2
        needed = (self.size + 1.5) * 1.25 * 2 + self.padding * 2 + row
        if self.space_left() < needed:
            self._new_page()
        self._draw_group(title)
        self.group = title

    def paragraph(
        self, text: str, size: float = 7.5, muted: bool = True, bold: bool = False
    ) -> None:
        """Text over the full width below the table (notes, data-protection hints)."""
        self.ensure_started()
        self.group = None
        font = BOLD if bold else REGULAR
        leading = size * 1.3
        left = self.frame.left + self.padding
        for line in wrap(text, font, size, self.frame.width - 2 * self.padding):
            if self.space_left() < leading:
                self._new_page()
            self._put(left, self.y - size, _Line(line, font, size, GREY if muted else 0))
            self.y -= leading

    def drawing(self, drawing: Drawing, caption: str = "") -> None:
        """A chart (reportlab graphics), moved to the next page when it does not fit."""
        # A tenth of a second to import (platypus comes with it): only for reports with charts.
        from reportlab.graphics import renderPDF

        self.ensure_started()
        self.group = None
        needed = drawing.height + (14 if caption else 0)
        if self.space_left() < needed:
            self._new_page()
        if caption:
            self.paragraph(caption, size=10, muted=False, bold=True)
            self.y -= 2
        renderPDF.draw(drawing, self.canvas, self.frame.left, self.y - drawing.height)
        self.y -= drawing.height

    def end_group(self) -> None:
        self.group = None

    def _row_lines(self, cells: Sequence[Cell]) -> list[list[_Line]]:
        padded = [*cells, *[""] * (len(self.widths) - len(cells))]
        return [
            self._cell_lines(cell, width - 2 * self.padding)
            for cell, width in zip(padded, self.widths, strict=True)
        ]

    def row_height(self, cells: Sequence[Cell], min_height: float = 0) -> float:
        count = max(1, max(len(c) for c in self._row_lines(cells)))
        return max(count * self.leading + 2 * self.padding, min_height)

    def row(self, cells: Sequence[Cell], min_height: float = 0) -> None:
        self.ensure_started()
        lines = self._row_lines(cells)
        count = max(1, max(map(len, lines)))
        height = max(count * self.leading + 2 * self.padding, min_height)
        if height > self.space_left() and height <= self.frame.height - self.header_height - 1:
            self._new_page()
        first = 0
        while True:
            fitting = int((self.space_left() - 2 * self.padding) // self.leading)
            rest = count - first
            if rest <= fitting:
                part_height = max(rest * self.leading + 2 * self.padding, min_height)
                part_height = min(part_height, self.space_left())
                self._row_background(part_height)
                self._grid(part_height)
                self._draw_cells(lines, self.y, first, rest)
                self.y -= part_height
                self._rule(0.25, 0.7)
                break
            if fitting <= 0:
                self._new_page()
                continue
            part_height = fitting * self.leading + 2 * self.padding
            self._row_background(part_height)
            self._grid(part_height)
            self._draw_cells(lines, self.y, first, fitting)
            self.y -= part_height
            first += fitting
            self._new_page()
        self.row_index += 1

    def _row_background(self, height: float) -> None:
        if not self.zebra or self.row_index % 2 == 0:
            return
        box(self.canvas, self.frame.left, self.y - height, self.frame.width, height, 0.95)

    def _grid(self, height: float) -> None:
        """Column lines for forms (e.g. the signature column of an attendance sheet)."""
        if not self.grid:
            return
        for left in [*self.lefts, self.frame.right]:
            rule(self.canvas, left, self.y, left, self.y - height, 0.3, 0.5)
