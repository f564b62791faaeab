"""Projects with their partners, volunteers and need."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from nfg_desktop.domain import clearance
from nfg_desktop.domain.choices import (
    ChoiceList,
    FocusArea,
    PartnerRole,
    ProjectStatus,
    TargetGroup,
)
from nfg_desktop.domain.collation import fold, german_sorted
from nfg_desktop.domain.errors import DomainError, InUseError
from nfg_desktop.domain.fields import PROJECT
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.domain.validation import (
    FieldErrors,
    check_choice,
    check_choices,
    check_date,
    check_date_order,
    check_non_negative_int,
    check_optional_text,
    check_required,
    clean_multiline,
    clean_text,
)
from nfg_desktop.services.common import add_choice, choice_options, get_or_fail, searched
from nfg_desktop.services.versions import get_for_change, touch
from nfg_desktop.services.volunteers import clearance_facts
from nfg_desktop.store.models import (
    ContactPerson,
    HoursEntry,
    Partner,
    Project,
    ProjectFocus,
    ProjectPartner,
    ProjectVolunteer,
    Volunteer,
)


@dataclass
class ProjectPartnerData:
    partner_id: int
    role: str = PartnerRole.KOOPERATIONSPARTNER.value


@dataclass
class ProjectVolunteerData:
    volunteer_id: int
    role: str = ""
    since: date | None = None
    clearance_override_reason: str = ""


@dataclass
class ProjectData:
    title: str
    kind: str = "Sonstiges"
    status: str = ProjectStatus.IDEE.value
    start_date: date | None = None
    end_date: date | None = None
    description: str = ""
    goals: str = ""
    place: str = ""
    works_with_children: bool = False
    need_count: int = 0
    need_notes: str = ""
    needed_skills: list[str] = field(default_factory=list)
    focus_areas: list[str] = field(default_factory=list)
    target_groups: list[str] = field(default_factory=list)
    contact_id: int | None = None
    # None leaves the stored partners / volunteers as they are.
    partners: list[ProjectPartnerData] | None = None
    volunteers: list[ProjectVolunteerData] | None = None

    @classmethod
    def from_project(cls, project: Project) -> ProjectData:
        return cls(
            **{name: getattr(project, name) for name in PROJECT.stored()},
            needed_skills=list(project.needed_skills),
            focus_areas=list(project.focus_areas),
            target_groups=list(project.target_groups),
            partners=[
                ProjectPartnerData(link.partner_id, link.role) for link in project.partner_links
            ],
            volunteers=[
                ProjectVolunteerData(
                    link.volunteer_id, link.role, link.since, link.clearance_override_reason
                )
                for link in project.volunteer_links
            ],
        )


class ClearanceWarning(DomainError):
    """Volunteers without a valid police clearance would work with children or young people.

    ``problems`` maps volunteer id -> German message. Saving succeeds once each of them has a
    noted reason (``clearance_override_reason``).
    """

    def __init__(self, problems: dict[int, str]) -> None:
        self.problems = problems
        lines = "\n".join(problems.values())
        super().__init__(
            "Dieses Projekt arbeitet mit Kindern oder Jugendlichen. Für folgende Ehrenamtliche "
            f"liegt kein gültiges erweitertes Führungszeugnis vor (§ 72a SGB VIII):\n{lines}",
            "volunteers",
        )


def clearance_problems(session: Session, volunteer_ids: list[int], today: date) -> dict[int, str]:
    """Volunteer id -> German message, for each volunteer whose clearance is not valid."""
    problems: dict[int, str] = {}
    if not volunteer_ids:
        return problems
    volunteers = session.scalars(
        select(Volunteer)
        .where(Volunteer.id.in_(volunteer_ids))
        .options(selectinload(Volunteer.clearances))
    ).all()
    for volunteer in volunteers:
        facts = clearance_facts(volunteer)
        if not clearance.is_valid(facts, today):
            problems[volunteer.id] = f"{volunteer.full_name}: {clearance.describe(facts, today)}"
    return problems


class ProjectService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, project_id: int) -> Project:
        return get_or_fail(self.session, Project, project_id, "Ein Projekt")

    def kinds(self) -> list[str]:
        return choice_options(self.session, ChoiceList.PROJECT_KIND)

    def validate(self, data: ProjectData, project_id: int | None = None) -> ProjectData:
        errors = FieldErrors()
        title = errors.check("title", lambda: check_required("title", "Titel", data.title, 300))
        if title:
            # Compared in Python with the one fold (Äpfel ~ äpfel ~ Apfel on every database;
            # SQL's lower() leaves Ä alone in SQLite).
            folded = fold(title)
            clash = next(
                (
                    other
                    for other, other_title in self.session.execute(
                        select(Project.id, Project.title)
                    )
                    if fold(other_title) == folded and other != project_id
                ),
                None,
            )
            if clash is not None:
                errors.add("title", f"Titel: Ein Projekt „{title}“ gibt es schon.")
        kind = errors.check("kind", lambda: check_required("kind", "Art", data.kind, 100))
        status = errors.check(
            "status", lambda: check_choice("status", "Status", data.status, list(ProjectStatus))
        )
        start = errors.check(
            "start_date", lambda: check_date("start_date", data.start_date, "Beginn")
        )
        end = errors.check("end_date", lambda: check_date("end_date", data.end_date, "Ende"))
        errors.check("end_date", lambda: check_date_order("start_date", start, "end_date", end))
        place = errors.check("place", lambda: check_optional_text("place", "Ort", data.place, 300))
        need = errors.check(
            "need_count",
            lambda: check_non_negative_int("need_count", "Bedarf", data.need_count),
        )
        focus = errors.check(
            "focus_areas",
            lambda: check_choices("focus_areas", "Schwerpunkte", data.focus_areas, list(FocusArea)),
        )
        groups = errors.check(
            "target_groups",
            lambda: check_choices(
                "target_groups", "Zielgruppen", data.target_groups, list(TargetGroup)
            ),
        )
        if data.contact_id is not None and self.session.get(ContactPerson, data.contact_id) is None:
            errors.add("contact_id", "Kontakt: Diese Ansprechperson gibt es nicht mehr.")
        partners: list[ProjectPartnerData] | None = None
        if data.partners is not None:
            partners = []
            seen: set[int] = set()
            for link in data.partners:
                if link.partner_id in seen:
                    continue
                seen.add(link.partner_id)
                if self.session.get(Partner, link.partner_id) is None:
                    errors.add("partners", f"Partner: Nummer {link.partner_id} gibt es nicht.")
                if link.role not in list(PartnerRole):
                    errors.add("partners", f"Partner: Rolle „{link.role}“ ist ungültig.")
                partners.append(ProjectPartnerData(link.partner_id, link.role))
            if sum(1 for p in partners if p.role == PartnerRole.TRAEGER) > 1:
                errors.add(
                    "partners", f"Partner: Ein Projekt hat höchstens einen {PartnerRole.TRAEGER}."
                )
        volunteers: list[ProjectVolunteerData] | None = None
        if data.volunteers is not None:
            volunteers = []
            seen_volunteers: set[int] = set()
            for v in data.volunteers:
                if v.volunteer_id in seen_volunteers:
                    continue
                seen_volunteers.add(v.volunteer_id)
                if self.session.get(Volunteer, v.volunteer_id) is None:
                    errors.add(
                        "volunteers", f"Ehrenamtliche: Nummer {v.volunteer_id} gibt es nicht."
                    )
                volunteers.append(
                    ProjectVolunteerData(
                        v.volunteer_id,
                        clean_text(v.role),
                        v.since,
                        clean_multiline(v.clearance_override_reason),
                    )
                )
        errors.raise_if_any()
        return ProjectData(
            title=title or "",
            kind=kind or "",
            status=status or "",
            start_date=start,
            end_date=end,
            description=clean_multiline(data.description),
            goals=clean_multiline(data.goals),
            place=place or "",
            works_with_children=data.works_with_children,
            need_count=need or 0,
            need_notes=clean_multiline(data.need_notes),
            needed_skills=[
                s for s in dict.fromkeys(clean_text(s) for s in data.needed_skills) if s
            ],
            focus_areas=focus or [],
            target_groups=groups or [],
            contact_id=data.contact_id,
            partners=partners,
            volunteers=volunteers,
        )

    def check_clearances(self, data: ProjectData, today: date | None = None) -> dict[int, str]:
        """Problems with volunteers' clearances that have no noted reason yet."""
        if not data.works_with_children or not data.volunteers:
            return {}
        problems = clearance_problems(
            self.session, [v.volunteer_id for v in data.volunteers], today or date.today()
        )
        reasons = {v.volunteer_id: v.clearance_override_reason for v in data.volunteers}
        return {vid: msg for vid, msg in problems.items() if not reasons.get(vid)}

    def create(self, data: ProjectData, today: date | None = None) -> Project:
        clean = self.validate(data)
        self._raise_on_clearance(clean, today)
        project = Project(title="")
        self.session.add(project)
        self._apply(project, clean)
        self.session.flush()
        return project

    def update(
        self,
        project_id: int,
        data: ProjectData,
        today: date | None = None,
        *,
        version: int | None = None,
    ) -> Project:
        project = get_for_change(self.session, Project, project_id, "Ein Projekt", version)
        clean = self.validate(data, project_id)
        self._raise_on_clearance(clean, today)
        self._apply(project, clean)
        touch(self.session, project)
        self.session.flush()
        return project

    def _raise_on_clearance(self, data: ProjectData, today: date | None) -> None:
        problems = self.check_clearances(data, today)
        if problems:
            raise ClearanceWarning(problems)

    def _apply(self, project: Project, data: ProjectData) -> None:
        add_choice(self.session, ChoiceList.PROJECT_KIND, data.kind)
        for skill in data.needed_skills:
            add_choice(self.session, ChoiceList.SKILL, skill)
        for name in PROJECT.stored():
            setattr(project, name, getattr(data, name))
        if set(project.focus_areas) != set(data.focus_areas):
            project.focus_areas = list(data.focus_areas)
        if set(project.target_groups) != set(data.target_groups):
            project.target_groups = list(data.target_groups)
        if set(project.needed_skills) != set(data.needed_skills):
            project.needed_skills = list(data.needed_skills)
        if data.partners is not None:
            current = {link.partner_id: link for link in project.partner_links}
            links = []
            for p in data.partners:
                link = current.get(p.partner_id) or ProjectPartner(partner_id=p.partner_id)
                link.role = p.role
                links.append(link)
            project.partner_links = links
        if data.volunteers is not None:
            current_v = {link.volunteer_id: link for link in project.volunteer_links}
            volunteer_links = []
            for v in data.volunteers:
                vlink = current_v.get(v.volunteer_id) or ProjectVolunteer(
                    volunteer_id=v.volunteer_id
                )
                vlink.role = v.role
                vlink.since = v.since
                vlink.clearance_override_reason = v.clearance_override_reason
                volunteer_links.append(vlink)
            project.volunteer_links = volunteer_links

    def hours_count(self, project_id: int) -> int:
        return (
            self.session.scalar(
                select(func.count())
                .select_from(HoursEntry)
                .where(HoursEntry.project_id == project_id)
            )
            or 0
        )

    def dependents(self, project_id: int) -> list[str]:
        project = self.get(project_id)
        lines = []
        if project.partner_links:
            lines.append(
                german_count(len(project.partner_links), "Partner-Zuordnung", "Partner-Zuordnungen")
            )
        if project.volunteer_links:
            lines.append(
                german_count(len(project.volunteer_links), "Ehrenamtliche/r", "Ehrenamtliche")
                + " im Projekt"
            )
        hours = self.hours_count(project_id)
        if hours:
            lines.append(german_count(hours, "Stundeneintrag", "Stundeneinträge"))
        return lines

    def delete(self, project_id: int, *, version: int | None = None) -> None:
        """Delete a project; refused while hours are logged for it (they feed the statistics)."""
        project = get_for_change(
            self.session, Project, project_id, "Ein Projekt", version, deleting=True
        )
        hours = self.hours_count(project_id)
        if hours:
            raise InUseError(
                f"Das Projekt „{project.title}“ kann nicht gelöscht werden, weil "
                f"{german_count(hours, 'Stundeneintrag', 'Stundeneinträge')} dazu erfasst "
                f"{'ist' if hours == 1 else 'sind'}. Setzen Sie den Status stattdessen auf "
                f"„{ProjectStatus.ABGESCHLOSSEN}“.",
                [german_count(hours, "Stundeneintrag", "Stundeneinträge")],
            )
        self.session.delete(project)
        self.session.flush()

    def list(
        self,
        search: str | None = None,
        status: str | None = None,
        kind: str | None = None,
        focus: str | None = None,
        ids: list[int] | None = None,
        with_links: bool = False,
    ) -> list[Project]:
        """``with_links`` loads every project's partner and volunteer links with it (two
        queries instead of two per project, for exports)."""
        query = select(Project)
        if with_links:
            query = query.options(
                selectinload(Project.partner_links), selectinload(Project.volunteer_links)
            )
        if status:
            query = query.where(Project.status == status)
        if kind:
            query = query.where(Project.kind == kind)
        if focus:
            query = query.where(
                Project.id.in_(select(ProjectFocus.project_id).where(ProjectFocus.focus == focus))
            )
        if ids is not None:
            query = query.where(Project.id.in_(ids))
        found = searched(
            self.session.scalars(query).all(), search, lambda p: (p.title, p.place, p.kind)
        )
        return german_sorted(found, key=lambda p: p.title)
