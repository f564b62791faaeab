from __future__ import annotations

from datetime import date, datetime

import pytest

from nfg_desktop.domain.errors import InUseError, ValidationError
from nfg_desktop.services.hours import HoursData, HoursService
from nfg_desktop.services.meetings import InvitationData, MeetingData, MeetingService
from nfg_desktop.services.network import CoordinatorData, NetworkData, NetworkService
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.projects import (
    ClearanceWarning,
    ProjectData,
    ProjectService,
    ProjectVolunteerData,
)
from nfg_desktop.services.trainings import TrainingData, TrainingService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database

TODAY = date(2026, 11, 25)


def _volunteer(db: Database, **overrides: object) -> int:
    values: dict[str, object] = {
        "first_name": "Nguyễn Thị",
        "last_name": "Lan",
        "birth_year": 1958,
        "status": "aktiv",
        "skills": ["Lesen und Vorlesen", "Kochen"],
        "languages": ["Vietnamesisch", "Deutsch"],
        "availability": [("Mo", "vormittags"), ("Mi", "abends")],
    }
    values.update(overrides)
    with db.write() as session:
        return VolunteerService(session).create(VolunteerData(**values), today=TODAY).id  # type: ignore[arg-type]


def test_volunteer_tags_and_availability_round_trip(db: Database) -> None:
    volunteer_id = _volunteer(db)
    with db.read() as session:
        data = VolunteerData.from_volunteer(VolunteerService(session).get(volunteer_id))
    assert data.skills == ["Kochen", "Lesen und Vorlesen"]
    assert data.languages == ["Deutsch", "Vietnamesisch"]
    assert data.availability == [("Mi", "abends"), ("Mo", "vormittags")]


def test_volunteer_leaving_gets_a_date(db: Database) -> None:
    volunteer_id = _volunteer(db)
    with db.write() as session:
        service = VolunteerService(session)
        data = VolunteerData.from_volunteer(service.get(volunteer_id))
        data.status = "ausgeschieden"
        service.update(volunteer_id, data, today=TODAY)
    with db.read() as session:
        assert VolunteerService(session).get(volunteer_id).left_on == TODAY


def test_volunteer_validation(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.write() as session:
        VolunteerService(session).create(
            VolunteerData(first_name="", last_name="X", birth_year=1850, email="x@"), today=TODAY
        )
    assert set(caught.value.field_errors) == {"first_name", "birth_year", "email"}


def test_clearance_older_than_three_months_at_inspection_is_refused(db: Database) -> None:
    volunteer_id = _volunteer(db)
    with pytest.raises(ValidationError) as caught, db.write() as session:
        VolunteerService(session).record_clearance(
            volunteer_id, date(2026, 1, 1), date(2026, 4, 2), True
        )
    assert "drei Monate" in caught.value.message
    with db.write() as session:
        VolunteerService(session).record_clearance(
            volunteer_id, date(2026, 1, 1), date(2026, 4, 1), True, "Frau Häußler"
        )
    with db.read() as session:
        volunteer = VolunteerService(session).get(volunteer_id)
        assert volunteer.current_clearance is not None
        assert volunteer.current_clearance.inspected_by == "Frau Häußler"


def test_children_project_warns_about_missing_clearance_until_a_reason_is_noted(
    db: Database,
) -> None:
    volunteer_id = _volunteer(db)
    project = ProjectData(
        title="Lesepaten an der Grundschule",
        works_with_children=True,
        volunteers=[ProjectVolunteerData(volunteer_id, "Lesepatin")],
    )
    with pytest.raises(ClearanceWarning) as caught, db.write() as session:
        ProjectService(session).create(project, today=TODAY)
    assert caught.value.problems[volunteer_id].startswith("Nguyễn Thị Lan: Kein erweitertes")
    assert project.volunteers is not None
    project.volunteers[0].clearance_override_reason = "Zeugnis beantragt, nur mit Begleitung"
    with db.write() as session:
        project_id = ProjectService(session).create(project, today=TODAY).id
    with db.read() as session:
        link = ProjectService(session).get(project_id).volunteer_links[0]
        assert link.clearance_override_reason == "Zeugnis beantragt, nur mit Begleitung"


def test_valid_clearance_needs_no_reason(db: Database) -> None:
    volunteer_id = _volunteer(db)
    with db.write() as session:
        VolunteerService(session).record_clearance(
            volunteer_id, date(2026, 9, 1), date(2026, 9, 15), True
        )
        ProjectService(session).create(
            ProjectData(
                title="Familienbesuche",
                works_with_children=True,
                volunteers=[ProjectVolunteerData(volunteer_id)],
            ),
            today=TODAY,
        )


def test_project_rules(db: Database) -> None:
    with db.write() as session:
        ProjectService(session).create(ProjectData(title="Offener Treff"))
    with pytest.raises(ValidationError) as caught, db.write() as session:
        ProjectService(session).create(
            ProjectData(
                title="offener treff",
                start_date=date(2026, 5, 1),
                end_date=date(2026, 4, 1),
                need_count=-1,
            )
        )
    assert set(caught.value.field_errors) == {"title", "end_date", "need_count"}


def test_project_with_hours_cannot_be_deleted(db: Database) -> None:
    volunteer_id = _volunteer(db)
    with db.write() as session:
        project_id = ProjectService(session).create(ProjectData(title="Nachbarschaftshilfe")).id
        HoursService(session).add(
            HoursData(date(2026, 3, 1), 2.5, volunteer_id, project_id, "Einkaufshilfe"),
            join_project=True,
        )
    with pytest.raises(InUseError), db.write() as session:
        ProjectService(session).delete(project_id)


def test_hours_are_validated_and_keep_birth_year(db: Database) -> None:
    volunteer_id = _volunteer(db)
    with pytest.raises(ValidationError) as caught, db.write() as session:
        HoursService(session).add(HoursData(date(2026, 3, 1), 25, None))
    assert set(caught.value.field_errors) == {"hours", "volunteer_id"}
    with db.write() as session:
        entry = HoursService(session).add(HoursData(date(2026, 3, 1), 1.5, volunteer_id))
        assert entry.birth_year == 1958


def test_meeting_invitations_and_attendance(db: Database) -> None:
    volunteer_id = _volunteer(db)
    with db.write() as session:
        partner = PartnerService(session).create(
            PartnerData(name="MGH Musterhausen", contacts=[ContactData(last_name="Weiß")])
        )
        contact_id = partner.contacts[0].id
        meeting = MeetingService(session).create(
            MeetingData(
                title="Netzwerktreffen",
                starts_at=datetime(2026, 12, 3, 18, 0),
                invitations=[
                    InvitationData(contact_id=contact_id),
                    InvitationData(volunteer_id=volunteer_id, attended=True),
                    InvitationData(volunteer_id=volunteer_id),
                ],
            )
        )
        meeting_id = meeting.id
    with db.read() as session:
        invitations = MeetingService(session).invitations(meeting_id)
        assert [(i.organisation_name, i.person_name) for i in invitations] == [
            ("Ehrenamtliche/r", "Nguyễn Thị Lan"),
            ("MGH Musterhausen", "Weiß"),
        ]
    with pytest.raises(ValidationError), db.write() as session:
        MeetingService(session).create(
            MeetingData(
                title="Fehler",
                starts_at=datetime(2026, 12, 3, 18, 0),
                ends_at=datetime(2026, 12, 3, 17, 0),
            )
        )


def test_network_has_at_most_two_coordinators(db: Database) -> None:
    with pytest.raises(ValidationError), db.write() as session:
        NetworkService(session).update(
            NetworkData(
                name="Bürgernetzwerk",
                coordinators=[CoordinatorData("A"), CoordinatorData("B"), CoordinatorData("C")],
            )
        )
    with db.write() as session:
        NetworkService(session).update(
            NetworkData(
                name="Bürgernetzwerk Talheim",
                municipality="Talheim",
                coordinators=[CoordinatorData("Sabine Häußler", phone="07123/4567")],
            )
        )
    with db.read() as session:
        network = NetworkService(session).get()
        assert network.name == "Bürgernetzwerk Talheim"
        assert [c.phone for c in network.coordinators] == ["07123 4567"]


def test_training_attendees(db: Database) -> None:
    volunteer_id = _volunteer(db)
    with db.write() as session:
        training_id = (
            TrainingService(session)
            .create(
                TrainingData(
                    "Kinderschutz im Ehrenamt",
                    date(2026, 2, 1),
                    focus="Kinder fördern",
                    volunteer_ids=[volunteer_id, volunteer_id],
                )
            )
            .id
        )
    with db.read() as session:
        training = TrainingService(session).get(training_id)
        assert [a.person_name for a in training.attendees] == ["Nguyễn Thị Lan"]
