"""What the window remembers (QSettings below NFG_HOME): size, splitters, column widths,
the last file and the recently opened files; and how other views plug into the navigation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.app import WindowController, create_application, start_path
from nfg_desktop.gui.main_window import MainWindow, last_file, recent_files, remember_file
from nfg_desktop.gui.views.list_view import ListView
from nfg_desktop.store.database import Database


def test_geometry_splitter_and_column_widths_are_restored(
    qtbot: QtBot, demo_db: Database, nfg_home: Path
) -> None:
    create_application()
    first = MainWindow(demo_db, demo_db.path)
    first.resize(701, 503)  # within the offscreen screen (800 x 800)
    first.show()
    view = first.show_view("volunteers")
    assert isinstance(view, ListView)
    view.wait_loaded()
    size = (first.width(), first.height())  # the width may be raised to the list's minimum
    view.table.setColumnWidth(0, 321)
    view.splitter.setSizes([200, 400])
    sizes = view.splitter.sizes()
    first.close_without_asking()
    assert list(nfg_home.rglob("*.ini")), "settings are written below NFG_HOME"

    second = MainWindow(demo_db, demo_db.path)
    second.show()
    try:
        # The offscreen screen is 800 px wide: the width is clamped to it, the height is not.
        assert second.height() == size[1] != 800
        again = second.show_view("volunteers")
        assert isinstance(again, ListView)
        assert again.table.columnWidth(0) == 321
        restored = again.splitter.sizes()  # scaled with the clamped width: compare shares
        assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02
    finally:
        second.close_without_asking()


def test_recent_files_newest_first_without_duplicates(tmp_path: Path) -> None:
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    remember_file(a)
    remember_file(b)
    remember_file(a)
    assert recent_files() == [a, b]
    assert last_file() == a


def test_start_reopens_the_last_file_only_when_none_was_given(tmp_path: Path) -> None:
    given, remembered = tmp_path / "given.sqlite", tmp_path / "last.sqlite"
    remembered.write_bytes(b"")
    remember_file(remembered)
    assert start_path(given, use_last=True) == remembered
    assert start_path(given, use_last=False) == given
    remembered.unlink()
    assert start_path(given, use_last=True) == given


def test_opening_another_file_replaces_window_and_database(qtbot: QtBot, tmp_path: Path) -> None:
    create_application()
    controller = WindowController()
    assert controller.open(tmp_path / "eins.sqlite")
    first_window, first_database = controller.window, controller.database
    assert first_window is not None and "eins.sqlite" in first_window.windowTitle()
    first_window.file_requested.emit(tmp_path / "zwei.sqlite")
    assert controller.window is not first_window
    assert controller.window is not None and "zwei.sqlite" in controller.window.windowTitle()
    assert controller.database is not first_database
    assert recent_files()[:2] == [tmp_path / "zwei.sqlite", tmp_path / "eins.sqlite"]
    controller.window.close_without_asking()
    assert controller.database is not None
    controller.database.close()


def test_an_added_navigation_view_replaces_the_placeholder_without_covering_others(
    window: MainWindow,
) -> None:
    widget = QLabel("Berichte hier")
    window.add_navigation_view("reports", "Berichte", widget)
    assert window.current_view_name() == "overview"
    assert not widget.isVisible()
    window.show_view("reports")
    assert widget.isVisible()
    assert window.navigation.count() == 7
    extra = QLabel("Karte")
    window.add_navigation_view("map", "Karte", extra)
    assert window.navigation.count() == 8
    window.show_view("map")
    assert extra.isVisible() and not widget.isVisible()


def test_a_navigation_view_given_as_a_function_is_built_when_first_shown(
    window: MainWindow,
) -> None:
    built: list[QLabel] = []

    def make() -> QLabel:
        built.append(QLabel("Karte"))
        return built[-1]

    window.add_navigation_view("map", "Karte", make)
    assert built == [] and window.navigation.count() == 8
    assert window.show_view("map") is built[0]
    assert built[0].isVisible()
    window.show_view("overview")
    window.show_view("map")
    assert len(built) == 1
