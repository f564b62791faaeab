"""Every file location of the program, in one place.

Built on platformdirs. ``NFG_HOME`` moves every folder below one directory (tests, development,
portable installs); ``NFG_DB`` chooses the database file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from nfg_desktop import APP_NAME

DEFAULT_DB_NAME = "netzwerk.sqlite"
DEMO_DB_NAME = "Demo-Netzwerk.sqlite"
BACKUP_FOLDER_NAME = "Sicherungen"

_APPAUTHOR = "NFG"


def _home_override() -> Path | None:
    home = os.environ.get("NFG_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, _APPAUTHOR, roaming=False))


def config_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, _APPAUTHOR, roaming=True))


def log_dir() -> Path:
    home = _home_override()
    if home is not None:
        return home / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, _APPAUTHOR))


def default_db_path() -> Path:
    env = os.environ.get("NFG_DB")
    if env:
        return Path(env).expanduser()
    return data_dir() / DEFAULT_DB_NAME


def demo_db_path() -> Path:
    """The demo network's own file: never mixed into the user's data."""
    return data_dir() / DEMO_DB_NAME


def is_demo_file(path: Path | None) -> bool:
    return path is not None and path.name == DEMO_DB_NAME


def default_backup_dir() -> Path:
    return data_dir() / BACKUP_FOLDER_NAME


def log_file() -> Path:
    return log_dir() / "nfg-desktop.log"


def resources_dir() -> Path:
    """Where fonts, icons, translations and demo data live.

    Works from a source checkout (``<repo>/resources``), an installed wheel
    (``nfg_desktop/resources``) and a PyInstaller bundle (``sys._MEIPASS``).
    """
    package_dir = Path(__file__).resolve().parent
    frozen_base = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_base:
        candidates.append(Path(frozen_base) / "nfg_desktop" / "resources")
    candidates += [package_dir / "resources", package_dir.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Programmdateien (resources) nicht gefunden")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "store" / "migrations"
