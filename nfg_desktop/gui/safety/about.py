"""Hilfe > Über: version, data file, backup folder and log folder, each openable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop import __version__, paths
from nfg_desktop.store import backup


def open_local(path: Path) -> bool:
    """Show a folder (or the folder of a file) in the file manager."""
    folder = path if path.is_dir() else path.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class AboutDialog(QDialog):
    def __init__(
        self,
        data_file: Path | str | None,
        parent: QWidget | None = None,
        opener: Callable[[Path], object] = open_local,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About NFG Desktop"))
        self.opener = opener
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>NFG Desktop {__version__}</h2>", self)
        title.setObjectName("versionLabel")
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Keeps the partners, projects, volunteers, meetings and trainings of a local "
                "“Netzwerk für Generationen”, offline, in one file (or for a team on a "
                "database server). The program connects to nothing but that server."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid = QGridLayout()
        self.paths: dict[str, Path | None] = {
            "data": Path(data_file) if isinstance(data_file, Path) else None,
            "backups": backup.backup_dir(),
            "logs": paths.log_dir(),
        }
        rows = [
            ("data", self.tr("Data file:"), data_file),
            ("backups", self.tr("Backup folder:"), self.paths["backups"]),
            ("logs", self.tr("Log folder:"), self.paths["logs"]),
        ]
        self.open_buttons: dict[str, QPushButton] = {}
        for row, (key, label, value) in enumerate(rows):
            grid.addWidget(QLabel(label, self), row, 0)
            shown = QLabel(str(value) if value is not None else "–", self)
            shown.setObjectName(f"{key}Path")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(shown, row, 1)
            button = QPushButton(self.tr("Open"), self)
            button.setObjectName(f"open_{key}")
            button.setEnabled(self.paths[key] is not None)
            button.clicked.connect(lambda _checked=False, k=key: self.open_path(k))
            grid.addWidget(button, row, 2)
            self.open_buttons[key] = button
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        licence = QLabel(self.tr("Licence: GPL-3.0-or-later."), self)
        layout.addWidget(licence)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    def open_path(self, key: str) -> None:
        path = self.paths[key]
        if path is None:
            return
        if key != "data":
            path.mkdir(parents=True, exist_ok=True)
        self.opener(path)
