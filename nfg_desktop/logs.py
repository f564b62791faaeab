"""Logging to a rotating file in the platformdirs log folder (never to a user's console)."""

from __future__ import annotations

import logging
import logging.handlers
from collections.abc import Iterable
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


ERASED_MARK = "[gelöscht]"


def scrub_log_files(texts: Iterable[str]) -> int:
    """Remove every occurrence of ``texts`` (a person's name, e-mail, ...) from the log files
    (Art. 17: an erased person must not live on in a log). Returns how many files changed.

    The files are rewritten in place, not replaced, so that an open handler (which appends)
    keeps writing to the same file. A file that cannot be rewritten is skipped: erasure in the
    data file has happened by then and must not be undone by a log file.
    """
    needles = sorted({t for t in texts if len(t.strip()) >= 3}, key=len, reverse=True)
    if not needles:
        return 0
    for handler in logging.getLogger().handlers:
        handler.flush()
    changed = 0
    for path in sorted(paths.log_dir().glob(paths.log_file().name + "*")):
        try:
            with path.open("r+", encoding="utf-8", errors="surrogateescape", newline="") as f:
                text = f.read()
                scrubbed = text
                for needle in needles:
                    scrubbed = scrubbed.replace(needle, ERASED_MARK)
                if scrubbed == text:
                    continue
                f.seek(0)
                f.write(scrubbed)
                f.truncate()
            changed += 1
        except OSError:
            logging.getLogger(__name__).warning("Protokolldatei nicht bereinigt: %s", path.name)
    return changed
