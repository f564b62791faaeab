"""Start the window on a data file."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from nfg_desktop import APP_NAME, ORGANISATION, ORGANISATION_DOMAIN
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.services.network import NetworkService
from nfg_desktop.store.database import open_database


def run_gui(db_path: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain(ORGANISATION_DOMAIN)
    try:
        database = open_database(db_path)
    except DomainError as error:
        QMessageBox.critical(None, APP_NAME, error.message)
        return 1
    with database.read() as session:
        name = NetworkService(session).name()
    window = QMainWindow()
    window.setWindowTitle(f"{name} – {db_path} – {APP_NAME}")
    window.setCentralWidget(QLabel(name))
    window.resize(1000, 700)
    window.show()
    return int(app.exec())
