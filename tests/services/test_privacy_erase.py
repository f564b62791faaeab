"""Erase and anonymise (Art. 17): no trace in the file bytes, statistics stay right."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from nfg_desktop.domain.errors import DomainError, NotFoundError
from nfg_desktop.services import history, privacy
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import (
    ChangeRecord,
    ContactPerson,
    HoursEntry,
    MeetingInvitation,
    PoliceClearance,
    Project,
    ProjectVolunteer,
    TrainingAttendee,
    Volunteer,
)
from tests.services.privacy_helpers import (
    CONTACT_LAST,
    SECRET_EMAIL,
    SECRET_FIRST,
    SECRET_LAST,
    SECRET_NAME,
    SECRET_PHONE,
    SECRET_STREET,
    add_person,
    statistics,
    stored_bytes,
)

SECRETS = [SECRET_NAME, SECRET_FIRST, SECRET_LAST, SECRET_EMAIL, SECRET_PHONE, SECRET_STREET]


def _assert_no_trace(db: Database, secrets: list[str]) -> None:
    raw = stored_bytes(db)
    for secret in secrets:
        for encoding in ("utf-8", "utf-16-le"):
            assert secret.encode(encoding) not in raw, f"{secret!r} ({encoding}) still in file"


def test_the_person_is_in_the_file_before(demo_db: Database) -> None:
    """Guard for the tests below: the grep does find the name when it is there."""
    add_person(demo_db)
    raw = stored_bytes(demo_db)
    assert SECRET_LAST.encode() in raw
    assert SECRET_EMAIL.encode() in raw


def test_erase_volunteer_leaves_no_trace_and_keeps_hours(demo_db: Database) -> None:
    person = add_person(demo_db)
    before = statistics(demo_db)
    message = privacy.erase_and_wipe(demo_db, "volunteer", person.volunteer_id, False)
    assert SECRET_NAME in message
    _assert_no_trace(demo_db, SECRETS)
    after = statistics(demo_db)
    assert after["hours_total"] == before["hours_total"]
    assert after["hours_by_project"] == before["hours_by_project"]
    assert after["hours_by_generation"] == before["hours_by_generation"]
    assert after["counts"]["Ehrenamtliche"] == before["counts"]["Ehrenamtliche"] - 1  # type: ignore[index]
    with demo_db.read() as session:
        assert session.get(Volunteer, person.volunteer_id) is None
        for model, column in (
            (PoliceClearance, PoliceClearance.volunteer_id),
            (ProjectVolunteer, ProjectVolunteer.volunteer_id),
            (MeetingInvitation, MeetingInvitation.volunteer_id),
            (TrainingAttendee, TrainingAttendee.volunteer_id),
            (HoursEntry, HoursEntry.volunteer_id),
        ):
            count = session.scalar(
                select(func.count()).select_from(model).where(column == person.volunteer_id)
            )
            assert count == 0, model
        kept = session.scalars(
            select(HoursEntry).where(HoursEntry.project_id == person.project_id)
        ).all()
        assert [(h.hours, h.birth_year, h.note, h.volunteer_id) for h in kept] == [
            (2.5, 1961, "", None),
            (4.0, 1961, "", None),
        ]


@pytest.mark.sqlite_only(reason="VACUUM and the WAL checkpoint rebuild the SQLite file itself")
def test_the_file_is_sound_and_its_log_empty_after_an_erase(demo_db: Database) -> None:
    person = add_person(demo_db)
    privacy.erase_and_wipe(demo_db, "volunteer", person.volunteer_id, False)
    with demo_db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert demo_db.path is not None
    wal = demo_db.path.with_name(demo_db.path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_erase_purges_history_but_notes_the_erasure(demo_db: Database) -> None:
    person = add_person(demo_db)
    with demo_db.read() as session:
        assert len(history.history_of(session, "volunteer", person.volunteer_id)) > 10
    privacy.erase_and_wipe(demo_db, "volunteer", person.volunteer_id, False)
    with demo_db.read() as session:
        rows = history.history_of(session, "volunteer", person.volunteer_id)
        assert [(r.action, r.field, r.old_value, r.new_value) for r in rows] == [
            ("erase", "", None, None)
        ]
        for record in session.scalars(select(ChangeRecord)):
            values = f"{record.field} {record.old_value} {record.new_value}"
            assert SECRET_LAST not in values and SECRET_EMAIL not in values
            assert f"volunteer_id={person.volunteer_id}," not in values
        # the project's own history stays
        assert history.history_of(session, "project", person.project_id)


def test_anonymise_volunteer_keeps_statistics_equal(demo_db: Database) -> None:
    person = add_person(demo_db)
    before = statistics(demo_db)
    message = privacy.erase_and_wipe(demo_db, "volunteer", person.volunteer_id, True)
    assert "Anonymisiert Nr." in message
    assert statistics(demo_db) == before
    _assert_no_trace(demo_db, SECRETS + ["Sachbearbeiterin Wolkenstein"])
    with demo_db.read() as session:
        volunteer = session.get(Volunteer, person.volunteer_id)
        assert volunteer is not None
        assert volunteer.full_name == f"Anonymisiert Nr. {person.volunteer_id}"
        assert volunteer.anonymised
        assert volunteer.birth_year == 1961
        assert (volunteer.street, volunteer.phone, volunteer.email, volunteer.notes) == ("",) * 4
        assert volunteer.tags == [] and volunteer.availability == []
        assert volunteer.clearances == []
        assert volunteer.consent_given_on is None and not volunteer.consent_contact_data
        assert len(volunteer.project_links) == 1
        attended = session.scalar(
            select(func.count())
            .select_from(MeetingInvitation)
            .where(MeetingInvitation.volunteer_id == person.volunteer_id)
        )
        assert attended == 1
        rows = history.history_of(session, "volunteer", person.volunteer_id)
        assert [r.action for r in rows] == ["anonymise"]


def test_anonymising_twice_is_refused(demo_db: Database) -> None:
    person = add_person(demo_db)
    privacy.erase_and_wipe(demo_db, "volunteer", person.volunteer_id, True)
    with pytest.raises(DomainError, match="bereits anonymisiert"):
        privacy.erase_and_wipe(demo_db, "volunteer", person.volunteer_id, True)


def test_erase_contact_person(demo_db: Database) -> None:
    person = add_person(demo_db)
    before = statistics(demo_db)
    privacy.erase_and_wipe(demo_db, "contact", person.contact_id, False)
    _assert_no_trace(demo_db, [CONTACT_LAST, "o.wendeltreppe@verein.example", "0711 5550123"])
    after = statistics(demo_db)
    assert after["hours_total"] == before["hours_total"]
    with demo_db.read() as session:
        assert session.get(ContactPerson, person.contact_id) is None
        project = session.get(Project, person.project_id)
        assert project is not None and project.contact_id is None
        assert [
            r.action for r in history.history_of(session, "contact_person", person.contact_id)
        ] == ["erase"]


def test_anonymise_contact_person_keeps_attendance(demo_db: Database) -> None:
    person = add_person(demo_db)
    before = statistics(demo_db)
    privacy.erase_and_wipe(demo_db, "contact", person.contact_id, True)
    assert statistics(demo_db) == before
    _assert_no_trace(demo_db, [CONTACT_LAST, "o.wendeltreppe@verein.example", "Kassenwart"])
    with demo_db.read() as session:
        contact = session.get(ContactPerson, person.contact_id)
        assert contact is not None and contact.anonymised
        assert (contact.phone, contact.email, contact.function) == ("", "", "")


def test_unknown_person_is_a_german_error(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="gibt es nicht"):
        privacy.erase_and_wipe(demo_db, "volunteer", 99999, False)
    with pytest.raises(DomainError, match="Unbekannte Art"):
        with demo_db.read() as session:
            privacy.get_person(session, "partner", 1)


def test_confirmation_texts_say_what_happens(demo_db: Database) -> None:
    person = add_person(demo_db)
    with demo_db.read() as session:
        erase_text = "\n".join(privacy.describe_erase(session, "volunteer", person.volunteer_id))
        anonymise_text = "\n".join(
            privacy.describe_anonymise(session, "volunteer", person.volunteer_id)
        )
    assert f"„{SECRET_NAME}“ wird mit allen persönlichen Daten endgültig gelöscht" in erase_text
    assert "Erhalten bleiben ohne Namen für die Statistik: 2 Stundeneinträge" in erase_text
    assert (
        "Gelöscht werden 1 Projektzuordnung, 1 Einladung/Anwesenheit, "
        "1 Qualifizierungsteilnahme und 1 Eintrag zum Führungszeugnis" in erase_text
    )
    assert "nicht rückgängig" in erase_text
    assert f"heißt danach „Anonymisiert Nr. {person.volunteer_id}“" in anonymise_text
    assert "Geburtsjahr" in anonymise_text
    assert SECRET_FIRST in anonymise_text
    with demo_db.read() as session:
        contact_text = "\n".join(privacy.describe_erase(session, "contact", person.contact_id))
    assert "Gelöscht werden 1 Einladung/Anwesenheit; bei 1 Projekt wird" in contact_text


def test_ordinary_delete_leaves_no_name_in_the_data_file(demo_db: Database) -> None:
    """Deleting a volunteer through the form (not the Art. 17 erase) removes their history and,
    with secure_delete (set explicitly: Windows builds of SQLite default to off; Debian's to on),
    overwrites the deleted rows once they reach the file."""
    from nfg_desktop.services.volunteers import VolunteerService

    def stored() -> bytes:
        if demo_db.path is None:  # a server: what any user can read
            return stored_bytes(demo_db)
        # SQLite: the main file itself, once the WAL is written back into it
        with demo_db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return demo_db.path.read_bytes()

    person = add_person(demo_db)
    assert SECRET_LAST.encode() in stored()
    with demo_db.write() as session:
        VolunteerService(session).delete(person.volunteer_id)
    raw = stored()
    assert SECRET_LAST.encode() not in raw
    assert SECRET_EMAIL.encode() not in raw
