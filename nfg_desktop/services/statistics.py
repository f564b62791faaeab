"""Counts and figures of the network, for `check`, the overview and the annual report."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nfg_desktop.store.models import (
    ContactPerson,
    HoursEntry,
    Meeting,
    Partner,
    Project,
    Training,
    Volunteer,
)

COUNTED: tuple[tuple[str, type], ...] = (
    ("Partner", Partner),
    ("Ansprechpersonen", ContactPerson),
    ("Projekte", Project),
    ("Ehrenamtliche", Volunteer),
    ("Stundeneinträge", HoursEntry),
    ("Termine", Meeting),
    ("Qualifizierungen", Training),
)


def entity_counts(session: Session) -> dict[str, int]:
    """German label -> number of records, for every kept entity."""
    return {
        label: session.scalar(select(func.count()).select_from(model)) or 0
        for label, model in COUNTED
    }


def count_by(session: Session, column: object) -> dict[str, int]:
    """Number of rows per value of ``column`` (e.g. ``Partner.status``)."""
    rows = session.execute(select(column, func.count()).group_by(column)).all()  # type: ignore[call-overload]
    return {str(value): int(count) for value, count in rows}
