"""The demo network "Musterhausen": realistic, fictional, and scalable for benchmarks.

Scale 1 is one realistic network (about 40 partners, 8 projects, 120 volunteers, two years of
hours); scale N is N times as large. Rows are written with bulk inserts so that scale 100 takes
seconds, not minutes.
"""

from __future__ import annotations

import json
import random
import zlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import (
    DayPart,
    PartnerRole,
    PartnerStatus,
    ProjectStatus,
    TagKind,
    VolunteerStatus,
    Weekday,
)
from nfg_desktop.domain.clearance import add_months, deletion_due
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.paths import resource
from nfg_desktop.store import bulk
from nfg_desktop.store.models import (
    Base,
    ContactPerson,
    Coordinator,
    HoursEntry,
    Meeting,
    MeetingInvitation,
    Network,
    Partner,
    PartnerFocus,
    PartnerTargetGroup,
    PoliceClearance,
    Project,
    ProjectFocus,
    ProjectNeededSkill,
    ProjectPartner,
    ProjectTargetGroup,
    ProjectVolunteer,
    Training,
    TrainingAttendee,
    Volunteer,
    VolunteerAvailability,
    VolunteerTag,
)

PARTNERS_PER_SCALE = 40
PROJECTS_PER_SCALE = 8
VOLUNTEERS_PER_SCALE = 120
MEETINGS_PER_SCALE = 16
TRAININGS_PER_SCALE = 6
HOURS_PER_VOLUNTEER_AND_YEAR = 9  # entries; about 1,000 per year and scale
FOCUS = ["Gemeinschaft stärken", "Familien unterstützen", "Kinder fördern"]
GROUPS = ["Kinder", "Jugendliche", "Familien", "Erwachsene", "Senioren"]


@dataclass(frozen=True)
class DemoSummary:
    partners: int
    contacts: int
    projects: int
    volunteers: int
    hours: int
    meetings: int
    trainings: int


def load_demo_data() -> dict[str, Any]:
    with resource("demo", "demo_network.json").open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _table(model: type[Base]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


class _Builder:
    def __init__(self, session: Session, scale: int, today: date, seed: int) -> None:
        self.session = session
        self.scale = scale
        self.today = today
        self.random = random.Random(seed)
        self.data = load_demo_data()
        self.rows: dict[type[Base], list[dict[str, Any]]] = {}

    def add(self, model: type[Base], **values: Any) -> None:
        self.rows.setdefault(model, []).append(values)

    def flush(self) -> None:
        # Parents before children, so foreign keys hold at every insert.
        for table in Base.metadata.sorted_tables:
            for model, rows in self.rows.items():
                if _table(model) is table and rows:
                    # executemany needs the same keys in every row.
                    keys = {key for row in rows for key in row}
                    rows = [{key: row.get(key) for key in keys} for row in rows]
                    for start in range(0, len(rows), 20_000):
                        self.session.execute(insert(table), rows[start : start + 20_000])
        self.rows.clear()

    # --- pieces ----------------------------------------------------------------------------

    def town(self, index: int) -> str:
        towns: list[str] = self.data["towns"]
        if index < len(self.data["partners"]):
            return str(self.data["municipality"])
        block = index // len(self.data["partners"])
        name = towns[block % len(towns)]
        return name if block < len(towns) else f"{name} {block // len(towns) + 1}"

    def postal_code(self, town: str) -> str:
        return f"7{zlib.crc32(town.encode()) % 9000 + 1000:04d}"

    def phone(self) -> str:
        return f"07{self.random.randint(100, 999)} {self.random.randint(10000, 999999)}"

    def address(self) -> tuple[str, int]:
        streets: list[str] = self.data["streets"]
        return self.random.choice(streets), self.random.randint(1, 120)

    def email_of(self, *parts: str, domain: str = "example.org") -> str:
        local = ".".join(_ascii(p) for p in parts if p)
        return f"{local}@{domain}"

    def person_name(self, generation: str) -> tuple[str, str]:
        first_names: list[str] = self.data["first_names"][generation]
        last_names: list[str] = self.data["last_names"]
        return self.random.choice(first_names), self.random.choice(last_names)

    def date_between(self, start: date, end: date) -> date:
        span = max((end - start).days, 0)
        return start + timedelta(days=self.random.randint(0, span))


def _ascii(text: str) -> str:
    table = str.maketrans(
        {
            "ä": "ae",
            "ö": "oe",
            "ü": "ue",
            "ß": "ss",
            "Ä": "Ae",
            "Ö": "Oe",
            "Ü": "Ue",
            "ı": "i",
            "ş": "s",
            "Ş": "S",
            "ł": "l",
            "Ł": "L",
            "ó": "o",
            "ễ": "e",
            "ị": "i",
            "ğ": "g",
            "ç": "c",
            "ë": "e",
        }
    )
    cleaned = text.translate(table).lower()
    return "".join(ch for ch in cleaned if ch.isalnum() or ch in "-")


def is_empty(session: Session) -> bool:
    for model in (Partner, Volunteer, Project, Meeting, Training):
        if session.scalar(select(func.count()).select_from(model)):
            return False
    return True


def build_demo(
    session: Session, scale: int = 1, today: date | None = None, seed: int = 1896
) -> DemoSummary:
    """Fill an empty database with the demo network; refuse a database that holds data."""
    if scale < 1 or scale > 1000:
        raise DomainError("Der Maßstab (--scale) muss zwischen 1 und 1000 liegen.")
    if not is_empty(session):
        raise DomainError(
            "Die Datei enthält schon Daten. Das Demo-Netzwerk wird nur in eine leere Datei "
            "geschrieben; bitte wählen Sie eine neue Datei."
        )
    b = _Builder(session, scale, today or date.today(), seed)
    coordinator_ids = _network(b)
    partner_ids, contact_ids = _partners(b)
    volunteer_ids, birth_years = _volunteers(b)
    project_ids = _projects(b, partner_ids, contact_ids, volunteer_ids)
    hours = _hours(b, volunteer_ids, birth_years, project_ids)
    meetings = _meetings(b, contact_ids, volunteer_ids, coordinator_ids)
    trainings = _trainings(b, volunteer_ids, coordinator_ids)
    b.flush()
    session.flush()
    bulk.continue_sequences(session, Base.metadata.sorted_tables)
    return DemoSummary(
        partners=len(partner_ids),
        contacts=len(contact_ids),
        projects=len(project_ids),
        volunteers=len(volunteer_ids),
        hours=hours,
        meetings=meetings,
        trainings=trainings,
    )


def _network(b: _Builder) -> list[int]:
    town = b.data["municipality"]
    existing = b.session.scalar(select(Network.id).limit(1))
    if existing is None:
        b.session.add(Network(id=1, name=""))
        b.session.flush()
    network = b.session.get(Network, existing or 1)
    assert network is not None
    network.name = f"Runder Tisch der Generationen {town}"
    network.form = "Runder Tisch der Generationen"
    network.municipality = town
    network.district = b.data["district"]
    network.population = 12_480 * b.scale
    network.program_start = date(b.today.year - 2, 4, 1)
    network.localities = "\n".join(["Mitte", "Oberdorf", "Unterdorf", "Talheim", "Bergfeld"])
    network.sender_address = (
        f"Stadtverwaltung {town}\nFachbereich Generationen und Familie\nMarktplatz 1\n71234 {town}"
    )
    network.sender_phone = "07123 456-0"
    network.coordinators = [
        Coordinator(
            position=1,
            name="Sabine Häußler",
            function="Netzwerkkoordinatorin",
            department="Fachbereich Generationen und Familie",
            organisation=f"Stadtverwaltung {town}",
            phone="07123 456-210",
            email="s.haeussler@musterhausen.example",
        ),
        Coordinator(
            position=2,
            name="Mehmet Öztürk",
            function="Netzwerkkoordinator",
            department="",
            organisation=f"Mehrgenerationenhaus {town}",
            phone="07123 98765",
            email="oeztuerk@mgh-musterhausen.example",
        ),
    ]
    b.session.flush()
    return [coordinator.id for coordinator in network.coordinators]


def _partners(b: _Builder) -> tuple[list[int], list[tuple[int, int]]]:
    templates: list[list[str]] = b.data["partners"]
    functions: list[str] = b.data["functions"]
    partner_ids: list[int] = []
    contacts: list[tuple[int, int]] = []
    contact_id = 0
    statuses = (
        [PartnerStatus.AKTIV] * 14
        + [PartnerStatus.ANGEFRAGT] * 2
        + [PartnerStatus.RUHEND] * 2
        + [PartnerStatus.AUSGESCHIEDEN]
    )
    for index in range(PARTNERS_PER_SCALE * b.scale):
        template, kind, sector = templates[index % len(templates)]
        town = b.town(index)
        partner_id = index + 1
        street, number = b.address()
        since = b.date_between(b.today - timedelta(days=365 * 4), b.today - timedelta(days=30))
        name = template.format(town=town)
        b.add(
            Partner,
            id=partner_id,
            name=name,
            kind=kind,
            sector=sector,
            street=f"{street} {number}",
            postal_code=b.postal_code(town),
            city=town,
            phone=b.phone(),
            email=b.email_of("info", domain=f"{_ascii(name.split()[0])}-{_ascii(town)}.example"),
            website=f"www.{_ascii(name.split()[0])}-{_ascii(town)}.example",
            status=b.random.choice(statuses),
            partner_since=since,
            agreement_on=since + timedelta(days=60) if b.random.random() < 0.4 else None,
            notes="",
        )
        for focus in b.random.sample(FOCUS, b.random.randint(1, 2)):
            b.add(PartnerFocus, partner_id=partner_id, focus=focus)
        for group in b.random.sample(GROUPS, b.random.randint(1, 3)):
            b.add(PartnerTargetGroup, partner_id=partner_id, target_group=group)
        for position in range(b.random.choice([1, 1, 2])):
            contact_id += 1
            first, last = b.person_name("middle")
            consent = b.random.random() < 0.85
            b.add(
                ContactPerson,
                id=contact_id,
                partner_id=partner_id,
                first_name=first,
                last_name=last,
                function=b.random.choice(functions),
                phone=b.phone(),
                email=b.email_of(first, last, domain=f"{_ascii(town)}.example"),
                is_primary=position == 0,
                consent_given_on=since if consent else None,
                consent_contact_data=consent,
                consent_photos=consent and b.random.random() < 0.5,
                consent_sharing=consent and b.random.random() < 0.7,
                consent_withdrawn_on=None,
                anonymised=False,
            )
            contacts.append((contact_id, partner_id))
        partner_ids.append(partner_id)
    return partner_ids, contacts


def _volunteers(b: _Builder) -> tuple[list[int], dict[int, int]]:
    skills: list[str] = b.data["skills"]
    languages: list[str] = b.data["languages"]
    specials: list[list[str]] = b.data["special_volunteers"]
    ids: list[int] = []
    birth_years: dict[int, int] = {}
    statuses = (
        [VolunteerStatus.AKTIV] * 12
        + [VolunteerStatus.INTERESSIERT] * 3
        + [VolunteerStatus.PAUSIERT] * 2
        + [VolunteerStatus.AUSGESCHIEDEN] * 2
    )
    weekdays = list(Weekday)
    day_parts = list(DayPart)
    for index in range(VOLUNTEERS_PER_SCALE * b.scale):
        volunteer_id = index + 1
        generation = b.random.choice(["young", "middle", "middle", "old", "old"])
        age = {
            "young": b.random.randint(15, 29),
            "middle": b.random.randint(30, 64),
            "old": b.random.randint(65, 88),
        }[generation]
        if index < len(specials):
            first, last = specials[index]
        else:
            first, last = b.person_name(generation)
        town = b.town(index // 3)
        street, number = b.address()
        status = b.random.choice(statuses)
        since = b.date_between(b.today - timedelta(days=365 * 5), b.today - timedelta(days=10))
        left_on = (
            b.date_between(since, b.today) if status == VolunteerStatus.AUSGESCHIEDEN else None
        )
        consent = b.random.random() < 0.88
        withdrawn = b.today - timedelta(days=20) if consent and b.random.random() < 0.03 else None
        birth_year = b.today.year - age
        b.add(
            Volunteer,
            id=volunteer_id,
            first_name=first,
            last_name=last,
            birth_year=birth_year,
            street=f"{street} {number}",
            postal_code=b.postal_code(town),
            city=town,
            phone=b.phone(),
            email=b.email_of(first, last, str(volunteer_id), domain="mail.example"),
            status=status,
            active_since=since,
            left_on=left_on,
            notes="",
            anonymised=False,
            consent_given_on=since if consent else None,
            consent_contact_data=consent,
            consent_photos=consent and b.random.random() < 0.6,
            consent_sharing=consent and b.random.random() < 0.5,
            consent_withdrawn_on=withdrawn,
        )
        for skill in b.random.sample(skills, b.random.randint(1, 3)):
            b.add(VolunteerTag, volunteer_id=volunteer_id, kind=TagKind.SKILL.value, value=skill)
        b.add(VolunteerTag, volunteer_id=volunteer_id, kind=TagKind.LANGUAGE.value, value="Deutsch")
        if b.random.random() < 0.35:
            language = b.random.choice(languages)
            b.add(
                VolunteerTag, volunteer_id=volunteer_id, kind=TagKind.LANGUAGE.value, value=language
            )
        slots = {(b.random.choice(weekdays), b.random.choice(day_parts)) for _ in range(3)}
        for weekday, day_part in sorted(slots):
            b.add(
                VolunteerAvailability,
                volunteer_id=volunteer_id,
                weekday=weekday.value,
                day_part=day_part.value,
            )
        roll = b.random.random()
        if roll < 0.7:
            # Spread inspections so some expire soon or have expired.
            inspected = b.date_between(b.today - timedelta(days=365 * 5 + 60), b.today)
            issued = inspected - timedelta(days=b.random.randint(3, 80))
        # The law deletes the records of volunteers who left three months ago or longer (and
        # the program does so when the file is opened): the demo never has any.
        if roll < 0.7 and not _clearance_due_for_deletion(left_on, b.today):
            b.add(
                PoliceClearance,
                volunteer_id=volunteer_id,
                issued_on=issued,
                inspected_on=inspected,
                clean=True,
                inspected_by="Sabine Häußler",
            )
        ids.append(volunteer_id)
        birth_years[volunteer_id] = birth_year
    return ids, birth_years


def _clearance_due_for_deletion(left_on: date | None, today: date) -> bool:
    return left_on is not None and deletion_due(left_on) <= today


def _projects(
    b: _Builder,
    partner_ids: list[int],
    contacts: list[tuple[int, int]],
    volunteer_ids: list[int],
) -> list[int]:
    templates: list[list[Any]] = b.data["projects"]
    texts: dict[str, str] = b.data["project_texts"]
    skills: list[str] = b.data["skills"]
    contact_of_partner: dict[int, int] = {}
    for contact_id, partner_id in contacts:
        contact_of_partner.setdefault(partner_id, contact_id)
    running = ProjectStatus.LAEUFT
    statuses = [
        running,
        running,
        running,
        ProjectStatus.IN_PLANUNG,
        ProjectStatus.IDEE,
        ProjectStatus.PAUSIERT,
        ProjectStatus.ABGESCHLOSSEN,
    ]
    ids: list[int] = []
    assigned: set[tuple[int, int]] = set()
    for index in range(PROJECTS_PER_SCALE * b.scale):
        title, kind, focus, groups, children = templates[index % len(templates)]
        block = index // len(templates)
        town = b.town(block * len(b.data["partners"]))
        project_id = index + 1
        status = statuses[index % len(statuses)] if index >= 4 else running
        start = b.date_between(b.today - timedelta(days=900), b.today - timedelta(days=100))
        block_partners = partner_ids[block * PARTNERS_PER_SCALE : (block + 1) * PARTNERS_PER_SCALE]
        chosen = b.random.sample(block_partners, min(len(block_partners), b.random.randint(2, 5)))
        lead = chosen[0]
        b.add(
            Project,
            id=project_id,
            title=title if block == 0 else f"{title} ({town})",
            kind=kind,
            status=status,
            start_date=start,
            end_date=add_months(start, 24) if status == ProjectStatus.ABGESCHLOSSEN else None,
            description=texts["description"].format(town=town),
            goals=texts["goals"],
            place=town,
            works_with_children=bool(children),
            need_count=b.random.choice([0, 0, 1, 2, 3, 5]),
            need_notes="",
            contact_id=contact_of_partner.get(lead),
        )
        for f in focus:
            b.add(ProjectFocus, project_id=project_id, focus=f)
        for g in groups:
            b.add(ProjectTargetGroup, project_id=project_id, target_group=g)
        for skill in b.random.sample(skills, 2):
            b.add(ProjectNeededSkill, project_id=project_id, skill=skill)
        for position, partner_id in enumerate(chosen):
            role = (
                PartnerRole.TRAEGER
                if position == 0
                else b.random.choice(
                    [
                        PartnerRole.KOOPERATIONSPARTNER,
                        PartnerRole.KOOPERATIONSPARTNER,
                        PartnerRole.UNTERSTUETZER,
                    ]
                )
            )
            b.add(ProjectPartner, project_id=project_id, partner_id=partner_id, role=role)
        block_volunteers = volunteer_ids[
            block * VOLUNTEERS_PER_SCALE : (block + 1) * VOLUNTEERS_PER_SCALE
        ]
        for volunteer_id in b.random.sample(block_volunteers, min(len(block_volunteers), 18)):
            if (project_id, volunteer_id) in assigned:
                continue
            assigned.add((project_id, volunteer_id))
            b.add(
                ProjectVolunteer,
                project_id=project_id,
                volunteer_id=volunteer_id,
                role=b.random.choice(["Patin/Pate", "Besuchsdienst", "Begleitung", "Mitarbeit"]),
                since=b.date_between(start, b.today),
                clearance_override_reason="",
            )
        ids.append(project_id)
    return ids


def _hours(
    b: _Builder, volunteer_ids: list[int], birth_years: dict[int, int], project_ids: list[int]
) -> int:
    notes: list[str] = b.data["hours_notes"]
    start = b.today - timedelta(days=730)
    count = 0
    per_block = PROJECTS_PER_SCALE
    for volunteer_id in volunteer_ids:
        block = (volunteer_id - 1) // VOLUNTEERS_PER_SCALE
        projects = project_ids[block * per_block : (block + 1) * per_block]
        entries = b.random.randint(0, HOURS_PER_VOLUNTEER_AND_YEAR * 4)
        for _ in range(entries):
            count += 1
            b.add(
                HoursEntry,
                day=b.date_between(start, b.today),
                volunteer_id=volunteer_id,
                project_id=b.random.choice(projects),
                hours=b.random.choice([1.0, 1.5, 2.0, 2.0, 3.0, 4.0]),
                note=b.random.choice(notes),
                birth_year=birth_years[volunteer_id],
            )
    return count


def _meetings(
    b: _Builder,
    contacts: list[tuple[int, int]],
    volunteer_ids: list[int],
    coordinator_ids: list[int],
) -> int:
    templates: list[list[str]] = b.data["meetings"]
    places: list[str] = b.data["places"]
    count = MEETINGS_PER_SCALE * b.scale
    for index in range(count):
        title, kind = templates[index % len(templates)]
        meeting_id = index + 1
        # Two years back, a few ahead: the next meetings show in the overview.
        day = b.today - timedelta(days=730) + timedelta(days=(index % MEETINGS_PER_SCALE) * 50)
        starts = datetime.combine(day, time(hour=b.random.choice([9, 14, 18]), minute=0))
        past = day < b.today
        b.add(
            Meeting,
            id=meeting_id,
            title=f"{title} {index // len(templates) + 1}/{day.year}",
            kind=kind,
            starts_at=starts,
            ends_at=starts + timedelta(hours=2),
            place=b.random.choice(places),
            agenda="1. Begrüßung\n2. Berichte aus den Projekten\n3. Planung\n4. Verschiedenes",
            minutes="Protokoll liegt vor." if past else "",
        )
        block = index // MEETINGS_PER_SCALE
        block_contacts = [c for c in contacts if (c[1] - 1) // PARTNERS_PER_SCALE == block]
        for contact_id, _partner in b.random.sample(block_contacts, min(12, len(block_contacts))):
            b.add(
                MeetingInvitation,
                meeting_id=meeting_id,
                contact_id=contact_id,
                attended=past and b.random.random() < 0.75,
            )
        block_volunteers = volunteer_ids[
            block * VOLUNTEERS_PER_SCALE : (block + 1) * VOLUNTEERS_PER_SCALE
        ]
        for volunteer_id in b.random.sample(block_volunteers, 3):
            b.add(
                MeetingInvitation,
                meeting_id=meeting_id,
                volunteer_id=volunteer_id,
                attended=past and b.random.random() < 0.6,
            )
        b.add(
            MeetingInvitation,
            meeting_id=meeting_id,
            coordinator_id=coordinator_ids[0],
            attended=past,
        )
    return count


def _trainings(b: _Builder, volunteer_ids: list[int], coordinator_ids: list[int]) -> int:
    templates: list[list[str]] = b.data["trainings"]
    count = TRAININGS_PER_SCALE * b.scale
    for index in range(count):
        title, focus, provider = templates[index % len(templates)]
        training_id = index + 1
        b.add(
            Training,
            id=training_id,
            title=title,
            day=b.date_between(b.today - timedelta(days=700), b.today - timedelta(days=7)),
            focus=focus,
            provider=provider,
            notes="",
        )
        block = index // TRAININGS_PER_SCALE
        block_volunteers = volunteer_ids[
            block * VOLUNTEERS_PER_SCALE : (block + 1) * VOLUNTEERS_PER_SCALE
        ]
        for volunteer_id in b.random.sample(block_volunteers, 8):
            b.add(TrainingAttendee, training_id=training_id, volunteer_id=volunteer_id)
        coordinator_id = coordinator_ids[index % len(coordinator_ids)]
        b.add(TrainingAttendee, training_id=training_id, coordinator_id=coordinator_id)
    return count
