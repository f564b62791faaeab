"""What the printouts read: plain rows for each report, with consent already applied.

Reports never see a contact detail that consent does not cover: the rows carry either the
detail or nothing, and ``consent`` says which. All functions take a session and return plain
dataclasses, so reports stay free of SQLAlchemy. The partner rows, and the orders and consent
rules all rows share, are in ``services.report_rows`` (read without the ORM); the network's
name and logo for every header in ``services.letterhead``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import extract, func, select
from sqlalchemy.orm import Session, selectinload

from nfg_desktop.domain import clearance
from nfg_desktop.domain.choices import (
    PartnerRole,
    PartnerStatus,
    ProjectStatus,
    VolunteerStatus,
)
from nfg_desktop.domain.collation import german_sorted, sort_key
from nfg_desktop.domain.consent import consent_of
from nfg_desktop.domain.fields import CONTACT, VOLUNTEER
from nfg_desktop.domain.formatting import town_line
from nfg_desktop.domain.generations import generation_labels, generation_of
from nfg_desktop.services.meetings import MeetingService
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.services.plain_rows import column_rows
from nfg_desktop.services.projects import ProjectService
from nfg_desktop.services.report_rows import (
    NO_FOCUS,
    carried_fields,
    consent_shown,
    focus_order,
    kind_order,
    partner_rows,
)
from nfg_desktop.services.volunteers import VolunteerService, clearance_facts
from nfg_desktop.store.models import (
    ContactPerson,
    HoursEntry,
    Meeting,
    MeetingInvitation,
    Project,
    ProjectPartner,
    Volunteer,
)

NO_PROJECT = "ohne Projekt"
# The German wording of two lines the services build; the printouts translate them.
REPRESENTATIVE = "Vertretung {organisation}"
ATTENTION = "z. Hd. {name}"


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
_VOLUNTEER_READ = (*carried_fields(VOLUNTEER, VolunteerRow), "postal_code", "city", "locality")


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
        shown = consent_shown(VOLUNTEER, volunteer, _VOLUNTEER_READ, consent)
        facts = clearance_facts(volunteer)
        rows.append(
            VolunteerRow(
                id=volunteer.id,
                name=volunteer.full_name,
                consent=consent,
                town_line=town_line(shown["postal_code"], shown["city"], shown["locality"]),
                **{name: shown[name] for name in carried_fields(VOLUNTEER, VolunteerRow)},
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
        consent_shown(entity, person, ("phone",), consent)["phone"],
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
                focus_areas=tuple(sorted(project.focus_areas, key=focus_order)),
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
        partners_by_kind=dict(sorted(by_kind.items(), key=lambda kv: kind_order(kv[0]))),
        partners_by_focus=dict(
            sorted(by_focus.items(), key=lambda kv: (kv[0] == NO_FOCUS, focus_order(kv[0])))
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
        MapPartner(p.id, p.name, p.status, tuple(sorted(p.focus_areas, key=focus_order)))
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
            tuple(sorted(p.focus_areas, key=focus_order)),
            tuple(link.partner_id for link in p.partner_links if link.partner_id in partner_ids),
        )
        for p in projects
    ]
    if focus:
        map_projects = [p for p in map_projects if focus in p.focus_areas]
    used = {f for p in map_partners for f in p.focus_areas} | {
        f for p in map_projects for f in p.focus_areas
    }
    focus_areas = tuple(sorted(used, key=focus_order))
    return NetworkGraph(focus_areas, map_partners, map_projects)
