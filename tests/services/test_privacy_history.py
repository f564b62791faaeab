"""The change history is recorded centrally for every create, update and delete."""

from __future__ import annotations

import gc
import getpass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from nfg_desktop.services import history
from nfg_desktop.services.history import HistoryFilter
from nfg_desktop.services.meetings import MeetingData, MeetingService
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.projects import ProjectData, ProjectService, ProjectVolunteerData
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store import history as recorder
from nfg_desktop.store.database import Database, open_database
from nfg_desktop.store.models import ChangeRecord


@pytest.fixture(autouse=True)
def user_name(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(getpass, "getuser", lambda: "k.koordination")
    return "k.koordination"


def _new_volunteer(db: Database, **values: object) -> int:
    with db.write() as session:
        data = VolunteerData(first_name="Łukasz", last_name="Wróbel", birth_year=1975)
        for key, value in values.items():
            setattr(data, key, value)
        return VolunteerService(session).create(data).id


def _rows(db: Database, entity: str, entity_id: int) -> list[ChangeRecord]:
    with db.read() as session:
        rows = list(
            session.scalars(
                select(ChangeRecord)
                .where(ChangeRecord.entity == entity, ChangeRecord.entity_id == entity_id)
                .order_by(ChangeRecord.id)
            )
        )
        session.expunge_all()
        return rows


def test_create_records_each_field_with_user_and_time(db: Database, history_user: str) -> None:
    vid = _new_volunteer(db, skills=["Kochen"], email="l.wrobel@example.org")
    rows = _rows(db, "volunteer", vid)
    values = {(r.action, r.field): r.new_value for r in rows}
    assert values[("create", "first_name")] == "Łukasz"
    assert values[("create", "last_name")] == "Wróbel"
    assert values[("create", "birth_year")] == "1975"
    assert values[("create", "email")] == "l.wrobel@example.org"
    assert values[("create", "volunteer_tag")] == "kind=Fähigkeit, value=Kochen"
    assert {r.user for r in rows} == {history_user}
    assert all(r.at.date() == date.today() for r in rows)
    assert all(r.old_value is None for r in rows)


def test_update_records_old_and_new_value_only_for_changed_fields(db: Database) -> None:
    vid = _new_volunteer(db, city="Ulm")
    with db.write() as session:
        service = VolunteerService(session)
        data = VolunteerData.from_volunteer(service.get(vid))
        data.city = "Biberach"
        data.consent_given_on = date(2026, 3, 1)
        service.update(vid, data)
    updates = [r for r in _rows(db, "volunteer", vid) if r.action == "update"]
    assert {(r.field, r.old_value, r.new_value) for r in updates} == {
        ("city", "Ulm", "Biberach"),
        ("consent_given_on", None, "2026-03-01"),
    }


def test_saving_unchanged_record_records_nothing(db: Database) -> None:
    vid = _new_volunteer(db)
    before = len(_rows(db, "volunteer", vid))
    with db.write() as session:
        service = VolunteerService(session)
        service.update(vid, VolunteerData.from_volunteer(service.get(vid)))
    assert len(_rows(db, "volunteer", vid)) == before


def test_delete_records_old_values(db: Database) -> None:
    with db.write() as session:
        meeting_id = (
            MeetingService(session)
            .create(MeetingData("Steuerungsgruppe", datetime(2026, 5, 4, 17, 0), place="Rathaus"))
            .id
        )
    with db.write() as session:
        MeetingService(session).delete(meeting_id)
    deleted = {
        r.field: r.old_value for r in _rows(db, "meeting", meeting_id) if r.action == "delete"
    }
    assert deleted["title"] == "Steuerungsgruppe"
    assert deleted["place"] == "Rathaus"
    assert deleted["starts_at"] == "2026-05-04 17:00"


def test_deleting_a_person_removes_their_values_from_the_history(
    db: Database, history_user: str
) -> None:
    vid = _new_volunteer(db, phone="0711 123456")
    with db.write() as session:
        VolunteerService(session).record_clearance(
            vid, date(2026, 1, 5), date(2026, 2, 1), True, "Frau Amt"
        )
    with db.write() as session:
        VolunteerService(session).delete(vid)
    rows = _rows(db, "volunteer", vid)
    assert [(r.action, r.field, r.old_value, r.new_value, r.user) for r in rows] == [
        ("delete", "", None, None, history_user)
    ]
    with db.read() as session:
        texts = [f"{r.old_value} {r.new_value}" for r in session.scalars(select(ChangeRecord))]
    assert not any("Wróbel" in t or "0711 123456" in t or "Frau Amt" in t for t in texts)


def test_contact_persons_removed_with_their_partner_leave_the_history(db: Database) -> None:
    with db.write() as session:
        partner = PartnerService(session).create(
            PartnerData("Seniorentreff", contacts=[ContactData("Şahin", "Ayşe"), ContactData("Bo")])
        )
        partner_id, first_contact = partner.id, partner.contacts[0].id
    with db.write() as session:
        service = PartnerService(session)
        data = PartnerData.from_partner(service.get(partner_id))
        assert data.contacts is not None
        data.contacts = [c for c in data.contacts if c.last_name != "Şahin"]
        service.update(partner_id, data)
    assert [r.action for r in _rows(db, "contact_person", first_contact)] == ["delete"]
    with db.write() as session:
        PartnerService(session).delete(partner_id)
    with db.read() as session:
        values = [f"{r.old_value} {r.new_value}" for r in session.scalars(select(ChangeRecord))]
    assert not any("Şahin" in v or " Bo" in f" {v}" for v in values)
    assert any("Seniorentreff" in v for v in values)  # the organisation's own history stays


def test_contact_persons_inside_a_partner_are_recorded(db: Database) -> None:
    with db.write() as session:
        partner = PartnerService(session).create(
            PartnerData("Familienzentrum", contacts=[ContactData("Nguyễn", "Thị Lan")])
        )
        contact_id = partner.contacts[0].id
        partner_id = partner.id
    with db.write() as session:
        service = PartnerService(session)
        data = PartnerData.from_partner(service.get(partner_id))
        assert data.contacts is not None
        data.contacts[0].function = "Leitung"
        service.update(partner_id, data)
    rows = _rows(db, "contact_person", contact_id)
    assert ("create", "last_name", None, "Nguyễn") in {
        (r.action, r.field, r.old_value, r.new_value) for r in rows
    }
    assert ("update", "function", "", "Leitung") in {
        (r.action, r.field, r.old_value, r.new_value) for r in rows
    }


def test_project_volunteer_link_is_filed_under_project_and_volunteer(db: Database) -> None:
    vid = _new_volunteer(db)
    with db.write() as session:
        project = ProjectService(session).create(
            ProjectData(
                title="Lesepaten",
                volunteers=[ProjectVolunteerData(vid, "Lesepate", None, "")],
            )
        )
        pid = project.id
    with db.read() as session:
        of_volunteer = {
            (r.field, r.new_value) for r in history.history_of(session, "volunteer", vid)
        }
        of_project = {(r.field, r.new_value) for r in history.history_of(session, "project", pid)}
    assert ("project_volunteer", f"project_id={pid}, role=Lesepate") in of_volunteer
    assert ("project_volunteer", f"volunteer_id={vid}, role=Lesepate") in of_project


def test_history_of_a_volunteer_includes_clearances_and_filters(
    db: Database, history_user: str
) -> None:
    vid = _new_volunteer(db)
    other = _new_volunteer(db, last_name="Anders")
    with db.write() as session:
        VolunteerService(session).record_clearance(
            vid, date(2026, 1, 5), date(2026, 2, 1), True, "Frau Amt"
        )
    with db.read() as session:
        rows = history.history_of(session, "volunteer", vid)
        assert any(r.entity == "police_clearance" and r.new_value == "Frau Amt" for r in rows)
        assert all(r.entity_id != other or r.entity != "volunteer" for r in rows)
        only_text = history.history_of(session, "volunteer", vid, HistoryFilter(text="frau amt"))
        assert [r.field for r in only_text] == ["inspected_by"]
        by_other_user = history.list_changes(session, HistoryFilter(user="jemand"))
        assert by_other_user == []
        assert history.users(session) == [history_user]
        tomorrow = date.today().replace(year=date.today().year + 1)
        assert history.list_changes(session, HistoryFilter(start=tomorrow)) == []
        assert history.list_changes(session, HistoryFilter(end=date.today()))
        updates = history.list_changes(session, HistoryFilter(action="update"))
        assert updates == []


def test_history_is_part_of_the_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError):
        with db.write() as session:
            VolunteerService(session).create(VolunteerData("Ada", "Abbruch"))
            raise RuntimeError("abgebrochen")
    with db.read() as session:
        assert session.scalars(select(ChangeRecord)).all() == []


def test_field_labels_are_german() -> None:
    assert history.field_label("city") == "Ort"
    assert history.field_label("volunteer_tag") == "Fähigkeit/Sprache/Interesse"
    assert (
        history.field_label("project_volunteer(volunteer_id=3).role")
        == "Projekt-Ehrenamtliche (volunteer_id=3): Rolle"
    )


def test_records_are_named_while_they_exist(db: Database) -> None:
    with db.write() as session:
        kept = PartnerService(session).create(PartnerData("Caritas Süd")).id
        gone = PartnerService(session).create(PartnerData("Weg e.V.")).id
        person = VolunteerService(session).create(VolunteerData("Ada", "Lovelace")).id
    with db.write() as session:
        PartnerService(session).delete(gone)
    keys = [("partner", kept), ("partner", gone), ("volunteer", person), ("hours_entry", 1)]
    with db.read() as session:
        names = history.record_names(session, keys)
    assert names == {("partner", kept): "Caritas Süd", ("volunteer", person): "Ada Lovelace"}
    assert history.record_label("partner", kept, names) == f"Partner {kept}: Caritas Süd"
    assert history.record_label("partner", gone, names) == f"Partner {gone}"


def test_every_recorded_column_has_a_german_label() -> None:
    # The Verlauf once showed "organisation", "network_id" or "program_start" to the user.
    from nfg_desktop.store.models import Base

    untracked = {"id", *recorder.SKIPPED_COLUMNS}
    missing = [
        f"{table.name}.{column.name}"
        for table in Base.metadata.sorted_tables
        if table.name != ChangeRecord.__table__.name
        for column in table.columns
        if column.name not in untracked and history.field_label(column.name) == column.name
    ]
    assert missing == []


def test_every_database_opened_in_one_run_records_its_history(tmp_path: Path) -> None:
    # A new file opened after an earlier one was closed (Datei > Öffnen) once got no history
    # when its session class took the memory address of the collected one.
    for number in range(80):
        database = open_database(tmp_path / f"netzwerk-{number}.sqlite")
        vid = _new_volunteer(database)
        assert [r.action for r in _rows(database, "volunteer", vid)][:1] == ["create"], number
        database.close()
        del database
        gc.collect()


def test_changes_to_older_records_stay_updates_after_new_ones_are_dropped(db: Database) -> None:
    older = [_new_volunteer(db, last_name=f"Alt{n}") for n in range(60)]
    with db.write() as session:
        service = VolunteerService(session)
        for n in range(60):
            service.create(VolunteerData("Neu", f"Neu{n}"))
            session.flush()
            session.expunge_all()
        gc.collect()
        for vid in older:
            service.get(vid).city = "Ulm"
        session.flush()
    for vid in older:
        actions = {(r.action, r.field) for r in _rows(db, "volunteer", vid)}
        assert ("update", "city") in actions, vid
        assert ("create", "city") not in actions, vid
