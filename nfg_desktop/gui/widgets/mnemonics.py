"""Mnemonics (Alt+letter) for every menu entry and every label of a form, unique in its menu
or window (issue 19: keyboard users; EN 301 549 11.2.1.1).

Texts may carry a mnemonic of their own ("&Datei" in the source or its translation). Where one
is missing, or two entries of one menu or two labels of one window share a letter, a free
letter of the text is chosen (the first letter of a word first; letters are matched so that
short texts find one too), as KDE's accelerator manager does. This works in every language
(a translation needs no hand-picked letters) and keeps working when a text is changed later
(menus get their letters each time they open).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QStackedWidget,
    QWidget,
)


def _mnemonic_index(text: str) -> int:
    """Where the letter of ``text``'s mnemonic is, or -1 ("&&" is a plain "&")."""
    index = text.find("&")
    while 0 <= index < len(text) - 1:
        if text[index + 1] != "&":
            return index + 1
        index = text.find("&", index + 2)
    return -1


def mnemonic(text: str) -> str:
    """The letter after a single "&" (lower case), or "" without one."""
    index = _mnemonic_index(text)
    return text[index].lower() if index >= 0 else ""


def plain(text: str) -> str:
    """``text`` without its mnemonic ("&&" stays)."""
    index = _mnemonic_index(text)
    return text if index < 0 else text[: index - 1] + text[index:]


def _candidates(text: str) -> list[str]:
    """The letters ``text`` could take, best first: its own mnemonic, the first letters of its
    words, its other letters."""
    bare = plain(text)
    starts = [
        i for i, c in enumerate(bare) if c.isalnum() and (i == 0 or not bare[i - 1].isalnum())
    ]
    others = [i for i, c in enumerate(bare) if c.isalnum() and i not in starts]
    letters = [mnemonic(text)] if mnemonic(text) else []
    for index in starts + others:
        if bare[index].lower() not in letters:
            letters.append(bare[index].lower())
    return letters


def with_letter(text: str, letter: str) -> str:
    """``text`` with its mnemonic on ``letter`` (where it had it, else the first word start with
    it, else its first occurrence); "" removes the mnemonic."""
    bare = plain(text)
    if not letter or "&&" in bare:
        return bare
    if mnemonic(text) == letter:
        return text
    positions = [i for i, c in enumerate(bare) if c.lower() == letter]
    starts = [i for i in positions if i == 0 or not bare[i - 1].isalnum()]
    index = (starts or positions)[0]
    return bare[:index] + "&" + bare[index:]


def assign_letters(entries: Iterable[tuple[str, Callable[[str], None]]], taken: set[str]) -> None:
    """Give every entry a letter of its text not in ``taken`` and unique among the entries,
    keeping its own mnemonic where it can: a maximum matching of entries to letters (Kuhn's
    augmenting paths), so that a short „Ort:“ is not left without a letter by longer texts."""
    items = list(entries)
    options = [[c for c in _candidates(text) if c not in taken] for text, _set in items]
    owner: dict[str, int] = {}

    def place(item: int, visited: set[str]) -> bool:
        for letter in options[item]:
            if letter in visited:
                continue
            visited.add(letter)
            if letter not in owner or place(owner[letter], visited):
                owner[letter] = item
                return True
        return False

    for item in range(len(items)):
        place(item, set())
    chosen = {item: letter for letter, item in owner.items()}
    for item, (text, set_text) in enumerate(items):
        new = with_letter(text, chosen.get(item, ""))
        if new != text:
            set_text(new)


def assign_menu(menu: QMenu) -> None:
    """Mnemonics for the entries of ``menu`` (connect to ``aboutToShow``)."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.text()]
    assign_letters(((a.text(), a.setText) for a in actions), set())
    for action in actions:
        submenu = action.menu()
        if isinstance(submenu, QMenu):  # e.g. Ansicht > Sprache: its entries too
            assign_menu(submenu)


def _page_of(widget: QWidget, root: QWidget) -> QWidget:
    """The page (of a tab widget or wizard: one shown at a time) ``widget`` is on, or ``root``."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QStackedWidget):
            return child
        child, parent = parent, parent.parentWidget()
    return root


def assign_window(root: QWidget) -> None:
    """Mnemonics for the labels of the fields in ``root`` (a dialog or a form), unique among the
    labels and buttons that can be seen together (a page of a tab widget or wizard with the
    rest of the window), and not taking the letters the buttons and group boxes have."""
    taken: dict[QWidget, set[str]] = {}
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QAbstractButton):
            letter = mnemonic(widget.text())
        elif isinstance(widget, QGroupBox):
            letter = mnemonic(widget.title())
        else:
            continue
        if letter:
            taken.setdefault(_page_of(widget, root), set()).add(letter)
    labels: dict[QWidget, list[QLabel]] = {}
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and not label.isHidden():
            labels.setdefault(_page_of(label, root), []).append(label)
    # The window's own labels first, beside every page's buttons; then each page's labels,
    # beside the window's buttons and labels.
    window_letters = set(taken.get(root, set()))
    every_page = set().union(*taken.values()) if taken else set()
    own = labels.pop(root, [])
    assign_letters(((label.text(), label.setText) for label in own), window_letters | every_page)
    window_letters |= {mnemonic(label.text()) for label in own} - {""}
    for page, page_labels in labels.items():
        letters = window_letters | taken.get(page, set())
        assign_letters(((label.text(), label.setText) for label in page_labels), letters)
