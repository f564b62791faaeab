"""Logged volunteer hours (Einsätze)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.domain.validation import FieldErrors, check_date, check_optional_text
from nfg_desktop.services.common import get_or_fail
from nfg_desktop.services.plain_rows import column_rows
from nfg_desktop.services.projects import clearance_problems
from nfg_desktop.store.models import HoursEntry, Project, ProjectVolunteer, Volunteer

# id, day, volunteer id, first name, last name, anonymised, project title, hours, note
HoursRow = Row[int, date, int | None, str, str, bool, str, float, str]


@dataclass
class HoursData:
    day: date
    hours: float
    volunteer_id: int | None = None
    project_id: int | None = None
    note: str = ""


class NotInProjectError(DomainError):
    """Hours for a project the volunteer does not work in.

    Refused unless the caller adds the volunteer to the project (``join_project=True``), after
    asking the user; the message names both.
    """


class HoursService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def validate(
        self, data: HoursData, join_project: bool = False, today: date | None = None
    ) -> HoursData:
        """The cleaned entry; ``ValidationError`` for fields, ``NotInProjectError`` when the
        volunteer is not in the project and ``join_project`` is not given."""
        errors = FieldErrors()
        if data.day is None:
            errors.add("day", "Datum: Bitte ausfüllen.")
        else:
            errors.check("day", lambda: check_date("day", data.day, "Datum"))
        try:
            hours = float(data.hours)
        except (TypeError, ValueError):
            hours = -1.0
        if not 0 < hours <= 24:
            errors.add("hours", "Stunden: Bitte eine Zahl über 0 und höchstens 24 angeben.")
        if data.volunteer_id is None:
            errors.add("volunteer_id", "Ehrenamtliche/r: Bitte auswählen.")
        elif self.session.get(Volunteer, data.volunteer_id) is None:
            errors.add(
                "volunteer_id", f"Ehrenamtliche/r: Nummer {data.volunteer_id} gibt es nicht."
            )
        if data.project_id is not None and self.session.get(Project, data.project_id) is None:
            errors.add("project_id", f"Projekt: Nummer {data.project_id} gibt es nicht.")
        note = errors.check("note", lambda: check_optional_text("note", "Notiz", data.note, 500))
        errors.raise_if_any()
        clean = HoursData(data.day, round(hours, 2), data.volunteer_id, data.project_id, note or "")
        if self._must_join(clean):
            self._check_joining(clean, join_project, today or date.today())
        return clean

    def _must_join(self, data: HoursData) -> bool:
        if data.project_id is None or data.volunteer_id is None:
            return False
        return self.session.get(ProjectVolunteer, (data.project_id, data.volunteer_id)) is None

    def _check_joining(self, data: HoursData, join_project: bool, today: date) -> None:
        volunteer = self.session.get(Volunteer, data.volunteer_id)
        project = self.session.get(Project, data.project_id)
        assert volunteer is not None and project is not None  # checked in validate
        if not join_project:
            raise NotInProjectError(
                f"{volunteer.full_name} ist nicht im Projekt „{project.title}“.", "project_id"
            )
        if project.works_with_children and clearance_problems(self.session, [volunteer.id], today):
            raise DomainError(
                f"{volunteer.full_name} kann nicht einfach in das Projekt „{project.title}“ "
                "aufgenommen werden: Es arbeitet mit Kindern oder Jugendlichen, und ein gültiges "
                "erweitertes Führungszeugnis liegt nicht vor (§ 72a SGB VIII). Bitte im Projekt "
                "zuordnen (mit Begründung) und dann die Stunden eintragen.",
                "project_id",
            )

    def add(
        self, data: HoursData, join_project: bool = False, today: date | None = None
    ) -> HoursEntry:
        """Log hours; with ``join_project`` the volunteer is first added to the project."""
        clean = self.validate(data, join_project, today)
        if self._must_join(clean):
            self.session.add(
                ProjectVolunteer(
                    project_id=clean.project_id, volunteer_id=clean.volunteer_id, since=clean.day
                )
            )
        volunteer = self.session.get(Volunteer, clean.volunteer_id)
        entry = HoursEntry(
            day=clean.day,
            hours=clean.hours,
            volunteer_id=clean.volunteer_id,
            project_id=clean.project_id,
            note=clean.note,
            birth_year=volunteer.birth_year if volunteer else None,
        )
        self.session.add(entry)
        self.session.flush()
        return entry

    def delete(self, entry_id: int) -> None:
        self.session.delete(get_or_fail(self.session, HoursEntry, entry_id, "Ein Stundeneintrag"))
        self.session.flush()

    def of_volunteer(self, volunteer_id: int) -> list[HoursEntry]:
        return list(
            self.session.scalars(
                select(HoursEntry)
                .where(HoursEntry.volunteer_id == volunteer_id)
                .order_by(HoursEntry.day.desc())
            ).all()
        )

    def list(
        self, start: date | None = None, end: date | None = None, project_id: int | None = None
    ) -> list[HoursEntry]:
        query = select(HoursEntry).order_by(HoursEntry.day)
        if start:
            query = query.where(HoursEntry.day >= start)
        if end:
            query = query.where(HoursEntry.day <= end)
        if project_id is not None:
            query = query.where(HoursEntry.project_id == project_id)
        return list(self.session.scalars(query).all())

    def listing(self) -> Sequence[HoursRow]:
        """Every entry as a plain row (id, day, volunteer id, the volunteer's first and last
        name and whether anonymised, project title, hours, note), by day: one joined column
        query, for hundreds of thousands of entries."""
        return column_rows(
            self.session,
            select(
                HoursEntry.id,
                HoursEntry.day,
                HoursEntry.volunteer_id,
                Volunteer.first_name,
                Volunteer.last_name,
                Volunteer.anonymised,
                Project.title,
                HoursEntry.hours,
                HoursEntry.note,
            )
            .outerjoin(Volunteer, HoursEntry.volunteer_id == Volunteer.id)
            .outerjoin(Project, HoursEntry.project_id == Project.id)
            .order_by(HoursEntry.day, HoursEntry.id),
        )
