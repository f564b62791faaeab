"""The bar of a window that opened a file read-only because another program writes to it.

It says who holds the file since when and looks every few seconds whether the holder has closed
it; then it offers „Jetzt bearbeiten“, which opens the file again for editing in a fresh window
(through ``file_requested``, as every other way of opening a file), without restarting.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QToolBar, QWidget

from nfg_desktop.gui.widgets import colours
from nfg_desktop.store.lock import LockInfo, read_lock

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow

log = logging.getLogger(__name__)

# How often the bar looks whether the holder has closed the file.
CHECK_INTERVAL_MS = 3000


class HolderBar(QToolBar):
    """See the module docstring; placed at the top of ``window``."""

    def __init__(self, window: MainWindow, holder: LockInfo) -> None:
        super().__init__(window)
        self.setObjectName("holderBar")
        self.window_ = window
        self.holder: LockInfo | None = holder
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)  # not hidden by a right click by mistake
        # the palette's note colours (light yellow in most themes; readable in any)
        background, text = colours.note_colours()
        self.setStyleSheet(
            f"QToolBar#holderBar {{ background: {background.name()}; "
            f"border-bottom: 1px solid {text.name()}; }}"
            f"QToolBar#holderBar QLabel {{ color: {text.name()}; padding: 4px 8px; }}"
        )
        self.label = QLabel(self)
        self.label.setObjectName("holderText")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.addWidget(self.label)
        self.edit_button = QPushButton(self.tr("Edit now"), self)
        self.edit_button.setObjectName("editNow")
        self.edit_button.clicked.connect(self.edit_now)
        self.edit_action = self.addWidget(self.edit_button)
        spacer = QWidget(self)
        spacer.setFixedWidth(8)
        self.addWidget(spacer)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self._show(holder)
        self.timer.start()

    def _show(self, holder: LockInfo | None) -> None:
        self.holder = holder
        if holder is not None:
            # Two short lines, not word wrap: a wrapping label makes a tool bar far too tall.
            who = (
                self.tr("%1 on the computer “%2” is editing this file since %3 at %4.")
                .replace("%1", holder.user)
                .replace("%2", holder.computer)
                .replace("%3", holder.since.strftime("%d.%m.%Y"))
                .replace("%4", holder.since.strftime("%H:%M"))
            )
            text = (
                who
                + "\n"
                + self.tr(
                    "You see the last saved state and cannot change anything until it is "
                    "closed there."
                )
            )
        else:
            text = self.tr("The file has been closed by the other program. You can edit it now.")
        self.label.setText(text)
        self.edit_action.setVisible(holder is None)

    def check(self) -> None:
        """Whether the holder still has the file; offers editing once nobody has."""
        path = self.window_.db_path
        if path is None:
            return
        try:
            holder = read_lock(path)
        except OSError:
            log.warning("Sperre nicht lesbar: %s", path, exc_info=True)
            return
        if (holder is None) != (self.holder is None) or holder != self.holder:
            self._show(holder)

    def edit_now(self) -> None:
        path = self.window_.db_path
        if path is None:
            return
        self.timer.stop()
        log.info("Datei wieder zum Bearbeiten geöffnet: %s", path)
        self.window_.file_requested.emit(path)


def make_holder_bar(window: MainWindow) -> HolderBar | None:
    """The bar, if ``window``'s file was opened read-only because another program holds it
    (the safety area hands it to the window, which places it)."""
    holder = window.database.held_by
    if holder is None or window.db_path is None:
        return None
    return HolderBar(window, holder)
