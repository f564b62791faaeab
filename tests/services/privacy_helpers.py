"""A person with something of everything, added through the services (so with history)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from nfg_desktop.domain.generations import generation_of
from nfg_desktop.services.hours import HoursData, HoursService
from nfg_desktop.services.meetings import InvitationData, MeetingData, MeetingService
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.projects import ProjectData, ProjectService, ProjectVolunteerData
from nfg_desktop.services.statistics import count_by, entity_counts
from nfg_desktop.services.trainings import TrainingData, TrainingService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import HoursEntry, MeetingInvitation, Volunteer

TODAY = date(2026, 11, 25)
SECRET_FIRST = "Zenobia"
SECRET_LAST = "Quäckenbusch"
SECRET_NAME = f"{SECRET_FIRST} {SECRET_LAST}"
SECRET_EMAIL = "zenobia.q@beispiel.example"
SECRET_PHONE = "07331 987654"
SECRET_STREET = "Holunderweg 77"
CONTACT_FIRST = "Ottokar"
CONTACT_LAST = "Wendeltreppe"


@dataclass
class Person:
    volunteer_id: int
    contact_id: int
    project_id: int
    meeting_id: int
    training_id: int


def add_person(db: Database) -> Person:
    """A volunteer and a contact person with clearance, project, hours, meeting and training."""
    with db.write() as session:
        volunteer = VolunteerService(session).create(
            VolunteerData(
                first_name=SECRET_FIRST,
                last_name=SECRET_LAST,
                birth_year=1961,
                street=SECRET_STREET,
                postal_code="89077",
                city="Ulm",
                phone=SECRET_PHONE,
                email=SECRET_EMAIL,
                status="aktiv",
                active_since=date(2024, 3, 1),
                notes="Holt Frau Quäckenbusch senior ab",
                skills=["Vorlesen"],
                languages=["Polnisch"],
                availability=[("Mo", "vormittags")],
                consent_given_on=date(2024, 3, 1),
                consent_contact_data=True,
            ),
            today=TODAY,
        )
        vid = volunteer.id
        VolunteerService(session).record_clearance(
            vid, date(2024, 2, 1), date(2024, 3, 1), True, "Sachbearbeiterin Wolkenstein"
        )
        partner = PartnerService(session).create(
            PartnerData(
                "Bürgerverein Holunderhof",
                contacts=[
                    ContactData(
                        CONTACT_LAST,
                        CONTACT_FIRST,
                        function="Kassenwart",
                        phone="0711 5550123",
                        email="o.wendeltreppe@verein.example",
                        consent_given_on=date(2025, 1, 1),
                        consent_contact_data=True,
                    )
                ],
            )
        )
        cid = partner.contacts[0].id
        project = ProjectService(session).create(
            ProjectData(
                title="Vorlesepaten Holunderhof",
                works_with_children=True,
                contact_id=cid,
                volunteers=[ProjectVolunteerData(vid, "Vorlesepatin", date(2024, 4, 1), "")],
            ),
            today=TODAY,
        )
        pid = project.id
        for day, amount in ((date(2025, 1, 10), 2.5), (date(2025, 6, 3), 4.0)):
            HoursService(session).add(
                HoursData(day, amount, vid, pid, note=f"mit {SECRET_FIRST} Q. unterwegs")
            )
        meeting = MeetingService(session).create(
            MeetingData(
                "Netzwerktreffen Herbst",
                datetime(2026, 10, 1, 18, 0),
                invitations=[
                    InvitationData(volunteer_id=vid, attended=True),
                    InvitationData(partner_id=partner.id, contact_id=cid, attended=True),
                ],
            )
        )
        training = TrainingService(session).create(
            TrainingData("Kinderschutz-Schulung", date(2025, 5, 5), volunteer_ids=[vid])
        )
        return Person(vid, cid, pid, meeting.id, training.id)


def statistics(db: Database) -> dict[str, object]:
    """Every figure the statistics and the annual report are built from."""
    with db.read() as session:
        generations: dict[str, int] = {}
        for (birth_year,) in session.execute(select(Volunteer.birth_year)):
            label = generation_of(birth_year, TODAY.year)
            generations[label] = generations.get(label, 0) + 1
        hours_by_generation: dict[str, float] = {}
        for birth_year, amount in session.execute(select(HoursEntry.birth_year, HoursEntry.hours)):
            label = generation_of(birth_year, TODAY.year)
            hours_by_generation[label] = hours_by_generation.get(label, 0) + amount
        return {
            "counts": entity_counts(session),
            "status": count_by(session, Volunteer.status),
            "generations": generations,
            "hours_total": session.scalar(select(func.sum(HoursEntry.hours))),
            "hours_by_project": dict(
                session.execute(
                    select(HoursEntry.project_id, func.sum(HoursEntry.hours)).group_by(
                        HoursEntry.project_id
                    )
                ).all()
            ),
            "hours_by_generation": {k: round(v, 2) for k, v in hours_by_generation.items()},
            "attended": session.scalar(
                select(func.count()).where(MeetingInvitation.attended.is_(True))
            ),
        }


def file_bytes(path: Path) -> bytes:
    """The database file and its write-ahead log, as they lie on disk."""
    data = b""
    for suffix in ("", "-wal", "-journal"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            data += candidate.read_bytes()
    return data


def stored_bytes(db: Database) -> bytes:
    """Everything the network keeps: a SQLite file's bytes on disk (free pages and WAL
    included); on a server, every row of every table as the server gives it to any user
    (its data files, WAL and backups are the server's; see privacy.wipe_traces)."""
    if db.path is not None:
        return file_bytes(db.path)
    assert db.engine.dialect.name == "postgresql"
    rows: list[str] = []
    with db.engine.connect() as connection:
        tables = connection.exec_driver_sql(
            "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public'"
        ).scalars()
        for table in list(tables):
            rows += connection.exec_driver_sql(f"SELECT t::text FROM {table} t").scalars()
    assert rows, "no rows read: the check would prove nothing"
    return "\n".join(rows).encode()


def add_leavers_with_clearance(
    db: Database, count: int, left_on: date = date(2026, 3, 2)
) -> list[int]:
    """``count`` volunteers with a police clearance record who left on ``left_on`` (so that
    opening the file deletes their records)."""
    ids = []
    with db.write() as session:
        service = VolunteerService(session)
        for number in range(count):
            volunteer = service.create(
                VolunteerData(
                    first_name="Leonie", last_name=f"Ausgeschieden {number + 1}", birth_year=1970
                ),
                today=TODAY,
            )
            service.record_clearance(volunteer.id, date(2026, 1, 5), date(2026, 1, 20), True)
            data = VolunteerData.from_volunteer(service.get(volunteer.id))
            data.status = "ausgeschieden"
            data.left_on = left_on
            service.update(volunteer.id, data, today=TODAY)
            ids.append(volunteer.id)
    return ids
