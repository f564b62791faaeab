"""The question when a save meets a newer version of the record (someone else saved it).

It says who changed the record when, and offers: compare the two versions field by field (a
table: field, their version, mine, and a column that says in words which rows differ), take
their version (the form reloads), keep mine (store it over theirs, recorded as an overwrite), or
go on editing.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.domain.errors import ConcurrentEditError
from nfg_desktop.services.versions import FieldComparison


class Choice(Enum):
    EDIT = "edit"  # go on editing: nothing stored, the form keeps my input
    THEIRS = "theirs"  # show the stored version
    MINE = "mine"  # store my version over theirs


class ConflictDialog(QDialog):
    """Asks what to do about ``error``; ``rows`` compare the stored version with the form's."""

    def __init__(
        self,
        error: ConcurrentEditError,
        rows: Sequence[FieldComparison],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.choice = Choice.EDIT
        self.rows = list(rows)
        other = error.user or self.tr("someone else")
        layout = QVBoxLayout(self)
        self.message = QLabel(error.message, self)
        self.message.setObjectName("conflictMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        differing = [row.label for row in self.rows if row.differs]
        summary = (
            self.tr("Fields that differ: %1").replace("%1", ", ".join(differing))
            if differing
            else self.tr("Your input is the same as the stored version.")
        )
        self.summary = QLabel(summary, self)
        self.summary.setObjectName("conflictSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self.table = QTableWidget(len(self.rows), 4, self)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Both versions field by field"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Field"),
                self.tr("Saved by %1").replace("%1", other),
                self.tr("Your input"),
                self.tr("Difference"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        bold = QFont(self.font())
        bold.setBold(True)
        different = self.tr("≠ different")
        for index, row in enumerate(self.rows):
            texts = (row.label, row.theirs, row.mine, different if row.differs else "")
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if row.differs:
                    item.setFont(bold)
                self.table.setItem(index, column, item)
        self.table.hide()
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.compare_button = QPushButton(self.tr("Compare field by field"), self)
        self.compare_button.setObjectName("compareButton")
        self.compare_button.setCheckable(True)
        self.compare_button.toggled.connect(self._show_table)
        self.theirs_button = QPushButton(
            self.tr("Take the version of %1").replace("%1", other), self
        )
        self.theirs_button.setObjectName("takeTheirsButton")
        self.theirs_button.setToolTip(self.tr("Show the stored version; your input is discarded"))
        self.mine_button = QPushButton(self.tr("Keep mine (overwrite)"), self)
        self.mine_button.setObjectName("keepMineButton")
        self.mine_button.setToolTip(
            self.tr("Store your input over the other version; the history notes the overwrite")
        )
        self.edit_button = QPushButton(self.tr("Go on editing"), self)
        self.edit_button.setObjectName("goOnEditingButton")
        self.edit_button.setDefault(True)
        buttons.addWidget(self.compare_button)
        buttons.addStretch(1)
        for button in (self.theirs_button, self.mine_button, self.edit_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.theirs_button.clicked.connect(lambda: self._choose(Choice.THEIRS))
        self.mine_button.clicked.connect(lambda: self._choose(Choice.MINE))
        self.edit_button.clicked.connect(lambda: self._choose(Choice.EDIT))
        # the question alone, as wide as its buttons; comparing makes room for the table
        margins = layout.contentsMargins()
        width = max(720, buttons.sizeHint().width() + margins.left() + margins.right())
        height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, max(height, layout.sizeHint().height()))

    def _show_table(self, shown: bool) -> None:
        self.table.setVisible(shown)
        if shown:
            self.resize(max(self.width(), 900), max(self.height(), 560))
            self.table.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        if self.table.isVisible():
            # long texts wrap within the new column widths
            self.table.resizeRowsToContents()

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice is Choice.EDIT:
            self.reject()
        else:
            self.accept()


def ask(dialog: ConflictDialog) -> Choice:
    """Show the dialog modally and return the choice (tests click its buttons meanwhile)."""
    dialog.exec()
    return dialog.choice
