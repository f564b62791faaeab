"""The partner form: create, edit, validate, cancel, contact persons, delete and refusal."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nfg_desktop.domain.choices import ChoiceList
from nfg_desktop.gui.editors.dialogs import ContactDialog
from nfg_desktop.services.common import choice_options
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import Partner, ProjectPartner
from tests.gui.editor_support import (
    answer_dialogs,
    click_ok,
    make_editor,
    record_questions,
    save,
    type_into,
)


def fill_contact(last: str, first: str = "", email: str = "", primary: bool = False):
    def handler(dialog: ContactDialog) -> bool:
        dialog.ui.firstNameEdit.setText(first)
        dialog.ui.lastNameEdit.setText(last)
        dialog.ui.emailEdit.setText(email)
        dialog.ui.primaryCheck.setChecked(primary)
        return click_ok(dialog)

    return handler


def used_and_unused_partner(db: Database) -> tuple[int, int]:
    with db.read() as session:
        used = session.scalars(select(ProjectPartner.partner_id)).all()
        unused = session.scalars(
            select(Partner.id).where(Partner.id.not_in(used)).order_by(Partner.id)
        ).first()
    assert used and unused is not None
    return used[0], unused


def test_create_partner_with_own_kind_focus_and_contacts(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = make_editor(qtbot, db, "partner")
    editor.load(None)
    assert not editor.save_button.isEnabled()
    type_into(qtbot, editor.ui.nameEdit, "Bürgerverein Şükrü Yıldırım e. V.")
    editor.ui.kindCombo.setEditText("Seniorenrat")
    editor.ui.statusCombo.setCurrentText("aktiv")
    editor.ui.focusChecks.box("Familien unterstützen").click()
    editor.ui.targetChecks.box("Senioren").click()
    type_into(qtbot, editor.ui.postalCodeEdit, "72070")
    dialogs = answer_dialogs(monkeypatch)
    dialogs.then(fill_contact("Wróbel", "Łukasz", "lukasz@example.org"))
    dialogs.then(fill_contact("Nguyễn", "Thị Lan", primary=True))
    editor.ui.addContactButton.click()
    editor.ui.addContactButton.click()
    assert editor.ui.contactsTable.rowCount() == 2
    assert editor.is_dirty() and editor.is_valid()
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)
    with db.read() as session:
        partner = session.get(Partner, saved.args[0])
        assert partner is not None
        assert partner.name == "Bürgerverein Şükrü Yıldırım e. V."
        assert partner.kind == "Seniorenrat"
        assert partner.status == "aktiv"
        assert partner.postal_code == "72070"
        assert list(partner.focus_areas) == ["Familien unterstützen"]
        assert list(partner.target_groups) == ["Senioren"]
        contacts = {c.last_name: c for c in partner.contacts}
        assert set(contacts) == {"Wróbel", "Nguyễn"}
        assert contacts["Nguyễn"].is_primary and not contacts["Wróbel"].is_primary
        assert contacts["Wróbel"].email == "lukasz@example.org"
        # The own kind is offered from now on.
        assert "Seniorenrat" in choice_options(session, ChoiceList.PARTNER_KIND)
    assert editor.record_id() == saved.args[0]
    assert not editor.is_dirty()
    assert editor.ui.kindCombo.findText("Seniorenrat") >= 0


def test_edit_partner_changes_only_what_was_edited(qtbot: QtBot, demo_db: Database) -> None:
    _used, partner_id = used_and_unused_partner(demo_db)
    with demo_db.read() as session:
        before = session.get(Partner, partner_id)
        assert before is not None
        name, contacts = before.name, len(before.contacts)
    editor = make_editor(qtbot, demo_db, "partner")
    editor.load(partner_id)
    assert editor.ui.nameEdit.text() == name
    type_into(qtbot, editor.ui.cityEdit, "Tübingen")
    type_into(qtbot, editor.ui.agreementEdit.line, "1.3.25")
    save(editor)
    with demo_db.read() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        assert partner.city == "Tübingen"
        assert partner.agreement_on == date(2025, 3, 1)
        assert partner.name == name
        assert len(partner.contacts) == contacts


def test_invalid_input_is_marked_with_the_service_message_and_not_stored(
    qtbot: QtBot, demo_db: Database
) -> None:
    _used, partner_id = used_and_unused_partner(demo_db)
    editor = make_editor(qtbot, demo_db, "partner")
    editor.load(partner_id)
    type_into(qtbot, editor.ui.emailEdit, "info@verein")
    type_into(qtbot, editor.ui.postalCodeEdit, "7207")
    type_into(qtbot, editor.ui.postalCodeEdit, "720")
    assert "ist keine gültige E-Mail-Adresse" in editor.error_text("email")
    assert "keine deutsche Postleitzahl" in editor.error_text("postal_code")
    assert editor.ui.emailEdit.property("invalid") is True
    assert not editor.is_valid()
    assert not editor.save_button.isEnabled()
    assert editor.save() is False
    editor.ui.nameEdit.clear()
    assert editor.error_text("name") == "Name: Bitte ausfüllen."
    with demo_db.read() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        assert partner.email != "info@verein" and partner.name
    # Correcting the input clears the marks.
    type_into(qtbot, editor.ui.emailEdit, "info@verein.de")
    assert editor.error_text("email") == ""
    assert editor.ui.emailEdit.property("invalid") is False


def test_cancel_shows_the_stored_data_again(qtbot: QtBot, demo_db: Database) -> None:
    _used, partner_id = used_and_unused_partner(demo_db)
    editor = make_editor(qtbot, demo_db, "partner")
    editor.load(partner_id)
    name = editor.ui.nameEdit.text()
    type_into(qtbot, editor.ui.nameEdit, "Etwas anderes")
    editor.ui.focusChecks.box("Gemeinschaft stärken").click()
    assert editor.is_dirty() and editor.cancel_button.isEnabled()
    editor.cancel_button.click()
    assert editor.ui.nameEdit.text() == name
    assert not editor.is_dirty()
    with demo_db.read() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None and partner.name == name


def test_contact_dialog_shows_the_rule_and_stays_open(qtbot: QtBot) -> None:
    dialog = ContactDialog(None)
    qtbot.addWidget(dialog)
    dialog.ui.lastNameEdit.setText("Müller")
    dialog.ui.emailEdit.setText("mueller(at)example.org")
    assert click_ok(dialog) is False
    assert "keine gültige E-Mail-Adresse" in dialog.ui.errorLabel.text()
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    dialog.ui.emailEdit.setText("mueller@example.org")
    assert click_ok(dialog) is True
    assert dialog.result_data is not None and dialog.result_data.email == "mueller@example.org"


def test_make_primary_edit_and_remove_contacts(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.read() as session:
        partner_id = next(
            p.id for p in session.scalars(select(Partner)).all() if len(p.contacts) >= 2
        )
    editor = make_editor(qtbot, demo_db, "partner")
    editor.load(partner_id)
    table = editor.ui.contactsTable
    primary_row = next(r for r in range(table.rowCount()) if table.item(r, 4).text())
    other = 1 - primary_row if table.rowCount() == 2 else (primary_row + 1) % table.rowCount()
    table.selectRow(other)
    other_name = table.item(other, 0).text()
    editor.ui.primaryContactButton.click()
    dialogs = answer_dialogs(monkeypatch)

    def rename(dialog: ContactDialog) -> bool:
        dialog.ui.functionEdit.setText("Vorsitz")
        return click_ok(dialog)

    dialogs.then(rename)
    editor.ui.editContactButton.click()
    save(editor)
    with demo_db.read() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        primaries = [c for c in partner.contacts if c.is_primary]
        assert [c.full_name for c in primaries] == [other_name]
        assert primaries[0].function == "Vorsitz"
        count = len(partner.contacts)
    table.selectRow(0)
    editor.ui.removeContactButton.click()
    save(editor)
    with demo_db.read() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None and len(partner.contacts) == count - 1
        assert sum(c.is_primary for c in partner.contacts) == 1


def test_delete_asks_naming_dependents_and_deletes(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _used, partner_id = used_and_unused_partner(demo_db)
    editor = make_editor(qtbot, demo_db, "partner")
    editor.load(partner_id)
    name = editor.ui.nameEdit.text()
    questions = record_questions(monkeypatch, QMessageBox.StandardButton.No)
    assert editor.delete_record() is False
    assert name in questions.asked[0]
    with demo_db.read() as session:
        assert session.get(Partner, partner_id) is not None
    questions.answer = QMessageBox.StandardButton.Yes
    with qtbot.waitSignal(editor.deleted):
        editor.delete_button.click()
    with demo_db.read() as session:
        assert session.get(Partner, partner_id) is None


def test_delete_of_a_partner_in_a_project_is_refused_with_the_reason(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    used, _unused = used_and_unused_partner(demo_db)
    editor = make_editor(qtbot, demo_db, "partner")
    editor.load(used)
    questions = record_questions(monkeypatch)
    assert editor.delete_record() is False
    assert "Projekt „" in questions.asked[0]
    assert "kann nicht gelöscht werden" in questions.warnings[0]
    with demo_db.read() as session:
        assert session.get(Partner, used) is not None
