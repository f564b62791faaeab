"""The network at a glance (Übersicht): counts, what needs attention, and the coverage matrix.

Qt-free. Each entry names the record it is about (kind and id), so the window opens it on click.
The coverage matrix counts, for every focus area x target group, the active partners and the
running projects that serve both; an empty cell is a gap of the network.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from nfg_desktop.domain import clearance
from nfg_desktop.domain.choices import (
    FocusArea,
    PartnerStatus,
    ProjectStatus,
    TargetGroup,
    VolunteerStatus,
)
from nfg_desktop.domain.collation import german_sorted, sort_key
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.services.plain_rows import column_rows
from nfg_desktop.services.statistics import count_by
from nfg_desktop.services.volunteers import latest_clearances
from nfg_desktop.store.models import (
    Meeting,
    Partner,
    PartnerFocus,
    PartnerTargetGroup,
    Project,
    ProjectFocus,
    ProjectTargetGroup,
    ProjectVolunteer,
    Training,
    Volunteer,
)

LIST_LIMIT = 50
NEXT_MEETINGS = 5
OPEN_PROJECT_STATES = (ProjectStatus.IDEE, ProjectStatus.IN_PLANUNG, ProjectStatus.LAEUFT)


@dataclass(frozen=True)
class Entry:
    """One line of the overview that opens a record."""

    kind: str  # "partner", "project", "volunteer", "meeting", "training"
    record_id: int
    text: str
    detail: str = ""


@dataclass
class Cell:
    partners: list[Entry] = field(default_factory=list)
    projects: list[Entry] = field(default_factory=list)


@dataclass
class Overview:
    partner_status: dict[str, int]
    project_status: dict[str, int]
    volunteer_status: dict[str, int]
    next_meetings: list[Entry]
    projects_in_need: list[Entry]
    clearance_alerts: list[Entry]
    clearance_alert_total: int
    without_consent: list[Entry]
    without_consent_total: int
    focus_areas: tuple[str, ...]
    target_groups: tuple[str, ...]
    coverage: dict[tuple[str, str], Cell]
    # Nothing recorded yet (no partner, project, volunteer, meeting or training): the window
    # shows its welcome instead of zeros and an all-red matrix.
    empty: bool = False

    def gaps(self) -> list[tuple[str, str]]:
        """Cells served by no active partner and no running project."""
        return [
            key for key, cell in self.coverage.items() if not cell.partners and not cell.projects
        ]


def _ordered(counts: dict[str, int], order: tuple[str, ...]) -> dict[str, int]:
    return {state: counts.get(state, 0) for state in order}


def build_overview(session: Session, today: date | None = None) -> Overview:
    today = today or date.today()
    alerts, alert_total = _clearance_alerts(session, today)
    without_consent, without_consent_total = _without_consent(session, today)
    partner_status = _ordered(count_by(session, Partner.status), tuple(PartnerStatus))
    project_status = _ordered(count_by(session, Project.status), tuple(ProjectStatus))
    volunteer_status = _ordered(count_by(session, Volunteer.status), tuple(VolunteerStatus))
    empty = (
        not any((*partner_status.values(), *project_status.values(), *volunteer_status.values()))
        and session.scalar(select(Meeting.id).limit(1)) is None
        and session.scalar(select(Training.id).limit(1)) is None
    )
    return Overview(
        partner_status=partner_status,
        project_status=project_status,
        volunteer_status=volunteer_status,
        next_meetings=next_meetings(session, today),
        projects_in_need=projects_in_need(session),
        clearance_alerts=alerts,
        clearance_alert_total=alert_total,
        without_consent=without_consent,
        without_consent_total=without_consent_total,
        focus_areas=tuple(FocusArea),
        target_groups=tuple(TargetGroup),
        coverage=coverage(session),
        empty=empty,
    )


def next_meetings(session: Session, today: date, limit: int = NEXT_MEETINGS) -> list[Entry]:
    start = datetime.combine(today, datetime.min.time())
    rows = session.execute(
        select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.place)
        .where(Meeting.starts_at >= start)
        .order_by(Meeting.starts_at)
        .limit(limit)
    ).all()
    return [
        Entry(
            "meeting",
            mid,
            title,
            f"{starts:%d.%m.%Y %H:%M}" + (f", {place}" if place else ""),
        )
        for mid, title, starts, place in rows
    ]


def projects_in_need(session: Session) -> list[Entry]:
    rows = session.execute(
        select(Project.id, Project.title, Project.need_count, Project.need_notes)
        .where(Project.need_count > 0, Project.status.in_([s.value for s in OPEN_PROJECT_STATES]))
        .order_by(Project.need_count.desc())
    ).all()
    entries = []
    for pid, title, need, notes in sorted(rows, key=lambda row: (-row[2], sort_key(row[1]))):
        detail = german_count(need, "Ehrenamtliche/r", "Ehrenamtliche") + " gesucht"
        if notes:
            detail += f": {notes}"
        entries.append(Entry("project", pid, title, detail))
    return entries


def _clearance_alerts(session: Session, today: date) -> tuple[list[Entry], int]:
    """Clearances expiring within 90 days (active volunteers) and volunteers in projects with
    children without a valid clearance."""
    latest = latest_clearances(session)
    children: dict[int, list[str]] = defaultdict(list)
    for vid, title in column_rows(
        session,
        select(ProjectVolunteer.volunteer_id, Project.title)
        .join(Project, Project.id == ProjectVolunteer.project_id)
        .where(
            Project.works_with_children.is_(True),
            Project.status != ProjectStatus.ABGESCHLOSSEN.value,
        ),
    ):
        children[vid].append(title)
    volunteers = column_rows(
        session,
        select(Volunteer.id, Volunteer.first_name, Volunteer.last_name).where(
            Volunteer.status != VolunteerStatus.AUSGESCHIEDEN.value,
            Volunteer.anonymised.is_(False),
        ),
    )
    volunteers = german_sorted(volunteers, key=lambda row: (row[2], row[1]))
    urgent: list[Entry] = []
    expiring: list[Entry] = []
    for vid, first, last in volunteers:
        facts = latest.get(vid)
        state = clearance.state(facts, today)
        name = f"{first} {last}".strip()
        projects = german_sorted(children.get(vid, []), key=str)
        if projects and not clearance.is_valid(facts, today):
            detail = f"{clearance.describe(facts, today)} – arbeitet mit Kindern in: " + ", ".join(
                projects
            )
            urgent.append(Entry("volunteer", vid, name, detail))
        elif state is clearance.ClearanceState.EXPIRING:
            expiring.append(Entry("volunteer", vid, name, clearance.describe(facts, today)))
    # Expiring: soonest first.
    expiring.sort(key=lambda entry: _until(latest[entry.record_id]))
    alerts = urgent + expiring
    return alerts[:LIST_LIMIT], len(alerts)


def _until(facts: clearance.ClearanceFacts) -> date:
    return clearance.valid_until(facts.inspected_on)


def _without_consent(session: Session, today: date) -> tuple[list[Entry], int]:
    """Volunteers (not departed, not anonymised) without a consent in force."""
    rows = column_rows(
        session,
        select(
            Volunteer.id,
            Volunteer.first_name,
            Volunteer.last_name,
            Volunteer.consent_withdrawn_on,
        ).where(
            Volunteer.status != VolunteerStatus.AUSGESCHIEDEN.value,
            Volunteer.anonymised.is_(False),
            or_(
                Volunteer.consent_given_on.is_(None),
                Volunteer.consent_withdrawn_on <= today,
            ),
        ),
    )
    rows = german_sorted(rows, key=lambda row: (row[2], row[1]))
    entries = [
        Entry(
            "volunteer",
            vid,
            f"{first} {last}".strip(),
            f"Einwilligung widerrufen am {withdrawn:%d.%m.%Y}"
            if withdrawn
            else "keine Einwilligung erfasst",
        )
        for vid, first, last, withdrawn in rows
    ]
    return entries[:LIST_LIMIT], len(entries)


def coverage(session: Session) -> dict[tuple[str, str], Cell]:
    cells = {(focus.value, group.value): Cell() for focus in FocusArea for group in TargetGroup}
    _fill(
        cells,
        session,
        "partner",
        select(Partner.id, Partner.name).where(Partner.status == PartnerStatus.AKTIV.value),
        select(PartnerFocus.partner_id, PartnerFocus.focus),
        select(PartnerTargetGroup.partner_id, PartnerTargetGroup.target_group),
    )
    _fill(
        cells,
        session,
        "project",
        select(Project.id, Project.title).where(Project.status == ProjectStatus.LAEUFT.value),
        select(ProjectFocus.project_id, ProjectFocus.focus),
        select(ProjectTargetGroup.project_id, ProjectTargetGroup.target_group),
    )
    return cells


def _fill(
    cells: dict[tuple[str, str], Cell],
    session: Session,
    kind: str,
    records: Select[int, str],
    focus_query: Select[int, str],
    group_query: Select[int, str],
) -> None:
    names = {rid: name for rid, name in column_rows(session, records)}
    focus: dict[int, set[str]] = defaultdict(set)
    for rid, value in column_rows(session, focus_query):
        focus[rid].add(value)
    groups: dict[int, set[str]] = defaultdict(set)
    for rid, value in column_rows(session, group_query):
        groups[rid].add(value)
    for rid, name in sorted(names.items(), key=lambda item: sort_key(item[1])):
        entry = Entry(kind, rid, name)
        for area in focus.get(rid, ()):
            for group in groups.get(rid, ()):
                cell = cells.get((area, group))
                if cell is None:
                    continue
                (cell.partners if kind == "partner" else cell.projects).append(entry)
