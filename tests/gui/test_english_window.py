"""The English window shows no German text: the main window, every view, a record form of
every list and every dialog the menus open, on the demo network.

The demo network's data is German and stays so (names, places, notes, kinds a user added):
every text stored in the file is taken out of what a widget shows before it is searched for
German (umlauts, ß, or a common German word). The values the program fixes (kinds, states,
focus areas, … of ``choices`` and ``clearance``) are not taken out, though stored in the file
too: the English window shows them in English.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractListModel, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nfg_desktop.domain import choices, clearance
from nfg_desktop.gui.main_window import KIND_VIEWS, MainWindow
from nfg_desktop.store.database import Database

GERMAN = re.compile(
    r"[äöüÄÖÜß]|\b(und|oder|der|die|das|Der|Die|Das|nicht|Bitte|bitte|keine|kein|mit|für|von|"
    r"zum|zur|ist|sind|wird|Datei|Speichern|Löschen|Neu|Neue|Eintrag|Suchen|Alle|Ansicht|"
    r"Bearbeiten|Hilfe|Termin|Termine|Projekte|Ehrenamtliche|Schwerpunkt|Stunden|Uhr|Seite|am|"
    r"vom|bis|noch|schon|Sie|Lücke|Jahr|Kinder|Familien|Senioren|gültig|erfasst)\b"
)
# Names that stay German in any language: the programme's, and how networks call themselves.
PROPER_NAMES = ("Netzwerk für Generationen", "Bürgernetzwerk")
TAGS = re.compile(r"<[^>]+>")


def _data(path: Path) -> re.Pattern[str]:
    """Every text stored in the file but the values the program fixes, as whole words."""
    values: set[str] = set(PROPER_NAMES)
    with sqlite3.connect(path) as connection:
        tables = [
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        for table in tables:
            for row in connection.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, str):
                        values.add(value)
                        values.update(line.strip() for line in value.splitlines())
    values -= _fixed_values()
    words = sorted((v for v in values if len(v) >= 2), key=len, reverse=True)
    return re.compile("|".join(rf"(?<!\w){re.escape(word)}(?!\w)" for word in words))


def _fixed_values() -> set[str]:
    """The values of the program's own choice lists (StrEnums), which the window translates."""
    return {
        str(member)
        for module in (choices, clearance)
        for item in vars(module).values()
        if isinstance(item, type) and issubclass(item, StrEnum) and item is not choices.ChoiceList
        for member in item
    }


def _texts(widget: QWidget) -> Iterable[str]:
    yield from (widget.windowTitle(), widget.toolTip(), widget.statusTip())
    yield from (widget.accessibleName(), widget.accessibleDescription())
    if isinstance(widget, (QLabel, QAbstractButton)):
        yield widget.text()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QMenu):
        yield widget.title()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()  # what is typed is data
    if isinstance(widget, QTabWidget):
        yield from (widget.tabText(i) for i in range(widget.count()))
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    for action in QWidget.actions(widget):  # some widgets have an attribute "actions"
        yield from (action.text(), action.toolTip())
    model = widget.model() if isinstance(widget, QAbstractItemView) else None
    if model is not None:
        columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
        for column in range(columns):
            yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(), 30)):
            for column in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    yield str(model.index(row, column).data(role) or "")


def _german(widgets: Iterable[QWidget], data: re.Pattern[str], where: str) -> set[str]:
    found = set()
    for widget in widgets:
        for text in _texts(widget):
            rest = data.sub(" ", TAGS.sub(" ", text))
            if GERMAN.search(rest):
                found.add(f"{where}: {type(widget).__name__}#{widget.objectName()}: {text[:120]!r}")
    return found


def _with_children(widget: QWidget) -> list[QWidget]:
    return [widget, *widget.findChildren(QWidget)]


def _menu_actions(menu: QMenu) -> list[QAction]:
    """The menu's entries and those of its submenus (not the recent files, not the language)."""
    found = []
    for action in menu.actions():
        submenu = action.menu()
        if action.isSeparator():
            continue
        if isinstance(submenu, QMenu):
            if submenu.objectName() not in ("recentMenu", "languageMenu"):
                found += _menu_actions(submenu)
        else:
            found.append(action)
    return found


def test_the_main_window_every_view_and_every_record_form_show_no_german(
    english_window: MainWindow,
) -> None:
    window = english_window
    data = _data(window.database.path)
    for name in list(window._titles):  # noqa: SLF001 - the navigation's views, in order
        view = window.show_view(name)
        wait_loaded = getattr(view, "wait_loaded", None)
        if callable(wait_loaded):
            wait_loaded()
    for kind, name in KIND_VIEWS.items():
        view = window.list_view(name)
        view.wait_loaded()
        assert view.open_record(view.model.id_at(0)), kind
    window.wait_loaded()
    widgets = _with_children(window)
    assert len(widgets) > 500  # every view and form is built
    assert not _german(widgets, data, "window"), "\n".join(sorted(_german(widgets, data, "")))


class _Dialogs:
    """Looks at every modal dialog that opens (and closes it: Cancel), and at the dialogs
    that are not modal after each step."""

    def __init__(self, data: re.Pattern[str]) -> None:
        self.data = data
        self.opened: list[str] = []
        self.german: set[str] = set()
        self.timer = QTimer()
        self.timer.timeout.connect(self._look_at_modal)
        self.timer.start(30)

    def _look(self, dialog: QWidget) -> None:
        if not isinstance(dialog, QFileDialog):  # Qt's own, in English anyway
            self.opened.append(dialog.windowTitle())
            self.german.update(_german(_with_children(dialog), self.data, dialog.windowTitle()))

    def _look_at_modal(self) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        self._look(dialog)
        if isinstance(dialog, QDialog):
            dialog.reject()
        else:
            dialog.close()

    def step(self, qtbot: QtBot, action: Callable[[], object]) -> None:
        action()
        qtbot.wait(80)
        for top in QApplication.topLevelWidgets():
            if isinstance(top, QDialog) and top.isVisible():
                self._look(top)
                top.close()

    def stop(self) -> None:
        self.timer.stop()


def test_every_dialog_of_the_menus_shows_no_german(
    english_window: MainWindow, qtbot: QtBot
) -> None:
    window = english_window
    view = window.list_view("partners")
    window.show_view("partners")
    view.wait_loaded()
    view.open_record(view.model.id_at(0))  # the record actions have a record
    dialogs = _Dialogs(_data(window.database.path))
    try:
        for menu in (action.menu() for action in window.menuBar().actions()):
            assert isinstance(menu, QMenu)
            for action in _menu_actions(menu):
                if action is not window.action_quit and action.isEnabled():
                    dialogs.step(qtbot, action.trigger)
    finally:
        dialogs.stop()
    for title in ("Network settings", "Create backup", "Restore backup", "Import", "Export"):
        assert title in dialogs.opened
    assert {"Print", "Change history", "Short help", "About NFG Desktop"} <= set(dialogs.opened)
    assert not dialogs.german, "\n".join(sorted(dialogs.german))


def test_every_dialog_of_the_record_forms_shows_no_german(
    english_window: MainWindow, qtbot: QtBot
) -> None:
    """The buttons of each form (add a contact, assign, log hours, record a clearance, invite,
    delete with what it also removes, …) on the first record of each list."""
    window = english_window
    dialogs = _Dialogs(_data(window.database.path))
    try:
        for name in KIND_VIEWS.values():
            view = window.list_view(name)
            window.show_view(name)
            view.wait_loaded()
            view.open_record(view.model.id_at(0))
            for button in view.details.findChildren(QPushButton):
                if button.isVisible() and button.isEnabled():
                    dialogs.step(qtbot, button.click)
    finally:
        dialogs.stop()
    expected = {"New contact person", "Add partner", "Assign volunteer", "Record police clearance"}
    assert expected | {"Log hours", "Invite partners", "Invite people", "Add attendees"} <= set(
        dialogs.opened
    )
    assert dialogs.opened.count("Delete") == len(KIND_VIEWS)
    assert not dialogs.german, "\n".join(sorted(dialogs.german))


@pytest.mark.usefixtures("english_language")
def test_the_welcome_of_an_empty_file_shows_no_german(db: Database) -> None:
    window = MainWindow(db, db.path)
    try:
        window.resize(1280, 800)
        window.show()
        window.wait_loaded()
        for name in KIND_VIEWS.values():  # the empty lists say how to begin
            window.list_view(name).wait_loaded()
        widgets = _with_children(window)
        shown = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
        assert any("Welcome to NFG Desktop" in text for text in shown)
        found = _german(widgets, _data(db.path), "empty file")
        assert not found, "\n".join(sorted(found))
    finally:
        window.close_without_asking()
        window.deleteLater()
