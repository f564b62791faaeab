"""Two forms on one partner (two users, on a file and on the test server): the second save is
stopped and the form asks — compare, take theirs, keep mine, go on editing; a delete too."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nfg_desktop.domain.errors import ConcurrentEditError
from nfg_desktop.gui.privacy.history_dialog import HistoryDialog
from nfg_desktop.gui.widgets import conflict_dialog
from nfg_desktop.gui.widgets.conflict_dialog import Choice, ConflictDialog
from nfg_desktop.services import history, versions
from nfg_desktop.services.meetings import MeetingData, MeetingService
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.services.projects import ProjectData, ProjectService
from nfg_desktop.services.trainings import TrainingData, TrainingService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from tests import two_users
from tests.gui.editor_support import make_editor, record_questions, save, type_into
from tests.two_users import TwoUsers

users = two_users.users


def _partner(database: Database) -> int:
    with database.write() as session:
        data = PartnerData(name="Familienzentrum Horb", phone="07451 1234", contacts=[])
        return PartnerService(session).create(data).id


def _stored(database: Database, partner_id: int) -> PartnerData:
    with database.read() as session:
        return PartnerData.from_partner(PartnerService(session).get(partner_id))


def _answer(
    monkeypatch: pytest.MonkeyPatch, *handlers: Callable[[ConflictDialog], None]
) -> list[ConflictDialog]:
    """Answer the conflict dialogs with ``handlers`` (they click its buttons)."""
    seen: list[ConflictDialog] = []
    queue = list(handlers)

    def ask(dialog: ConflictDialog) -> Choice:
        seen.append(dialog)
        assert queue, "unexpected conflict dialog"
        queue.pop(0)(dialog)
        return dialog.choice

    monkeypatch.setattr(conflict_dialog, "ask", ask)
    return seen


def _two_forms(qtbot: QtBot, users: TwoUsers) -> tuple[int, object, object]:
    """Both users open the partner; the second one changes the phone number and saves."""
    partner_id = _partner(users.first)
    mine = make_editor(qtbot, users.first, "partner")
    theirs = make_editor(qtbot, users.second, "partner")
    mine.load(partner_id)
    theirs.load(partner_id)
    type_into(qtbot, theirs.ui.phoneEdit, "07451 9999")
    save(theirs)
    assert not theirs.is_dirty()
    type_into(qtbot, mine.ui.emailEdit, "info@fz-horb.de")
    return partner_id, mine, theirs


def _other(users: TwoUsers) -> str:
    return "anna" if users.backend == "postgresql" else history.recorder.current_user()


def test_compare_then_take_theirs(
    qtbot: QtBot, users: TwoUsers, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner_id, mine, _theirs = _two_forms(qtbot, users)
    compared: dict[str, tuple[str, str, str]] = {}

    def compare_then_take_theirs(dialog: ConflictDialog) -> None:
        assert dialog.message.text().startswith(f"{_other(users)} hat diesen Eintrag um ")
        assert not dialog.table.isVisibleTo(dialog)
        dialog.compare_button.click()
        assert dialog.table.isVisibleTo(dialog)
        for row in range(dialog.table.rowCount()):
            cells = [dialog.table.item(row, column).text() for column in range(4)]
            compared[cells[0]] = (cells[1], cells[2], cells[3])
        dialog.theirs_button.click()

    seen = _answer(monkeypatch, compare_then_take_theirs)
    mine.save_button.click()

    assert len(seen) == 1
    assert compared["Telefon"][:2] == ("07451 9999", "07451 1234")
    assert compared["E-Mail"][:2] == ("—", "info@fz-horb.de")
    assert compared["Telefon"][2] and compared["E-Mail"][2]  # marked in words
    assert compared["Name"] == ("Familienzentrum Horb", "Familienzentrum Horb", "")
    assert "Telefon" in seen[0].summary.text() and "E-Mail" in seen[0].summary.text()
    # The form shows their version, nothing of mine was stored.
    assert mine.ui.phoneEdit.text() == "07451 9999"
    assert mine.ui.emailEdit.text() == ""
    assert not mine.is_dirty()
    assert mine.message()
    stored = _stored(users.first, partner_id)
    assert (stored.phone, stored.email) == ("07451 9999", "")
    # and the next save of the reloaded form goes through
    type_into(qtbot, mine.ui.emailEdit, "neu@fz-horb.de")
    save(mine)
    assert _stored(users.second, partner_id).email == "neu@fz-horb.de"


def test_keep_mine_overwrites_and_the_history_says_so(
    qtbot: QtBot, users: TwoUsers, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner_id, mine, _theirs = _two_forms(qtbot, users)
    seen = _answer(monkeypatch, lambda dialog: dialog.mine_button.click())
    mine.save_button.click()

    assert len(seen) == 1
    assert not mine.is_dirty()
    stored = _stored(users.second, partner_id)
    assert (stored.phone, stored.email) == ("07451 1234", "info@fz-horb.de")
    with users.first.read() as session:
        rows = history.history_of(session, "partner", partner_id)
        overwritten = {(r.field, r.old_value, r.new_value) for r in rows if r.action == "overwrite"}
    assert ("phone", "07451 9999", "07451 1234") in overwritten
    assert ("email", "", "info@fz-horb.de") in overwritten


def test_go_on_editing_keeps_my_input_and_asks_again(
    qtbot: QtBot, users: TwoUsers, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner_id, mine, _theirs = _two_forms(qtbot, users)
    seen = _answer(
        monkeypatch,
        lambda dialog: dialog.edit_button.click(),
        lambda dialog: dialog.edit_button.click(),
    )
    mine.save_button.click()
    assert mine.is_dirty()
    assert mine.ui.emailEdit.text() == "info@fz-horb.de"
    assert "hat diesen Eintrag" in mine.message()
    assert _stored(users.first, partner_id).email == ""
    mine.save_button.click()  # still the old version: asked again, never stored unseen
    assert len(seen) == 2
    assert _stored(users.first, partner_id).email == ""


def test_deleting_a_partner_someone_else_just_changed_asks(
    qtbot: QtBot, users: TwoUsers, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner_id, mine, _theirs = _two_forms(qtbot, users)
    questions = record_questions(monkeypatch, QMessageBox.StandardButton.Yes)
    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No])
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *_a: questions.asked.append(text) or next(answers)),
    )
    assert not mine.delete_record()
    assert len(questions.asked) == 2
    assert f"{_other(users)} hat diesen Eintrag um " in questions.asked[1]
    assert _stored(users.first, partner_id).phone == "07451 9999"  # still there

    answers = iter([QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes])
    assert mine.delete_record()
    with users.second.read() as session:
        assert PartnerService(session).find(partner_id) is None


def test_the_conflict_dialog_fits_a_small_screen(qtbot: QtBot, db: Database) -> None:
    partner_id = _partner(db)
    mine = _stored(db, partner_id)
    theirs = _stored(db, partner_id)
    theirs.phone = "07451 9999"
    theirs.notes = "Neue Öffnungszeiten ab Januar: Montag bis Freitag 8–12 Uhr"
    mine.email = "info@fz-horb.de"
    with db.read() as session:
        rows = versions.compare(session, "partner", theirs, mine)
    error = ConcurrentEditError(
        "Anna Schäfer hat diesen Eintrag um 10:42 geändert. " + versions.NOT_SAVED,
        "partner",
        partner_id,
        3,
        "Anna Schäfer",
    )
    dialog = ConflictDialog(error, rows)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.compare_button.click()
    assert dialog.width() <= 1024 and dialog.height() <= 700
    table = dialog.table
    shown = sum(table.columnWidth(column) for column in range(4))
    assert shown <= table.viewport().width() + 1  # no column cut off at the right
    differing = [
        table.item(row, 0).text() for row in range(table.rowCount()) if table.item(row, 3).text()
    ]
    assert differing == ["Telefon", "E-Mail", "Notizen"]
    path = Path("/tmp/nfg-conflict-dialog.png")
    dialog.grab().save(str(path))
    assert path.stat().st_size > 0


def test_the_change_history_shows_who_made_each_change(
    qtbot: QtBot, users: TwoUsers, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner_id, mine, _theirs = _two_forms(qtbot, users)
    _answer(monkeypatch, lambda dialog: dialog.mine_button.click())
    mine.save_button.click()
    dialog = HistoryDialog(users.first, "partner", partner_id, "Familienzentrum Horb")
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.headerData(model.USER, Qt.Orientation.Horizontal) == "User"
    rows = {
        (model.index(r, model.USER).data(), model.index(r, model.ACTION).data())
        for r in range(model.rowCount())
    }
    me = "nfg_test" if users.backend == "postgresql" else history.recorder.current_user()
    assert (me, "angelegt") in rows
    assert (_other(users), "geändert") in rows
    assert (me, "geändert (Änderung eines anderen überschrieben)") in rows


TEXT_FIELDS = {
    "partner": "notes",
    "project": "description",
    "volunteer": "notes",
    "meeting": "agenda",
    "training": "notes",
}


@pytest.mark.parametrize("kind", list(TEXT_FIELDS))
def test_every_form_asks_when_its_record_changed_meanwhile(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    start = datetime(2026, 12, 10, 18, 0)
    with db.write() as session:
        record_id = {
            "partner": lambda: PartnerService(session).create(PartnerData(name="Verein")).id,
            "project": lambda: ProjectService(session).create(ProjectData(title="Lesepaten")).id,
            "volunteer": lambda: (
                VolunteerService(session)
                .create(VolunteerData(first_name="Otto", last_name="Alt"))
                .id
            ),
            "meeting": lambda: MeetingService(session).create(MeetingData("Treffen", start)).id,
            "training": lambda: (
                TrainingService(session).create(TrainingData("Kurs", start.date())).id
            ),
        }[kind]()
    mine = make_editor(qtbot, db, kind)
    theirs = make_editor(qtbot, db, kind)
    mine.load(record_id)
    theirs.load(record_id)
    field = TEXT_FIELDS[kind]
    theirs.field_widget(field).setPlainText("Ihre Fassung")
    save(theirs)
    mine.field_widget(field).setPlainText("Meine Fassung")
    compared: list[tuple[str, str, str]] = []

    def take_theirs(dialog: ConflictDialog) -> None:
        compared.extend((r.label, r.theirs, r.mine) for r in dialog.rows if r.differs)
        dialog.theirs_button.click()

    seen = _answer(monkeypatch, take_theirs)
    mine.save_button.click()
    assert len(seen) == 1
    assert [(theirs_text, mine_text) for _label, theirs_text, mine_text in compared] == [
        ("Ihre Fassung", "Meine Fassung")
    ]
    assert mine.field_widget(field).toPlainText() == "Ihre Fassung"
    assert not mine.is_dirty()
