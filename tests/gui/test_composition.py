"""The window is composed of its areas: each hands over what it adds, the window places it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

import pytest
from PySide6.QtCore import SIGNAL
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from pytestqt.qtbot import QtBot

from nfg_desktop.gui import areas
from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.area import Area, ListAction, MenuEntry, Slot, ViewEntry
from nfg_desktop.gui.main_window import VIEW_NAMES, MainWindow
from nfg_desktop.gui.safety.about import AboutDialog
from nfg_desktop.gui.widgets.mnemonics import plain
from nfg_desktop.store.database import Database

MakeWindow = Callable[..., MainWindow]
Std = QKeySequence.StandardKey
# What a user sees in the menus (text, shortcut); "---" is a separator, "[…]" a submenu.
EXPECTED_MENUS: dict[str, list[tuple[str, QKeySequence.StandardKey | str]]] = {
    "&Datei": [
        ("Neue Datei …", ""),
        ("Öffnen …", Std.Open),
        ("[Zuletzt geöffnet]", ""),
        ("Mit Server verbinden…", ""),
        ("Demo-Netzwerk öffnen", ""),
        ("---", ""),
        ("Netzwerk-Einstellungen…", ""),
        ("---", ""),
        ("Sicherung erstellen…", ""),
        ("Sicherung wiederherstellen…", ""),
        ("Netzwerk kopieren…", ""),
        ("---", ""),
        ("Importieren…", "Ctrl+Shift+I"),
        ("Exportieren…", "Ctrl+Shift+E"),
        ("---", ""),
        ("Drucken…", Std.Print),
        ("Beenden", Std.Quit),
    ],
    "&Bearbeiten": [
        ("Neuer Eintrag", Std.New),
        ("Speichern", Std.Save),
        ("Änderungen verwerfen", "Esc"),
        ("Eintrag löschen …", ""),
        ("---", ""),
        ("Suchen", Std.Find),
        ("Änderungsverlauf…", ""),
    ],
    "&Ansicht": [
        ("Übersicht", "Ctrl+1"),
        ("Partner", "Ctrl+2"),
        ("Projekte", "Ctrl+3"),
        ("Ehrenamtliche", "Ctrl+4"),
        ("Termine", "Ctrl+5"),
        ("Qualifizierungen", "Ctrl+6"),
        ("Berichte", "Ctrl+7"),
        ("---", ""),
        ("[Sprache]", ""),  # the window's language (gui/language)
    ],
    "&Hilfe": [("Kurzhilfe", "F1"), ("Über NFG Desktop", "")],
}
EXPECTED_LIST_ACTIONS = {
    "partners": ["exportAction_partners", "mailAction_partners", "copyAction_partners"],
    "volunteers": ["exportAction_volunteers", "mailAction_volunteers", "copyAction_volunteers"],
    "projects": ["exportAction_projects"],
    "meetings": ["exportAction_meetings"],
    "trainings": [],
}


def shown(menu: QMenu) -> list[tuple[str, str]]:
    """The entries' texts without their mnemonics (test_mnemonics.py checks those)."""
    entries = []
    for action in menu.actions():
        if action.isSeparator():
            entries.append(("---", ""))
        elif action.menu() is not None:
            entries.append((f"[{plain(action.text())}]", ""))
        else:
            entries.append((plain(action.text()), action.shortcut().toString()))
    return entries


def expected(entries: list[tuple[str, QKeySequence.StandardKey | str]]) -> list[tuple[str, str]]:
    return [
        (text, keys if isinstance(keys, str) else QKeySequence(keys).toString())
        for text, keys in entries
    ]


@pytest.fixture
def make_window(qtbot: QtBot, demo_db: Database) -> Iterator[MakeWindow]:
    """Builds windows with the areas given; closes them after the test."""
    create_application()
    built: list[MainWindow] = []

    def make(area_classes: tuple[type[Area], ...] | None = None) -> MainWindow:
        window = MainWindow(demo_db, demo_db.path, area_classes)
        built.append(window)
        return window

    yield make
    for window in built:
        window.close_without_asking()
        window.deleteLater()


def test_every_area_installs_and_the_menus_hold_their_entries_in_order(
    window: MainWindow,
) -> None:
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    assert list(menus) == list(EXPECTED_MENUS)
    for title, entries in EXPECTED_MENUS.items():
        menu = menus[title]
        assert isinstance(menu, QMenu)
        assert shown(menu) == expected(entries), title
    assert window.action_quit.menuRole() == QAction.MenuRole.QuitRole
    assert window.action_about.menuRole() == QAction.MenuRole.AboutRole
    # the navigation and the View menu list the same views
    names = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert names == [text for text, _keys in EXPECTED_MENUS["&Ansicht"]][: len(VIEW_NAMES)]
    assert list(window.view_actions) == list(VIEW_NAMES)


def test_the_lists_get_the_areas_actions_in_order(window: MainWindow) -> None:
    for view_name, names in EXPECTED_LIST_ACTIONS.items():
        actions = window.list_view(view_name).list_actions()
        printing = [f"reportsPrint_{view_name}"] if view_name != "trainings" else []
        assert [action.objectName() for action in actions] == names + printing


def test_about_opens_the_about_dialog_through_one_connection(window: MainWindow) -> None:
    # The menu's own connection (Qt's) and the window's: nothing rewired it.
    triggered = SIGNAL("triggered(bool)")
    assert window.action_about.receivers(triggered) == 2
    assert window.action_help.receivers(triggered) == 2
    window.action_about.trigger()
    dialogs = window.findChildren(AboutDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    dialogs[0].close()


def test_the_welcome_buttons_are_answered_by_the_window_and_the_areas(
    window: MainWindow,
) -> None:
    overview = window.view("overview")
    buttons = overview.welcome.buttons  # type: ignore[attr-defined]
    assert set(buttons) == set(window._welcome_answers)


class Broken(Area):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        raise RuntimeError("kaputt")


class BrokenEntries(Area):
    def menu_entries(self) -> Sequence[MenuEntry]:
        raise RuntimeError("kaputt")


@pytest.mark.parametrize("area", [Broken, BrokenEntries])
def test_an_area_that_fails_fails_the_window(area: type[Area], make_window: MakeWindow) -> None:
    with pytest.raises(RuntimeError, match="kaputt"):
        make_window((*areas.AREAS, area))


class Sample(Area):
    """An area that hands over one of everything."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.tool = QAction("Werkzeug", window)
        self.list_action = QAction("Probe", window)
        self.list_action.setObjectName("sampleListAction")
        self.section = QLabel("Abschnitt")
        self.opened = 0
        self.editors: list[str] = []

    def menu_entries(self) -> Sequence[MenuEntry]:
        return [MenuEntry(Slot.FILE_NETWORK, self.tool)]

    def list_actions(self) -> Sequence[ListAction]:
        return [ListAction("trainings", self.list_action)]

    def views(self) -> Sequence[ViewEntry]:
        return [ViewEntry("map", "Karte", lambda: QLabel("Karte"))]

    def overview_sections(self) -> Sequence[QWidget]:
        return [self.section]

    def editor_created(self, kind: str, editor: object) -> None:
        self.editors.append(kind)

    def after_open(self) -> None:
        self.opened += 1


def test_the_window_places_what_an_area_hands_over(make_window: MakeWindow) -> None:
    window = make_window((Sample,))
    sample = window.area(Sample)
    assert shown(window.menu_file)[:6] == [
        ("Neue Datei …", ""),
        ("Öffnen …", QKeySequence(Std.Open).toString()),
        ("[Zuletzt geöffnet]", ""),
        ("---", ""),
        ("Werkzeug", ""),  # its place, between separators
        ("---", ""),
    ]
    assert shown(window.menu_file)[-1][0] == "Beenden"
    assert window.list_view("trainings").list_actions() == [sample.list_action]
    assert window.show_view("map").text() == "Karte"  # type: ignore[attr-defined]
    assert [plain(a.text()) for a in window.menu_view.actions()][-1] == "Karte"
    assert sample.section.parent() is not None
    assert sample.section.window() is window
    window.editor_for("training")
    assert sample.editors == ["training"]
    assert sample.opened == 0  # only the application asks for it, once per opened file
    window.after_open()
    assert sample.opened == 1


def test_without_areas_the_window_has_its_own_entries_only(make_window: MakeWindow) -> None:
    window = make_window(())
    assert [text for text, _keys in shown(window.menu_file)] == [
        "Neue Datei …",
        "Öffnen …",
        "[Zuletzt geöffnet]",
        "---",
        "Beenden",
    ]
    assert "reports" not in window.view_actions


class SecondReports(Area):
    def views(self) -> Sequence[ViewEntry]:
        return [ViewEntry("reports", "Noch einmal", QWidget)]


class SecondWelcome(Area):
    def welcome_answers(self) -> dict[str, Callable[[], object]]:
        return {"import": lambda: None}


@pytest.mark.parametrize("area", [SecondReports, SecondWelcome])
def test_two_areas_claiming_the_same_place_fail_the_window(
    area: type[Area], make_window: MakeWindow
) -> None:
    with pytest.raises(ValueError, match="two"):
        make_window((*areas.AREAS, area))
