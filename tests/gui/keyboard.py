"""Drive the window by key events only, as a user without a mouse would (issue 19).

Every key goes to the widget that has the keyboard focus (or to the open menu), exactly where
the system would deliver it; a test learns what happened only by reading widgets afterwards.
Modal dialogs run their own event loop: ``in_dialog`` queues the keys to press once the next
one is on screen.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

Key = Qt.Key
Mod = Qt.KeyboardModifier


def target() -> QWidget:
    """Where the system delivers the next key: an open menu, else the focused widget."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup
    if QApplication.activeWindow() is None:
        give_back_the_keyboard()
    focused = QApplication.focusWidget()
    if focused is not None:
        return focused
    window = QApplication.activeModalWidget() or QApplication.activeWindow()
    assert window is not None, "no window has the keyboard"
    return window


def give_back_the_keyboard() -> None:
    """What the window system does when a dialog closes: the window below it becomes active
    again (the offscreen platform has no window manager that would do it)."""
    modal = QApplication.activeModalWidget()
    windows = (
        [modal]
        if modal is not None
        else [
            widget
            for widget in QApplication.topLevelWidgets()
            if widget.isVisible() and isinstance(widget, QMainWindow)
        ]
    )
    if windows:
        windows[0].activateWindow()
        QCoreApplication.processEvents()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Mod.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(target(), key, modifier)
        QCoreApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(target(), text)
    QCoreApplication.processEvents()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_to(found: Callable[[QWidget], bool], backwards: bool = False, limit: int = 150) -> QWidget:
    """Press Tab (Shift+Tab) until the focused widget is the one ``found`` accepts."""
    key = Key.Key_Backtab if backwards else Key.Key_Tab
    visited = []
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if widget is not None and found(widget):
            return widget
        visited.append(f"{type(widget).__name__}:{widget.objectName() if widget else ''}")
        press(key)
    raise AssertionError(f"Tab never reached the widget; focus went through {visited}")


def named(name: str) -> Callable[[QWidget], bool]:
    return lambda widget: widget.objectName() == name


def in_dialog(steps: Callable[[QWidget], object], timeout_ms: int = 10000) -> list[QWidget]:
    """Run ``steps`` (which press keys) on the next dialog (modal or not) once it is shown;
    returns a list that holds the dialog once it was seen (a failed step closes it and is
    re-raised by ``check``)."""
    seen: list[QWidget] = []
    errors: list[BaseException] = []
    waited = [0]

    before = set(visible_windows())

    def poll() -> None:
        # a modal dialog, or a window of its own opened beside the main window
        dialog = QApplication.activeModalWidget() or next(
            (window for window in visible_windows() if window not in before), None
        )
        if dialog is not None and dialog.isVisible() and QApplication.activeWindow() is not dialog:
            dialog.activateWindow()  # as the window system does with a new window
        if dialog is None or not dialog.isActiveWindow() or QApplication.focusWidget() is None:
            waited[0] += 20
            if waited[0] < timeout_ms:
                QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        try:
            steps(dialog)
        except BaseException as error:  # noqa: BLE001 (re-raised by the test's check)
            errors.append(error)
            dialog.close()

    QTimer.singleShot(0, poll)
    seen_errors.append(errors)
    return seen


def visible_windows() -> list[QWidget]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible()
        and widget.isWindow()
        and not widget.windowType() == Qt.WindowType.Popup
    ]


# The failures of the steps run inside modal dialogs (raised by ``check``).
seen_errors: list[list[BaseException]] = []


def check() -> None:
    """Re-raise the first failure of a step that ran inside a modal dialog."""
    errors = [error for errors in seen_errors for error in errors]
    seen_errors.clear()
    if errors:
        raise errors[0]


def closed(widget: QWidget) -> bool:
    """The dialog is gone from the screen (or deleted on close)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()
