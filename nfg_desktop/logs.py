"""Logging to a rotating file in the platformdirs log folder (never to a user's console)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from nfg_desktop import paths

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to the log file; return its path (None if the folder is not writable)."""
    root = logging.getLogger()
    root.setLevel(level)
    log_path = paths.log_file()
    try:
        log_path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
        log_path = None  # type: ignore[assignment]
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return log_path
