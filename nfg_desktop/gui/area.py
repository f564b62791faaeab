"""What an area of the window hands the main window, and the named places it can ask for.

An area (the lists, import/export, data protection, safety, reports, network) is built by the
window as ``AreaClass(window)``. The window then asks it, once, for its menu entries, its
actions for the lists, its views, its sections of the overview, its toolbars and its answers
to the welcome of an empty file, and places them; it calls the area's hooks when a record form
is built, when the file's window is open, when the window becomes read-only and when it
closes. An area never touches the window's menus or another area's actions: the window alone
places what it is handed. The lists (``gui/views/lists.py``) are always built, first; the
other areas are listed in ``gui/areas.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow
    from nfg_desktop.gui.widgets.record_editor import RecordEditor


class Slot(Enum):
    """A named place in the window's menus; the window's ``MENU_LAYOUT`` orders them."""

    FILE_OPEN = "file-open"  # new file, open, recently opened
    FILE_DEMO = "file-demo"  # the demo network
    FILE_NETWORK = "file-network"  # the network's settings
    FILE_BACKUP = "file-backup"  # create and restore backups
    FILE_TRANSFER = "file-transfer"  # import and export
    FILE_PRINT = "file-print"
    FILE_QUIT = "file-quit"
    EDIT_RECORD = "edit-record"  # new, save, discard, delete
    EDIT_SEARCH = "edit-search"  # search, change history
    VIEW_VIEWS = "view-views"  # one entry per view of the navigation
    VIEW_LANGUAGE = "view-language"  # the window's language
    HELP = "help"  # short help, about


@dataclass(frozen=True)
class MenuEntry:
    """An action for one place of the menus (entries of a place keep the order given)."""

    slot: Slot
    action: QAction


@dataclass(frozen=True)
class ListAction:
    """An action in the context menu and the button bar of one list (by its view name)."""

    view: str
    action: QAction


@dataclass(frozen=True)
class ViewEntry:
    """A view of the navigation, built by ``factory`` when it is first shown (so an area
    costs nothing at start)."""

    name: str
    title: str
    factory: Callable[[], QWidget]


class Area(QObject):
    """Base of the areas: each overrides what it hands over (by default nothing)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def menu_entries(self) -> Sequence[MenuEntry]:
        return ()

    def list_actions(self) -> Sequence[ListAction]:
        return ()

    def views(self) -> Sequence[ViewEntry]:
        return ()

    def overview_sections(self) -> Sequence[QWidget]:
        """Sections of the overview, placed below its own."""
        return ()

    def toolbars(self) -> Sequence[QToolBar]:
        """Toolbars above the views (shown once the window's start is over)."""
        return ()

    def welcome_answers(self) -> Mapping[str, Callable[[], object]]:
        """What the welcome of an empty file does, by its button's key."""
        return {}

    def editor_created(self, kind: str, editor: RecordEditor) -> None:
        """A record form of ``kind`` was built (once per list)."""

    def after_open(self) -> None:
        """The file's window is on screen and its start is over (once per opened file)."""

    def set_read_only(self, read_only: bool) -> None:
        """The window became read-only (or writable again)."""

    def closing(self) -> None:
        """The window closes: stop what runs beside it (threads, timers)."""

    def save_settings(self, store: QSettings) -> None:
        """The window closes: keep what the area remembers (column widths, …) in ``store``."""
