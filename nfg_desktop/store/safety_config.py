"""The settings of backups and the file lock, in a small JSON file of the user's config folder.

They live outside the data file on purpose: the backup folder must stay known even when the
data file is damaged, and a USB stick chosen on one PC is not a setting of the network.
"""

from __future__ import annotations

import json
import logging
from datetime import timedelta
from pathlib import Path
from typing import Any

from nfg_desktop import paths

log = logging.getLogger(__name__)

CONFIG_NAME = "sicherheit.json"
DEFAULT_STALE_LOCK_HOURS = 12.0


def config_file() -> Path:
    return paths.config_dir() / CONFIG_NAME


def _load() -> dict[str, Any]:
    try:
        data = json.loads(config_file().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("Einstellungsdatei unlesbar, Standardwerte gelten: %s", config_file())
        return {}
    return data if isinstance(data, dict) else {}


def _save(data: dict[str, Any]) -> None:
    path = config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    temporary.replace(path)


def backup_dir() -> Path:
    """Where copies go: the chosen folder, or ``Sicherungen`` in the user data folder."""
    chosen = _load().get("backup_dir")
    if isinstance(chosen, str) and chosen.strip():
        return Path(chosen).expanduser()
    return paths.default_backup_dir()


def set_backup_dir(folder: Path | None) -> None:
    """Choose the backup folder (e.g. a USB stick); None returns to the default."""
    data = _load()
    if folder is None:
        data.pop("backup_dir", None)
    else:
        data["backup_dir"] = str(Path(folder).expanduser())
    _save(data)


def stale_lock_age() -> timedelta:
    """A lock not refreshed for this long counts as left behind by a crashed program."""
    value = _load().get("stale_lock_hours", DEFAULT_STALE_LOCK_HOURS)
    try:
        hours = float(value)
    except (TypeError, ValueError):
        hours = DEFAULT_STALE_LOCK_HOURS
    return timedelta(hours=max(hours, 0.01))
