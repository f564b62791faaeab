"""The model the list's table paints from: the proxy's rows, stored in C++ for the rows on screen.

A repaint of a table over a Python model asks Python for every role of every painted cell
(~1,300 calls, half of a keystroke in the volunteer list). ``VisiblePageModel`` is a
QStandardItemModel with as many rows as ``RecordFilterProxy``, row for row, whose items are filled
from ``RecordFilterProxy.cell`` only for the rows about to be painted (``RecordTableView`` asks
before each paint) and dropped when the proxy resets or re-sorts, or when they are scrolled far
out of view. Sorting, filtering and ids stay in the proxy: row r of the page is row r of the
proxy, and the page's ``sort()`` and ``match()`` (the view's sort and type-ahead) ask the proxy.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItemModel
from shiboken6 import Shiboken

from nfg_desktop.gui.models.record_table import (
    ALIGNMENT,
    DISPLAY,
    RIGHT,
    TOOLTIP,
    RecordFilterProxy,
)

Index = QModelIndex | QPersistentModelIndex

# QStandardItem keeps its flags as data of this role: set with the texts, the filled cells get
# the proxy's flags (not editable) without an item made in Python. No QStandardItem gets a Python
# wrapper: C++ deletes items without telling it, and a wrapper left behind would answer for a
# later object at the same address.
FLAGS_ROLE = Qt.ItemDataRole.UserRole.value - 1
FLAGS = int(
    (
        Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
    ).value
)
KEPT_ROWS = 400  # filled rows kept while scrolling (a few screens); more are dropped
MARGIN = 2  # rows filled beyond the painted ones: scrolling by a row or two finds them filled


class VisiblePageModel(QStandardItemModel):
    """Mirror of a ``RecordFilterProxy``; see the module docstring."""

    def __init__(self, proxy: RecordFilterProxy, parent: Any = None) -> None:
        super().__init__(parent)
        self._proxy = proxy
        self._filled: set[int] = set()  # rows holding items since the last reset or sort
        self._numeric: set[int] = set()
        self._saved: list[QModelIndex] = []  # persistent indexes of the page during a sort
        self._partners: list[QPersistentModelIndex] = []  # the same rows in the proxy
        proxy.modelAboutToBeReset.connect(self.beginResetModel)
        proxy.modelReset.connect(self._proxy_reset)
        proxy.layoutAboutToBeChanged.connect(self._proxy_layout_about_to_change)
        proxy.layoutChanged.connect(self._proxy_layout_changed)
        self.beginResetModel()
        self._proxy_reset()

    # --- following the proxy ------------------------------------------------------------------

    def _proxy_reset(self) -> None:
        # Inside beginResetModel (the proxy's modelAboutToBeReset): the view re-reads everything
        # at endResetModel, so the row count is set without a signal for each of 12,000 rows.
        proxy = self._proxy
        self.blockSignals(True)
        try:
            self.setRowCount(0)  # drops the filled items (in C++)
            if self.columnCount() != proxy.columnCount():
                self.setColumnCount(proxy.columnCount())
                self.setHorizontalHeaderLabels(
                    [
                        str(proxy.headerData(column, Qt.Orientation.Horizontal) or "")
                        for column in range(proxy.columnCount())
                    ]
                )
            self.setRowCount(proxy.rowCount())
        finally:
            self.blockSignals(False)
        self._filled = set()
        self._numeric = proxy.numeric_columns()
        self.endResetModel()

    def _proxy_layout_about_to_change(self) -> None:
        # The proxy re-sorts. Each persistent index of the page (the selection, the current row)
        # gets a partner in the proxy, which the proxy moves along with its record.
        self.layoutAboutToBeChanged.emit()
        proxy = self._proxy
        self._saved = self.persistentIndexList()
        self._partners = [
            QPersistentModelIndex(proxy.index(index.row(), 0)) for index in self._saved
        ]

    def _proxy_layout_changed(self) -> None:
        saved, partners = self._saved, self._partners
        self._saved, self._partners = [], []
        self.changePersistentIndexList(
            saved,
            [
                self.index(moved.row(), index.column()) if moved.isValid() else QModelIndex()
                for index, moved in zip(saved, partners, strict=True)
            ],
        )
        self._drop_filled()
        self.layoutChanged.emit()

    def _drop_filled(self, rows: set[int] | None = None) -> None:
        dropped = self._filled if rows is None else rows
        # Deleting an item invalidates the persistent indexes on its cell (a selected or the
        # current row): those cells keep their item and lose only its data.
        anchored = {(index.row(), index.column()) for index in self.persistentIndexList()}
        columns = range(self.columnCount())
        self.blockSignals(True)
        try:
            for row in dropped:
                for column in columns:
                    if (row, column) in anchored:
                        self.clearItemData(self.index(row, column))
                        continue
                    # Taken and deleted here: setItem(row, column, None) would leave a Python
                    # wrapper of the deleted item behind.
                    item = self.takeItem(row, column)
                    if item is not None:
                        Shiboken.delete(item)
        finally:
            self.blockSignals(False)
        self._filled = set() if rows is None else self._filled - rows

    # --- filling ----------------------------------------------------------------------------

    def fill(self, first: int, last: int) -> None:
        """Give rows ``first`` .. ``last`` (and a margin) their items, without signals: called
        right before they are painted."""
        count = self.rowCount()
        first, last = max(first - MARGIN, 0), min(last + MARGIN, count - 1)
        filled = self._filled
        rows = [row for row in range(first, last + 1) if row not in filled]
        if not rows:
            return
        excess = len(filled) + len(rows) - KEPT_ROWS
        if excess > 0:
            # The rows farthest from these, only as many as needed: scrolling drops about as
            # many rows as it fills in each paint instead of hundreds in one.
            middle = (first + last) // 2
            farthest = sorted(filled, key=lambda row: -abs(row - middle))[:excess]
            self._drop_filled(set(farthest))
            filled = self._filled
        cell = self._proxy.cell
        numeric = self._numeric
        index = self.index
        set_data = self.setItemData
        columns = range(self.columnCount())
        self.blockSignals(True)
        try:
            for row in rows:
                for column in columns:
                    text = cell(row, column)
                    roles: dict[int, Any] = {DISPLAY: text, TOOLTIP: text, FLAGS_ROLE: FLAGS}
                    if column in numeric:
                        roles[ALIGNMENT] = RIGHT
                    set_data(index(row, column), roles)
                filled.add(row)
        finally:
            self.blockSignals(False)

    def filled_rows(self) -> set[int]:
        return set(self._filled)

    # --- what the view asks of the model itself ---------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The header's sort indicator lands here; the proxy sorts and the page follows its
        # layoutChanged.
        self._proxy.sort(column, order)

    def match(
        self,
        start: Index,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """Rows whose text matches ``value`` (the table's type-ahead: typing a letter in the
        list jumps to the next entry starting with it), also among rows not filled yet."""
        kind = flags & Qt.MatchFlag.MatchTypeMask
        text_kinds = (
            Qt.MatchFlag.MatchExactly,
            Qt.MatchFlag.MatchFixedString,
            Qt.MatchFlag.MatchContains,
            Qt.MatchFlag.MatchStartsWith,
            Qt.MatchFlag.MatchEndsWith,
        )
        if role not in (DISPLAY, TOOLTIP) or kind not in text_kinds or not start.isValid():
            return super().match(start, role, value, hits, flags)
        count = self.rowCount()
        column = start.column()
        rows = list(range(start.row(), count))
        if flags & Qt.MatchFlag.MatchWrap:
            rows += list(range(0, start.row()))
        # As QAbstractItemModel.match: MatchExactly compares the values as they are.
        sensitive = kind == Qt.MatchFlag.MatchExactly or bool(
            flags & Qt.MatchFlag.MatchCaseSensitive
        )
        wanted = str(value) if sensitive else str(value).casefold()
        found: list[QModelIndex] = []
        for row in rows:
            text = self._proxy.cell(row, column)
            if not sensitive:
                text = text.casefold()
            if kind == Qt.MatchFlag.MatchContains:
                hit = wanted in text
            elif kind == Qt.MatchFlag.MatchStartsWith:
                hit = text.startswith(wanted)
            elif kind == Qt.MatchFlag.MatchEndsWith:
                hit = text.endswith(wanted)
            else:
                hit = text == wanted
            if hit:
                found.append(self.index(row, column))
                if 0 < hits <= len(found):
                    break
        return found
