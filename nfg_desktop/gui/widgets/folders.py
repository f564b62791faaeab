"""Where files the user saves (exports, Auskunft) are suggested: the documents folder, which a
coordinator finds again, never the program's hidden data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def path_from_text(text: str) -> Path:
    """A path typed or pasted into a field. Windows Explorer's „Als Pfad kopieren“ puts it in
    double quotes; those are not part of the name."""
    cleaned = text.strip()
    if len(cleaned) >= 2 and cleaned[0] == cleaned[-1] and cleaned[0] in "\"'":
        cleaned = cleaned[1:-1].strip()
    return Path(cleaned).expanduser()
