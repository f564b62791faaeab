"""The privacy area of the window (DSGVO): buttons on the person forms (Auskunft, erase,
anonymise, history), a history button on every form, the change history in the Edit menu, the
data-protection section of the overview, and the clearance clean-up when a file is opened.

``install(window)`` is called by the main window (listed in ``gui/areas.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu, QScrollArea, QVBoxLayout

from nfg_desktop.gui.privacy import dialogs
from nfg_desktop.gui.privacy.actions import PrivacyActions
from nfg_desktop.gui.privacy.overview_box import PrivacyOverviewBox

# editor kind -> history entity
HISTORY_ENTITIES = {
    "partner": "partner",
    "project": "project",
    "volunteer": "volunteer",
    "meeting": "meeting",
    "training": "training",
}


def install(window: Any) -> PrivacyActions:
    actions = PrivacyActions(window.database, window)
    window.privacy_actions = actions
    window.editor_created.connect(lambda kind, editor: add_editor_buttons(actions, kind, editor))
    history_action = window.menu_edit.addAction(
        QCoreApplication.translate("PrivacyArea", "Change history…")
    )
    history_action.setObjectName("privacyHistoryAction")
    history_action.triggered.connect(lambda _checked=False: actions.show_history(None, None))
    window.privacy_history_action = history_action
    box = add_overview_section(window, actions)
    if box is not None:
        box.open_requested.connect(window.open_record)
    return actions


def add_overview_section(window: Any, actions: PrivacyActions) -> PrivacyOverviewBox | None:
    """Place the data-protection box in the overview, above its last (stretch) item."""
    overview = window.view("overview")
    scroll = overview.findChild(QScrollArea)
    page = scroll.widget() if scroll is not None else None
    layout = page.layout() if page is not None else None
    if not isinstance(layout, QVBoxLayout):
        return None
    box = PrivacyOverviewBox(actions, page, reader=getattr(window, "reader", None))
    layout.insertWidget(max(layout.count() - 1, 0), box)
    window.privacy_overview = box
    return box


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
