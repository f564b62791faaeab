"""The privacy area of the window (DSGVO): buttons on the person forms (Auskunft, erase,
anonymise, history), a history button on every form, the change history in the Edit menu, the
data-protection section of the overview, and the clearance clean-up when a file is opened.

:class:`PrivacyArea` is one of the window's areas (listed in ``gui/areas.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from nfg_desktop.gui.area import Area, MenuEntry, Slot
from nfg_desktop.gui.privacy import dialogs, startup
from nfg_desktop.gui.privacy.actions import PrivacyActions
from nfg_desktop.gui.privacy.overview_box import PrivacyOverviewBox

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow

# editor kind -> history entity
HISTORY_ENTITIES = {
    "partner": "partner",
    "project": "project",
    "volunteer": "volunteer",
    "meeting": "meeting",
    "training": "training",
}


class PrivacyArea(Area):
    """The data-protection entries of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.actions = PrivacyActions(window.database, window, read_only=lambda: window.read_only)
        self.history_action = QAction(
            QCoreApplication.translate("PrivacyArea", "Change history…"), window
        )
        self.history_action.setObjectName("privacyHistoryAction")
        self.history_action.triggered.connect(
            lambda _checked=False: self.actions.show_history(None, None)
        )
        self.overview_box = PrivacyOverviewBox(self.actions, reader=window.reader)
        self.overview_box.open_requested.connect(window.open_record)

    def menu_entries(self) -> list[MenuEntry]:
        return [MenuEntry(Slot.EDIT_SEARCH, self.history_action)]

    def overview_sections(self) -> list[QWidget]:
        return [self.overview_box]

    def editor_created(self, kind: str, editor: Any) -> None:
        add_editor_buttons(self.actions, kind, editor)

    def after_open(self) -> None:
        startup.after_open(self.window)


def add_editor_buttons(actions: PrivacyActions, kind: str, editor: Any) -> dict[str, Any]:
    """The privacy controls of one record form; they act on the record it shows.

    Person forms get one "Datenschutz" button whose menu holds Auskunft, Löschen, Anonymisieren
    and Verlauf (the action bar has room for one more button); other forms a "Verlauf" button.
    Returns the controls by object name (also kept as ``editor.privacy_controls``).
    """
    controls: dict[str, Any] = {}

    def for_record(handler: Callable[[int], object]) -> Callable[[], None]:
        def run() -> None:
            record_id = editor.record_id()
            if record_id is not None:
                handler(int(record_id))

        return run

    entity = HISTORY_ENTITIES.get(kind)
    history = for_record(lambda i: actions.show_history(entity, i, editor.describe() or str(i)))
    entries: list[tuple[str, str, Callable[[], None]]] = []
    if kind == "volunteer":
        entries = [
            (
                "privacyDisclose",
                QCoreApplication.translate("PrivacyArea", "Information…"),
                for_record(lambda i: actions.disclose("volunteer", i)),
            ),
            (
                "privacyErase",
                QCoreApplication.translate("PrivacyArea", "Erase (Art. 17)…"),
                for_record(lambda i: _after_erase(editor, i, actions.erase("volunteer", i))),
            ),
            (
                "privacyAnonymise",
                QCoreApplication.translate("PrivacyArea", "Anonymise…"),
                for_record(
                    lambda i: _after_anonymise(editor, i, actions.anonymise("volunteer", i))
                ),
            ),
        ]
    elif kind == "partner":
        entries = [
            (
                "privacyContacts",
                QCoreApplication.translate("PrivacyArea", "Contact persons: data protection…"),
                for_record(lambda i: _contacts_dialog(actions, editor, i)),
            )
        ]
    if entries:
        button = editor.add_extra_button(
            QCoreApplication.translate("PrivacyArea", "Data protection"), lambda: None
        )
        button.setObjectName("privacyMenuButton")
        menu = QMenu(button)
        entries.append(
            ("privacyHistory", QCoreApplication.translate("PrivacyArea", "History"), history)
        )
        for name, text, handler in entries:
            action = menu.addAction(text)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            controls[name] = action
        button.setMenu(menu)
        controls["privacyMenuButton"] = button
    elif entity is not None:
        button = editor.add_extra_button(
            QCoreApplication.translate("PrivacyArea", "History"), history
        )
        button.setObjectName("privacyHistory")
        controls["privacyHistory"] = button
    editor.privacy_controls = controls
    return controls


def _after_erase(editor: Any, record_id: int, done: bool) -> None:
    """The erased person must not stay on screen: the list clears the form as after deleting."""
    if done:
        editor.deleted.emit(record_id)


def _after_anonymise(editor: Any, record_id: int, done: bool) -> None:
    if done:
        editor.load(record_id)


def _contacts_dialog(actions: PrivacyActions, editor: Any, partner_id: int) -> None:
    """The partner form holds its contact persons: it must not save an erased one again, so it
    has to be saved first and is reloaded afterwards."""
    if editor.is_dirty():
        dialogs.warn(
            editor,
            QCoreApplication.translate("PrivacyArea", "Contact persons: data protection…"),
            QCoreApplication.translate(
                "PrivacyArea", "Please save or discard the changes to this partner first."
            ),
        )
        return
    from nfg_desktop.gui.privacy.contacts_dialog import ContactPrivacyDialog

    dialog = ContactPrivacyDialog(actions, partner_id, editor)
    dialog.exec()
    if dialog.changed:
        editor.load(partner_id)
