"""A backup of the data file before an import (the safety area's ``backup_before``)."""

from __future__ import annotations

from pathlib import Path

from nfg_desktop.store.backup import backup_before
from nfg_desktop.store.database import Database


def backup_before_import(database: Database, reason: str) -> Path | None:
    """A copy of the file before the import; None for a server database (its IT backs it up)."""
    if database.path is None:
        return None
    return backup_before(database.path, reason)
