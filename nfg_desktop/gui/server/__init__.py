"""Working together on a server, in the window: connecting, others' changes, a lost connection.

:class:`ServerArea` (listed in ``gui/areas.py``) hands the window Datei > Mit Server
verbinden… and the bar „Verbindung zum Server unterbrochen – wird erneut versucht“. It starts
the database's change feed (``store/live.py``: the server's notifications, or a read-only
file's data version) and brings what the feed hears into the window's thread: the lists and the
overview reload their tables, an open record that is not being edited shows the new state, an
edited one says that someone else changed it (nothing typed is lost). When the connection
comes back, everything is read again (changes meanwhile were not heard).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui.area import Area, MenuEntry, Slot
from nfg_desktop.gui.widgets import colours
from nfg_desktop.store import live

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow
    from nfg_desktop.gui.server.connect_dialog import ConnectDialog
    from nfg_desktop.gui.views.list_view import ListView

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Carries the feed's calls (from its thread) into the window's thread."""

    changes = Signal(object)
    state = Signal(bool)


class ConnectionBar(QToolBar):
    """Shown while the server cannot be reached; the window stays usable for reading."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("connectionBar")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        # the error colour of the palette as a marker (readable in light, dark, high contrast)
        background, text = colours.marker_colours()
        self.setStyleSheet(
            f"QToolBar#connectionBar {{ background: {background.name()}; }}"
            f"QToolBar#connectionBar QLabel {{ color: {text.name()}; padding: 4px 8px; }}"
        )
        self.label = QLabel(self.tr("Connection to the server lost – retrying"), self)
        self.label.setObjectName("connectionText")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setToolTip(
            self.tr(
                "You can keep reading what is shown and keep typing in a form; saving is "
                "possible again as soon as the connection is back."
            )
        )
        self.addWidget(self.label)


class ServerArea(Area):
    """Connecting to a server, and others' changes, for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("serverArea")
        self.connect_action = QAction(self.tr("Connect to server…"), window)
        self.connect_action.setObjectName("connectServerAction")
        self.connect_action.setStatusTip(
            self.tr("Open a network on the PostgreSQL server of your municipality")
        )
        self.connect_action.triggered.connect(self.choose_server)
        self.bar = ConnectionBar(window)
        self.bar.setVisible(False)
        self.connected = True
        self._bridge = _Bridge(self)
        self._bridge.changes.connect(self.changed_elsewhere)
        self._bridge.state.connect(self.set_connected)
        database = window.database
        database.on_remote_change(self._refresh_forms)
        self.feed = database.start_feed(self._bridge.changes.emit, self._bridge.state.emit)

    def menu_entries(self) -> list[MenuEntry]:
        return [MenuEntry(Slot.FILE_OPEN, self.connect_action)]

    def toolbars(self) -> list[QToolBar]:
        # Placed only for a server: a local file never loses its connection.
        return [self.bar] if self.window.database.on_server else []

    def closing(self) -> None:
        self.window.database.stop_feed()
        self.feed = None

    # --- connecting -------------------------------------------------------------------------

    def make_connect_dialog(self) -> ConnectDialog:
        from nfg_desktop.gui.server.connect_dialog import ConnectDialog
        from nfg_desktop.store.server import ServerAddress

        last = None
        if self.window.database.on_server:
            last = ServerAddress.from_url(self.window.database.engine.url)
        return ConnectDialog(self.window, last)

    def choose_server(self) -> None:
        dialog = self.make_connect_dialog()
        if dialog.exec() == dialog.DialogCode.Accepted:
            self.window.request_server(dialog.url())

    # --- others' changes --------------------------------------------------------------------

    def changed_elsewhere(self, changes: Sequence[live.Change]) -> None:
        if self.window.is_closing():
            return
        self.window.database.remote_changed(changes)

    def set_connected(self, connected: bool) -> None:
        if self.window.is_closing() or connected == self.connected:
            return
        self.connected = connected
        self.bar.setVisible(not connected)
        if connected:
            log.info("Verbindung zum Server wieder da")
            # What changed meanwhile was not heard: everything is read again.
            self.window.database.remote_changed([live.Change(live.ANY_TABLE)])
        else:
            log.warning("Verbindung zum Server unterbrochen")

    def _refresh_forms(self, changes: Sequence[live.Change]) -> None:
        from nfg_desktop.services.rows import TABLES

        for view in list(self.window.lists.lists.values()):
            editor = view.details.editor
            record_id = editor.record_id() if editor is not None else None
            if editor is None or record_id is None or not view.details.showing_record():
                continue
            own = [c for c in changes if c.table == view.kind and c.id == record_id]
            unknown = any(change.table == live.ANY_TABLE for change in changes)
            related = any(
                change.table in TABLES[view.kind] and change.table != view.kind
                for change in changes
            )
            if not own and not unknown and not related:
                continue
            if editor.is_dirty():
                # Only a change known to be this record's earns the note (after a lost
                # connection nobody knows what changed).
                if own:
                    self._note_changed(view, own[-1])
                continue
            self._reload_form(view, record_id)

    def _note_changed(self, view: ListView, change: live.Change) -> None:
        who = change.user or self.tr("someone else")
        view.details.show_note(
            self.tr(
                "%1 has changed this entry meanwhile. Your input stays in the form; compare "
                "before you save."
            ).replace("%1", who)
        )

    def _reload_form(self, view: ListView, record_id: int) -> None:
        editor = view.details.editor
        assert editor is not None
        try:
            editor.load(record_id)
        except DomainError as error:  # deleted elsewhere, or the connection is gone
            log.info("Eintrag %s nicht neu geladen: %s", record_id, error.message)
            if not self.connected:
                return
            view.details.clear()
            self.window.statusBar().showMessage(
                self.tr("The entry shown was deleted by someone else."), 10_000
            )
