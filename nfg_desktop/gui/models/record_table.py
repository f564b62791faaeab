"""The one model of a list: rows in (loaded up front), sorted and searched here, nothing queried
in ``data()``.

``RecordTableModel`` holds the rows of one list (``nfg_desktop.services.rows``) and shows them
sorted and filtered. It is one QAbstractTableModel rather than a source model under a
QSortFilterProxyModel: that proxy asks Python for every cell while it sorts or filters, which
takes seconds with 12,000 rows; this model sorts on the rows' precomputed sort keys (the German
collation of ``nfg_desktop.domain.collation``), filters on their precomputed folded search text
and keeps the order of the last sort, so a keystroke only scans strings. In the English window
the values the program fixes (kinds, states, focus areas) are shown, sorted and found in
English: their rows are translated once as they arrive (``set_rows``), never per keystroke;
the filters still compare the stored German values. Every row answers
``data()`` for every role, whether painted or not (screen readers, type-ahead, column fitting).
A table model also answers the view's ``flags()``, ``parent()`` and ``sibling()`` of every
painted cell in C++; a proxy model would answer them through Python (~0.9 ms a repaint).
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

from nfg_desktop.domain.collation import SearchTerm, packed_key, search_terms, sort_key
from nfg_desktop.domain.collation import search_text as folded
from nfg_desktop.gui import language
from nfg_desktop.gui.language.messages import shown_values
from nfg_desktop.services.rows import ListRow

Index = QModelIndex | QPersistentModelIndex

# Plain ints: compared for every painted cell and role.
ID_ROLE = Qt.ItemDataRole.UserRole.value + 1
SORT_ROLE = Qt.ItemDataRole.UserRole.value + 2
DISPLAY = Qt.ItemDataRole.DisplayRole.value
TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
ACCESSIBLE = Qt.ItemDataRole.AccessibleTextRole.value
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole.value
RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
FOUND_KEPT = 16  # searches remembered per list (a few hundred kB for 12,000 rows)


class RecordTableModel(QAbstractTableModel):
    """The rows of one list, sorted and filtered; see the module docstring."""

    def __init__(
        self, headers: list[str], parent: Any = None, value_columns: frozenset[int] = frozenset()
    ) -> None:
        """``value_columns``: the columns that show values the program fixes (translated in the
        English window)."""
        super().__init__(parent)
        self._headers = headers
        self._value_columns = sorted(value_columns)
        self._columns = len(headers)
        self._rows: list[ListRow] = []
        self._numeric: set[int] = set()
        self._sorted: list[int] = []  # all rows in the current sort order
        self._base: list[int] = []  # sorted rows that pass status, kind and focus
        self._base_texts: list[str] = []
        self._visible: list[int] = []  # model row -> loaded row
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

    # --- the rows ---------------------------------------------------------------------------

    def set_rows(self, rows: list[ListRow]) -> None:
        """Show ``rows`` instead; search, filters and sort stay."""
        self.beginResetModel()
        if self._value_columns and language.current_language() == language.ENGLISH:
            rows = self._shown_rows(rows)
        self._rows = rows
        first = rows[0] if rows else None
        self._numeric = (
            {column for column, key in enumerate(first.keys) if isinstance(key, int | float)}
            if first is not None
            else set()
        )
        self._resort()
        self._refilter_base()
        self._visible, self._visible_texts = self._searched(self._base, self._base_texts)
        self.endResetModel()

    def _shown_rows(self, rows: list[ListRow]) -> list[ListRow]:
        """``rows`` with the fixed values in English: the cells, their sort keys, and the
        search text (which keeps the German words too)."""
        shown: dict[str, tuple[str, str, str] | None] = {}  # German cell -> English, key, fold
        columns = self._value_columns
        result = []
        for row in rows:
            cells = row.cells
            changed = None
            for column in columns:
                text = cells[column]
                if text in shown:
                    english = shown[text]
                else:
                    wording = shown_values(text)
                    english = shown[text] = (
                        (wording, packed_key(sort_key(wording)), folded(wording))
                        if wording != text
                        else None
                    )
                if english is not None:
                    if changed is None:
                        changed = (list(cells), list(row.keys), [row.search])
                    changed[0][column], changed[1][column] = english[0], english[1]
                    changed[2].append(english[2])
            if changed is not None:
                row = ListRow(
                    row.id,
                    tuple(changed[0]),
                    tuple(changed[1]),
                    "\n".join(changed[2]),
                    row.status,
                    row.kind,
                    row.focus,
                    row.filters,
                )
            result.append(row)
        return result

    def rows(self) -> list[ListRow]:
        """Every loaded row, shown or not, in the order loaded."""
        return self._rows

    def total(self) -> int:
        """How many rows are loaded (shown or hidden by search and filters)."""
        return len(self._rows)

    # --- search and filters ---------------------------------------------------------------

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

    # --- sorting (the header's sort indicator lands in sort()) ------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        # The selection and the current row stay on their records.
        persistent = self.persistentIndexList()
        loaded = [self._visible[index.row()] for index in persistent]
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
                for index, source in zip(persistent, loaded, strict=True)
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
        if 0 <= column < self._columns:
            keys = [row.keys[column] for row in rows]
            order.sort(
                key=keys.__getitem__,
                reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
            )
        self._sorted = order

    # --- what the view (and a screen reader) asks -------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        # Called for every painted cell: plain comparisons only (QAbstractTableModel.index
        # would ask rowCount() and columnCount() through Python first).
        if 0 <= row < len(self._visible) and 0 <= column < self._columns and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # Called for every painted cell and role (about seven roles a cell): the common
        # answers first, plain int comparisons.
        if role == DISPLAY or role == TOOLTIP or role == ACCESSIBLE:
            return self._rows[self._visible[index.row()]].cells[index.column()]
        if role == ALIGNMENT:
            return RIGHT if index.column() in self._numeric else None
        if role == ID_ROLE:
            return self._rows[self._visible[index.row()]].id
        if role == SORT_ROLE:
            return self._rows[self._visible[index.row()]].keys[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == DISPLAY
            and 0 <= section < self._columns
        ):
            return self._headers[section]
        return None

    def match(
        self,
        start: Index,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """Rows whose text matches ``value``, as QAbstractItemModel.match finds them, but over
        the texts directly: the table's type-ahead (typing a letter in the list jumps to the next
        entry starting with it) asks for every row, ~80 ms for 12,000 rows through ``data()``."""
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
        column = start.column()
        rows = list(range(start.row(), len(self._visible)))
        if flags & Qt.MatchFlag.MatchWrap:
            rows += list(range(0, start.row()))
        # As QAbstractItemModel.match: MatchExactly compares the values as they are.
        sensitive = kind == Qt.MatchFlag.MatchExactly or bool(
            flags & Qt.MatchFlag.MatchCaseSensitive
        )
        wanted = str(value) if sensitive else str(value).casefold()
        found: list[QModelIndex] = []
        for row in rows:
            text = self.cell(row, column)
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
                found.append(self.createIndex(row, column))
                if 0 < hits <= len(found):
                    break
        return found

    # --- ids and texts of the shown rows ----------------------------------------------------

    def id_at(self, row: int) -> int:
        return self._rows[self._visible[row]].id

    def visible_ids(self) -> list[int]:
        rows = self._rows
        return [rows[i].id for i in self._visible]

    def row_of_id(self, record_id: int) -> int | None:
        rows = self._rows
        for row, loaded in enumerate(self._visible):
            if rows[loaded].id == record_id:
                return row
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
