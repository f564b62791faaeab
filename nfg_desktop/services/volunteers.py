"""Volunteers, their police clearances, tags and availability."""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from nfg_desktop.domain import clearance
from nfg_desktop.domain.choices import (
    DAY_PARTS,
    VOLUNTEER_STATUSES,
    WEEKDAYS,
    ChoiceList,
    TagKind,
    VolunteerStatus,
)
from nfg_desktop.domain.collation import german_sorted
from nfg_desktop.domain.fields import VOLUNTEER
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.domain.validation import (
    FieldErrors,
    check_birth_year,
    check_choice,
    check_date,
    check_email,
    check_optional_text,
    check_phone,
    check_plain_texts,
    check_postal_code,
    check_required,
    clean_multiline,
    clean_text,
)
from nfg_desktop.services.common import add_choice, get_or_fail, searched
from nfg_desktop.services.plain_rows import column_rows
from nfg_desktop.services.versions import get_for_change, touch
from nfg_desktop.store import bulk, history
from nfg_desktop.store.database import mark_changed
from nfg_desktop.store.models import (
    PoliceClearance,
    Volunteer,
    VolunteerAvailability,
    VolunteerTag,
)


@dataclass
class VolunteerData:
    first_name: str
    last_name: str
    birth_year: int | None = None
    street: str = ""
    postal_code: str = ""
    city: str = ""
    locality: str = ""
    phone: str = ""
    email: str = ""
    status: str = VolunteerStatus.INTERESSIERT.value
    active_since: date | None = None
    left_on: date | None = None
    notes: str = ""
    skills: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)
    # (weekday, day part) pairs, e.g. ("Mo", "vormittags")
    availability: list[tuple[str, str]] = field(default_factory=list)
    consent_given_on: date | None = None
    consent_contact_data: bool = False
    consent_photos: bool = False
    consent_sharing: bool = False
    consent_withdrawn_on: date | None = None

    @classmethod
    def from_volunteer(cls, volunteer: Volunteer) -> VolunteerData:
        return cls(
            **{name: getattr(volunteer, name) for name in VOLUNTEER.stored()},
            skills=volunteer.tag_values(TagKind.SKILL),
            languages=volunteer.tag_values(TagKind.LANGUAGE),
            interests=volunteer.tag_values(TagKind.INTEREST),
            availability=sorted((a.weekday, a.day_part) for a in volunteer.availability),
        )


def _clean_tags(values: list[str]) -> list[str]:
    tags: list[str] = []
    for value in values:
        text = clean_text(value)
        if text and text not in tags:
            tags.append(text)
    return tags


def validate_volunteer(data: VolunteerData, today: date | None = None) -> VolunteerData:
    errors = FieldErrors()
    first = errors.call(check_required, "first_name", "Vorname", data.first_name, 100)
    last = errors.call(check_required, "last_name", "Nachname", data.last_name, 100)
    birth_year = errors.call(check_birth_year, "birth_year", data.birth_year, today)
    texts = check_plain_texts(errors, VOLUNTEER.plain_texts(), data)
    postal_code = errors.call(check_postal_code, "postal_code", data.postal_code)
    phone = errors.call(check_phone, "phone", data.phone)
    email = errors.call(check_email, "email", data.email)
    status = errors.call(check_choice, "status", "Status", data.status, VOLUNTEER_STATUSES)
    since = errors.call(check_date, "active_since", data.active_since, "Aktiv seit")
    left_on = errors.call(check_date, "left_on", data.left_on, "Ausgeschieden am")
    if since and left_on and left_on < since:
        errors.add("left_on", "Ausgeschieden am: darf nicht vor „Aktiv seit“ liegen.")
    given = errors.call(check_date, "consent_given_on", data.consent_given_on, "Einwilligung am")
    withdrawn = errors.call(
        check_date, "consent_withdrawn_on", data.consent_withdrawn_on, "Widerrufen am"
    )
    if given and withdrawn and withdrawn < given:
        errors.add("consent_withdrawn_on", "Widerrufen am: darf nicht vor der Einwilligung liegen.")
    availability: list[tuple[str, str]] = []
    for weekday, day_part in data.availability:
        if weekday not in WEEKDAYS or day_part not in DAY_PARTS:
            errors.add("availability", f"Verfügbarkeit: „{weekday} {day_part}“ ist ungültig.")
        elif (weekday, day_part) not in availability:
            availability.append((weekday, day_part))
    errors.raise_if_any()
    if status == VolunteerStatus.AUSGESCHIEDEN and left_on is None:
        left_on = today or date.today()
    if status != VolunteerStatus.AUSGESCHIEDEN:
        left_on = None
    return VolunteerData(
        first_name=first or "",
        last_name=last or "",
        birth_year=birth_year,
        **texts,
        postal_code=postal_code or "",
        phone=phone or "",
        email=email or "",
        status=status or "",
        active_since=since,
        left_on=left_on,
        notes=clean_multiline(data.notes),
        skills=_clean_tags(data.skills),
        languages=_clean_tags(data.languages),
        interests=_clean_tags(data.interests),
        availability=availability,
        consent_given_on=given,
        consent_contact_data=data.consent_contact_data,
        consent_photos=data.consent_photos,
        consent_sharing=data.consent_sharing,
        consent_withdrawn_on=withdrawn,
    )


def latest_clearances(session: Session) -> dict[int, clearance.ClearanceFacts]:
    """The most recently inspected clearance of every volunteer, by volunteer id (one query,
    for lists of many volunteers)."""
    latest: dict[int, clearance.ClearanceFacts] = {}
    for volunteer_id, issued, inspected, clean in column_rows(
        session,
        select(
            PoliceClearance.volunteer_id,
            PoliceClearance.issued_on,
            PoliceClearance.inspected_on,
            PoliceClearance.clean,
        ).order_by(PoliceClearance.inspected_on),
    ):
        latest[volunteer_id] = clearance.ClearanceFacts(issued, inspected, clean)
    return latest


def clearance_facts(volunteer: Volunteer) -> clearance.ClearanceFacts | None:
    current = volunteer.current_clearance
    if current is None:
        return None
    return clearance.ClearanceFacts(current.issued_on, current.inspected_on, current.clean)


_VOLUNTEER_COLUMNS = VOLUNTEER.stored()


class VolunteerService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, volunteer_id: int) -> Volunteer:
        return get_or_fail(self.session, Volunteer, volunteer_id, "Eine/n Ehrenamtliche/n")

    def create(self, data: VolunteerData, today: date | None = None) -> Volunteer:
        volunteer = Volunteer(first_name="", last_name="")
        # Filled in before it joins the session: a flush on the way (a new skill) would store
        # it half-done and its history would show a create followed by changes.
        self._apply(volunteer, validate_volunteer(data, today))
        self.session.add(volunteer)
        self.session.flush()
        return volunteer

    def create_many(
        self, items: list[VolunteerData], today: date | None = None, validated: bool = False
    ) -> list[int]:
        """Create several volunteers with the rules of ``create`` (imports); returns their ids.

        ``validated``: the items are already what ``validate_volunteer`` returned (the import
        checks every row before it asks to store anything), so they are not checked twice.

        The rows are written with Core bulk inserts in the caller's transaction and their
        history in bulk, as the ORM records a create (``history.insert_created``).
        """
        if not items:
            return []
        checked = items if validated else [validate_volunteer(d, today) for d in items]
        for data in checked:
            for value in data.skills:
                add_choice(self.session, ChoiceList.SKILL, value)
            for value in data.languages:
                add_choice(self.session, ChoiceList.LANGUAGE, value)
        self.session.flush()
        ids = bulk.next_ids(self.session, bulk.table_of(Volunteer), len(checked))
        values_of = attrgetter(*_VOLUNTEER_COLUMNS)
        rows = [
            (volunteer_id, *values_of(data))
            for volunteer_id, data in zip(ids, checked, strict=True)
        ]
        tags: list[tuple[int, str, str]] = []
        slots: list[tuple[int, str, str]] = []
        for data, volunteer_id in zip(checked, ids, strict=True):
            wanted = (
                {(TagKind.SKILL.value, v) for v in data.skills}
                | {(TagKind.LANGUAGE.value, v) for v in data.languages}
                | {(TagKind.INTEREST.value, v) for v in data.interests}
            )
            tags += [(volunteer_id, kind, value) for kind, value in sorted(wanted)]
            slots += [
                (volunteer_id, weekday, part) for weekday, part in sorted(set(data.availability))
            ]
        for model, columns, inserted in (
            (Volunteer, ("id", *_VOLUNTEER_COLUMNS), rows),
            (VolunteerTag, ("volunteer_id", "kind", "value"), tags),
            (VolunteerAvailability, ("volunteer_id", "weekday", "day_part"), slots),
        ):
            history.insert_created(self.session, model, columns, inserted)
        mark_changed(self.session, {"volunteer", "volunteer_tag", "volunteer_availability"})
        return list(ids)

    def update(
        self,
        volunteer_id: int,
        data: VolunteerData,
        today: date | None = None,
        *,
        version: int | None = None,
    ) -> Volunteer:
        volunteer = get_for_change(
            self.session, Volunteer, volunteer_id, "Eine/n Ehrenamtliche/n", version
        )
        self._apply(volunteer, validate_volunteer(data, today))
        touch(self.session, volunteer)
        self.session.flush()
        return volunteer

    def _apply(self, volunteer: Volunteer, data: VolunteerData) -> None:
        for name in _VOLUNTEER_COLUMNS:
            setattr(volunteer, name, getattr(data, name))
        wanted = (
            {(TagKind.SKILL.value, v) for v in data.skills}
            | {(TagKind.LANGUAGE.value, v) for v in data.languages}
            | {(TagKind.INTEREST.value, v) for v in data.interests}
        )
        current = {(tag.kind, tag.value) for tag in volunteer.tags}
        if wanted != current:
            volunteer.tags = [VolunteerTag(kind=k, value=v) for k, v in sorted(wanted)]
        for value in data.skills:
            add_choice(self.session, ChoiceList.SKILL, value)
        for value in data.languages:
            add_choice(self.session, ChoiceList.LANGUAGE, value)
        wanted_slots = set(data.availability)
        if wanted_slots != {(a.weekday, a.day_part) for a in volunteer.availability}:
            volunteer.availability = [
                VolunteerAvailability(weekday=w, day_part=p) for w, p in sorted(wanted_slots)
            ]

    def dependents(self, volunteer_id: int) -> list[str]:
        volunteer = self.get(volunteer_id)
        lines = [f"Projekt „{link.project.title}“" for link in volunteer.project_links]
        if volunteer.clearances:
            lines.append(
                german_count(len(volunteer.clearances), "Eintrag", "Einträge")
                + " zum Führungszeugnis"
            )
        return lines

    def delete(self, volunteer_id: int, *, version: int | None = None) -> None:
        """Delete a volunteer; logged hours stay as anonymous figures."""
        volunteer = get_for_change(
            self.session, Volunteer, volunteer_id, "Eine/n Ehrenamtliche/n", version, deleting=True
        )
        self.session.delete(volunteer)
        self.session.flush()

    def list(
        self,
        search: str | None = None,
        status: str | None = None,
        ids: list[int] | None = None,
    ) -> list[Volunteer]:
        query = select(Volunteer)
        if status:
            query = query.where(Volunteer.status == status)
        if ids is not None:
            query = query.where(Volunteer.id.in_(ids))
        found = searched(
            self.session.scalars(query).all(),
            search,
            lambda v: (v.first_name, v.last_name, v.city, v.locality, v.email),
        )
        return german_sorted(found, key=lambda v: (v.last_name, v.first_name))

    def find(self, volunteer_id: int) -> Volunteer | None:
        """The volunteer, or None if gone (e.g. deleted since an import was checked)."""
        return self.session.get(Volunteer, volunteer_id)

    def identities(self) -> Sequence[Row[int, str, str, int | None, str]]:
        """Id, first and last name, birth year and e-mail of every volunteer who is not
        anonymised, oldest first: what the import's duplicate check compares."""
        return column_rows(
            self.session,
            select(
                Volunteer.id,
                Volunteer.first_name,
                Volunteer.last_name,
                Volunteer.birth_year,
                Volunteer.email,
            )
            .where(Volunteer.anonymised.is_(False))
            .order_by(Volunteer.id),
        )

    def column_values(self, keys: Sequence[str]) -> Sequence[Row[Any]]:
        """The given columns (``Volunteer`` attribute names) of every volunteer who is not
        anonymised, as plain rows: 12,000 volunteers for an export in a fraction of a second."""
        columns = [getattr(Volunteer, key) for key in keys]
        return column_rows(self.session, select(*columns).where(Volunteer.anonymised.is_(False)))

    def tags_by_volunteer(self) -> dict[tuple[int, str], builtins.list[str]]:
        """Every volunteer's tags by (volunteer id, tag kind), alphabetically (one query)."""
        tags: dict[tuple[int, str], builtins.list[str]] = {}
        stored = column_rows(
            self.session, select(VolunteerTag.volunteer_id, VolunteerTag.kind, VolunteerTag.value)
        )
        for volunteer_id, kind, value in german_sorted(stored, key=lambda row: row[2]):
            tags.setdefault((volunteer_id, kind), []).append(value)
        return tags

    def availability_by_volunteer(self) -> dict[int, builtins.list[tuple[str, str]]]:
        """Every volunteer's (weekday, part of day) slots by volunteer id (one query)."""
        slots: dict[int, builtins.list[tuple[str, str]]] = {}
        for volunteer_id, weekday, part in column_rows(
            self.session,
            select(
                VolunteerAvailability.volunteer_id,
                VolunteerAvailability.weekday,
                VolunteerAvailability.day_part,
            ),
        ):
            slots.setdefault(volunteer_id, []).append((weekday, part))
        return slots

    # --- police clearance ------------------------------------------------------------------

    def record_clearance(
        self,
        volunteer_id: int,
        issued_on: date,
        inspected_on: date,
        clean: bool,
        inspected_by: str = "",
    ) -> PoliceClearance:
        volunteer = self.get(volunteer_id)
        by = self.validate_clearance(issued_on, inspected_on, inspected_by)
        record = PoliceClearance(
            issued_on=issued_on, inspected_on=inspected_on, clean=clean, inspected_by=by
        )
        volunteer.clearances.append(record)
        self.session.flush()
        return record

    def validate_clearance(
        self, issued_on: date | None, inspected_on: date | None, inspected_by: str = ""
    ) -> str:
        """Check an inspection before it is recorded; the cleaned "inspected by"."""
        errors = FieldErrors()
        if issued_on is None:
            errors.add("issued_on", "Ausgestellt am: Bitte ausfüllen.")
        if inspected_on is None:
            errors.add("inspected_on", "Eingesehen am: Bitte ausfüllen.")
        errors.check("issued_on", lambda: check_date("issued_on", issued_on, "Ausgestellt am"))
        errors.check(
            "inspected_on", lambda: check_date("inspected_on", inspected_on, "Eingesehen am")
        )
        if issued_on and inspected_on and inspected_on < issued_on:
            errors.add(
                "inspected_on", "Eingesehen am: darf nicht vor dem Ausstellungsdatum liegen."
            )
        elif (
            issued_on and inspected_on and clearance.too_old_at_inspection(issued_on, inspected_on)
        ):
            errors.add(
                "issued_on",
                "Ausgestellt am: Das Führungszeugnis war bei der Einsichtnahme älter als drei "
                "Monate und kann nicht anerkannt werden.",
            )
        by = errors.check(
            "inspected_by",
            lambda: check_optional_text("inspected_by", "Eingesehen von", inspected_by),
        )
        errors.raise_if_any()
        return by or ""

    def clearance_state(self, volunteer: Volunteer, today: date) -> clearance.ClearanceState:
        return clearance.state(clearance_facts(volunteer), today)
