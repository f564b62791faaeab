"""Every dialog a user reaches from the menus and from the forms, opened in-process for a check
and closed again (tests of issue 19: names, mnemonics)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.widgets.record_editor import RecordEditor


def menu_actions(menu: QMenu) -> Iterator[QAction]:
    """The entries of ``menu`` and of its submenus."""
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            yield from menu_actions(action.menu())
        else:
            yield action


def open_windows() -> set[QWidget]:
    """The windows on screen besides main windows and menus."""
    return {
        w
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and w.isWindow() and not isinstance(w, (QMenu, QMainWindow))
    }


def check_opened_by(
    qtbot: QtBot, start: Callable[[], object], check: Callable[[QWidget], None]
) -> list[str]:
    """Call ``start`` (it may open a modal dialog with exec()), ``check`` every window it opened
    and close it again; the titles of the windows checked."""
    before = open_windows()
    titles: list[str] = []
    state = {"tries": 0, "done": False}

    def inspect() -> None:
        new = [w for w in open_windows() if w not in before]
        if not new and state["tries"] < 20:
            state["tries"] += 1
            QTimer.singleShot(25, inspect)
            return
        for window in new:
            titles.append(window.windowTitle())
            check(window)
            if isinstance(window, QDialog):
                window.reject()
            else:
                window.close()
        state["done"] = True

    QTimer.singleShot(0, inspect)
    start()
    qtbot.waitUntil(lambda: state["done"], timeout=5000)
    return titles


def menu_dialogs(window: MainWindow) -> Iterator[Callable[[], object]]:
    """What opens each dialog of the menus (Beenden left out), from the partner list."""
    window.show_view("partners")
    for menu in window.menus.values():
        for action in menu_actions(menu):
            if action is not window.action_quit and action.isEnabled():
                yield action.trigger


def open_forms(window: MainWindow, qtbot: QtBot) -> Iterator[tuple[str, RecordEditor]]:
    """Each list shown with the form of its first row open: (view name, form)."""
    for name, view in window.lists.lists.items():
        window.show_view(name)
        view.table.selectRow(0)
        qtbot.wait(10)
        editor = view.editor()
        assert editor is not None
        yield name, editor


def form_dialogs(window: MainWindow, qtbot: QtBot) -> Iterator[Callable[[], object]]:
    """What opens each dialog of the forms (their buttons „… …“), with a row of each small
    table selected (the buttons that edit a row)."""
    for _name, editor in open_forms(window, qtbot):
        for table in editor.findChildren(QTableView):
            table.selectRow(0)
        for button in editor.findChildren(QPushButton):
            if button.isVisible() and button.isEnabled() and button.text().endswith("…"):
                yield button.click
        editor.cancel()
