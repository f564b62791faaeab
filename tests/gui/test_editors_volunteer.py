"""The volunteer form: create with tags and availability, validate, cancel, hours, clearance,
delete."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from nfg_desktop.domain.choices import ChoiceList
from nfg_desktop.gui.editors.dialogs import ClearanceRecordDialog, HoursDialog
from nfg_desktop.services.common import choice_options
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import HoursEntry, PoliceClearance, Volunteer
from tests.gui.editor_support import (
    answer_dialogs,
    click_ok,
    make_editor,
    record_questions,
    save,
    type_into,
)

TODAY = date(2026, 11, 25)


def volunteer_editor(qtbot: QtBot, db: Database):  # type: ignore[no-untyped-def]
    editor = make_editor(qtbot, db, "volunteer")
    editor.today = lambda: TODAY
    return editor


def volunteer_with_hours(db: Database) -> int:
    with db.read() as session:
        volunteer_id = session.scalars(
            select(HoursEntry.volunteer_id).where(HoursEntry.volunteer_id.is_not(None))
        ).first()
    assert volunteer_id is not None
    return int(volunteer_id)


def hours_of(db: Database, volunteer_id: int) -> int:
    with db.read() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(HoursEntry)
                .where(HoursEntry.volunteer_id == volunteer_id)
            )
            or 0
        )


def test_create_volunteer_with_availability_skills_and_languages(
    qtbot: QtBot, db: Database
) -> None:
    editor = volunteer_editor(qtbot, db)
    editor.load(None)
    assert not editor.ui.addHoursButton.isEnabled()  # hours need a stored volunteer
    type_into(qtbot, editor.ui.firstNameEdit, "Łukasz")
    type_into(qtbot, editor.ui.lastNameEdit, "Wróbel")
    type_into(qtbot, editor.ui.birthYearSpin.lineEdit(), "1958")
    editor.ui.statusCombo.setCurrentText("aktiv")
    editor.ui.availabilityGrid.box("Di", "vormittags").click()
    editor.ui.availabilityGrid.box("Sa", "abends").click()
    skills = editor.ui.skillsEdit
    assert "Fahrdienst" in skills.completions()
    type_into(qtbot, skills.line, "fahrdienst")
    qtbot.keyClick(skills.line, Qt.Key.Key_Return)
    type_into(qtbot, skills.line, "Gartenarbeit")
    qtbot.keyClick(skills.line, Qt.Key.Key_Return)
    editor.ui.languagesEdit.add_tag("Polnisch")
    editor.ui.interestsEdit.add_tag("Schach")
    editor.ui.consentGivenEdit.set_value(date(2026, 11, 1))
    editor.ui.consentContactCheck.click()
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)
    with db.read() as session:
        volunteer = session.get(Volunteer, saved.args[0])
        assert volunteer is not None
        assert volunteer.full_name == "Łukasz Wróbel"
        assert volunteer.birth_year == 1958
        assert volunteer.status == "aktiv"
        assert sorted((a.weekday, a.day_part) for a in volunteer.availability) == [
            ("Di", "vormittags"),
            ("Sa", "abends"),
        ]
        # Typed in lower case, stored in the known spelling; new skills join the list.
        assert volunteer.tag_values("Fähigkeit") == ["Fahrdienst", "Gartenarbeit"]
        assert volunteer.tag_values("Sprache") == ["Polnisch"]
        assert volunteer.tag_values("Interesse") == ["Schach"]
        assert volunteer.consent_given_on == date(2026, 11, 1)
        assert volunteer.consent_contact_data
        assert "Gartenarbeit" in choice_options(session, ChoiceList.SKILL)
    assert editor.ui.addHoursButton.isEnabled()


def test_invalid_birth_year_and_email_are_shown_and_not_stored(
    qtbot: QtBot, demo_db: Database
) -> None:
    volunteer_id = volunteer_with_hours(demo_db)
    editor = volunteer_editor(qtbot, demo_db)
    editor.load(volunteer_id)
    editor.ui.birthYearSpin.setValue(1850)
    type_into(qtbot, editor.ui.emailEdit, "name@@example")
    assert editor.error_text("birth_year") == "Geburtsjahr: muss zwischen 1900 und 2026 liegen."
    assert "keine gültige E-Mail-Adresse" in editor.error_text("email")
    assert not editor.save_button.isEnabled()
    assert editor.save() is False
    with demo_db.read() as session:
        volunteer = session.get(Volunteer, volunteer_id)
        assert volunteer is not None and volunteer.birth_year != 1850


def test_cancel_leaves_the_stored_volunteer_untouched(qtbot: QtBot, demo_db: Database) -> None:
    volunteer_id = volunteer_with_hours(demo_db)
    editor = volunteer_editor(qtbot, demo_db)
    editor.load(volunteer_id)
    skills = editor.ui.skillsEdit.values()
    editor.ui.skillsEdit.add_tag("Jonglieren")
    editor.ui.availabilityGrid.box("So", "abends").click()
    assert editor.is_dirty()
    editor.cancel_button.click()
    assert editor.ui.skillsEdit.values() == skills
    with demo_db.read() as session:
        volunteer = session.get(Volunteer, volunteer_id)
        assert volunteer is not None and "Jonglieren" not in volunteer.tag_values("Fähigkeit")


def test_log_hours_checks_the_entry_and_stores_it(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    volunteer_id = volunteer_with_hours(demo_db)
    before = hours_of(demo_db, volunteer_id)
    editor = volunteer_editor(qtbot, demo_db)
    editor.load(volunteer_id)
    assert editor.ui.hoursTable.rowCount() == before
    messages: list[str] = []

    def log(dialog: HoursDialog) -> bool:
        type_into(qtbot, dialog.ui.dayEdit.line, "20.11.26")
        dialog.ui.hoursSpin.setValue(0)
        assert click_ok(dialog) is False  # 0 hours is refused with the service message
        messages.append(dialog.ui.errorLabel.text())
        dialog.ui.hoursSpin.setValue(2.5)
        dialog.ui.noteEdit.setText("Vorlesen in der Kita Sonnenschein")
        return click_ok(dialog)

    answer_dialogs(monkeypatch).then(log)
    editor.ui.addHoursButton.click()
    assert messages == ["Stunden: Bitte eine Zahl über 0 und höchstens 24 angeben."]
    assert editor.ui.hoursTable.rowCount() == before + 1
    with demo_db.read() as session:
        entry = session.scalars(
            select(HoursEntry).where(
                HoursEntry.volunteer_id == volunteer_id,
                HoursEntry.note == "Vorlesen in der Kita Sonnenschein",
            )
        ).one()
        assert entry.hours == 2.5 and entry.day == date(2026, 11, 20)
    # Removing asks first.
    questions = record_questions(monkeypatch, QMessageBox.StandardButton.No)
    editor.ui.hoursTable.selectRow(0)
    editor.ui.removeHoursButton.click()
    assert hours_of(demo_db, volunteer_id) == before + 1
    questions.answer = QMessageBox.StandardButton.Yes
    editor.ui.removeHoursButton.click()
    assert hours_of(demo_db, volunteer_id) == before
    assert len(questions.asked) == 2


def test_record_a_police_clearance(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with demo_db.read() as session:
        volunteer_id = session.scalars(
            select(Volunteer.id)
            .where(~Volunteer.clearances.any())
            .where(Volunteer.status != "ausgeschieden")
        ).first()
    assert volunteer_id is not None
    editor = volunteer_editor(qtbot, demo_db)
    editor.load(volunteer_id)
    assert editor.clearance_text() == "Kein erweitertes Führungszeugnis erfasst"

    def record(dialog: ClearanceRecordDialog) -> bool:
        type_into(qtbot, dialog.ui.issuedEdit.line, "1.6.2026")
        type_into(qtbot, dialog.ui.inspectedEdit.line, "2026-11-20")
        assert click_ok(dialog) is False  # older than three months when shown
        assert "älter als drei Monate" in dialog.ui.errorLabel.text()
        type_into(qtbot, dialog.ui.issuedEdit.line, "02.11.2026")
        dialog.ui.inspectedByEdit.setText("Frau Koordinatorin")
        return click_ok(dialog)

    answer_dialogs(monkeypatch).then(record)
    editor.ui.recordClearanceButton.click()
    assert "gültig bis 20.11.2031" in editor.clearance_text()
    with demo_db.read() as session:
        rows = session.scalars(
            select(PoliceClearance).where(PoliceClearance.volunteer_id == volunteer_id)
        ).all()
        assert [(r.issued_on, r.inspected_on, r.clean) for r in rows] == [
            (date(2026, 11, 2), date(2026, 11, 20), True)
        ]


def test_delete_names_projects_and_keeps_anonymous_hours(
    qtbot: QtBot, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    volunteer_id = volunteer_with_hours(demo_db)
    hours = hours_of(demo_db, volunteer_id)
    editor = volunteer_editor(qtbot, demo_db)
    editor.load(volunteer_id)
    name = f"{editor.ui.firstNameEdit.text()} {editor.ui.lastNameEdit.text()}"
    questions = record_questions(monkeypatch, QMessageBox.StandardButton.No)
    assert editor.delete_record() is False
    assert name in questions.asked[0]
    assert f"{hours} " in questions.asked[0]
    questions.answer = QMessageBox.StandardButton.Yes
    assert editor.delete_record() is True
    with demo_db.read() as session:
        assert session.get(Volunteer, volunteer_id) is None
        kept = session.scalar(
            select(func.count()).select_from(HoursEntry).where(HoursEntry.volunteer_id.is_(None))
        )
        assert kept and kept >= hours


def test_edit_volunteer_stores_the_changed_fields_only(qtbot: QtBot, demo_db: Database) -> None:
    volunteer_id = volunteer_with_hours(demo_db)
    with demo_db.read() as session:
        before = session.get(Volunteer, volunteer_id)
        assert before is not None
        name, skills = before.full_name, before.tag_values("Fähigkeit")
    editor = volunteer_editor(qtbot, demo_db)
    editor.load(volunteer_id)
    type_into(qtbot, editor.ui.phoneEdit, "(07071) 12 34-5")
    editor.ui.statusCombo.setCurrentText("pausiert")
    editor.ui.languagesEdit.add_tag("Ukrainisch")
    save(editor)
    with demo_db.read() as session:
        volunteer = session.get(Volunteer, volunteer_id)
        assert volunteer is not None
        assert volunteer.phone == "07071 12345"  # normalised by the service rule
        assert volunteer.status == "pausiert"
        assert "Ukrainisch" in volunteer.tag_values("Sprache")
        assert volunteer.full_name == name
        assert volunteer.tag_values("Fähigkeit") == skills
    assert editor.ui.phoneEdit.text() == "07071 12345"
