"""Opening a data file from the window: the one function every way of opening goes through.

Used for the start file, Datei > Neue Datei…, Öffnen… and Zuletzt geöffnet. Returns the open
database and whether it is read-only, or None after telling the user (in German) why not.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nfg_desktop import APP_NAME
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.store.database import Database, open_database

log = logging.getLogger(__name__)


def open_database_interactively(path: Path, parent: QWidget | None) -> tuple[Database, bool] | None:
    """Open ``path`` (creating a new file if it does not exist); None if it cannot be opened."""
    try:
        database = open_database(Path(path))
    except DomainError as error:
        log.warning("Datei nicht geöffnet: %s (%s)", path, error.message)
        QMessageBox.critical(parent, APP_NAME, error.message)
        return None
    except OSError as error:
        log.warning("Datei nicht geöffnet: %s (%s)", path, error)
        text = QCoreApplication.translate("opening", "The file “%1” cannot be opened: %2")
        QMessageBox.critical(
            parent, APP_NAME, text.replace("%1", str(path)).replace("%2", error.strerror or "")
        )
        return None
    return database, database.read_only
