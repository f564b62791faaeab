"""Tab follows the reading order, and the focused widget shows it (issue 19).

Reading order, by the widgets' places on screen: for two widgets one after the other in the Tab
chain, the parts of the form that hold them (the children of their nearest common parent: two
group boxes side by side, two fields of one row, ...) follow each other top to bottom, and
left to right where they share a line. So Tab finishes a group before it goes to the group
beside it, as a reader finishes a column.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.editors.dialogs import (
    AssignDialog,
    ClearanceRecordDialog,
    ContactDialog,
    HoursDialog,
    InviteDialog,
)
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.list_view import VIEW_KINDS


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab reaches inside ``root``, in order (inner parts of a combo or spin box,
    which the box hands the focus to, count as the box)."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and len(chain) < 500:
        if (
            root.isAncestorOf(widget)
            and widget.isVisibleTo(root)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def place(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, widget.rect().topLeft()), widget.size())


def holders(first: QWidget, second: QWidget) -> tuple[QWidget, QWidget]:
    """The children of the nearest common parent that hold ``first`` and ``second``."""
    ancestors = []
    widget: QWidget | None = first
    while widget is not None:
        ancestors.append(widget)
        widget = widget.parentWidget()
    child = second
    while child.parentWidget() is not None and child.parentWidget() not in ancestors:
        child = child.parentWidget()
    common = child.parentWidget()
    holder = first
    while holder.parentWidget() is not common:
        holder = holder.parentWidget()
    return holder, child


def follows(before: QRect, after: QRect) -> bool:
    """``after`` comes after ``before`` in reading order (2 px of slack for frames)."""
    below = after.top() >= before.bottom() - 2
    same_line = after.top() < before.bottom() and before.top() < after.bottom()
    right = after.left() >= before.right() - 2
    return below or (same_line and right)


def out_of_order(root: QWidget) -> list[str]:
    chain = tab_chain(root)
    wrong = []
    for first, second in zip(chain, chain[1:], strict=False):
        if first.isAncestorOf(second) or second.isAncestorOf(first):
            continue
        one, two = holders(first, second)
        if not follows(place(one, root), place(two, root)):
            wrong.append(
                f"{type(first).__name__} {first.objectName() or first.accessibleName()} "
                f"{place(first, root).getRect()} -> {type(second).__name__} "
                f"{second.objectName() or second.accessibleName()} {place(second, root).getRect()}"
            )
    return wrong


@pytest.mark.parametrize("name", list(VIEW_KINDS))
def test_tab_follows_the_reading_order_in_every_record_form(window: MainWindow, name: str) -> None:
    view = window.show_view(name)
    view.open_record(view.model.id_at(0))  # type: ignore[attr-defined]
    QCoreApplication.processEvents()
    editor = view.details.editor  # type: ignore[attr-defined]
    assert len(tab_chain(editor)) >= 5
    assert out_of_order(editor) == []


def test_tab_follows_the_reading_order_in_the_dialogs_of_the_forms(
    qtbot: QtBot, window: MainWindow
) -> None:
    today = date(2026, 11, 25)
    dialogs = [
        ContactDialog(None, window),
        HoursDialog([(1, "Lesepaten")], lambda *a: None, today, window),
        ClearanceRecordDialog(lambda *a: None, today, window),
        AssignDialog(
            "Zuordnen", [(1, "Anna")], ["Lesepatin"], with_since=True, since=today, parent=window
        ),
        InviteDialog("Einladen", {"Ehrenamtliche": lambda: []}, set(), window),
    ]
    for dialog in dialogs:
        dialog.show()
        QCoreApplication.processEvents()
        assert out_of_order(dialog) == [], type(dialog).__name__
        dialog.reject()
