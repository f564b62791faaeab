"""The questions asked when a file cannot simply be opened for editing.

Each question is built as a QMessageBox (so tests can look at it) and asked by a function that
returns the user's choice. ``opening.open_database_interactively`` asks them.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from nfg_desktop import APP_NAME
from nfg_desktop.store.lock import FileInUseError


class Choice(Enum):
    READ_ONLY = "read_only"
    TAKE_OVER = "take_over"
    CREATE = "create"
    RESTORE = "restore"
    CANCEL = "cancel"


class SafetyQuestions(QObject):
    """The texts and buttons of the questions (a QObject for ``self.tr``)."""

    def lock_box(self, error: FileInUseError, parent: QWidget | None) -> QMessageBox:
        """Asked only where the file system cannot lock and a lock looks left behind: with OS
        locks a lock nobody holds is taken over silently and a held one opens read-only."""
        info = error.info
        since = info.since.strftime("%d.%m.%Y")
        at = info.since.strftime("%H:%M")
        box = QMessageBox(parent)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            self.tr(
                "The file “%1” is still marked as open by %2 on the computer “%3” since %4 at %5."
            )
            .replace("%1", error.db_path.name)
            .replace("%2", info.user)
            .replace("%3", info.computer)
            .replace("%4", since)
            .replace("%5", at)
        )
        box.setInformativeText(
            self.tr(
                "The drive the file is on does not support file locks, so NFG Desktop cannot "
                "tell by itself whether someone still works with it. NFG Desktop was apparently "
                "not closed properly there (for example the computer was switched off). Take "
                "the file over only if nobody is working with it any more. You can also open "
                "it read-only."
            )
        )
        box.addButton(self.tr("Take over"), QMessageBox.ButtonRole.AcceptRole).setObjectName(
            Choice.TAKE_OVER.value
        )
        read_only = box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.ActionRole)
        read_only.setObjectName(Choice.READ_ONLY.value)
        box.setDefaultButton(read_only)  # the safe choice, also for a hasty Enter
        box.addButton(QMessageBox.StandardButton.Cancel).setObjectName(Choice.CANCEL.value)
        return box

    def read_only_box(self, message: str, parent: QWidget | None) -> QMessageBox:
        box = QMessageBox(parent)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Information)
        box.setText(message)
        box.setInformativeText(self.tr("Do you want to open the file read-only?"))
        box.addButton(self.tr("Open read-only"), QMessageBox.ButtonRole.AcceptRole).setObjectName(
            Choice.READ_ONLY.value
        )
        box.addButton(QMessageBox.StandardButton.Cancel).setObjectName(Choice.CANCEL.value)
        return box

    def missing_box(self, path: Path, has_backups: bool, parent: QWidget | None) -> QMessageBox:
        box = QMessageBox(parent)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            self.tr("The file “%1” was not found in the folder “%2”.")
            .replace("%1", path.name)
            .replace("%2", str(path.parent))
        )
        box.setInformativeText(
            self.tr(
                "Perhaps it was moved or renamed, or the network drive or USB stick is not "
                "connected. Connect the drive and try again, open the file with File > Open…, "
                "restore a backup, or start a new empty file here."
            )
        )
        if has_backups:
            box.addButton(
                self.tr("Restore backup…"), QMessageBox.ButtonRole.ActionRole
            ).setObjectName(Choice.RESTORE.value)
        box.addButton(self.tr("New empty file"), QMessageBox.ButtonRole.ActionRole).setObjectName(
            Choice.CREATE.value
        )
        box.addButton(QMessageBox.StandardButton.Cancel).setObjectName(Choice.CANCEL.value)
        return box

    def refused_box(self, message: str, has_backups: bool, parent: QWidget | None) -> QMessageBox:
        box = QMessageBox(parent)
        box.setWindowTitle(APP_NAME)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(message)
        if has_backups:
            box.addButton(
                self.tr("Restore backup…"), QMessageBox.ButtonRole.ActionRole
            ).setObjectName(Choice.RESTORE.value)
        box.addButton(QMessageBox.StandardButton.Close).setObjectName(Choice.CANCEL.value)
        return box


def ask(box: QMessageBox) -> Choice:
    """Show ``box`` modally and return the choice of the clicked button."""
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    try:
        return Choice(name)
    except ValueError:
        return Choice.CANCEL


def ask_about_lock(error: FileInUseError, parent: QWidget | None) -> Choice:
    return ask(SafetyQuestions().lock_box(error, parent))


def ask_read_only(message: str, parent: QWidget | None) -> Choice:
    return ask(SafetyQuestions().read_only_box(message, parent))


def ask_missing(path: Path, has_backups: bool, parent: QWidget | None) -> Choice:
    return ask(SafetyQuestions().missing_box(path, has_backups, parent))


def tell_refused(message: str, has_backups: bool, parent: QWidget | None) -> Choice:
    return ask(SafetyQuestions().refused_box(message, has_backups, parent))
