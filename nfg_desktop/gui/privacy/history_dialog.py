"""Verlauf: the change history of one record (or of the whole file), filterable."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.domain.formatting import german_history_value
from nfg_desktop.gui.language.messages import shown, shown_value
from nfg_desktop.gui.widgets.mnemonics import assign_window
from nfg_desktop.services import history
from nfg_desktop.services.history import HistoryFilter
from nfg_desktop.store.database import Database

ROW_LIMIT = 5000
COMBO_CHARACTERS = 12
AnyIndex = QModelIndex | QPersistentModelIndex


class HistoryTableModel(QAbstractTableModel):
    """Rows in, named columns out; nothing is queried here."""

    AT, USER, ACTION, RECORD, FIELD, OLD, NEW = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, ...]] = []
        self._headers = [
            self.tr("Time"),
            self.tr("User"),
            self.tr("Action"),
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Old value"),
            self.tr("New value"),
        ]

    def set_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None


class HistoryDialog(QDialog):
    """Shows the history of ``entity``/``entity_id`` (with a person's parts), or of everything."""

    def __init__(
        self,
        database: Database,
        entity: str | None = None,
        entity_id: int | None = None,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self.database = database
        self.entity = entity
        self.entity_id = entity_id
        self.setWindowTitle(
            self.tr("Change history: %1").replace("%1", title)
            if title
            else self.tr("Change history")
        )
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        filters = QGridLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("historySearch")
        self.search.setAccessibleName(self.tr("Search field or value"))
        self.search.setPlaceholderText(self.tr("Search field or value…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.user = QComboBox(self)
        self.user.setObjectName("historyUser")
        self.action = QComboBox(self)
        self.action.setObjectName("historyAction")
        self.period = QComboBox(self)
        self.period.setObjectName("historyPeriod")
        self.kind = QComboBox(self)
        self.kind.setObjectName("historyKind")
        # the search on a line of its own and narrow boxes: the dialog fits a 1280 px screen
        filters.addWidget(self.search, 0, 0, 1, 8)
        for position, (label, combo) in enumerate(
            (
                (self.tr("User:"), self.user),
                (self.tr("Action:"), self.action),
                (self.tr("Period:"), self.period),
                (self.tr("Record type:"), self.kind),
            )
        ):
            # a long choice ("Führungszeugnis-Einträge gelöscht (…)") must not widen the box;
            # its list opens as wide as needed (set when the choices are filled)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
            caption = QLabel(label, self)
            caption.setBuddy(combo)
            filters.addWidget(caption, 1, 2 * position)
            filters.addWidget(combo, 1, 2 * position + 1)
            filters.setColumnStretch(2 * position + 1, 1)
        layout.addLayout(filters)
        self.model = HistoryTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("historyCount")
        layout.addWidget(self.count_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_choices()
        for combo in (self.user, self.action, self.period, self.kind):
            metrics = combo.view().fontMetrics()
            widest = max(
                (metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())),
                default=0,
            )
            combo.view().setMinimumWidth(widest + 32)
        self.search.textChanged.connect(self.reload)
        for combo in (self.user, self.action, self.period, self.kind):
            combo.currentIndexChanged.connect(self.reload)
        self.reload()
        for column, width in enumerate((115, 80, 100, 230, 150, 140)):
            self.table.setColumnWidth(column, width)
        # Alt+letter for every label (after all texts are set)
        assign_window(self)

    def _fill_choices(self) -> None:
        with self.database.read() as session:
            users = history.users(session)
        self.user.addItem(self.tr("all"), None)
        for name in users:
            self.user.addItem(name, name)
        self.action.addItem(self.tr("all"), None)
        for action, label in history.ACTION_LABELS.items():
            self.action.addItem(shown(label), action)
        self.period.addItem(self.tr("any time"), None)
        for days, label in (
            (0, self.tr("today")),
            (7, self.tr("last 7 days")),
            (30, self.tr("last 30 days")),
            (365, self.tr("last 12 months")),
        ):
            self.period.addItem(label, days)
        self.kind.addItem(self.tr("all"), None)
        if self.entity_id is None:
            for entity, label in history.ENTITY_LABELS.items():
                self.kind.addItem(shown(label), entity)
        else:
            self.kind.setEnabled(False)

    def current_filter(self) -> HistoryFilter:
        days = self.period.currentData()
        return HistoryFilter(
            entity=self.kind.currentData() if self.entity_id is None else None,
            user=self.user.currentData(),
            action=self.action.currentData(),
            start=date.today() - timedelta(days=days) if days is not None else None,
            text=self.search.text().strip() or None,
        )

    def reload(self) -> None:
        spec = self.current_filter()
        with self.database.read() as session:
            if self.entity is not None and self.entity_id is not None:
                records = history.history_of(session, self.entity, self.entity_id, spec)
            else:
                records = history.list_changes(session, spec, limit=ROW_LIMIT)
            records = records[:ROW_LIMIT]
            names = history.record_names(session, {(r.entity, r.entity_id) for r in records})
            rows = [
                (
                    f"{r.at:%d.%m.%Y %H:%M}",
                    r.user,
                    shown(history.action_label(r.action)),
                    history.record_label(r.entity, r.entity_id, names),
                    shown(history.field_label(r.field)),
                    shown_value(german_history_value(r.old_value)),
                    shown_value(german_history_value(r.new_value)),
                )
                for r in records
            ]
        self.model.set_rows(rows)
        if len(rows) >= ROW_LIMIT:
            text = self.tr("The newest %1 changes are shown; narrow the filter to see older ones.")
            self.count_label.setText(text.replace("%1", str(ROW_LIMIT)))
        else:
            self.count_label.setText(self.tr("Changes: %1").replace("%1", str(len(rows))))
