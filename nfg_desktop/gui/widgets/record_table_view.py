"""The table of a list: a QTableView that has its page model fill the rows it is about to paint.

See ``nfg_desktop.gui.models.visible_page``: the rows are painted from items stored in C++, which
exist only for rows on screen. Filling them in ``paintEvent`` covers every way a row comes into
view (scrolling, resizing, a new search, a sort, jumping to a record) right before it is drawn.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QTableView

from nfg_desktop.gui.models.visible_page import VisiblePageModel


class RecordTableView(QTableView):
    """A table over a ``VisiblePageModel`` (or any other model, which it paints as it is)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._page: VisiblePageModel | None = None
        self._placeholder = ""

    def set_placeholder_text(self, text: str) -> None:
        """What an empty table says (e.g. how to add the first entry)."""
        if text != self._placeholder:
            self._placeholder = text
            self.viewport().update()

    def placeholder_text(self) -> str:
        return self._placeholder

    def set_page(self, page: VisiblePageModel) -> None:
        self._page = page
        self.setModel(page)
        # After the selection model has moved the current index (connected after it).
        page.layoutChanged.connect(self._fill_current)

    def paintEvent(self, event: QPaintEvent) -> None:
        page = self._page
        if page is not None and self.model() is page:
            rect = event.rect()
            first = self.rowAt(rect.top())
            if first >= 0:
                last = self.rowAt(rect.bottom())
                page.fill(first, last if last >= 0 else page.rowCount() - 1)
        super().paintEvent(event)
        model = self.model()
        if self._placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            area = self.viewport().rect().adjusted(16, 24, -16, -16)
            painter.drawText(
                QRect(area),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self._placeholder,
            )
            painter.end()

    def sizeHintForColumn(self, column: int) -> int:
        # Fitting a column to its contents (double-click on the heading's edge) measures the
        # rows on screen and more around them, up to resizeContentsPrecision() rows: fill those
        # first, as QTableView.sizeHintForColumn walks them.
        page = self._page
        if page is not None and self.model() is page and page.rowCount():
            count = page.rowCount()
            precision = self.horizontalHeader().resizeContentsPrecision()
            if precision <= 0:
                precision = count
            top = max(self.rowAt(0), 0)
            bottom = self.rowAt(self.viewport().height())
            if not self.isVisible() or bottom < 0:
                bottom = count - 1
            bottom = min(bottom, top + precision - 1)
            # Then Qt takes rows above and below in turn until it has measured ``precision``.
            rest = precision - (bottom - top + 1)
            above = min(top, rest // 2 + 1)
            below = min(count - 1 - bottom, rest - above + 1)
            above = min(top, rest - below + 1)
            page.fill(top - above, bottom + below)
        return super().sizeHintForColumn(column)

    def _fill_current(self) -> None:
        self._fill_row_of(self.currentIndex())

    def _fill_row_of(self, current: QModelIndex | QPersistentModelIndex) -> None:
        # The current cell is read outside a paint too (copy with Ctrl+C, screen readers).
        page = self._page
        if page is not None and current.isValid() and current.model() is page:
            page.fill(current.row(), current.row())

    def currentChanged(
        self,
        current: QModelIndex | QPersistentModelIndex,
        previous: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self._fill_row_of(current)
        super().currentChanged(current, previous)
