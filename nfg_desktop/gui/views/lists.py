"""The lists area of the window: partners, projects, volunteers, meetings and trainings.

:class:`ListsArea` hands the window the five list views (built when first shown; their module is
imported only then, after the first paint) and Bearbeiten > Neuer Eintrag, Speichern,
Änderungen verwerfen, Eintrag löschen and Suchen, which act on the list on screen. The window
builds it before the other areas, whose list actions it takes (``add_list_action``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from nfg_desktop.gui.area import Area, MenuEntry, Slot, ViewEntry
from nfg_desktop.gui.views import VIEW_KINDS

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow
    from nfg_desktop.gui.views.list_view import ListView


class ListsArea(Area):
    """The list views of one main window and the editing commands of the list on screen."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.lists: dict[str, ListView] = {}  # the list views built so far
        self._pending_actions: dict[str, list[QAction]] = {}
        self.read_only = False
        self.action_new = self._action(self.tr("New entry"), self.new_record)
        self.action_new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.action_save = self._action(self.tr("Save"), self.save_record)
        self.action_save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.action_cancel = self._action(self.tr("Discard changes"), self.cancel_record)
        self.action_cancel.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.action_delete = self._action(self.tr("Delete entry…"), self.delete_record)
        self.action_find = self._action(self.tr("Search"), self.focus_search)
        self.action_find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def menu_entries(self) -> list[MenuEntry]:
        record = (self.action_new, self.action_save, self.action_cancel, self.action_delete)
        return [
            *(MenuEntry(Slot.EDIT_RECORD, action) for action in record),
            MenuEntry(Slot.EDIT_SEARCH, self.action_find),
        ]

    def views(self) -> list[ViewEntry]:
        titles = {
            "partners": self.tr("Partners"),
            "projects": self.tr("Projects"),
            "volunteers": self.tr("Volunteers"),
            "meetings": self.tr("Meetings"),
            "trainings": self.tr("Trainings"),
        }
        return [
            ViewEntry(name, titles[name], lambda n=name: self._make_list_view(n))
            for name in VIEW_KINDS
        ]

    def _make_list_view(self, name: str) -> ListView:
        # Imported here: the lists' modules are not needed for the first paint.
        from nfg_desktop.gui.views.list_view import ListView

        window = self.window
        view = ListView(name, window.database, window.stack, reader=window.reader)
        self.lists[name] = view
        view.editor_created.connect(window.editor_created)
        view.set_read_only(self.read_only)
        view.restore_state(window_settings())
        for action in self._pending_actions.pop(name, []):
            view.add_list_action(action)
        return view

    def welcome_answers(self) -> dict[str, Callable[[], object]]:
        return {"new": self.new_partner}

    def new_partner(self) -> None:
        """The welcome's „Neu“: an empty partner form."""
        self.window.show_view("partners")
        self.new_record()

    def add_list_action(self, view_name: str, action: QAction) -> None:
        """An action for a list that may not exist yet (lists are built when first shown)."""
        existing = self.lists.get(view_name)
        if existing is not None:
            existing.add_list_action(action)
        else:
            self._pending_actions.setdefault(view_name, []).append(action)

    def current(self) -> ListView | None:
        """The list on screen, if the window shows one."""
        widget = self.window.stack.currentWidget()
        return next((view for view in self.lists.values() if view is widget), None)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for action in (self.action_new, self.action_save, self.action_cancel, self.action_delete):
            action.setEnabled(not read_only)
        for view in self.lists.values():
            view.set_read_only(read_only)

    def dirty_views(self) -> list[ListView]:
        return [view for view in self.lists.values() if view.is_dirty()]

    def save_settings(self, store: QSettings) -> None:
        for view in self.lists.values():
            view.save_state(store)

    # --- editing commands -------------------------------------------------------------------

    def new_record(self) -> None:
        view = self.current()
        if view is not None and not self.read_only:
            view.new_record()

    def save_record(self) -> None:
        view = self.current()
        if view is not None and not self.read_only:
            view.save_current()

    def cancel_record(self) -> None:
        view = self.current()
        if view is not None:
            view.cancel_current()

    def delete_record(self) -> None:
        view = self.current()
        if view is not None and not self.read_only:
            view.delete_current()

    def focus_search(self) -> None:
        view = self.current()
        if view is not None:
            view.focus_search()


def window_settings() -> QSettings:
    from nfg_desktop.gui.main_window import settings  # the window's module imports this one

    return settings()
