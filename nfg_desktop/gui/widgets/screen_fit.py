"""Our dialogs fit on a low screen (issue 19).

A 1366 x 768 laptop screen at 200 % scaling leaves 683 x 384 points: Qt first shows a window at
most two thirds of the screen high (fields squashed), and a dialog with many fields (the contact
person with its consent) is higher than the whole screen. When one of our dialogs is shown, it
gets the height it asks for as far as the screen allows, and if even its minimum does not fit,
its content (all but the buttons) moves into a scroll area. A dialog asks for it with
``watch(self)`` (an event filter on the dialog alone: one on the application would run Python for
every event of the program).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

# What a title bar and frame take from the screen's height.
FRAME_HEIGHT = 40
SCROLLED = "nfgScrolled"


class ScreenFit(QObject):
    """Fits the dialog it watches each time it is shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_to_screen(watched)
        return False


def watch(dialog: QDialog) -> None:
    """Fit ``dialog`` to the screen whenever it is shown."""
    dialog.installEventFilter(ScreenFit(dialog))


def fit_to_screen(dialog: QDialog) -> None:
    # The primary screen's room: asking the dialog for its screen from inside its Show event
    # (QWidget.screen(), QWindow.screen()) left Qt 6.11 to crash later in
    # QGuiApplication::screenAt (tests/gui/test_mnemonics.py walking every dialog, 2 of 2 runs;
    # 0 of 3 this way). With two monitors of different heights the primary one decides.
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return
    room = screen.availableGeometry().height() - FRAME_HEIGHT
    if dialog.minimumSizeHint().height() > room:
        _scroll_content(dialog)
        layout = dialog.layout()
        if layout is not None:
            layout.activate()  # the dialog's minimum size is the new layout's now
    # a scrolled dialog takes the screen's height
    wanted = room if dialog.property(SCROLLED) else min(dialog.sizeHint().height(), room)
    if dialog.height() < wanted or dialog.height() > room:
        dialog.resize(dialog.width(), wanted)


def _scroll_content(dialog: QDialog) -> None:
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or dialog.property(SCROLLED):
        return
    dialog.setProperty(SCROLLED, True)
    # Moving widgets to another parent puts them at the end of the Tab chain: keep its order.
    chain = _tab_chain(dialog)
    content = QWidget()
    content_layout = QVBoxLayout(content)
    content_layout.setContentsMargins(0, 0, 0, 0)
    index = 0
    while index < layout.count():
        item = layout.itemAt(index)
        if item is not None and isinstance(item.widget(), QDialogButtonBox):
            index += 1
            continue
        taken = layout.takeAt(index)
        if taken is None:
            break
        if taken.widget() is not None:
            content_layout.addWidget(taken.widget())
        elif taken.layout() is not None:
            inner = taken.layout()
            inner.setParent(None)
            content_layout.addLayout(inner)
        elif taken.spacerItem() is not None:
            content_layout.addStretch(1)
    scroll = QScrollArea(dialog)
    scroll.setObjectName("dialogScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    layout.insertWidget(0, scroll, 1)
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)


def _tab_chain(root: QWidget) -> list[QWidget]:
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and len(chain) < 500:
        if root.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain
