"""The record forms shown beside each list (Designer forms in ui/, generated in gui/forms/).

``create_editor(kind, database, parent)`` makes the editor of a list; kinds are "partner",
"project", "volunteer", "meeting" and "training".
"""

from __future__ import annotations

from importlib import import_module

from PySide6.QtWidgets import QWidget

from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.store.database import Database

EDITORS: dict[str, tuple[str, str]] = {
    "partner": ("nfg_desktop.gui.editors.partner_editor", "PartnerEditor"),
    "project": ("nfg_desktop.gui.editors.project_editor", "ProjectEditor"),
    "volunteer": ("nfg_desktop.gui.editors.volunteer_editor", "VolunteerEditor"),
    "meeting": ("nfg_desktop.gui.editors.meeting_editor", "MeetingEditor"),
    "training": ("nfg_desktop.gui.editors.training_editor", "TrainingEditor"),
}


def create_editor(kind: str, database: Database, parent: QWidget | None = None) -> RecordEditor:
    """The editor of ``kind``; raises KeyError for an unknown kind."""
    module_name, class_name = EDITORS[kind]
    editor_class = getattr(import_module(module_name), class_name)
    editor: RecordEditor = editor_class(database, parent)
    return editor


__all__ = ["EDITORS", "create_editor"]
