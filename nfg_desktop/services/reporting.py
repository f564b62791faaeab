"""What the printouts read: plain rows for each report, with consent already applied.

Reports never see a contact detail that consent does not cover: the rows carry either the
detail or nothing, and ``consent`` says which. All functions take a session and return plain
dataclasses, so reports stay free of SQLAlchemy.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session, selectinload

from nfg_desktop.domain import clearance
from nfg_desktop.domain.choices import (
    FocusArea,
    PartnerKind,
    PartnerRole,
    PartnerStatus,
    ProjectStatus,
    VolunteerStatus,
)
from nfg_desktop.domain.collation import SortKey, german_sorted, sort_key
from nfg_desktop.domain.fields import CONTACT, CONTACT_PREFIX, PARTNER, VOLUNTEER, Entity
from nfg_desktop.domain.formatting import town_line
from nfg_desktop.domain.generations import generation_labels, generation_of
from nfg_desktop.services.common import column_rows, record_rows, shown_contacts
from nfg_desktop.services.meetings import MeetingService
from nfg_desktop.services.network import NetworkService
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.services.projects import ProjectService
from nfg_desktop.services.volunteers import VolunteerService, clearance_facts, consent_of
from nfg_desktop.store.models import (
    ContactPerson,
    HoursEntry,
    Meeting,
    MeetingInvitation,
    Partner,
    PartnerFocus,
    Project,
    ProjectPartner,
    Volunteer,
)

NO_FOCUS = "ohne Schwerpunkt"
NO_PROJECT = "ohne Projekt"
# The German wording of two lines the services build; the printouts translate them.
REPRESENTATIVE = "Vertretung {organisation}"
ATTENTION = "z. Hd. {name}"


def network_name(session: Session) -> str:
    return NetworkService(session).name()


def network_logo(session: Session) -> bytes | None:
    """The logo of the report headers (PNG/JPEG), if the network has one."""
    return NetworkService(session).logo()


def _shown(entity: Entity, person: Any, names: tuple[str, ...], consent: bool) -> dict[str, Any]:
    """The named fields of a person, those that consent guards blank unless it covers them."""
    if consent:
        return {name: getattr(person, name) for name in names}
    guarded = entity.guarded
    return {name: "" if name in guarded else getattr(person, name) for name in names}


def _read(entity: Entity, row: type) -> tuple[str, ...]:
    """The entity's stored fields that a report row carries under the same name."""
    carried = {f.name for f in fields(row)}
    return tuple(f.name for f in entity.fields if f.stored and f.name in carried)


# --- partners ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    kind: str
    status: str
    focus_areas: tuple[str, ...]
    street: str
    postal_code: str
    city: str
    phone: str
    email: str
    locality: str = ""
    contact_name: str = ""
    contact_function: str = ""
    # Only filled when the contact person's consent covers contact data.
    contact_phone: str = ""
    contact_email: str = ""
    contact_consent: bool = False

    @property
    def town_line(self) -> str:
        return town_line(self.postal_code, self.city, self.locality)


# The partner's columns and its contact person's (``contact_`` + name) that the rows carry.
_PARTNER_READ = _read(PARTNER, PartnerRow)
_CONTACT_READ = tuple(
    f.name
    for f in CONTACT.fields
    if f.stored and CONTACT_PREFIX + f.name in {c.name for c in fields(PartnerRow)}
)


_FOCUS_RANK = {str(focus): rank for rank, focus in enumerate(FocusArea)}
_KIND_RANK = {str(kind): rank for rank, kind in enumerate(PartnerKind)}


@cache  # a handful of focus areas, sorted for every partner
def _focus_order(focus: str) -> tuple[int, SortKey]:
    return (_FOCUS_RANK.get(focus, len(_FOCUS_RANK)), sort_key(focus))


def _kind_order(kind: str) -> tuple[int, SortKey]:
    return (_KIND_RANK.get(kind, len(_KIND_RANK)), sort_key(kind))


def partner_rows(
    session: Session,
    today: date,
    status: str | None = None,
    focus: str | None = None,
    ids: list[int] | None = None,
) -> list[PartnerRow]:
    """Partners sorted by name, with their primary contact (details only with consent).

    Plain column queries rather than ORM objects: a district's 5,000 partners load in a
    fraction of a second.
    """
    # Through the tables, not the classes: no ORM compilation, and a command that only prints
    # never pays the ORM's one-time set-up of all classes (~50 ms).
    partner_table = Partner.__table__.c
    query = select(partner_table.id, *(partner_table[name] for name in _PARTNER_READ))
    if status:
        query = query.where(partner_table.status == status)
    focus_table = PartnerFocus.__table__.c
    if focus:
        query = query.where(
            partner_table.id.in_(select(focus_table.partner_id).where(focus_table.focus == focus))
        )
    wanted = set(ids) if ids is not None else None
    partners = [row for row in record_rows(session, query) if wanted is None or row.id in wanted]
    focus_of: dict[int, list[str]] = defaultdict(list)
    for partner_id, area in column_rows(session, select(focus_table.partner_id, focus_table.focus)):
        focus_of[partner_id].append(area)
    contact_table = ContactPerson.__table__.c
    contacts = record_rows(
        session,
        select(
            contact_table.partner_id,
            contact_table.first_name,
            contact_table.last_name,
            *(contact_table[name] for name in _CONTACT_READ),
            contact_table.anonymised,
            contact_table.consent_given_on,
            contact_table.consent_contact_data,
            contact_table.consent_photos,
            contact_table.consent_sharing,
            contact_table.consent_withdrawn_on,
            contact_table.is_primary,
        ),
    )
    contact_of: dict[int, Any] = shown_contacts(contacts)
    rows = []
    for p in partners:
        contact = contact_of.get(p.id)
        contact_name = ""
        consent = False
        shown: dict[str, Any] = {}
        if contact is not None and not contact.anonymised:
            contact_name = f"{contact.first_name} {contact.last_name}".strip()
            consent = consent_of(contact).covers_contact_data(today)
            shown = _shown(CONTACT, contact, _CONTACT_READ, consent)
        rows.append(
            PartnerRow(
                focus_areas=tuple(sorted(focus_of.get(p.id, ()), key=_focus_order)),
                contact_name=contact_name,
                contact_consent=consent,
                **p._asdict(),
                **{CONTACT_PREFIX + name: value for name, value in shown.items()},
            )
        )
    rows.sort(key=lambda row: sort_key(row.name))
    return rows


def group_partners(rows: list[PartnerRow], by: str) -> list[tuple[str, list[PartnerRow]]]:
    """Groups in a fixed order: by kind (``kind``) or by focus area (``focus``).

    By focus area a partner appears under each of its focus areas.
    """
    groups: dict[str, list[PartnerRow]] = defaultdict(list)
    if by == "focus":
        for row in rows:
            for focus in row.focus_areas or (NO_FOCUS,):
                groups[focus].append(row)
        order = sorted(groups, key=lambda f: (f == NO_FOCUS, _focus_order(f)))
    else:
        for row in rows:
            groups[row.kind].append(row)
        order = sorted(groups, key=_kind_order)
    return [(name, groups[name]) for name in order]


# --- volunteers ----------------------------------------------------------------------------


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    name: str
    birth_year: int | None
    status: str
    consent: bool
    # Only filled when consent covers contact data.
    street: str
    town_line: str
    phone: str
    email: str
    clearance_state: str
    clearance_text: str
    projects: tuple[str, ...]
    clearance_until: date | None = None  # the last valid day, if a clearance was inspected


# The volunteer's columns the rows read: their own, and those of the town line.
_VOLUNTEER_READ = (*_read(VOLUNTEER, VolunteerRow), "postal_code", "city", "locality")


def volunteer_rows(
    session: Session,
    today: date,
    status: str | None = None,
    ids: list[int] | None = None,
) -> list[VolunteerRow]:
    volunteers = VolunteerService(session).list(status=status, ids=ids)
    session.scalars(
        select(Volunteer)
        .where(Volunteer.id.in_([v.id for v in volunteers]))
        .options(selectinload(Volunteer.clearances), selectinload(Volunteer.project_links))
    ).all()
    rows = []
    for volunteer in volunteers:
        consent = (not volunteer.anonymised) and consent_of(volunteer).covers_contact_data(today)
        shown = _shown(VOLUNTEER, volunteer, _VOLUNTEER_READ, consent)
        facts = clearance_facts(volunteer)
        rows.append(
            VolunteerRow(
                id=volunteer.id,
                name=volunteer.full_name,
                consent=consent,
                town_line=town_line(shown["postal_code"], shown["city"], shown["locality"]),
                **{name: shown[name] for name in _read(VOLUNTEER, VolunteerRow)},
                clearance_state=clearance.state(facts, today).value,
                clearance_text=clearance.describe(facts, today),
                clearance_until=clearance.valid_until(facts.inspected_on) if facts else None,
                projects=tuple(
                    german_sorted((link.project.title for link in volunteer.project_links), str)
                ),
            )
        )
    return rows


# --- meetings ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Attendee:
    name: str
    organisation: str
    consent: bool
    # Only filled when consent covers contact data (coordinators: their office phone).
    phone: str


@dataclass(frozen=True)
class AttendanceSheet:
    meeting_id: int
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime | None
    place: str
    attendees: list[Attendee]


def attendance_sheet(session: Session, meeting_id: int, today: date) -> AttendanceSheet:
    service = MeetingService(session)
    meeting = service.get(meeting_id)
    attendees = []
    for invitation in service.invitations(meeting_id):
        attendees.append(_attendee(invitation, today))
    return AttendanceSheet(
        meeting_id=meeting.id,
        title=meeting.title,
        kind=meeting.kind,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place,
        attendees=attendees,
    )


def _attendee(invitation: MeetingInvitation, today: date) -> Attendee:
    if invitation.coordinator is not None:
        return Attendee(
            invitation.person_name, invitation.organisation_name, True, invitation.coordinator.phone
        )
    person: ContactPerson | Volunteer | None = invitation.contact or invitation.volunteer
    if person is None:
        # A whole organisation is invited: whoever comes signs for it; its own phone.
        phone = invitation.partner.phone if invitation.partner is not None else ""
        organisation = invitation.organisation_name
        return Attendee(REPRESENTATIVE.format(organisation=organisation), organisation, True, phone)
    consent = (not person.anonymised) and consent_of(person).covers_contact_data(today)
    entity = CONTACT if isinstance(person, ContactPerson) else VOLUNTEER
    return Attendee(
        invitation.person_name,
        invitation.organisation_name,
        consent,
        _shown(entity, person, ("phone",), consent)["phone"],
    )


def meeting_choices(session: Session) -> list[tuple[int, str]]:
    """(id, "title (date)") of every meeting, newest first, for option lists."""
    rows = column_rows(
        session,
        select(Meeting.id, Meeting.title, Meeting.starts_at).order_by(Meeting.starts_at.desc()),
    )
    return [(mid, f"{title} ({starts:%d.%m.%Y})") for mid, title, starts in rows]


def project_choices(session: Session) -> list[tuple[int, str]]:
    rows = column_rows(session, select(Project.id, Project.title))
    return [(pid, title) for pid, title in german_sorted(rows, key=lambda row: row[1])]


# --- projects ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ProjectProfile:
    id: int
    title: str
    kind: str
    status: str
    start_date: date | None
    end_date: date | None
    place: str
    focus_areas: tuple[str, ...]
    target_groups: tuple[str, ...]
    goals: str
    description: str
    works_with_children: bool
    partners: tuple[tuple[str, str], ...]  # (name, role), lead partner first
    volunteer_count: int
    need_count: int
    need_notes: str
    needed_skills: tuple[str, ...]
    # Contact: name and organisation; phone/e-mail only with consent.
    contact_name: str
    contact_organisation: str
    contact_phone: str
    contact_email: str


_ROLE_ORDER = {role.value: order for order, role in enumerate(PartnerRole)}


def project_profiles(
    session: Session, today: date, ids: list[int] | None = None
) -> list[ProjectProfile]:
    projects = ProjectService(session).list(ids=ids)
    session.scalars(
        select(Project)
        .where(Project.id.in_([p.id for p in projects]))
        .options(
            selectinload(Project.partner_links).selectinload(ProjectPartner.partner),
            selectinload(Project.volunteer_links),
            selectinload(Project.contact).selectinload(ContactPerson.partner),
        )
    ).all()
    profiles = []
    for project in projects:
        links = sorted(
            project.partner_links,
            key=lambda link: (_ROLE_ORDER.get(link.role, 9), sort_key(link.partner.name)),
        )
        contact = project.contact
        name = organisation = phone = email = ""
        if contact is not None and not contact.anonymised:
            name = contact.full_name
            organisation = contact.partner.name
            if consent_of(contact).covers_contact_data(today):
                phone, email = contact.phone, contact.email
        profiles.append(
            ProjectProfile(
                id=project.id,
                title=project.title,
                kind=project.kind,
                status=project.status,
                start_date=project.start_date,
                end_date=project.end_date,
                place=project.place,
                focus_areas=tuple(sorted(project.focus_areas, key=_focus_order)),
                target_groups=tuple(project.target_groups),
                goals=project.goals,
                description=project.description,
                works_with_children=project.works_with_children,
                partners=tuple((link.partner.name, link.role) for link in links),
                volunteer_count=len(project.volunteer_links),
                need_count=project.need_count,
                need_notes=project.need_notes,
                needed_skills=tuple(german_sorted(project.needed_skills, str)),
                contact_name=name,
                contact_organisation=organisation,
                contact_phone=phone,
                contact_email=email,
            )
        )
    return profiles


# --- annual report -------------------------------------------------------------------------


@dataclass
class MeetingFigure:
    title: str
    day: date
    kind: str
    invited: int
    attended: int
    upcoming: bool = False  # not held yet: no attendance to count


@dataclass
class AnnualFigures:
    year: int
    partners_total: int
    partners_by_kind: dict[str, int]
    partners_by_focus: dict[str, int]
    partners_by_status: dict[str, int]
    new_partners: list[tuple[str, str, date]]  # (name, kind, since)
    projects_by_status: dict[str, int]
    volunteers_active: int
    volunteers_by_generation: dict[str, int]
    hours_total: float
    hours_by_project: dict[str, float]
    hours_by_month: list[float]  # 12 entries
    meetings: list[MeetingFigure] = field(default_factory=list)

    @property
    def attended_total(self) -> int:
        return sum(m.attended for m in self.meetings)


def annual_figures(session: Session, year: int, today: date | None = None) -> AnnualFigures:
    """Figures of one calendar year. Partners count if they were partners by the year's end.

    Meetings after ``today`` (or today's, while nobody is marked as there) are upcoming.
    """
    end = date(year, 12, 31)
    partners = [
        p
        for p in PartnerService(session).list()
        if p.partner_since is None or p.partner_since <= end
    ]
    current = [p for p in partners if p.status != PartnerStatus.AUSGESCHIEDEN]
    by_kind = Counter(p.kind for p in current)
    by_focus: Counter[str] = Counter()
    for p in current:
        for focus in p.focus_areas or [NO_FOCUS]:
            by_focus[focus] += 1
    new = sorted(
        (
            (p.name, p.kind, p.partner_since)
            for p in partners
            if p.partner_since is not None and p.partner_since.year == year
        ),
        key=lambda item: (item[2], sort_key(item[0])),
    )
    projects = session.scalars(
        select(Project).where((Project.start_date.is_(None)) | (Project.start_date <= end))
    ).all()
    by_status = Counter(p.status for p in projects)
    volunteers = session.scalars(
        select(Volunteer).where(
            (Volunteer.active_since.is_(None)) | (Volunteer.active_since <= end)
        )
    ).all()
    active = [
        v
        for v in volunteers
        if not v.anonymised
        and v.status != VolunteerStatus.INTERESSIERT
        and (v.left_on is None or v.left_on.year >= year)
    ]
    generations = Counter(generation_of(v.birth_year, year) for v in active)
    hours_rows = session.execute(
        select(HoursEntry.project_id, extract("month", HoursEntry.day), func.sum(HoursEntry.hours))
        .where(HoursEntry.day >= date(year, 1, 1), HoursEntry.day <= end)
        .group_by(HoursEntry.project_id, extract("month", HoursEntry.day))
    ).all()
    titles = {pid: title for pid, title in session.execute(select(Project.id, Project.title))}
    by_project: dict[str, float] = defaultdict(float)
    by_month = [0.0] * 12
    for project_id, month, hours in hours_rows:
        label = titles.get(project_id, NO_PROJECT) if project_id is not None else NO_PROJECT
        by_project[label] += float(hours)
        by_month[int(month) - 1] += float(hours)
    meetings = []
    for meeting in session.scalars(
        select(Meeting)
        .where(
            Meeting.starts_at >= datetime(year, 1, 1), Meeting.starts_at < datetime(year + 1, 1, 1)
        )
        .options(selectinload(Meeting.invitations))
        .order_by(Meeting.starts_at)
    ):
        day = meeting.starts_at.date()
        attended = sum(1 for i in meeting.invitations if i.attended)
        meetings.append(
            MeetingFigure(
                title=meeting.title,
                day=day,
                kind=meeting.kind,
                invited=len(meeting.invitations),
                attended=attended,
                upcoming=today is not None and (day > today or (day == today and not attended)),
            )
        )
    return AnnualFigures(
        year=year,
        partners_total=len(current),
        partners_by_kind=dict(sorted(by_kind.items(), key=lambda kv: _kind_order(kv[0]))),
        partners_by_focus=dict(
            sorted(by_focus.items(), key=lambda kv: (kv[0] == NO_FOCUS, _focus_order(kv[0])))
        ),
        partners_by_status={
            s.value: sum(1 for p in partners if p.status == s) for s in PartnerStatus
        },
        new_partners=new,
        projects_by_status={
            s.value: by_status.get(s.value, 0) for s in ProjectStatus if by_status.get(s.value)
        },
        volunteers_active=len(active),
        volunteers_by_generation={
            label: generations[label] for label in generation_labels() if generations[label]
        },
        hours_total=sum(by_month),
        hours_by_project=dict(sorted(by_project.items(), key=lambda kv: -kv[1])),
        hours_by_month=by_month,
        meetings=meetings,
    )


def years_with_data(session: Session, today: date) -> list[int]:
    """Years from the earliest logged hour or meeting up to this year, newest first."""
    first_hour = session.scalar(select(func.min(HoursEntry.day)))
    first_meeting = session.scalar(select(func.min(Meeting.starts_at)))
    years = [today.year]
    for value in (first_hour, first_meeting):
        if value is not None:
            years.append(value.year)
    return list(range(today.year, min(years) - 1, -1))


# --- labels --------------------------------------------------------------------------------


@dataclass(frozen=True)
class AddressLabel:
    name: str
    attention: str  # "z. Hd. ..." only with the contact's consent
    street: str
    town_line: str


def address_labels(
    session: Session,
    today: date,
    status: str | None = None,
    focus: str | None = None,
    ids: list[int] | None = None,
) -> list[AddressLabel]:
    rows = partner_rows(session, today, status=status, focus=focus, ids=ids)
    return [
        AddressLabel(
            name=row.name,
            attention=ATTENTION.format(name=row.contact_name) if row.contact_consent else "",
            street=row.street,
            town_line=row.town_line,
        )
        for row in rows
    ]


# --- network map ---------------------------------------------------------------------------


@dataclass(frozen=True)
class MapPartner:
    id: int
    name: str
    status: str
    focus_areas: tuple[str, ...]


@dataclass(frozen=True)
class MapProject:
    id: int
    title: str
    focus_areas: tuple[str, ...]
    partner_ids: tuple[int, ...]


@dataclass(frozen=True)
class NetworkGraph:
    focus_areas: tuple[str, ...]
    partners: list[MapPartner]
    projects: list[MapProject]


def network_graph(
    session: Session,
    status: str | None = None,
    focus: str | None = None,
    ids: list[int] | None = None,
) -> NetworkGraph:
    """Partners (without those who left, unless asked for) and running/planned projects."""
    partners = PartnerService(session).list(status=status, focus=focus, ids=ids)
    if status is None:
        partners = [p for p in partners if p.status != PartnerStatus.AUSGESCHIEDEN]
    partner_ids = {p.id for p in partners}
    map_partners = [
        MapPartner(p.id, p.name, p.status, tuple(sorted(p.focus_areas, key=_focus_order)))
        for p in partners
    ]
    projects = german_sorted(
        session.scalars(
            select(Project)
            .where(Project.status != ProjectStatus.ABGESCHLOSSEN.value)
            .options(selectinload(Project.partner_links))
        ).all(),
        key=lambda p: p.title,
    )
    map_projects = [
        MapProject(
            p.id,
            p.title,
            tuple(sorted(p.focus_areas, key=_focus_order)),
            tuple(link.partner_id for link in p.partner_links if link.partner_id in partner_ids),
        )
        for p in projects
    ]
    if focus:
        map_projects = [p for p in map_projects if focus in p.focus_areas]
    used = {f for p in map_partners for f in p.focus_areas} | {
        f for p in map_projects for f in p.focus_areas
    }
    focus_areas = tuple(sorted(used, key=_focus_order))
    return NetworkGraph(focus_areas, map_partners, map_projects)
