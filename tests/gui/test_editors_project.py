"""The project form: partners and volunteers, clearance warning, validation, cancel, delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from nfg_desktop.gui.editors.dialogs import AssignDialog, ClearanceDialog
from nfg_desktop.services.projects import clearance_problems
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import (
    HoursEntry,
    Partner,
    Project,
    ProjectPartner,
    ProjectVolunteer,
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

TODAY = date(2026, 11, 25)


def volunteers_by_clearance(db: Database) -> tuple[list[int], list[int]]:
    """(ids with a valid clearance, ids without) among volunteers who have not left."""
    with db.read() as session:
        ids = list(
            session.scalars(
                select(Volunteer.id)
                .where(Volunteer.status != "ausgeschieden")
                .order_by(Volunteer.id)
            ).all()
        )
        problems = clearance_problems(session, ids, TODAY)
    return [i for i in ids if i not in problems], [i for i in ids if i in problems]


def outside(db: Database, project_id: int, volunteer_ids: list[int]) -> list[int]:
    with db.read() as session:
        inside = set(
            session.scalars(
                select(ProjectVolunteer.volunteer_id).where(
                    ProjectVolunteer.project_id == project_id
                )
            ).all()
        )
    return [v for v in volunteer_ids if v not in inside]


def new_project_editor(qtbot: QtBot, db: Database):  # type: ignore[no-untyped-def]
    editor = make_editor(qtbot, db, "project")
    editor.today = lambda: TODAY
    return editor


def choose(record_id: int, role: str = "", reason: str = ""):  # type: ignore[no-untyped-def]
    def handler(dialog: AssignDialog) -> bool:
        dialog.select(record_id)
        if role:
            dialog.ui.roleCombo.setCurrentText(role)
        if reason:
            dialog.ui.reasonEdit.setPlainText(reason)
        return click_ok(dialog)

    return handler


def test_create_project_with_partners_volunteers_and_need(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    valid, _without = volunteers_by_clearance(demo_db)
    with demo_db.read() as session:
        lead, other = session.scalars(select(Partner.id).order_by(Partner.id).limit(2)).all()
    editor = new_project_editor(qtbot, demo_db)
    editor.load(None)
    type_into(qtbot, editor.ui.titleEdit, "Erzählcafé im Rathaus")
    editor.ui.kindCombo.setEditText("Erzählcafé")
    editor.ui.statusCombo.setCurrentText("in Planung")
    editor.ui.focusChecks.box("Gemeinschaft stärken").click()
    editor.ui.targetChecks.box("Senioren").click()
    editor.ui.needCountSpin.setValue(3)
    skills = editor.ui.neededSkillsEdit
    skills.completer.setCompletionPrefix("vorles")
    assert skills.completer.currentCompletion() == "Lesen und Vorlesen"
    skills.completer.activated.emit("Lesen und Vorlesen")  # the user picks the completion
    type_into(qtbot, skills.line, "geduld")
    qtbot.keyClick(skills.line, Qt.Key.Key_Return)
    assert skills.values() == ["Lesen und Vorlesen", "geduld"]
    dialogs = answer_dialogs(monkeypatch)
    dialogs.then(choose(lead)).then(choose(other, "Unterstützer")).then(choose(valid[0], "Leitung"))
    editor.ui.addPartnerButton.click()
    editor.ui.addPartnerButton.click()
    editor.ui.addVolunteerButton.click()
    assert editor.ui.partnersTable.rowCount() == 2
    # The first partner becomes the lead (Träger) unless the user chooses otherwise.
    assert editor.ui.partnersTable.item(0, 1).text() == "Träger"
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)
    with demo_db.read() as session:
        project = session.get(Project, saved.args[0])
        assert project is not None
        assert project.title == "Erzählcafé im Rathaus"
        assert project.kind == "Erzählcafé"
        assert project.status == "in Planung"
        assert project.need_count == 3
        assert sorted(project.needed_skills) == ["Lesen und Vorlesen", "geduld"]
        roles = {link.partner_id: link.role for link in project.partner_links}
        assert roles == {lead: "Träger", other: "Unterstützer"}
        assert [(v.volunteer_id, v.role, v.since) for v in project.volunteer_links] == [
            (valid[0], "Leitung", TODAY)
        ]


def test_assigning_a_volunteer_without_clearance_warns_and_needs_a_reason(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _valid, without = volunteers_by_clearance(demo_db)
    with demo_db.read() as session:
        name = session.get(Volunteer, without[0]).full_name  # type: ignore[union-attr]
    editor = new_project_editor(qtbot, demo_db)
    editor.load(None)
    type_into(qtbot, editor.ui.titleEdit, "Hausaufgabenhilfe")
    editor.ui.childrenCheck.click()
    seen: dict[str, object] = {}

    def assign(dialog: AssignDialog) -> bool:
        dialog.select(without[0])
        seen["problem"] = dialog.problem()
        seen["warning"] = dialog.ui.warningLabel.text()
        seen["visible"] = dialog.ui.warningLabel.isVisibleTo(dialog)
        seen["ok_without_reason"] = ok_enabled(dialog)
        dialog.ui.reasonEdit.setPlainText("Führungszeugnis ist beantragt")
        return click_ok(dialog)

    answer_dialogs(monkeypatch).then(assign)
    editor.ui.addVolunteerButton.click()
    assert name in str(seen["problem"])
    assert "Führungszeugnis" in str(seen["problem"])
    assert "§ 72a SGB VIII" in str(seen["warning"]) and name in str(seen["warning"])
    assert seen["visible"] is True
    assert seen["ok_without_reason"] is False
    assert editor.clearance_warning() == ""  # the reason is noted: no open warning
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)  # no further question: the reason was given when assigning
    with demo_db.read() as session:
        link = session.get(ProjectVolunteer, (saved.args[0], without[0]))
        assert link is not None
        assert link.clearance_override_reason == "Führungszeugnis ist beantragt"
        project = session.get(Project, saved.args[0])
        assert project is not None and project.works_with_children


def test_turning_on_children_warns_and_asks_before_saving(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _valid, without = volunteers_by_clearance(demo_db)
    with demo_db.read() as session:
        project_id = session.scalars(
            select(Project.id).where(~Project.works_with_children).order_by(Project.id)
        ).first()
    assert project_id is not None
    without = outside(demo_db, project_id, without)
    editor = new_project_editor(qtbot, demo_db)
    editor.load(project_id)
    answer_dialogs(monkeypatch).then(choose(without[0], "Mitarbeit"))
    editor.ui.addVolunteerButton.click()
    assert editor.clearance_warning() == ""  # no children: no warning
    editor.ui.childrenCheck.click()
    assert "§ 72a SGB VIII" in editor.clearance_warning()
    cells = [
        editor.ui.volunteersTable.item(r, 3).text()
        for r in range(editor.ui.volunteersTable.rowCount())
    ]
    # The column is headed „Führungszeugnis“: the cells name the state alone.
    assert any(text.startswith(("fehlt", "abgelaufen", "nicht einwandfrei")) for text in cells)
    dialogs = answer_dialogs(monkeypatch)
    asked: list[str] = []

    def refuse(dialog: ClearanceDialog) -> bool:
        asked.extend(
            dialog.ui.problemsList.item(i).text() for i in range(dialog.ui.problemsList.count())
        )
        assert not ok_enabled(dialog)  # a reason is needed
        return False

    dialogs.then(refuse)
    assert editor.save() is False
    assert asked and all("Führungszeugnis" in line for line in asked)
    with demo_db.read() as session:
        assert session.get(ProjectVolunteer, (project_id, without[0])) is None
        project = session.get(Project, project_id)
        assert project is not None and not project.works_with_children

    def allow(dialog: ClearanceDialog) -> bool:
        dialog.ui.reasonEdit.setPlainText("Nur in Begleitung der Leitung")
        return click_ok(dialog)

    dialogs.then(allow)
    assert editor.save() is True
    with demo_db.read() as session:
        link = session.get(ProjectVolunteer, (project_id, without[0]))
        assert link is not None
        assert link.clearance_override_reason == "Nur in Begleitung der Leitung"
    assert editor.clearance_warning() == ""


def test_validation_marks_fields_and_stores_nothing(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.read() as session:
        first, second = session.scalars(select(Project).order_by(Project.id).limit(2)).all()
        first_id, other_title = first.id, second.title
    editor = new_project_editor(qtbot, demo_db)
    editor.load(first_id)
    title = editor.ui.titleEdit.text()
    type_into(qtbot, editor.ui.titleEdit, other_title)
    assert editor.error_text("title") == f"Titel: Ein Projekt „{other_title}“ gibt es schon."
    assert not editor.save_button.isEnabled()
    editor.ui.startEdit.set_value(date(2026, 5, 1))
    editor.ui.endEdit.set_value(date(2026, 4, 1))
    assert editor.error_text("end_date") == "Ende: darf nicht vor dem Beginn liegen."
    assert editor.save() is False
    with demo_db.read() as session:
        assert session.get(Project, first_id).title == title  # type: ignore[union-attr]


def test_cancel_keeps_stored_partners(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.read() as session:
        project_id, partner_count = session.execute(
            select(ProjectPartner.project_id, func.count())
            .group_by(ProjectPartner.project_id)
            .order_by(ProjectPartner.project_id)
        ).first()  # type: ignore[misc]
    editor = new_project_editor(qtbot, demo_db)
    editor.load(project_id)
    editor.ui.partnersTable.selectRow(0)
    editor.ui.removePartnerButton.click()
    assert editor.ui.partnersTable.rowCount() == partner_count - 1
    assert editor.is_dirty()
    editor.cancel_button.click()
    assert editor.ui.partnersTable.rowCount() == partner_count
    assert not editor.is_dirty()
    with demo_db.read() as session:
        count = session.scalar(
            select(func.count())
            .select_from(ProjectPartner)
            .where(ProjectPartner.project_id == project_id)
        )
    assert count == partner_count


def test_delete_is_refused_while_hours_exist_and_works_otherwise(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.read() as session:
        with_hours = session.scalars(
            select(HoursEntry.project_id).where(HoursEntry.project_id.is_not(None))
        ).first()
    editor = new_project_editor(qtbot, demo_db)
    editor.load(with_hours)
    questions = record_questions(monkeypatch)
    assert editor.delete_record() is False
    assert "Stundeneinträge" in questions.asked[0]
    assert "kann nicht gelöscht werden" in questions.warnings[0]
    with demo_db.read() as session:
        assert session.get(Project, with_hours) is not None
    # A new project without hours can be deleted.
    editor.load(None)
    type_into(qtbot, editor.ui.titleEdit, "Kurzes Projekt")
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)
    questions.answer = QMessageBox.StandardButton.Yes
    assert editor.delete_record() is True
    with demo_db.read() as session:
        assert session.get(Project, saved.args[0]) is None
