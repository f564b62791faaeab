"""Keyboard users reach every menu entry and every field by Alt+letter (issue 19): every menu
entry and every label of a form has a mnemonic, unique within its menu, form or dialog; every
label of a form is the buddy label of its field (Alt+letter jumps into the field, and screen
readers name the field by it)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QDialog, QPushButton, QTableView
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.widgets.mnemonics import assign_letters, mnemonic, with_letter
from tests.gui.mnemonics import form_problems, menu_problems
from tests.gui.test_accessible_names import menu_actions, open_windows


def test_mnemonic_is_the_letter_after_a_single_ampersand() -> None:
    assert mnemonic("&Datei") == "d"
    assert mnemonic("Ö&ffnen …") == "f"
    assert mnemonic("Kaffee && Kuchen") == ""
    assert mnemonic("Kaffee && &Kuchen") == "k"


def test_every_menu_entry_has_a_mnemonic_unique_in_its_menu(window: MainWindow) -> None:
    problems = []
    titles = [menu.title() for menu in window.menus.values()]
    assert all(mnemonic(title) for title in titles), titles
    assert len({mnemonic(title) for title in titles}) == len(titles), titles
    checked = 0
    for key, menu in window.menus.items():
        menu.aboutToShow.emit()  # what opening it does
        problems += menu_problems(menu, key)
        checked += sum(1 for _ in menu_actions(menu))
    print(f"{checked} menu entries checked")
    assert not problems, "\n".join(problems)


def test_every_form_labels_its_fields_with_unique_mnemonics(
    window: MainWindow, qtbot: QtBot
) -> None:
    problems = []
    for name, view in window.lists.lists.items():
        window.show_view(name)
        view.table.selectRow(0)
        qtbot.wait(10)
        editor = view.editor()
        assert editor is not None
        problems += form_problems(editor, f"form {name}")
    assert not problems, "\n".join(problems)


def _check_windows(qtbot: QtBot, start: object, problems: list[str], seen: list[str]) -> None:
    from PySide6.QtCore import QTimer

    before = open_windows()
    state = {"tries": 0, "done": False}

    def inspect() -> None:
        new = [w for w in open_windows() if w not in before]
        if not new and state["tries"] < 20:
            state["tries"] += 1
            QTimer.singleShot(25, inspect)
            return
        for widget in new:
            seen.append(widget.windowTitle())
            problems.extend(form_problems(widget, f"dialog {widget.windowTitle()!r}"))
            widget.reject() if isinstance(widget, QDialog) else widget.close()
        state["done"] = True

    QTimer.singleShot(0, inspect)
    start()  # type: ignore[operator]
    qtbot.waitUntil(lambda: state["done"], timeout=5000)


def test_every_dialog_labels_its_fields_with_unique_mnemonics(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    seen: list[str] = []
    window.show_view("partners")
    for menu in window.menus.values():
        for action in menu_actions(menu):
            if action is window.action_quit or not action.isEnabled():
                continue
            _check_windows(qtbot, action.trigger, problems, seen)
    for name, view in window.lists.lists.items():
        window.show_view(name)
        view.table.selectRow(0)
        qtbot.wait(10)
        editor = view.editor()
        assert editor is not None
        for table in editor.findChildren(QTableView):
            table.selectRow(0)
        for button in editor.findChildren(QPushButton):
            if button.isVisible() and button.isEnabled() and button.text().endswith("…"):
                _check_windows(qtbot, button.click, problems, seen)
        editor.cancel()
    print(f"{len(seen)} dialogs checked: {seen}")
    assert not problems, "\n".join(problems)


def test_letters_are_matched_so_that_short_texts_get_one_too() -> None:
    texts = {"Partner seit:": "", "Art:": "", "Ort:": "", "&Ortsteil:": "", "&Name:": ""}

    def setter(key: str) -> Callable[[str], None]:
        return lambda text: texts.__setitem__(key, text)

    assign_letters([(key, setter(key)) for key in texts], taken={"a", "r"})
    letters = [mnemonic(text or key) for key, text in texts.items()]
    assert all(letters) and len(set(letters)) == len(letters), texts
    assert texts["&Name:"] == ""  # its own mnemonic was free: unchanged
    assert mnemonic(texts["Art:"]) == "t" and mnemonic(texts["Ort:"]) == "o"
    assert with_letter("Kaffee && Kuchen", "k") == "Kaffee && Kuchen"  # no guessing there
    assert with_letter("Stra&ße:", "t") == "S&traße:"
