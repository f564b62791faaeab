"""Where files the user saves (exports, Auskunft) are suggested: the documents folder, which a
coordinator finds again, never the program's hidden data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()
