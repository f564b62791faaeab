"""The mnemonics (Alt+letter, "&" in a text) of menus, forms and dialogs, for the tests."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import (
    QAbstractButton,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)

from nfg_desktop.gui.widgets.mnemonics import mnemonic


def menu_problems(menu: QMenu, where: str) -> list[str]:
    problems = []
    letters = Counter()
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        letter = mnemonic(action.text())
        if not letter:
            problems.append(f"{where}: entry {action.text()!r} without a mnemonic")
        letters[letter] += 1
        if action.menu() is not None:
            problems += menu_problems(action.menu(), f"{where} › {action.text()}")
    problems += [
        f"{where}: mnemonic {letter!r} used {count} times"
        for letter, count in letters.items()
        if letter and count > 1
    ]
    return problems


def form_labels(root: QWidget) -> list[QLabel]:
    """The visible labels in the label column of the form layouts under ``root``."""
    labels = []
    for layout in root.findChildren(QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and widget.isVisibleTo(root) and widget.text():
                labels.append(widget)
    return labels


def form_problems(root: QWidget, where: str) -> list[str]:
    """Labels of a form without buddy or mnemonic, and mnemonics used twice in ``root``."""
    problems = []
    for label in form_labels(root):
        if label.buddy() is None:
            problems.append(f"{where}: label {label.text()!r} is nobody's buddy")
    letters: Counter[str] = Counter()
    for label in root.findChildren(QLabel):
        if label.buddy() is None or not label.isVisibleTo(root):
            continue
        letter = mnemonic(label.text())
        if not letter:
            problems.append(f"{where}: label {label.text()!r} without a mnemonic")
        letters[letter] += 1
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QAbstractButton, QGroupBox)) and widget.isVisibleTo(root):
            text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
            letters[mnemonic(text)] += 1
    problems += [
        f"{where}: mnemonic {letter!r} used {count} times"
        for letter, count in letters.items()
        if letter and count > 1
    ]
    return problems
