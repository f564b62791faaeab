"""Error texts of the forms and dialogs (issue 16, item 10) and hours for a project the volunteer
is not in (item 12)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nfg_desktop.domain.errors import DomainError, ValidationError
from nfg_desktop.gui.editors.dialogs import (
    AssignDialog,
    ClearanceRecordDialog,
    ContactDialog,
    HoursDialog,
)
from nfg_desktop.services.hours import HoursData, HoursService
from nfg_desktop.services.projects import ProjectData, ProjectService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import HoursEntry, Partner, ProjectVolunteer, Volunteer
from tests.gui.editor_support import (
    answer_dialogs,
    click_ok,
    make_editor,
    record_questions,
    type_into,
)

TODAY = date(2026, 11, 25)


def _hours_must_be_positive(
    _day: date | None, _project: int | None, hours: float, _note: str, _join: bool
) -> None:
    if hours <= 0:
        raise ValidationError(
            {"hours": "Stunden: Bitte eine Zahl über 0 und höchstens 24 angeben."}
        )


def _not_squashed(dialog: QWidget) -> None:
    for child in dialog.findChildren(QWidget):
        if child.isVisible() and child.layout() is None and child.parentWidget() is dialog:
            assert child.height() >= child.minimumSizeHint().height(), child.objectName()


def test_hours_error_goes_when_corrected_and_the_dialog_is_not_squashed(qtbot: QtBot) -> None:
    dialog = HoursDialog([(1, "Lesepaten")], _hours_must_be_positive, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    size_before = dialog.size()
    dialog.ui.hoursSpin.setValue(0)
    assert click_ok(dialog) is False
    assert dialog.error_text() == "Stunden: Bitte eine Zahl über 0 und höchstens 24 angeben."
    # The message had its room: nothing moved or shrank.
    assert dialog.size() == size_before
    _not_squashed(dialog)
    # The spin box keeps its arrows (no style sheet of its own).
    assert all(spin.styleSheet() == "" for spin in dialog.findChildren(QAbstractSpinBox))
    # Corrected: the message goes without pressing OK again.
    dialog.ui.hoursSpin.setValue(2.5)
    assert dialog.error_text() == ""
    assert click_ok(dialog) is True


def test_a_long_message_grows_the_dialog_instead_of_squashing_it(qtbot: QtBot) -> None:
    def refuse(*_args: object) -> None:
        raise DomainError(" ".join(["Sehr lange Erklärung"] * 30))

    dialog = HoursDialog([], refuse, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    height = dialog.height()
    assert click_ok(dialog) is False
    assert dialog.height() > height
    label = dialog.ui.errorLabel
    assert label.height() >= label.heightForWidth(label.width())
    _not_squashed(dialog)


def test_contact_and_clearance_errors_go_when_corrected(qtbot: QtBot) -> None:
    contact = ContactDialog(None)
    qtbot.addWidget(contact)
    contact.show()
    type_into(qtbot, contact.ui.lastNameEdit, "Weiß")
    type_into(qtbot, contact.ui.emailEdit, "weiss@@example")
    assert click_ok(contact) is False
    assert "E-Mail" in contact.error_text()
    type_into(qtbot, contact.ui.emailEdit, "weiss@example.org")
    assert contact.error_text() == ""
    assert click_ok(contact) is True

    def validate(issued: date | None, inspected: date | None, _by: str) -> None:
        if issued and inspected and inspected < issued:
            raise ValidationError(
                {"inspected_on": "Eingesehen am: darf nicht vor dem Ausstellungsdatum liegen."}
            )

    clearance = ClearanceRecordDialog(validate, TODAY)
    qtbot.addWidget(clearance)
    clearance.show()
    type_into(qtbot, clearance.ui.inspectedEdit.line, "1.1.2026")
    assert click_ok(clearance) is False
    assert "Eingesehen am" in clearance.error_text()
    type_into(qtbot, clearance.ui.inspectedEdit.line, "heute")
    assert clearance.error_text() == ""
    # An impossible date is named beside the field and refused.
    type_into(qtbot, clearance.ui.issuedEdit.line, "31.11.2026")
    assert click_ok(clearance) is False
    assert clearance.ui.issuedEdit.status.text() == "Den 31.11.2026 gibt es nicht."
    type_into(qtbot, clearance.ui.issuedEdit.line, "30.11.2026")
    assert click_ok(clearance) is False  # inspected before issued
    type_into(qtbot, clearance.ui.issuedEdit.line, "1.11.2026")
    assert click_ok(clearance) is True
    assert clearance.values()[:2] == (date(2026, 11, 1), TODAY)


def test_a_message_that_goes_while_typing_does_not_move_the_form(
    qtbot: QtBot, demo_db: Database
) -> None:
    with demo_db.read() as session:
        partner_id = session.scalars(select(Partner.id).order_by(Partner.id)).first()
    editor = make_editor(qtbot, demo_db, "partner")
    editor.load(partner_id)
    below = editor.ui.websiteEdit
    type_into(qtbot, editor.ui.emailEdit, "info@")
    assert "E-Mail" in editor.error_text("email")
    qtbot.wait(1)
    position = below.mapTo(editor, below.rect().topLeft())
    type_into(qtbot, editor.ui.emailEdit, "info@example.org")
    assert editor.error_text("email") == ""
    qtbot.wait(1)
    assert below.mapTo(editor, below.rect().topLeft()) == position
    # Another record starts without the kept line.
    editor.cancel()
    assert editor.error_text("email") == ""


# --- item 12: hours for a project the volunteer is not in -------------------------------------


def _volunteer_and_foreign_project(db: Database) -> tuple[int, int, str]:
    with db.write() as session:
        volunteer = session.scalars(
            select(Volunteer).where(~Volunteer.project_links.any()).order_by(Volunteer.id)
        ).first()
        assert volunteer is not None
        project = ProjectService(session).create(ProjectData(title="Reparaturcafé"), today=TODAY)
        return volunteer.id, project.id, volunteer.full_name


def _log_for(project_id: int, qtbot: QtBot, outcome: list[bool]):  # type: ignore[no-untyped-def]
    def log(dialog: HoursDialog) -> bool:
        dialog.ui.projectCombo.setCurrentIndex(dialog.ui.projectCombo.findData(project_id))
        dialog.ui.hoursSpin.setValue(2.5)
        accepted = click_ok(dialog)
        outcome.append(accepted)
        return accepted

    return log


def test_hours_for_a_foreign_project_ask_before_adding_the_volunteer(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    volunteer_id, project_id, name = _volunteer_and_foreign_project(demo_db)
    editor = make_editor(qtbot, demo_db, "volunteer")
    editor.today = lambda: TODAY
    editor.load(volunteer_id)
    assert editor.ui.projectsList.item(0).text() == editor.tr("(in no project yet)")
    outcome: list[bool] = []
    # „No“: nothing is logged, the dialog stays open and names the problem.
    questions = record_questions(monkeypatch, QMessageBox.StandardButton.No)
    seen = answer_dialogs(monkeypatch).then(_log_for(project_id, qtbot, outcome))
    editor.ui.addHoursButton.click()
    assert outcome == [False]
    assert questions.asked and questions.asked[0].startswith(
        f"{name} ist nicht im Projekt „Reparaturcafé“."
    )
    assert f"{name} ist nicht im Projekt „Reparaturcafé“." in seen.seen[0].error_text()
    with demo_db.read() as session:
        assert not session.scalars(
            select(HoursEntry).where(HoursEntry.project_id == project_id)
        ).all()
    # „Yes“: the volunteer joins the project and the hours are logged.
    questions.answer = QMessageBox.StandardButton.Yes
    answer_dialogs(monkeypatch).then(_log_for(project_id, qtbot, outcome))
    editor.ui.addHoursButton.click()
    assert outcome == [False, True]
    with demo_db.read() as session:
        assert session.get(ProjectVolunteer, (project_id, volunteer_id)) is not None
        entries = session.scalars(select(HoursEntry).where(HoursEntry.project_id == project_id))
        assert [(e.volunteer_id, e.hours) for e in entries] == [(volunteer_id, 2.5)]
    assert editor.ui.projectsList.item(0).text() == "Reparaturcafé"


def test_the_service_refuses_without_being_told_to_add(demo_db: Database) -> None:
    volunteer_id, project_id, _name = _volunteer_and_foreign_project(demo_db)
    with pytest.raises(DomainError), demo_db.write() as session:
        HoursService(session).add(HoursData(TODAY, 1, volunteer_id, project_id), today=TODAY)


def test_assigning_refuses_a_start_date_that_does_not_exist(qtbot: QtBot) -> None:
    dialog = AssignDialog(
        "Zuordnen", [(1, "Anna Ährenfeld")], ["Lesepatin"], with_since=True, since=TODAY
    )
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(qtbot, dialog.ui.sinceEdit.line, "31.02.2026")
    assert click_ok(dialog) is False
    assert dialog.ui.sinceEdit.status.text() == "Den 31.02.2026 gibt es nicht."
    type_into(qtbot, dialog.ui.sinceEdit.line, "1.2.26")
    assert click_ok(dialog) is True
    result = dialog.result_assignment()
    assert result is not None and result.since == date(2026, 2, 1)
