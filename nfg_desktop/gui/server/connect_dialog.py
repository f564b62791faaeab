"""Datei > Mit Server verbinden…: where the network lives on the town hall's PostgreSQL server.

Host, port, database and user as the IT names them, the SSL setting it asks for, or instead a
service name from ``pg_service.conf``. The password field may stay empty: libpq then looks in
``~/.pgpass`` (``%APPDATA%\\postgresql\\pgpass.conf`` on Windows) or the service file, and the
program asks when the server wants one. The password is never stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.engine import URL

from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.mnemonics import assign_window
from nfg_desktop.store.server import DEFAULT_PORT, SSL_MODES, ServerAddress


class ConnectDialog(QDialog):
    """Asks for a server address; ``url()`` is what the window opens (with the password typed,
    if any, kept in memory only)."""

    def __init__(self, parent: QWidget | None = None, last: ServerAddress | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to server"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Several coordinators can work on one network at the same time when it lives on "
                "a PostgreSQL server. Your IT tells you what to enter here."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.by_address = QRadioButton(self.tr("Server address"), self)
        self.by_address.setObjectName("byAddress")
        self.by_service = QRadioButton(self.tr("Service name (pg_service.conf)"), self)
        self.by_service.setObjectName("byService")
        form = QFormLayout()
        self.host = QLineEdit(self)
        self.host.setObjectName("host")
        self.host.setPlaceholderText(self.tr("e.g. rathaus-db.example.local"))
        self.port = QSpinBox(self)
        self.port.setObjectName("port")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit(self)
        self.database.setObjectName("database")
        self.user = QLineEdit(self)
        self.user.setObjectName("user")
        self.sslmode = QComboBox(self)
        self.sslmode.setObjectName("sslmode")
        ssl_texts = {
            "prefer": self.tr("encrypted if the server offers it (prefer)"),
            "disable": self.tr("never encrypted (disable)"),
            "require": self.tr("always encrypted (require)"),
            "verify-full": self.tr("encrypted, certificate checked (verify-full)"),
        }
        for mode in SSL_MODES:
            self.sslmode.addItem(ssl_texts[mode], mode)
        self.service = QLineEdit(self)
        self.service.setObjectName("service")
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("empty: from pgpass, or asked when needed"))
        form.addRow(self.by_address)
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Database:"), self.database)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Encryption:"), self.sslmode)
        form.addRow(self.by_service)
        form.addRow(self.tr("Service name:"), self.service)
        form.addRow(self.tr("Password:"), self.password)
        layout.addLayout(form)
        note = QLabel(self.tr("The password is not stored by NFG Desktop."), self)
        note.setWordWrap(True)
        note.setStyleSheet(colours.muted_style())
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Connect"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        for widget in (self.host, self.database, self.user, self.service):
            widget.textChanged.connect(self._update)
        self.by_address.toggled.connect(self._update)
        self.set_address(last or ServerAddress())
        assign_window(self)  # Alt+letter for every field
        self.resize(520, self.sizeHint().height())

    def set_address(self, address: ServerAddress) -> None:
        using_service = bool(address.service) and not address.host
        self.by_service.setChecked(using_service)
        self.by_address.setChecked(not using_service)
        self.host.setText(address.host)
        self.port.setValue(address.port or DEFAULT_PORT)
        self.database.setText(address.database)
        self.user.setText(address.user)
        self.service.setText(address.service)
        self.sslmode.setCurrentIndex(max(self.sslmode.findData(address.sslmode or "prefer"), 0))
        self._update()

    def address(self) -> ServerAddress:
        if self.by_service.isChecked():
            return ServerAddress(
                service=self.service.text().strip(),
                database=self.database.text().strip(),
                user=self.user.text().strip(),
            )
        sslmode = str(self.sslmode.currentData() or "")
        return ServerAddress(
            host=self.host.text().strip(),
            port=self.port.value() if self.port.value() != DEFAULT_PORT else None,
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode="" if sslmode == "prefer" else sslmode,  # prefer is libpq's default
        )

    def url(self) -> URL:
        return self.address().url(self.password.text() or None)

    def _update(self, *_args: object) -> None:
        by_address = self.by_address.isChecked()
        for widget in (self.host, self.port, self.sslmode):
            widget.setEnabled(by_address)
        self.service.setEnabled(not by_address)
        if by_address:
            complete = bool(self.host.text().strip() and self.database.text().strip())
        else:
            complete = bool(self.service.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)
