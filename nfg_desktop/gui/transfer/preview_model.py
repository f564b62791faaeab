"""The import preview as a thin table model: one row per file row, its status, reason and the
duplicate choice (editable through a combo box delegate)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from nfg_desktop.gui.language.messages import shown
from nfg_desktop.gui.widgets import colours
from nfg_desktop.io.importing import ACTION_LABELS, STATUS_LABELS, Action, ImportPlan, RowStatus

COL_ROW, COL_STATUS, COL_NAME, COL_ACTION, COL_REASON = range(5)
ACTION_ROLE = Qt.ItemDataRole.UserRole + 1

# The hue of each status, tinted into the palette (gui/widgets/colours.py).
STATUS_HUES = {
    RowStatus.NEW: colours.GREEN,
    RowStatus.UPDATE: colours.BLUE,
    RowStatus.DUPLICATE: colours.YELLOW,
    RowStatus.INVALID: colours.RED,
}


class PreviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.plan: ImportPlan | None = None
        self._headers = [
            self.tr("Row"),
            self.tr("Status"),
            self.tr("Name"),
            self.tr("If duplicate"),
            self.tr("Reason"),
        ]
        # Made once per model and handed out as they are. With a brush made anew in data() for
        # each painted cell the test run crashed (segfault in QAbstractItemModel::multiData,
        # PySide6 6.11) when a preview was painted after an earlier test's wizard had reached
        # the confirmation page; the cause was not found (it needs pytest-qt's clean-up and
        # Python's garbage collection during the paint).
        self._brushes = {status: QBrush(colours.tint(hue)) for status, hue in STATUS_HUES.items()}

    def set_plan(self, plan: ImportPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def refresh(self) -> None:
        """The plan's default choice changed: statuses and reasons change with it."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, COL_REASON))

    def rowCount(self, parent: QModelIndex | Any = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.plan is None:
            return 0
        return len(self.plan.rows)

    def columnCount(self, parent: QModelIndex | Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        row = self.plan.rows[index.row()]
        status = self.plan.status_of(row)
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == COL_ROW:
                return row.number
            if column == COL_STATUS:
                return shown(STATUS_LABELS[status])
            if column == COL_NAME:
                return row.name
            if column == COL_ACTION:
                if row.match is None or row.errors:
                    return ""
                return shown(ACTION_LABELS[self.plan.action_of(row)])
            if column == COL_REASON:
                return shown(self.plan.reason_of(row))
        if role == Qt.ItemDataRole.BackgroundRole and column == COL_STATUS:
            return self._brushes[status]
        if role == ACTION_ROLE:
            return self.plan.action_of(row).value
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex | Any) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == COL_ACTION and self.is_choosable(index.row()):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def is_choosable(self, row_number: int) -> bool:
        if self.plan is None:
            return False
        row = self.plan.rows[row_number]
        return row.match is not None and not row.errors

    def setData(
        self, index: QModelIndex | Any, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if self.plan is None or not index.isValid() or index.column() != COL_ACTION:
            return False
        if not self.is_choosable(index.row()):
            return False
        self.plan.rows[index.row()].action = Action(value)
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), COL_REASON))
        return True


class ActionDelegate(QStyledItemDelegate):
    """A combo box with the four duplicate choices."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | Any
    ) -> QWidget:
        combo = QComboBox(parent)
        for action in Action:
            combo.addItem(shown(ACTION_LABELS[action]), action.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | Any) -> None:
        assert isinstance(editor, QComboBox)
        position = editor.findData(index.data(ACTION_ROLE))
        editor.setCurrentIndex(max(0, position))

    def setModelData(
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | Any
    ) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
