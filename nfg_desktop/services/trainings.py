"""Trainings (Qualifizierungen) and who attended them."""

from __future__ import annotations

import builtins
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import FocusArea
from nfg_desktop.domain.fields import TRAINING
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.domain.validation import (
    FieldErrors,
    check_date,
    check_optional_text,
    check_required,
    clean_multiline,
)
from nfg_desktop.services.common import get_or_fail, searched
from nfg_desktop.services.versions import get_for_change, touch
from nfg_desktop.store.models import Coordinator, Training, TrainingAttendee, Volunteer


@dataclass
class TrainingData:
    title: str
    day: date
    focus: str = ""
    provider: str = ""
    notes: str = ""
    volunteer_ids: list[int] = field(default_factory=list)
    coordinator_ids: list[int] = field(default_factory=list)

    @classmethod
    def from_training(cls, training: Training) -> TrainingData:
        return cls(
            **{name: getattr(training, name) for name in TRAINING.stored()},
            volunteer_ids=[a.volunteer_id for a in training.attendees if a.volunteer_id],
            coordinator_ids=[a.coordinator_id for a in training.attendees if a.coordinator_id],
        )


class TrainingService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, training_id: int) -> Training:
        return get_or_fail(self.session, Training, training_id, "Eine Qualifizierung")

    def validate(self, data: TrainingData) -> TrainingData:
        errors = FieldErrors()
        title = errors.check("title", lambda: check_required("title", "Titel", data.title, 300))
        if data.day is None:
            errors.add("day", "Datum: Bitte ausfüllen.")
        else:
            errors.check("day", lambda: check_date("day", data.day, "Datum"))
        if data.focus and data.focus not in list(FocusArea):
            errors.add("focus", f"Schwerpunkt: „{data.focus}“ ist kein gültiger Eintrag.")
        provider = errors.check(
            "provider", lambda: check_optional_text("provider", "Anbieter", data.provider, 300)
        )
        volunteer_ids = list(dict.fromkeys(data.volunteer_ids))
        coordinator_ids = list(dict.fromkeys(data.coordinator_ids))
        for vid in volunteer_ids:
            if self.session.get(Volunteer, vid) is None:
                errors.add(
                    "attendees", f"Teilnehmende: Ehrenamtliche/r Nummer {vid} gibt es nicht."
                )
        for cid in coordinator_ids:
            if self.session.get(Coordinator, cid) is None:
                errors.add("attendees", f"Teilnehmende: Koordination Nummer {cid} gibt es nicht.")
        errors.raise_if_any()
        return TrainingData(
            title=title or "",
            day=data.day,
            focus=data.focus or "",
            provider=provider or "",
            notes=clean_multiline(data.notes),
            volunteer_ids=volunteer_ids,
            coordinator_ids=coordinator_ids,
        )

    def create(self, data: TrainingData) -> Training:
        training = Training(title="", day=data.day)
        self.session.add(training)
        self._apply(training, self.validate(data))
        self.session.flush()
        return training

    def update(
        self, training_id: int, data: TrainingData, *, version: int | None = None
    ) -> Training:
        training = get_for_change(
            self.session, Training, training_id, "Eine Qualifizierung", version
        )
        self._apply(training, self.validate(data))
        touch(self.session, training)
        self.session.flush()
        return training

    def _apply(self, training: Training, data: TrainingData) -> None:
        for name in TRAINING.stored():
            setattr(training, name, getattr(data, name))
        current = {(a.volunteer_id, a.coordinator_id): a for a in training.attendees}
        wanted = [(vid, None) for vid in data.volunteer_ids] + [
            (None, cid) for cid in data.coordinator_ids
        ]
        training.attendees = [
            current.get(key) or TrainingAttendee(volunteer_id=key[0], coordinator_id=key[1])
            for key in wanted
        ]

    def dependents(self, training_id: int) -> list[str]:
        training = self.get(training_id)
        return (
            [german_count(len(training.attendees), "Teilnehmende/r", "Teilnehmende")]
            if training.attendees
            else []
        )

    def delete(self, training_id: int, *, version: int | None = None) -> None:
        training = get_for_change(
            self.session, Training, training_id, "Eine Qualifizierung", version, deleting=True
        )
        self.session.delete(training)
        self.session.flush()

    def list(self, search: str | None = None, focus: str | None = None) -> list[Training]:
        query = select(Training).order_by(Training.day.desc())
        if focus:
            query = query.where(Training.focus == focus)
        return searched(self.session.scalars(query).all(), search, lambda t: (t.title, t.provider))

    def of_volunteer(self, volunteer_id: int) -> builtins.list[Training]:
        """The trainings a volunteer attended, newest first."""
        query = (
            select(Training)
            .join(TrainingAttendee)
            .where(TrainingAttendee.volunteer_id == volunteer_id)
            .order_by(Training.day.desc())
        )
        return list(self.session.scalars(query).all())
