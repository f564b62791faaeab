"""The privacy area of the window (DSGVO): buttons on the person forms (Auskunft, erase,
anonymise, history), a history button on every form, the change history in the Edit menu, the
data-protection section of the overview, and the clearance clean-up when a file is opened.

``install(window)`` is called by the main window (listed in ``gui/areas.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from nfg_desktop.gui.privacy.actions import PrivacyActions
from nfg_desktop.gui.privacy.contacts_dialog import ContactPrivacyDialog
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
    box = PrivacyOverviewBox(actions, page)
    layout.insertWidget(max(layout.count() - 1, 0), box)
    window.privacy_overview = box
    return box


def add_editor_buttons(actions: PrivacyActions, kind: str, editor: Any) -> list[QWidget]:
    """The privacy buttons of one record form (they act on the record it shows)."""
    buttons: list[QWidget] = []

    def add(name: str, text: str, handler: Callable[[int], object]) -> None:
        def clicked() -> None:
            record_id = editor.record_id()
            if record_id is not None:
                handler(int(record_id))

        button = editor.add_extra_button(text, clicked)
        button.setObjectName(name)
        buttons.append(button)

    if kind == "volunteer":
        add(
            "privacyDisclose",
            QCoreApplication.translate("PrivacyArea", "Information…"),
            lambda i: actions.disclose("volunteer", i),
        )
        add(
            "privacyErase",
            QCoreApplication.translate("PrivacyArea", "Erase (Art. 17)…"),
            lambda i: actions.erase("volunteer", i),
        )
        add(
            "privacyAnonymise",
            QCoreApplication.translate("PrivacyArea", "Anonymise…"),
            lambda i: actions.anonymise("volunteer", i),
        )
    if kind == "partner":
        add(
            "privacyContacts",
            QCoreApplication.translate("PrivacyArea", "Contact persons: data protection…"),
            lambda i: ContactPrivacyDialog(actions, i, editor).exec(),
        )
    entity = HISTORY_ENTITIES.get(kind)
    if entity is not None:
        add(
            "privacyHistory",
            QCoreApplication.translate("PrivacyArea", "History"),
            lambda i: actions.show_history(entity, i, editor.describe() or str(i)),
        )
    return buttons
