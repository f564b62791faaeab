"""Thin table models of the lists: rows in (loaded up front), nothing queried in ``data()``.

``RecordTableModel`` holds the rows of one list. ``RecordFilterProxy`` sorts and filters them for
the view. It is a proxy written for speed: QSortFilterProxyModel asks Python for every cell while
it sorts or filters, which takes seconds with 12,000 rows; this proxy sorts on the precomputed sort
keys and filters on the precomputed folded search text, and keeps the order of the last sort, so a
keystroke only scans strings. It is a QAbstractTableModel rather than a QAbstractProxyModel: the
view asks for ``flags()``, ``parent()`` and ``sibling()`` of every painted cell, which a table
model answers in C++ and a proxy model only through Python (~0.9 ms a repaint).
"""

from __future__ import annotations

from itertools import compress
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from nfg_desktop.domain.collation import SearchTerm, search_terms
from nfg_desktop.services.rows import ListRow

Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
# Plain ints: compared for every painted cell.
DISPLAY = Qt.ItemDataRole.DisplayRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
FOUND_KEPT = 16  # searches remembered per list (a few hundred kB for 12,000 rows)


class RecordTableModel(QAbstractTableModel):
    """The rows of one list (see ``nfg_desktop.services.rows``)."""

    def __init__(self, headers: list[str], parent: Any = None) -> None:
        super().__init__(parent)
        self._headers = headers
        self._rows: list[ListRow] = []
        self._numeric: set[int] = set()

    def set_rows(self, rows: list[ListRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        first = rows[0] if rows else None
        self._numeric = (
            {column for column, key in enumerate(first.keys) if isinstance(key, int | float)}
            if first is not None
            else set()
        )
        self.endResetModel()

    def rows(self) -> list[ListRow]:
        return self._rows

    def numeric_columns(self) -> set[int]:
        return set(self._numeric)

    def row(self, source_row: int) -> ListRow:
        return self._rows[source_row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.ToolTipRole:
            return row.cells[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return row.keys[index.column()]
        if role == ALIGNMENT and index.column() in self._numeric:
            return RIGHT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class RecordFilterProxy(QAbstractTableModel):
    """Sorted and filtered view of a ``RecordTableModel``; see the module docstring."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._source: RecordTableModel | None = None
        self._rows: list[ListRow] = []
        self._sorted: list[int] = []  # all source rows in the current sort order
        self._base: list[int] = []  # sorted rows that pass status, kind and focus
        self._base_texts: list[str] = []
        self._visible: list[int] = []  # proxy row -> source row
        self._visible_texts: list[str] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._words: list[SearchTerm] = []
        # Results of the latest searches over the current base: deleting what was just typed
        # (Backspace) finds the earlier result instead of scanning every row again.
        self._found: dict[tuple[SearchTerm, ...], tuple[list[int], list[str]]] = {}
        self._status = ""
        self._kind = ""
        self._focus = ""
        self._declared: tuple[str, ...] = ()
        self._numeric: set[int] = set()
        self._columns = 0

    # --- the source -----------------------------------------------------------------------

    def setSourceModel(self, model: RecordTableModel) -> None:
        self.beginResetModel()
        if self._source is not None:
            self._source.modelAboutToBeReset.disconnect(self._source_about_to_reset)
            self._source.modelReset.disconnect(self._source_reset)
        self._source = model
        model.modelAboutToBeReset.connect(self._source_about_to_reset)
        model.modelReset.connect(self._source_reset)
        self._rebuild()
        self.endResetModel()

    def _source_about_to_reset(self) -> None:
        self.beginResetModel()

    def _source_reset(self) -> None:
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        assert self._source is not None
        self._rows = self._source.rows()
        self._numeric = self._source.numeric_columns()
        self._columns = self._source.columnCount()
        self._resort()
        self._refilter_base()
        self._visible, self._visible_texts = self._searched(self._base, self._base_texts)

    # --- filters --------------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        words = search_terms(text)
        if words == self._words:
            return
        narrower = bool(self._words) and _narrows(self._words, words)
        self._words = words
        self.beginResetModel()
        found = self._found.get(tuple(words))
        if found is not None:
            self._visible, self._visible_texts = found
        elif narrower:
            self._visible, self._visible_texts = self._searched(self._visible, self._visible_texts)
        else:
            self._visible, self._visible_texts = self._searched(self._base, self._base_texts)
        self._remember_found()
        self.endResetModel()

    def set_filters(
        self, status: str = "", kind: str = "", focus: str = "", declared: tuple[str, ...] = ()
    ) -> None:
        """``declared``: the wanted values of the list's declared filters ("" for any)."""
        if (status, kind, focus, declared) == (
            self._status,
            self._kind,
            self._focus,
            self._declared,
        ):
            return
        self._status, self._kind, self._focus = status, kind, focus
        self._declared = declared
        self.beginResetModel()
        self._refilter_base()
        self._visible, self._visible_texts = self._searched(self._base, self._base_texts)
        self.endResetModel()

    def search_text(self) -> str:
        return " ".join(term[0] for term in self._words)

    def _refilter_base(self) -> None:
        rows = self._rows
        base = self._sorted
        if self._status:
            base = [i for i in base if rows[i].status == self._status]
        if self._kind:
            base = [i for i in base if rows[i].kind == self._kind]
        if self._focus:
            base = [i for i in base if self._focus in rows[i].focus]
        for at, wanted in enumerate(self._declared):
            if wanted:
                base = [i for i in base if rows[i].filters[at] == wanted]
        self._base = base
        self._base_texts = [rows[i].search for i in base]
        self._found = {}

    def _remember_found(self) -> None:
        key = tuple(self._words)
        self._found.pop(key, None)
        if len(self._found) >= FOUND_KEPT:
            del self._found[next(iter(self._found))]  # the one used longest ago
        self._found[key] = (self._visible, self._visible_texts)

    def _searched(self, rows: list[int], texts: list[str]) -> tuple[list[int], list[str]]:
        """The rows (and their texts) whose search text contains every search word."""
        for term in self._words:
            if len(term) == 1:
                word = term[0]
                mask = [word in text for text in texts]
            else:  # a word with an umlaut spelling (Mueller): either of its folds
                first, second = term
                mask = [first in text or second in text for text in texts]
            rows = list(compress(rows, mask))
            texts = list(compress(texts, mask))
        return rows, texts

    # --- sorting --------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self._visible[index.row()] for index in persistent]
        self._sort_column, self._sort_order = column, order
        self._resort()
        keep = set(self._visible)
        self._refilter_base()
        visible = [i for i in self._base if i in keep]
        self._visible = visible
        self._visible_texts = [self._rows[i].search for i in visible]
        new_rows = {source: row for row, source in enumerate(visible)} if persistent else {}
        self.changePersistentIndexList(
            persistent,
            [
                self.createIndex(new_rows[source], index.column())
                for index, source in zip(persistent, sources, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def sort_column(self) -> int:
        return self._sort_column

    def sort_order(self) -> Qt.SortOrder:
        return self._sort_order

    def _resort(self) -> None:
        rows = self._rows
        order = list(range(len(rows)))
        column = self._sort_column
        if self._source is not None and 0 <= column < self._source.columnCount():
            keys = [row.keys[column] for row in rows]
            order.sort(
                key=keys.__getitem__,
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        self._sorted = order

    # --- what the view asks -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Called for every painted cell: plain comparisons only.
        if 0 <= row < len(self._visible) and 0 <= column < self._columns and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every painted cell and role: no detour through the source model.
        if role == DISPLAY or role == TOOLTIP:
            return self._rows[self._visible[index.row()]].cells[index.column()]
        if role == ALIGNMENT:
            return RIGHT if index.column() in self._numeric else None
        if role == ID_ROLE:
            return self._rows[self._visible[index.row()]].id
        if role == SORT_ROLE:
            return self._rows[self._visible[index.row()]].keys[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return None
        if self._source is None:
            return None
        return self._source.headerData(section, orientation, role)

    # --- ids --------------------------------------------------------------------------------

    def id_at(self, row: int) -> int:
        return self._rows[self._visible[row]].id

    def visible_ids(self) -> list[int]:
        rows = self._rows
        return [rows[i].id for i in self._visible]

    def row_of_id(self, record_id: int) -> int | None:
        rows = self._rows
        for proxy_row, source_row in enumerate(self._visible):
            if rows[source_row].id == record_id:
                return proxy_row
        return None

    def cell(self, row: int, column: int) -> str:
        return self._rows[self._visible[row]].cells[column]

    def numeric_columns(self) -> set[int]:
        """The columns shown right-aligned."""
        return set(self._numeric)


def _narrows(old: list[SearchTerm], new: list[SearchTerm]) -> bool:
    """True when every row matching ``new`` also matches ``old`` (typing on).

    So it is when each old term has a new term all of whose spellings hold one of its own.
    """
    return all(
        any(all(any(o in n for o in old_term) for n in new_term) for new_term in new)
        for old_term in old
    )
