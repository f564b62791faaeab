"""Datei > Sicherung erstellen… and Sicherung wiederherstellen…"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop import APP_NAME
from nfg_desktop.gui.language.messages import error_text, shown
from nfg_desktop.store import backup, safety_config
from nfg_desktop.store.backup import BackupError
from nfg_desktop.store.files import BackupInfo

log = logging.getLogger(__name__)


def format_size(size: int) -> str:
    """German file size: 850 KB, 1,2 MB."""
    locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    if size < 1024 * 1024:
        return f"{locale.toString(max(1, round(size / 1024)))} KB"
    return f"{locale.toString(size / (1024 * 1024), 'f', 1)} MB"


class CreateBackupDialog(QDialog):
    """Shows the backup folder (changeable, e.g. to a USB stick) and makes a copy on request."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("createBackupDialog")
        self.db_path = db_path
        self.created: Path | None = None
        self.setWindowTitle(self.tr("Create backup"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Backups of “%1” are saved in:").replace("%1", db_path.name))
        )
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("folderLabel")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.folder_label)
        row = QHBoxLayout()
        self.change_button = QPushButton(self.tr("Choose another folder…"), self)
        self.change_button.clicked.connect(self.choose_folder)
        self.default_button = QPushButton(self.tr("Back to the standard folder"), self)
        self.default_button.clicked.connect(lambda: self.set_folder(None))
        row.addWidget(self.change_button)
        row.addWidget(self.default_button)
        row.addStretch(1)
        layout.addLayout(row)
        explanation = QLabel(
            self.tr(
                "NFG Desktop also makes a backup by itself: at the first start of each day and "
                "before every update, restore and import. It keeps the last 7 daily, 4 weekly "
                "and 12 monthly backups. For safety against a broken computer, choose a folder "
                "on another drive or a USB stick."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.create_button = buttons.addButton(
            self.tr("Create backup now"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_now)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._show_folder()
        self.resize(560, self.sizeHint().height())

    def _show_folder(self) -> None:
        self.folder_label.setText(str(backup.backup_dir()))

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), str(backup.backup_dir())
        )
        if chosen:
            self.set_folder(Path(chosen))

    def set_folder(self, folder: Path | None) -> None:
        try:
            safety_config.set_backup_dir(folder)
        except OSError as error:
            QMessageBox.warning(self, APP_NAME, str(error))
        self._show_folder()

    def create_now(self) -> Path | None:
        try:
            self.created = backup.create_backup(self.db_path, reason="manuell")
        except BackupError as error:
            self.result_label.setText(error_text(error))
            QMessageBox.warning(self, APP_NAME, error_text(error))
            return None
        self.result_label.setText(self.tr("Backup created: %1").replace("%1", str(self.created)))
        return self.created


class RestoreDialog(QDialog):
    """The list of backups (newest first); returns the chosen copy in ``chosen``."""

    COLUMNS = 5

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.db_path = db_path
        self.chosen: Path | None = None
        self.setWindowTitle(self.tr("Restore backup"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup that replaces the current state of “%1”. The current state "
                "is backed up first, so nothing is lost."
            ).replace("%1", db_path.name),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, self.COLUMNS, self)
        self.table.setObjectName("backupTable")
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Occasion"),
                self.tr("Size"),
                self.tr("Partners"),
                self.tr("Volunteers"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        layout.addWidget(self.table)
        self.folder_label = QLabel(self)
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.other_button = buttons.addButton(
            self.tr("Other file…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.other_button.clicked.connect(self.choose_other_file)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.backups: list[BackupInfo] = []
        self.reload()
        self.resize(700, 420)

    def reload(self) -> None:
        folder = backup.backup_dir()
        self.backups = backup.list_backups(folder, stem=self.db_path.stem)
        self.folder_label.setText(self.tr("Backup folder: %1").replace("%1", str(folder)))
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            unreadable = self.tr("unreadable")
            cells = [
                info.created.strftime("%d.%m.%Y %H:%M"),
                shown(info.reason_label),
                format_size(info.size),
                str(info.partners) if info.partners is not None else unreadable,
                str(info.volunteers) if info.volunteers is not None else unreadable,
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self.backups:
            self.table.selectRow(0)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def selected_backup(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.backups[rows[0].row()].path

    def choose_other_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
            str(backup.backup_dir()),
            self.tr("NFG file (*.sqlite);;All files (*)"),
        )
        if name:
            self.chosen = Path(name)
            if self.confirm(self.chosen):
                super().accept()

    def confirm(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            APP_NAME,
            self.tr(
                "Replace the current state of “%1” with the backup “%2”?\n\n"
                "The current state is backed up first."
            )
            .replace("%1", self.db_path.name)
            .replace("%2", path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        selected = self.selected_backup()
        if selected is None:
            return
        if self.confirm(selected):
            self.chosen = selected
            super().accept()
