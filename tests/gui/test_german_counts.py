"""Counts in the window use Qt's plural forms: „1 Eintrag“, „0 Partner · 1 Projekt“."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.list_view import ListView


def test_one_entry_and_one_project_are_singular(
    one_project_window: MainWindow, qtbot: QtBot
) -> None:
    view = one_project_window.show_view("projects")
    assert isinstance(view, ListView)
    view.wait_loaded()
    assert view.count_label.text() == "1 Eintrag"
    overview = one_project_window.show_view("overview")
    matrix = overview.matrix  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: matrix.rowCount() > 0)
    texts = {
        matrix.item(row, column).text()
        for row in range(matrix.rowCount())
        for column in range(matrix.columnCount())
        if matrix.item(row, column) is not None
    }
    assert "0 Partner · 1 Projekt" in texts
    assert "Lücke" in texts  # an empty cell names its gap (issue 19), no „0 Partner · 0 Projekte“
