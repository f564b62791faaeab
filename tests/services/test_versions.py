"""No lost update: two users change the same record (on a file and on the test server)."""

from __future__ import annotations

import threading
import time
from datetime import datetime

import pytest
from sqlalchemy import select

from nfg_desktop.domain.errors import ConcurrentEditError, NotFoundError, changed_by_text
from nfg_desktop.services import history, versions
from nfg_desktop.services.meetings import MeetingData, MeetingService
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.projects import ProjectData, ProjectService
from nfg_desktop.services.trainings import TrainingData, TrainingService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store import history as recorder
from nfg_desktop.store.database import STALE_MESSAGE, Database, SaveError, open_url
from nfg_desktop.store.models import ChangeRecord, Partner
from tests import two_users
from tests.two_users import TwoUsers

users = two_users.users


def _partner(database: Database) -> int:
    with database.write() as session:
        return (
            PartnerService(session)
            .create(
                PartnerData(
                    name="Caritas Horb",
                    phone="07451 1234",
                    contacts=[ContactData(last_name="Berger", first_name="Eva")],
                )
            )
            .id
        )


def _read(database: Database, partner_id: int) -> tuple[PartnerData, int]:
    """What a form shows: the data and the version it read."""
    with database.read() as session:
        version = versions.current_version(session, "partner", partner_id)
        assert version is not None
        return PartnerData.from_partner(PartnerService(session).get(partner_id)), version


def _save(database: Database, partner_id: int, data: PartnerData, version: int) -> None:
    with database.write() as session:
        PartnerService(session).update(partner_id, data, version=version)


def _user_of(database: Database) -> str:
    with database.read() as session:
        return recorder.user_of(session)


def test_the_second_save_is_stopped_and_nothing_is_lost(users: TwoUsers) -> None:
    partner_id = _partner(users.first)
    mine, my_version = _read(users.first, partner_id)
    theirs, their_version = _read(users.second, partner_id)
    theirs.phone = "07451 9999"
    _save(users.second, partner_id, theirs, their_version)
    mine.email = "info@caritas-horb.de"

    with pytest.raises(ConcurrentEditError) as caught:
        _save(users.first, partner_id, mine, my_version)

    error = caught.value
    assert (error.entity, error.entity_id) == ("partner", partner_id)
    assert error.current_version == my_version + 1
    assert error.user == _user_of(users.second)
    assert error.at is not None
    assert error.message.startswith(f"{error.user} hat diesen Eintrag um {error.at:%H:%M} geändert")
    assert "nicht gespeichert" in error.message
    stored, version = _read(users.first, partner_id)
    assert (stored.phone, stored.email, version) == ("07451 9999", "", my_version + 1)
    if users.backend == "postgresql":
        assert error.user == "anna"  # the server's login of the other user


def test_keep_mine_overwrites_and_the_history_says_so(users: TwoUsers) -> None:
    partner_id = _partner(users.first)
    mine, my_version = _read(users.first, partner_id)
    theirs, their_version = _read(users.second, partner_id)
    theirs.phone = "07451 9999"
    _save(users.second, partner_id, theirs, their_version)
    mine.phone = "07451 5555"
    with pytest.raises(ConcurrentEditError) as caught:
        _save(users.first, partner_id, mine, my_version)

    with users.first.write() as session:
        versions.mark_overwrite(session)
        PartnerService(session).update(partner_id, mine, version=caught.value.current_version)

    stored, version = _read(users.second, partner_id)
    assert stored.phone == "07451 5555"
    assert version == my_version + 2
    with users.first.read() as session:
        rows = history.history_of(session, "partner", partner_id)
        phone_changes = [(r.action, r.old_value, r.new_value) for r in rows if r.field == "phone"]
        assert phone_changes[:2] == [
            ("overwrite", "07451 9999", "07451 5555"),
            ("update", "07451 1234", "07451 9999"),
        ]
        assert history.action_label("overwrite").startswith("geändert (")
    # The next ordinary save of the same transaction factory is an ordinary change again.
    again, version = _read(users.first, partner_id)
    again.notes = "Danach"
    _save(users.first, partner_id, again, version)
    with users.first.read() as session:
        (latest,) = [r for r in history.history_of(session, "partner", partner_id)][:1]
        assert (latest.field, latest.action) == ("notes", "update")


def test_take_theirs_and_compare_show_the_stored_version(users: TwoUsers) -> None:
    partner_id = _partner(users.first)
    mine, my_version = _read(users.first, partner_id)
    theirs, their_version = _read(users.second, partner_id)
    theirs.phone = "07451 9999"
    assert theirs.contacts is not None
    theirs.contacts[0].function = "Leitung"
    _save(users.second, partner_id, theirs, their_version)
    mine.email = "info@caritas-horb.de"
    with pytest.raises(ConcurrentEditError):
        _save(users.first, partner_id, mine, my_version)

    stored, _version = _read(users.first, partner_id)  # "take theirs": the form reloads
    assert stored.phone == "07451 9999"
    with users.first.read() as session:
        rows = {row.name: row for row in versions.compare(session, "partner", stored, mine)}
    assert rows["phone"].label == "Telefon"
    assert (rows["phone"].theirs, rows["phone"].mine, rows["phone"].differs) == (
        "07451 9999",
        "07451 1234",
        True,
    )
    assert (rows["email"].theirs, rows["email"].mine) == ("—", "info@caritas-horb.de")
    assert rows["contacts"].label == "Ansprechpersonen"
    assert rows["contacts"].differs
    assert "Leitung" in rows["contacts"].theirs and "Leitung" not in rows["contacts"].mine
    assert not rows["name"].differs and rows["name"].theirs == "Caritas Horb"
    assert rows["partner_since"].label == "Partner seit"


def test_a_change_of_only_the_contact_persons_counts_as_a_change_of_the_partner(
    users: TwoUsers,
) -> None:
    partner_id = _partner(users.first)
    mine, my_version = _read(users.first, partner_id)
    theirs, their_version = _read(users.second, partner_id)
    assert theirs.contacts is not None
    theirs.contacts.append(ContactData(last_name="Neu"))
    _save(users.second, partner_id, theirs, their_version)
    mine.notes = "Meine Notiz"
    with pytest.raises(ConcurrentEditError):
        _save(users.first, partner_id, mine, my_version)
    stored, _version = _read(users.first, partner_id)
    assert [c.last_name for c in stored.contacts or []] == ["Berger", "Neu"]


def test_deleting_a_record_someone_else_just_changed_is_stopped(users: TwoUsers) -> None:
    partner_id = _partner(users.first)
    _mine, my_version = _read(users.first, partner_id)
    theirs, their_version = _read(users.second, partner_id)
    theirs.notes = "Wichtig!"
    _save(users.second, partner_id, theirs, their_version)

    with pytest.raises(ConcurrentEditError) as caught, users.first.write() as session:
        PartnerService(session).delete(partner_id, version=my_version)
    assert "geändert" in caught.value.message
    stored, _version = _read(users.first, partner_id)
    assert stored.notes == "Wichtig!"

    with users.first.write() as session:  # asked, and deleting anyway
        PartnerService(session).delete(partner_id, version=caught.value.current_version)
    with users.second.read() as session:
        assert PartnerService(session).find(partner_id) is None


def test_saving_a_record_someone_else_deleted_says_who_deleted_it(users: TwoUsers) -> None:
    partner_id = _partner(users.first)
    mine, my_version = _read(users.first, partner_id)
    with users.second.write() as session:
        PartnerService(session).delete(partner_id)
    with pytest.raises(NotFoundError) as caught:
        _save(users.first, partner_id, mine, my_version)
    assert caught.value.message.startswith(f"{_user_of(users.second)} hat diesen Eintrag um ")
    assert "gelöscht" in caught.value.message


def test_every_form_service_checks_the_version(users: TwoUsers) -> None:
    start = datetime(2026, 12, 10, 18, 0)
    with users.first.write() as session:
        ids = {
            "project": ProjectService(session).create(ProjectData(title="Lesepaten")).id,
            "volunteer": VolunteerService(session)
            .create(VolunteerData(first_name="Otto", last_name="Alt"))
            .id,
            "meeting": MeetingService(session).create(MeetingData("Treffen", start)).id,
            "training": TrainingService(session).create(TrainingData("Kurs", start.date())).id,
        }
    services = {
        "project": (ProjectService, ProjectData.from_project),
        "volunteer": (VolunteerService, VolunteerData.from_volunteer),
        "meeting": (MeetingService, MeetingData.from_meeting),
        "training": (TrainingService, TrainingData.from_training),
    }
    for kind, (service, data_of) in services.items():
        record_id = ids[kind]
        with users.first.read() as session:
            old = versions.current_version(session, kind, record_id)
            data = data_of(service(session).get(record_id))  # type: ignore[operator]
        assert old is not None
        with users.second.write() as session:
            service(session).update(record_id, data, version=old)  # type: ignore[operator]
        with pytest.raises(ConcurrentEditError), users.first.write() as session:
            service(session).update(record_id, data, version=old)  # type: ignore[operator]
        with pytest.raises(ConcurrentEditError), users.first.write() as session:
            service(session).delete(record_id, version=old)  # type: ignore[operator]
        with users.first.read() as session:
            assert (versions.current_version(session, kind, record_id) or 0) > old


def test_the_history_names_the_user_of_each_change(users: TwoUsers) -> None:
    partner_id = _partner(users.first)
    theirs, version = _read(users.second, partner_id)
    theirs.phone = "07451 9999"
    _save(users.second, partner_id, theirs, version)
    with users.first.read() as session:
        rows = session.scalars(
            select(ChangeRecord).where(ChangeRecord.entity_id == partner_id)
        ).all()
        by_action = {(r.action, r.field): r.user for r in rows if r.entity == "partner"}
        people = history.users(session)
    if users.backend == "postgresql":
        assert by_action[("create", "name")] == "nfg_test"
        assert by_action[("update", "phone")] == "anna"
        assert {"nfg_test", "anna"} <= set(people)
    else:
        assert by_action[("create", "name")] == recorder.current_user()
        assert by_action[("update", "phone")] == recorder.current_user()


def test_who_changed_it_when_in_german() -> None:
    now = datetime(2026, 12, 4, 15, 0)
    assert (
        changed_by_text("Anna Schäfer", datetime(2026, 12, 4, 10, 42), now)
        == "Anna Schäfer hat diesen Eintrag um 10:42 geändert."
    )
    assert (
        changed_by_text("Anna Schäfer", datetime(2026, 12, 3, 10, 42), now)
        == "Anna Schäfer hat diesen Eintrag am 03.12.2026 um 10:42 geändert."
    )
    assert (
        changed_by_text("", None, now) == "Jemand anderes hat diesen Eintrag inzwischen geändert."
    )


@pytest.mark.postgres
def test_a_change_between_reading_and_writing_is_refused_not_lost(pg_url: str) -> None:
    """The last guard: a write that skips the services' check still names the version it
    read (``UPDATE ... WHERE version = ...``) and is refused with a German message."""
    database, other = open_url(pg_url), open_url(pg_url)
    try:
        partner_id = _partner(database)
        with pytest.raises(SaveError) as caught, database.write() as session:
            partner = session.get(Partner, partner_id)
            assert partner is not None
            with other.write() as second:
                second.get(Partner, partner_id).name = "Anders"  # type: ignore[union-attr]
            partner.notes = "Meine Notiz"
        assert caught.value.message == STALE_MESSAGE
        stored, _version = _read(database, partner_id)
        assert (stored.name, stored.notes) == ("Anders", "")
    finally:
        database.close()
        other.close()


@pytest.mark.postgres
def test_a_save_waits_for_another_save_of_the_same_record_and_then_stops(pg_url: str) -> None:
    """On a server the record is locked from the check to the commit: a second save that
    checks meanwhile waits, then sees the new version and is stopped."""
    database, other = open_url(pg_url), open_url(pg_url)
    try:
        partner_id = _partner(database)
        data, version = _read(database, partner_id)
        outcome: list[BaseException | None] = []
        checked = threading.Event()

        def second_save() -> None:
            checked.wait(10)
            try:
                _save(other, partner_id, data, version)
            except BaseException as error:  # noqa: BLE001 - handed to the test
                outcome.append(error)
            else:
                outcome.append(None)

        thread = threading.Thread(target=second_save)
        thread.start()
        with database.write() as session:
            partner = versions.get_for_change(session, Partner, partner_id, "Partner", version)
            checked.set()
            time.sleep(0.5)  # the other save is waiting for the lock meanwhile
            assert not outcome
            partner.phone = "07451 9999"
        thread.join(10)
        assert len(outcome) == 1 and isinstance(outcome[0], ConcurrentEditError)
        stored, _version = _read(database, partner_id)
        assert stored.phone == "07451 9999"
    finally:
        database.close()
        other.close()
