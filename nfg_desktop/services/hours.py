"""Logged volunteer hours (Einsätze)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from nfg_desktop.domain.validation import FieldErrors, check_date, check_optional_text
from nfg_desktop.services.common import get_or_fail
from nfg_desktop.store.models import HoursEntry, Project, Volunteer


@dataclass
class HoursData:
    day: date
    hours: float
    volunteer_id: int | None = None
    project_id: int | None = None
    note: str = ""


class HoursService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def validate(self, data: HoursData) -> HoursData:
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
        return HoursData(data.day, round(hours, 2), data.volunteer_id, data.project_id, note or "")

    def add(self, data: HoursData) -> HoursEntry:
        clean = self.validate(data)
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
