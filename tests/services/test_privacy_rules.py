"""Police clearance rules in the services, automatic deletion, retention and consent lists."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect, select

from nfg_desktop.domain.errors import DomainError, ValidationError
from nfg_desktop.services import history, privacy
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.projects import (
    ClearanceWarning,
    ProjectData,
    ProjectService,
    ProjectVolunteerData,
    clearance_problems,
)
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import ChangeRecord, PoliceClearance, Setting
from tests.services.privacy_helpers import stored_bytes

TODAY = date(2026, 11, 25)


def _volunteer(db: Database, last: str = "Brenner", **values: object) -> int:
    data = VolunteerData(first_name="Marta", last_name=last, birth_year=1970, status="aktiv")
    for key, value in values.items():
        setattr(data, key, value)
    with db.write() as session:
        return VolunteerService(session).create(data, today=TODAY).id


def _leave(db: Database, volunteer_id: int, left_on: date) -> None:
    with db.write() as session:
        service = VolunteerService(session)
        data = VolunteerData.from_volunteer(service.get(volunteer_id))
        data.status = "ausgeschieden"
        data.left_on = left_on
        service.update(volunteer_id, data, today=TODAY)


def _clearance(db: Database, volunteer_id: int, inspected: date = date(2026, 1, 20)) -> None:
    with db.write() as session:
        VolunteerService(session).record_clearance(
            volunteer_id, date(2026, 1, 5), inspected, True, "Herr Prüfer"
        )


def test_clearance_records_only_the_permitted_facts() -> None:
    columns = {c.key for c in inspect(PoliceClearance).columns}
    assert columns - {"id", "volunteer_id", "created_at", "updated_at", "version"} == {
        "issued_on",
        "inspected_on",
        "clean",
        "inspected_by",
    }


def test_clearance_older_than_three_months_at_inspection_is_refused(db: Database) -> None:
    vid = _volunteer(db)
    with db.write() as session:
        service = VolunteerService(session)
        service.record_clearance(vid, date(2023, 11, 30), date(2024, 2, 29), True)
        with pytest.raises(ValidationError) as caught:
            service.record_clearance(vid, date(2023, 11, 30), date(2024, 3, 1), True)
    assert "älter als drei Monate" in caught.value.field_errors["issued_on"]


def test_leaver_clearance_deleted_exactly_three_months_after_leaving(db: Database) -> None:
    vid = _volunteer(db)
    _clearance(db, vid)
    _leave(db, vid, date(2026, 8, 26))
    with db.write() as session:
        assert privacy.delete_due_clearances(session, TODAY) == []
    with db.read() as session:
        assert session.scalars(select(PoliceClearance)).all()
    with db.write() as session:
        deleted = privacy.delete_due_clearances(session, date(2026, 11, 26))
    assert [(d.volunteer_id, d.count, d.left_on) for d in deleted] == [(vid, 1, date(2026, 8, 26))]
    assert "Marta Brenner (ausgeschieden am 26.08.2026): 1 Eintrag" in deleted[0].message()
    with db.read() as session:
        assert session.scalars(select(PoliceClearance)).all() == []
        rows = history.history_of(session, "volunteer", vid)
        assert not any(r.entity == "police_clearance" for r in rows)
        assert rows[0].action == history.CLEARANCE_EXPIRY
        assert not session.scalars(
            select(ChangeRecord).where(ChangeRecord.new_value == "Herr Prüfer")
        ).all()


def test_clearance_of_active_volunteers_is_kept(db: Database) -> None:
    vid = _volunteer(db)
    _clearance(db, vid)
    with db.write() as session:
        assert privacy.delete_due_clearances(session, date(2031, 1, 1)) == []


def test_startup_cleanup_tells_what_was_deleted(db: Database) -> None:
    vid = _volunteer(db, last="Prüfling")
    _clearance(db, vid)
    _leave(db, vid, date(2026, 2, 1))
    lines = privacy.startup_clearance_cleanup(db, TODAY)
    assert lines == [
        "Marta Prüfling (ausgeschieden am 01.02.2026): 1 Eintrag zum Führungszeugnis gelöscht"
    ]
    assert b"Herr Pr\xc3\xbcfer" not in stored_bytes(db)
    assert privacy.startup_clearance_cleanup(db, TODAY) == []


def test_retention_candidates_use_the_configurable_period(db: Database) -> None:
    long_ago = _volunteer(db, last="Langeweg")
    _leave(db, long_ago, date(2024, 11, 24))
    exactly = _volunteer(db, last="Genau")
    _leave(db, exactly, date(2024, 11, 25))
    _volunteer(db, last="Aktiv")
    with db.read() as session:
        assert privacy.retention_years(session) == 2
        candidates = privacy.retention_candidates(session, TODAY)
    assert [(c.record_id, c.detail) for c in candidates] == [
        (long_ago, "ausgeschieden am 24.11.2024")
    ]
    with db.write() as session:
        privacy.set_retention_years(session, 1)
    with db.read() as session:
        assert session.get(Setting, privacy.RETENTION_SETTING) is not None
        ids = {c.record_id for c in privacy.retention_candidates(session, TODAY)}
    assert ids == {long_ago, exactly}
    privacy.erase_and_wipe(db, "volunteer", long_ago, True)
    with db.read() as session:
        ids = {c.record_id for c in privacy.retention_candidates(session, TODAY)}
    assert ids == {exactly}
    with db.write() as session, pytest.raises(DomainError):
        privacy.set_retention_years(session, -1)


def test_people_without_consent(db: Database) -> None:
    given = _volunteer(db, last="Zugestimmt", consent_given_on=date(2025, 1, 1))
    missing = _volunteer(db, last="Ohne")
    withdrawn = _volunteer(
        db,
        last="Widerrufen",
        consent_given_on=date(2025, 1, 1),
        consent_withdrawn_on=date(2026, 6, 1),
    )
    with db.write() as session:
        partner = PartnerService(session).create(
            PartnerData("Kirchengemeinde", contacts=[ContactData("Kontaktlos", "Kurt")])
        )
        contact_id = partner.contacts[0].id
    with db.read() as session:
        entries = privacy.people_without_consent(session, TODAY)
    found = {(e.kind, e.record_id): e.detail for e in entries}
    assert ("volunteer", given) not in found
    assert found[("volunteer", missing)] == "keine Einwilligung erfasst"
    assert found[("volunteer", withdrawn)] == "Einwilligung widerrufen am 01.06.2026"
    assert found[("contact", contact_id)] == "Kirchengemeinde: keine Einwilligung erfasst"


def test_assignment_warning_at_the_last_valid_day_and_reason_in_history(db: Database) -> None:
    vid = _volunteer(db, last="Grenzfall")
    with db.write() as session:
        VolunteerService(session).record_clearance(vid, date(2021, 11, 1), date(2021, 11, 25), True)
    with db.read() as session:
        assert clearance_problems(session, [vid], date(2026, 11, 25)) == {}
        problems = clearance_problems(session, [vid], date(2026, 11, 26))
    assert problems == {vid: "Marta Grenzfall: Führungszeugnis abgelaufen seit 25.11.2026"}
    data = ProjectData(
        title="Hausaufgabenhilfe",
        works_with_children=True,
        volunteers=[ProjectVolunteerData(vid, "Helferin", None, "")],
    )
    with pytest.raises(ClearanceWarning), db.write() as session:
        ProjectService(session).create(data, today=date(2026, 11, 26))
    data.volunteers[0].clearance_override_reason = "Neues Zeugnis beantragt"  # type: ignore[index]
    with db.write() as session:
        project_id = ProjectService(session).create(data, today=date(2026, 11, 26)).id
    with db.read() as session:
        rows = history.history_of(session, "project", project_id)
        assert any(
            r.field == "project_volunteer"
            and "clearance_override_reason=Neues Zeugnis beantragt" in (r.new_value or "")
            and r.user
            for r in rows
        )
