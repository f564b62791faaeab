"""The views of the main window: the overview and the lists (``list_view``).

This package module is light on purpose: the window knows the lists by name from here and
imports the list module itself only when it builds the first list (after the first paint).
"""

from __future__ import annotations

# The list views of the navigation and the kind of record each one lists.
VIEW_KINDS: dict[str, str] = {
    "partners": "partner",
    "projects": "project",
    "volunteers": "volunteer",
    "meetings": "meeting",
    "trainings": "training",
}
