"""A backup of the data file before an import, through the safety area's helper when present."""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

from nfg_desktop.store.database import Database

log = logging.getLogger(__name__)


def backup_before_import(database: Database, reason: str) -> Path | None:
    """``store.backup.backup_before(database, reason)``; None where no backup can be made."""
    try:
        backup: Any = importlib.import_module("nfg_desktop.store.backup")
    except ImportError:
        return None
    helper = getattr(backup, "backup_before", None)
    if helper is None:
        return None
    result = helper(database, reason)
    return Path(result) if result is not None else None
