"""The candidates of the invitation dialog: thousands of people with check boxes, as a model.

A list widget with one item per volunteer took more than a second to open on a district's
file (12,000 volunteers); this model hands the view only the rows it paints. The display text
and its casefolded search text are computed once per group; a search only scans strings.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex

# (key, text, detail): the key identifies the candidate (it is what the dialog hands back).
Candidate = tuple[Hashable, str, str]

DISPLAY = Qt.ItemDataRole.DisplayRole.value
CHECK = Qt.ItemDataRole.CheckStateRole.value
FLAGS = (
    Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsUserCheckable
    | Qt.ItemFlag.ItemNeverHasChildren
)


class CandidateModel(QAbstractListModel):
    """One group of candidates, narrowed by the search words; the ticks are kept across groups
    and searches (``checked``: key -> candidate)."""

    checked_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.checked: dict[Hashable, Candidate] = {}
        self._candidates: list[Candidate] = []
        self._texts: list[str] = []
        self._folded: list[str] = []
        self._visible: list[int] = []  # row -> candidate
        self._words: list[str] = []

    def set_candidates(self, candidates: list[Candidate]) -> None:
        self.beginResetModel()
        self._candidates = candidates
        self._texts = [f"{text} – {detail}" if detail else text for _k, text, detail in candidates]
        self._folded = [text.casefold() for text in self._texts]
        self._visible = self._matching()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Show the candidates whose text contains every word of ``text`` (any case)."""
        self.beginResetModel()
        self._words = text.casefold().split()
        self._visible = self._matching()
        self.endResetModel()

    def _matching(self) -> list[int]:
        words = self._words
        if not words:
            return list(range(len(self._candidates)))
        return [i for i, text in enumerate(self._folded) if all(word in text for word in words)]

    def candidate(self, row: int) -> Candidate:
        return self._candidates[self._visible[row]]

    def set_checked(self, key: Hashable, checked: bool = True) -> None:
        """Tick (or untick) the candidate ``key`` of this group, shown or not."""
        for number, candidate in enumerate(self._candidates):
            if candidate[0] == key:
                self._set(candidate, checked)
                if number in self._visible:
                    row = self._visible.index(number)
                    self.dataChanged.emit(self.index(row), self.index(row), [CHECK])
                return

    def _set(self, candidate: Candidate, checked: bool) -> None:
        if checked:
            self.checked[candidate[0]] = candidate
        else:
            self.checked.pop(candidate[0], None)
        self.checked_changed.emit()

    # --- what the view asks -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == DISPLAY:
            return self._texts[self._visible[index.row()]]
        if role == CHECK:
            key = self._candidates[self._visible[index.row()]][0]
            return Qt.CheckState.Checked if key in self.checked else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = CHECK) -> bool:
        if role != CHECK or not index.isValid():
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self._set(self.candidate(index.row()), checked)
        self.dataChanged.emit(index, index, [CHECK])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        return FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
