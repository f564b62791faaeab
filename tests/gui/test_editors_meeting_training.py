"""The meeting and training forms: create with invitations/attendees, attendance, validate,
cancel, delete."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nfg_desktop.domain.choices import ChoiceList
from nfg_desktop.gui.editors.dialogs import InviteDialog
from nfg_desktop.services.common import choice_options
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import (
    Coordinator,
    Meeting,
    MeetingInvitation,
    Partner,
    Training,
    TrainingAttendee,
    Volunteer,
)
from tests.gui.editor_support import (
    answer_dialogs,
    click_ok,
    make_editor,
    ok_enabled,
    record_questions,
    save,
    type_into,
)


def pick(group: int, keys: list[object], search: str = ""):  # type: ignore[no-untyped-def]
    def handler(dialog: InviteDialog) -> bool:
        dialog.ui.groupCombo.setCurrentIndex(group)
        if search:
            dialog.ui.searchEdit.setText(search)
        assert not ok_enabled(dialog)  # nothing chosen yet
        for key in keys:
            dialog.check(key)
        return click_ok(dialog)

    return handler


def first_ids(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        partner = session.scalars(select(Partner.id).order_by(Partner.id)).first()
        volunteer = session.scalars(
            select(Volunteer.id).where(Volunteer.status == "aktiv").order_by(Volunteer.id)
        ).first()
        coordinator = session.scalars(select(Coordinator.id).order_by(Coordinator.id)).first()
    assert partner and volunteer and coordinator
    return partner, volunteer, coordinator


# --- meetings ------------------------------------------------------------------------------


def test_create_meeting_with_invitations_and_attendance(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner_id, volunteer_id, coordinator_id = first_ids(demo_db)
    with demo_db.read() as session:
        volunteer_name = session.get(Volunteer, volunteer_id).last_name  # type: ignore[union-attr]
    editor = make_editor(qtbot, demo_db, "meeting")
    editor.load(None)
    type_into(qtbot, editor.ui.titleEdit, "Klausurtag 2027")
    editor.ui.kindCombo.setEditText("Klausur")
    type_into(qtbot, editor.ui.dayEdit.line, "15.1.27")
    editor.ui.startTimeEdit.setTime(QTime(9, 30))
    editor.ui.endsEdit.set_value(time(16, 0))
    type_into(qtbot, editor.ui.placeEdit, "Rathaus, Sitzungssaal")
    editor.ui.agendaEdit.setPlainText("1. Rückblick\n2. Planung 2027")
    dialogs = answer_dialogs(monkeypatch)
    dialogs.then(pick(0, [(partner_id, None, None, None)]))
    dialogs.then(
        pick(
            1,
            [(None, None, volunteer_id, None)],
            search=volunteer_name,
        )
    )
    editor.ui.invitePartnersButton.click()
    editor.ui.invitePeopleButton.click()
    dialogs.then(pick(2, [(None, None, None, coordinator_id)]))
    editor.ui.invitePeopleButton.click()
    assert editor.ui.invitationsTable.rowCount() == 3
    editor.set_attended(0, True)
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)
    with demo_db.read() as session:
        meeting = session.get(Meeting, saved.args[0])
        assert meeting is not None
        assert meeting.title == "Klausurtag 2027"
        assert meeting.kind == "Klausur"
        assert meeting.starts_at == datetime(2027, 1, 15, 9, 30)
        assert meeting.ends_at == datetime(2027, 1, 15, 16, 0)
        assert meeting.place == "Rathaus, Sitzungssaal"
        assert meeting.agenda == "1. Rückblick\n2. Planung 2027"
        keys = {
            (i.partner_id, i.volunteer_id, i.coordinator_id): i.attended
            for i in meeting.invitations
        }
        assert set(keys) == {
            (partner_id, None, None),
            (None, volunteer_id, None),
            (None, None, coordinator_id),
        }
        assert sum(keys.values()) == 1
        assert "Klausur" in choice_options(session, ChoiceList.MEETING_KIND)


def test_attendance_of_a_stored_meeting_is_saved(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.read() as session:
        meeting_id = session.scalars(
            select(MeetingInvitation.meeting_id).where(~MeetingInvitation.attended)
        ).first()
    editor = make_editor(qtbot, demo_db, "meeting")
    editor.load(meeting_id)
    table = editor.ui.invitationsTable
    row = next(r for r in range(table.rowCount()) if not table.item(r, 0).checkState().value)
    name = table.item(row, 1).text()
    editor.set_attended(row, True)
    assert editor.is_dirty()
    save(editor)
    with demo_db.read() as session:
        meeting = session.get(Meeting, meeting_id)
        assert meeting is not None
        attended = [i for i in meeting.invitations if i.person_name or i.organisation_name]
        assert any((i.person_name or i.organisation_name) == name and i.attended for i in attended)


def test_meeting_validation_and_cancel(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.read() as session:
        meeting_id = session.scalars(select(Meeting.id).order_by(Meeting.id)).first()
        stored = session.get(Meeting, meeting_id)
        assert stored is not None
        title, starts = stored.title, stored.starts_at
    editor = make_editor(qtbot, demo_db, "meeting")
    editor.load(meeting_id)
    editor.ui.endsEdit.set_value(time(starts.hour, starts.minute))
    editor.ui.startTimeEdit.setTime(QTime(23, 0))
    assert editor.error_text("ends_at") == "Ende: darf nicht vor dem Beginn liegen."
    editor.ui.titleEdit.clear()
    assert editor.error_text("title") == "Titel: Bitte ausfüllen."
    assert not editor.save_button.isEnabled() and editor.save() is False
    editor.cancel_button.click()
    assert editor.ui.titleEdit.text() == title and not editor.is_dirty()
    with demo_db.read() as session:
        assert session.get(Meeting, meeting_id).title == title  # type: ignore[union-attr]


def test_delete_meeting_names_invitations(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.read() as session:
        meeting_id = session.scalars(select(MeetingInvitation.meeting_id)).first()
    editor = make_editor(qtbot, demo_db, "meeting")
    editor.load(meeting_id)
    questions = record_questions(monkeypatch, QMessageBox.StandardButton.No)
    assert editor.delete_record() is False
    assert " Einladungen mit Anwesenheit" in questions.asked[0]
    questions.answer = QMessageBox.StandardButton.Yes
    assert editor.delete_record() is True
    with demo_db.read() as session:
        assert session.get(Meeting, meeting_id) is None


# --- trainings -----------------------------------------------------------------------------


def test_create_training_with_attendees(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _partner, volunteer_id, coordinator_id = first_ids(demo_db)
    editor = make_editor(qtbot, demo_db, "training")
    editor.load(None)
    type_into(qtbot, editor.ui.titleEdit, "Erste Hilfe am Kind")
    type_into(qtbot, editor.ui.dayEdit.line, "3.10.2026")
    editor.ui.focusCombo.setCurrentText("Kinder fördern")
    type_into(qtbot, editor.ui.providerEdit, "DRK-Kreisverband")
    dialogs = answer_dialogs(monkeypatch)
    dialogs.then(pick(0, [("volunteer", volunteer_id)]))
    dialogs.then(pick(1, [("coordinator", coordinator_id)]))
    editor.ui.addAttendeesButton.click()
    editor.ui.addAttendeesButton.click()
    assert editor.ui.attendeesTable.rowCount() == 2
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)
    with demo_db.read() as session:
        training = session.get(Training, saved.args[0])
        assert training is not None
        assert (training.title, training.day, training.focus, training.provider) == (
            "Erste Hilfe am Kind",
            date(2026, 10, 3),
            "Kinder fördern",
            "DRK-Kreisverband",
        )
        assert {(a.volunteer_id, a.coordinator_id) for a in training.attendees} == {
            (volunteer_id, None),
            (None, coordinator_id),
        }
    # Removing an attendee and saving stores the change.
    editor.ui.attendeesTable.selectRow(0)
    editor.ui.removeAttendeeButton.click()
    save(editor)
    with demo_db.read() as session:
        count = len(
            session.scalars(
                select(TrainingAttendee).where(TrainingAttendee.training_id == saved.args[0])
            ).all()
        )
    assert count == 1


def test_training_validation_cancel_and_delete(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.read() as session:
        training_id = session.scalars(select(Training.id).order_by(Training.id)).first()
        title = session.get(Training, training_id).title  # type: ignore[union-attr]
    editor = make_editor(qtbot, demo_db, "training")
    editor.load(training_id)
    editor.ui.titleEdit.clear()
    assert editor.error_text("title") == "Titel: Bitte ausfüllen."
    assert editor.save() is False
    editor.cancel_button.click()
    assert editor.ui.titleEdit.text() == title
    questions = record_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    assert editor.delete_record() is True
    assert "Teilnehmende" in questions.asked[0]
    with demo_db.read() as session:
        assert session.get(Training, training_id) is None
