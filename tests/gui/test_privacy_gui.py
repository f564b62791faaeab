"""The privacy area in the window: editor buttons, confirmation, history viewer, overview, start."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.privacy import PrivacyArea, dialogs, startup
from nfg_desktop.gui.privacy.contacts_dialog import ContactPrivacyDialog
from nfg_desktop.gui.privacy.dialogs import ConfirmDialog
from nfg_desktop.gui.privacy.history_dialog import HistoryDialog
from nfg_desktop.gui.widgets.folders import documents_folder
from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import ContactPerson, PoliceClearance, Volunteer
from tests.services.privacy_helpers import (
    SECRET_NAME,
    add_leavers_with_clearance,
    add_person,
    file_bytes,
)

TODAY = date(2026, 11, 25)


class StandInEditor(RecordEditor):
    """The smallest possible record form, for the buttons other areas add."""

    def fill(self, session: Session, record_id: int | None) -> None:
        pass

    def collect(self) -> Any:
        return None

    def validate(self, session: Session, data: Any) -> None:
        pass

    def describe(self) -> str:
        return "Stand-in"


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Messages shown to the user, instead of blocking message boxes."""
    messages: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "inform", lambda _p, title, text: messages.append(("i", text)))
    monkeypatch.setattr(dialogs, "warn", lambda _p, title, text: messages.append(("w", text)))
    return messages


def _editor(window: MainWindow, kind: str, record_id: int) -> StandInEditor:
    editor = StandInEditor(window.database, window)
    window.editor_created.emit(kind, editor)
    editor.load(record_id)
    return editor


def _trigger(editor: RecordEditor, name: str) -> None:
    """Choose an entry of the editor's "Datenschutz" menu (or click its Verlauf button)."""
    control = editor.privacy_controls[name]  # type: ignore[attr-defined]
    if isinstance(control, QPushButton):
        control.click()
    else:
        menu_button = editor.privacy_controls["privacyMenuButton"]  # type: ignore[attr-defined]
        assert menu_button.isEnabled()
        assert control in menu_button.menu().actions()
        control.trigger()


def test_volunteer_form_gets_the_privacy_buttons(window: MainWindow) -> None:
    editor = _editor(window, "volunteer", 1)
    assert [b.objectName() for b in editor.extra_buttons()] == ["privacyMenuButton"]
    assert all(b.isEnabled() for b in editor.extra_buttons())
    menu = editor.extra_buttons()[0].menu()
    assert [a.objectName() for a in menu.actions()] == [
        "privacyDisclose",
        "privacyErase",
        "privacyAnonymise",
        "privacyHistory",
    ]
    assert [a.text() for a in menu.actions()] == [
        "Auskunft…",
        "Löschen (Art. 17)…",
        "Anonymisieren…",
        "Verlauf",
    ]
    project = _editor(window, "project", 1)
    assert [b.objectName() for b in project.extra_buttons()] == ["privacyHistory"]
    partner = _editor(window, "partner", 1)
    assert [b.objectName() for b in partner.extra_buttons()] == ["privacyMenuButton"]
    assert [a.objectName() for a in partner.extra_buttons()[0].menu().actions()] == [
        "privacyContacts",
        "privacyHistory",
    ]
    new = StandInEditor(window.database, window)
    window.editor_created.emit("volunteer", new)
    new.load(None)
    assert not new.extra_buttons()[0].isEnabled()


def test_erase_asks_then_erases(
    qtbot: QtBot,
    window: MainWindow,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    person = add_person(window.database)
    editor = _editor(window, "volunteer", person.volunteer_id)
    asked: list[list[str]] = []

    def refuse(_parent: object, _title: str, lines: list[str], _action: str) -> bool:
        asked.append(lines)
        return False

    monkeypatch.setattr(dialogs, "confirm", refuse)
    _trigger(editor, "privacyErase")
    assert f"„{SECRET_NAME}“ wird mit allen persönlichen Daten endgültig gelöscht." in asked[0]
    with window.database.read() as session:
        assert session.get(Volunteer, person.volunteer_id) is not None

    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)
    _trigger(editor, "privacyErase")
    with window.database.read() as session:
        assert session.get(Volunteer, person.volunteer_id) is None
    assert said[-1] == ("i", f"„{SECRET_NAME}“ wurde gelöscht.")
    assert window.database.path is not None
    assert SECRET_NAME.encode() not in file_bytes(window.database.path)


def test_anonymise_button(
    qtbot: QtBot, window: MainWindow, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    person = add_person(window.database)
    editor = _editor(window, "volunteer", person.volunteer_id)
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)
    _trigger(editor, "privacyAnonymise")
    with window.database.read() as session:
        volunteer = session.get(Volunteer, person.volunteer_id)
        assert volunteer is not None and volunteer.anonymised
    assert "anonymisiert" in said[-1][1]


def test_read_only_window_refuses_erasing(
    qtbot: QtBot, window: MainWindow, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor(window, "volunteer", 1)
    window.set_read_only(True)
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: pytest.fail("must not ask"))
    _trigger(editor, "privacyErase")
    assert said and said[-1][0] == "w"
    with window.database.read() as session:
        assert session.get(Volunteer, 1) is not None


def test_disclose_button_writes_the_chosen_file(
    qtbot: QtBot,
    window: MainWindow,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    target = tmp_path / "auskunft.json"
    monkeypatch.setattr(dialogs, "choose_target", lambda *_args: target)
    editor = _editor(window, "volunteer", 1)
    _trigger(editor, "privacyDisclose")
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["Stammdaten"]["Nachname"] == "Yıldırım"
    assert str(target) in said[-1][1]


def test_disclose_button_writes_the_pdf_in_the_printouts_language(
    qtbot: QtBot,
    window: MainWindow,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from nfg_desktop.gui.reports.language import remember_printout_language
    from tests.reports.helpers import all_text

    target = tmp_path / "auskunft.pdf"
    monkeypatch.setattr(dialogs, "choose_target", lambda *_args: target)
    editor = _editor(window, "volunteer", 1)
    _trigger(editor, "privacyDisclose")
    assert "Auskunft über gespeicherte Daten" in all_text(target.read_bytes())  # German first
    remember_printout_language("en")  # chosen for the last printout
    _trigger(editor, "privacyDisclose")
    assert "Data subject access" in all_text(target.read_bytes())


def test_disclosure_is_suggested_in_the_documents_folder(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It was suggested beside the data file: on Windows a hidden AppData folder.
    suggested: list[Path] = []
    monkeypatch.setattr(
        dialogs, "choose_target", lambda _p, _t, path: suggested.append(path) or None
    )
    editor = _editor(window, "volunteer", 1)
    _trigger(editor, "privacyDisclose")
    assert len(suggested) == 1
    assert suggested[0].parent == documents_folder()
    assert suggested[0].parent != window.database.path.parent
    assert suggested[0].name.startswith("Auskunft-")


def test_confirm_dialog_says_what_happens_and_cancel_is_default(qtbot: QtBot) -> None:
    dialog = ConfirmDialog("Löschen", ["Erstens <sicher>", "Zweitens"], "Endgültig löschen")
    qtbot.addWidget(dialog)
    assert dialog.plain_text() == "Erstens &lt;sicher&gt;\nZweitens"
    assert dialog.confirm_button.text() == "Endgültig löschen"
    assert not dialog.confirm_button.isDefault()
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == 0


def test_history_dialog_shows_and_filters(qtbot: QtBot, db: Database) -> None:
    with db.write() as session:
        vid = (
            VolunteerService(session)
            .create(VolunteerData("Łukasz", "Wróbel", city="Ulm"), today=TODAY)
            .id
        )
    with db.write() as session:
        service = VolunteerService(session)
        data = VolunteerData.from_volunteer(service.get(vid))
        data.city = "Biberach"
        service.update(vid, data, today=TODAY)
    dialog = HistoryDialog(db, "volunteer", vid, "Łukasz Wróbel")
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    # the record with its name: "Ehrenamtliche/r 1" alone said nothing
    assert rows[0][2:] == ["geändert", "Ehrenamtliche/r 1: Łukasz Wróbel", "Ort", "Ulm", "Biberach"]
    assert {row[2] for row in rows} == {"angelegt", "geändert"}
    dialog.search.setText("biberach")
    assert model.rowCount() == 1
    assert dialog.count_label.text() == "Änderungen: 1"  # not "1 Änderungen"
    dialog.search.clear()
    dialog.action.setCurrentIndex(dialog.action.findData("create"))
    assert model.rowCount() == len(rows) - 1
    assert "Łukasz Wróbel" in dialog.windowTitle()


def test_history_dialog_fits_a_small_screen(window: MainWindow) -> None:
    # The whole history once needed 1366 px: the longest action name widened its filter box.
    window.area(PrivacyArea).history_action.trigger()
    dialog = window.area(PrivacyArea).actions.open_dialogs[-1]
    assert dialog.minimumSizeHint().width() <= 1000
    assert dialog.width() <= 1000
    action_list = dialog.action.view()
    longest = max(
        action_list.fontMetrics().horizontalAdvance(dialog.action.itemText(i))
        for i in range(dialog.action.count())
    )
    assert action_list.minimumWidth() >= longest  # the open list still shows whole names
    dialog.close()


def test_history_menu_opens_the_whole_history(window: MainWindow) -> None:
    add_person(window.database)
    window.area(PrivacyArea).history_action.trigger()
    dialog = window.area(PrivacyArea).actions.open_dialogs[-1]
    assert dialog.isVisible()
    assert dialog.model.rowCount() > 20
    dialog.kind.setCurrentIndex(dialog.kind.findData("police_clearance"))
    assert 0 < dialog.model.rowCount() < 10
    dialog.close()


def test_overview_lists_wrap_long_entries(qtbot: QtBot, window: MainWindow) -> None:
    # "Name – Organisation: keine Einwilligung erfasst" was cut off at the list's right edge.
    box = window.area(PrivacyArea).overview_box
    box.today = lambda: TODAY
    box.reload()
    box.resize(900, box.height())
    qtbot.wait(20)
    listing = box.consent_list
    width = listing.viewport().width()
    metrics = listing.fontMetrics()
    texts = [listing.item(i).text() for i in range(listing.count())]
    assert max(metrics.horizontalAdvance(text) for text in texts) > width  # some are long
    for row in range(listing.count()):
        assert listing.visualItemRect(listing.item(row)).right() <= width


def test_overview_offers_retention_candidates_and_lists_contacts(
    qtbot: QtBot, window: MainWindow, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    box = window.area(PrivacyArea).overview_box
    box.today = lambda: TODAY
    box.reload()
    assert box.isVisible()
    items = [box.retention_list.item(i).text() for i in range(box.retention_list.count())]
    assert items[0] == "Hildegard Schröder – ausgeschieden am 07.07.2023"
    assert box.years.value() == 2
    contacts = box.consent_list.count()
    assert contacts > 0
    box.retention_list.setCurrentRow(0)
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)
    qtbot.mouseClick(box.anonymise_button, Qt.MouseButton.LeftButton)
    new_items = [box.retention_list.item(i).text() for i in range(box.retention_list.count())]
    assert items[0] not in new_items and len(new_items) == len(items) - 1
    box.years.setValue(1)
    box.years.editingFinished.emit()
    assert box.years.text() == "1 Jahr"  # not "1 Jahren"
    assert box.retention_label.text().startswith("Vor mehr als einem Jahr ausgeschiedene")
    assert len(box.retention_list.findItems("ausgeschieden", Qt.MatchFlag.MatchContains)) > len(
        new_items
    )


def test_contact_dialog_erases_a_contact(
    qtbot: QtBot, window: MainWindow, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    person = add_person(window.database)
    with window.database.read() as session:
        contact = session.get(ContactPerson, person.contact_id)
        assert contact is not None
        partner_id = contact.partner_id
    dialog = ContactPrivacyDialog(window.area(PrivacyArea).actions, partner_id)
    qtbot.addWidget(dialog)
    assert dialog.contacts.count() == 1
    assert "Ottokar Wendeltreppe (Kassenwart)" in dialog.contacts.item(0).text()
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    assert dialog.contacts.count() == 0
    assert not dialog.erase_button.isEnabled()


def test_start_deletes_due_clearances_and_tells(
    qtbot: QtBot, window: MainWindow, caplog: pytest.LogCaptureFixture
) -> None:
    """However many records are deleted, the user reads one summary line; the names are
    behind the details button (the demo's 744 notices once filled the screen)."""
    caplog.set_level(logging.WARNING)  # what the test makes happen is logged
    due = add_leavers_with_clearance(window.database, 40)
    box = startup.after_open(window)
    assert box is not None and box.isVisible() and not box.isModal()
    assert "\n" not in box.text() and "§ 72a SGB VIII" in box.text()
    assert box.informativeText() == ""
    details = box.detailedText().splitlines()
    assert len(details) >= 40 and "ausgeschieden am 02.03.2026" in details[0]
    with window.database.read() as session:
        assert not session.scalars(
            select(PoliceClearance).where(PoliceClearance.volunteer_id.in_(due))
        ).all()
    box.close()
    assert startup.after_open(window) is None
    assert "Führungszeugnis-Einträge gelöscht" in caplog.text


def test_real_volunteer_and_partner_forms_carry_the_buttons(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert window.open_record("volunteer", 1)
    editor = window.editor_for("volunteer")
    assert editor is not None and editor.record_id() == 1
    for name in ("privacyDisclose", "privacyErase", "privacyAnonymise", "privacyHistory"):
        assert name in editor.privacy_controls  # type: ignore[attr-defined]
    _trigger(editor, "privacyHistory")
    dialog = window.area(PrivacyArea).actions.open_dialogs[-1]
    assert dialog.entity == "volunteer" and dialog.entity_id == 1
    dialog.close()
    assert window.open_record("partner", 1)
    partner_editor = window.editor_for("partner")
    assert partner_editor is not None
    assert "privacyContacts" in partner_editor.privacy_controls  # type: ignore[attr-defined]


def test_erasing_from_the_real_form_clears_it(
    window: MainWindow, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    person = add_person(window.database)
    assert window.open_record("volunteer", person.volunteer_id)
    editor = window.editor_for("volunteer")
    assert editor is not None
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)
    _trigger(editor, "privacyAnonymise")
    assert editor.describe() == f"Anonymisiert Nr. {person.volunteer_id}"
    details = window.list_view("volunteers").details
    assert details.showing_record()
    _trigger(editor, "privacyErase")
    assert not details.showing_record()
    assert said[-1] == ("i", f"„Anonymisiert Nr. {person.volunteer_id}“ wurde gelöscht.")


def test_partner_form_does_not_bring_an_erased_contact_back(
    window: MainWindow, said: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    person = add_person(window.database)
    with window.database.read() as session:
        contact = session.get(ContactPerson, person.contact_id)
        assert contact is not None
        partner_id = contact.partner_id
    assert window.open_record("partner", partner_id)
    editor = window.editor_for("partner")
    assert editor is not None
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)

    def erase_first(dialog: ContactPrivacyDialog) -> int:
        dialog.contacts.setCurrentRow(0)
        dialog.erase_button.click()
        return 0

    monkeypatch.setattr(ContactPrivacyDialog, "exec", erase_first)
    _trigger(editor, "privacyContacts")
    assert editor.collect().contacts == []  # the form was reloaded
    assert editor.save() or not editor.is_dirty()
    with window.database.read() as session:
        assert not session.scalars(
            select(ContactPerson).where(ContactPerson.last_name == "Wendeltreppe")
        ).all()
