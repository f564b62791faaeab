"""Datei > Netzwerk kopieren…: the whole network from the open file to a server database, or
from a server database into a new file (``store/copying.py``), with progress and the result.

The copy runs in a thread of its own; the window stays usable. The password is only used for
this copy and never stored (libpq's pgpass file works too when the field is left empty).
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui.widgets.mnemonics import assign_window
from nfg_desktop.store import copying
from nfg_desktop.store.server import ServerAddress

log = logging.getLogger(__name__)


class _CopyRun(QObject):
    """Signals from the copy's thread, delivered in the window's thread."""

    progress = Signal(int, int)
    finished = Signal(object)  # a CopyResult, or the German message of a failure


class CopyDialog(QDialog):
    """From the open file to a server, or from a server to a new file."""

    def __init__(self, db_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copyNetworkDialog")
        self.setWindowTitle(self.tr("Copy network"))
        self.db_path = db_path
        self.result_text = ""
        self._thread: threading.Thread | None = None
        self._run = _CopyRun(self)
        self._run.progress.connect(self._on_progress)
        self._run.finished.connect(self._on_finished)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Copies the whole network with every record and its history. The target must "
                "be empty (a new file or an empty server database); if anything fails, the "
                "target stays as it was."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.to_server = QRadioButton(self.tr("From this file to a server database"))
        self.to_server.setObjectName("copyToServer")
        self.to_file = QRadioButton(self.tr("From a server database into a new file"))
        self.to_file.setObjectName("copyToFile")
        layout.addWidget(self.to_server)
        layout.addWidget(self.to_file)

        server = QFormLayout()
        self.host = QLineEdit()
        self.host.setObjectName("copyHost")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("nfg")
        self.database.setObjectName("copyDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("copyUser")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from your pgpass file"))
        server.addRow(self.tr("Server:"), self.host)
        server.addRow(self.tr("Port:"), self.port)
        server.addRow(self.tr("Database:"), self.database)
        server.addRow(self.tr("User:"), self.user)
        server.addRow(self.tr("Password:"), self.password)
        self.file_row = QWidget()
        file_layout = QHBoxLayout(self.file_row)
        file_layout.setContentsMargins(0, 0, 0, 0)
        self.target_file = QLineEdit()
        self.target_file.setObjectName("copyTargetFile")
        choose = QPushButton(self.tr("Browse…"))
        choose.clicked.connect(self.choose_file)
        file_layout.addWidget(self.target_file)
        file_layout.addWidget(choose)
        self.file_label = QLabel(self.tr("New file:"))
        self.file_label.setBuddy(self.target_file)
        server.addRow(self.file_label, self.file_row)
        layout.addLayout(server)

        self.progress = QProgressBar()
        self.progress.setObjectName("copyProgress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.result_label = QLabel()
        self.result_label.setObjectName("copyResult")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = self.buttons.addButton(
            self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyStart")
        self.copy_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.to_server.toggled.connect(self._direction_changed)
        if db_path is None:
            self.to_server.setEnabled(False)
            self.to_file.setChecked(True)
        else:
            self.to_server.setChecked(True)
        self._direction_changed()
        assign_window(self)  # Alt+letter for every field
        self.resize(560, self.sizeHint().height())

    def _direction_changed(self) -> None:
        to_file = self.to_file.isChecked()
        self.file_row.setVisible(to_file)
        self.file_label.setVisible(to_file)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("New file"), self.target_file.text(), self.tr("NFG file (*.sqlite)")
        )
        if chosen:
            self.target_file.setText(chosen)

    def server_url(self) -> str:
        address = ServerAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
        )
        return address.url(self.password.text()).render_as_string(hide_password=False)

    def sides(self) -> tuple[str, str] | None:
        """(source, target), or None with the reason shown."""
        if not self.host.text().strip() or not self.database.text().strip():
            self._show(self.tr("Please enter the server and the database."))
            return None
        if self.to_server.isChecked():
            assert self.db_path is not None
            return str(self.db_path), self.server_url()
        target = self.target_file.text().strip()
        if not target:
            self._show(self.tr("Please choose the new file."))
            return None
        if not target.lower().endswith(".sqlite"):
            target += ".sqlite"
        return self.server_url(), target

    def start(self) -> None:
        sides = self.sides()
        if sides is None or self._thread is not None:
            return
        source, target = sides
        self.copy_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._show(self.tr("Copying…"))
        self._thread = threading.Thread(
            target=self._copy, args=(source, target), name="nfg-kopieren", daemon=True
        )
        self._thread.start()

    def _copy(self, source: str, target: str) -> None:
        try:
            result: object = copying.copy_network(source, target, progress=self._run.progress.emit)
        except DomainError as error:
            result = error.message
        except Exception:
            log.exception("Kopieren fehlgeschlagen")
            result = self.tr(
                "An unexpected error stopped the copy; the target is unchanged. Details are "
                "in the log file."
            )
        self._run.finished.emit(result)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_finished(self, result: object) -> None:
        if self._thread is not None:
            self._thread.join()
        self._thread = None
        self.copy_button.setEnabled(True)
        self.progress.hide()
        if isinstance(result, copying.CopyResult):
            self._show(
                self.tr("Copied: %1 partners, %2 volunteers, %3 projects; all %4 tables checked.")
                .replace("%1", str(result.counts.get("partner", 0)))
                .replace("%2", str(result.counts.get("volunteer", 0)))
                .replace("%3", str(result.counts.get("project", 0)))
                .replace("%4", str(len(result.counts)))
            )
        else:
            self._show(str(result))

    def _show(self, text: str) -> None:
        self.result_text = text
        self.result_label.setText(text)

    def wait(self) -> None:
        """For tests: until a running copy is done."""
        if self._thread is not None:
            self._thread.join()

    def reject(self) -> None:
        if self._thread is not None:
            return  # the copy finishes (or fails) on its own; it is never cut off half-way
        super().reject()
