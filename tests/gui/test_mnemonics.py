"""Keyboard users reach every menu entry and every field by Alt+letter (issue 19): every menu
entry and every label of a form has a mnemonic, unique within its menu, form or dialog; every
label of a form is the buddy label of its field (Alt+letter jumps into the field, and screen
readers name the field by it)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.widgets.mnemonics import assign_letters, mnemonic, with_letter
from tests.gui.dialog_walk import (
    check_opened_by,
    form_dialogs,
    menu_actions,
    menu_dialogs,
    open_forms,
)
from tests.gui.mnemonics import form_problems, menu_problems


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
    for name, editor in open_forms(window, qtbot):
        problems += form_problems(editor, f"form {name}")
    assert not problems, "\n".join(problems)


def test_every_dialog_labels_its_fields_with_unique_mnemonics(
    window: MainWindow, qtbot: QtBot
) -> None:
    problems: list[str] = []
    seen: list[str] = []

    def check(dialog: QWidget) -> None:
        problems.extend(form_problems(dialog, f"dialog {dialog.windowTitle()!r}"))
        for tabs in dialog.findChildren(QTabWidget):  # every page, not only the first
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                where = f"dialog {dialog.windowTitle()!r}, {tabs.tabText(index)!r}"
                problems.extend(form_problems(dialog, where))

    for start in menu_dialogs(window):
        seen += check_opened_by(qtbot, start, check)
    for start in form_dialogs(window, qtbot):  # one after the other: each needs its form
        seen += check_opened_by(qtbot, start, check)
    print(f"{len(seen)} dialogs checked: {seen}")
    assert len(seen) >= 22, seen
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
