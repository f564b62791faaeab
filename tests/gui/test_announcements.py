"""Messages that appear while the focus stays in a field are announced to screen readers
(issue 19): the field in error carries the message as its accessible description, Qt is told
that the description changed, and the message itself is announced once."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.editors.dialogs import ContactDialog
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.widgets import accessible
from nfg_desktop.store.database import Database
from tests.gui.editor_support import click_ok, make_editor, type_into
from tests.gui.test_editors_partner import used_and_unused_partner


@dataclass
class Announced:
    """The events the program sent to screen readers."""

    descriptions: list[object] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)


@pytest.fixture
def announced(monkeypatch: pytest.MonkeyPatch) -> Announced:
    record = Announced()

    class Recording:
        Event = QAccessible.Event

        @staticmethod
        def updateAccessibility(event: QAccessibleEvent) -> None:  # noqa: N802 - Qt naming
            if isinstance(event, QAccessibleAnnouncementEvent):
                record.messages.append(event.message())
            elif event.type() == QAccessible.Event.DescriptionChanged:
                record.descriptions.append(event.object())
            QAccessible.updateAccessibility(event)

    monkeypatch.setattr(accessible, "QAccessible", Recording)
    return record


def test_a_dialog_announces_its_error_and_describes_the_field(
    qtbot: QtBot, announced: Announced
) -> None:
    contact = ContactDialog(None)
    qtbot.addWidget(contact)
    contact.show()
    type_into(qtbot, contact.ui.lastNameEdit, "Weiß")
    type_into(qtbot, contact.ui.emailEdit, "weiss@@example")
    assert announced.messages == []  # nothing is checked before OK
    assert click_ok(contact) is False
    message = contact.error_text()
    assert "E-Mail" in message
    assert announced.messages == [message]
    email = contact.ui.emailEdit
    assert "E-Mail" in email.accessibleDescription()
    assert email in announced.descriptions
    assert (
        QAccessible.queryAccessibleInterface(email).text(QAccessible.Text.Description)
        == email.accessibleDescription()
    )
    # corrected key by key: one message when it comes back, not one per key; then it goes
    type_into(qtbot, email, "weiss@example.org")
    assert contact.error_text() == ""
    assert email.accessibleDescription() == ""
    assert len(announced.messages) <= 2


def test_a_form_announces_the_message_below_a_field(
    qtbot: QtBot, demo_db: Database, announced: Announced
) -> None:
    _used, partner_id = used_and_unused_partner(demo_db)
    editor = make_editor(qtbot, demo_db, "partner")
    editor.load(partner_id)
    type_into(qtbot, editor.ui.emailEdit, "info@verein")
    message = editor.error_text("email")
    assert "ist keine gültige E-Mail-Adresse" in message
    assert editor.ui.emailEdit.accessibleDescription() == message
    # the message below the field reads as itself (not as the field's name)
    labels = [label for label in editor.findChildren(QLabel) if label.text() == message]
    assert labels
    spoken = QAccessible.queryAccessibleInterface(labels[0]).text(QAccessible.Text.Name)
    assert spoken == message
    # read out once when it appeared (at the first key), not at each of the 11 keys
    assert len([m for m in announced.messages if m.startswith("E-Mail:")]) == 1
    editor.ui.nameEdit.clear()
    assert editor.ui.nameEdit.accessibleDescription() == "Name: Bitte ausfüllen."
    assert "Name: Bitte ausfüllen." in announced.messages
    type_into(qtbot, editor.ui.emailEdit, "info@verein.de")
    assert editor.ui.emailEdit.accessibleDescription() == ""


def test_a_message_of_the_status_bar_is_announced(window: MainWindow, announced: Announced) -> None:
    window.statusBar().showMessage("Sicherung erstellt.")
    assert announced.messages == ["Sicherung erstellt."]


def test_what_a_search_leaves_is_told_in_the_search_field_and_the_list(
    window: MainWindow, qtbot: QtBot, announced: Announced
) -> None:
    view = window.show_view("partners")
    search = view.search  # type: ignore[attr-defined]
    table = view.table  # type: ignore[attr-defined]
    assert search.accessibleDescription() == "40 Einträge"
    qtbot.keyClicks(search, view.model.cell(0, 0)[:12])  # type: ignore[attr-defined]
    text = view.count_label.text()  # type: ignore[attr-defined]
    assert text.endswith("von 40 Einträgen") and text != "40 von 40 Einträgen"
    for widget in (search, table):
        assert widget.accessibleDescription() == text
        iface = QAccessible.queryAccessibleInterface(widget)
        assert iface.text(QAccessible.Text.Description) == text
    assert search in announced.descriptions
