"""Reading the change history (Verlauf), and purging a person's values from it.

The history is written centrally by ``nfg_desktop.store.history``; this module only reads,
filters and — when a person is erased or anonymised — removes what it says about them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, delete, or_, select
from sqlalchemy.orm import Session

from nfg_desktop.domain.collation import german_sorted
from nfg_desktop.domain.fields import history_labels
from nfg_desktop.store import history as recorder
from nfg_desktop.store.history import ANONYMISE, CREATE, DELETE, ERASE, OVERWRITE, UPDATE
from nfg_desktop.store.models import (
    ChangeRecord,
    ContactPerson,
    Coordinator,
    Meeting,
    Network,
    Partner,
    Project,
    Training,
    Volunteer,
)

CLEARANCE_EXPIRY = "clearance_expiry"

ENTITY_LABELS = {
    "network": "Netzwerk",
    "coordinator": "Koordination",
    "partner": "Partner",
    "contact_person": "Ansprechperson",
    "volunteer": "Ehrenamtliche/r",
    "police_clearance": "Führungszeugnis",
    "project": "Projekt",
    "hours_entry": "Stundeneintrag",
    "meeting": "Termin",
    "meeting_invitation": "Einladung",
    "training": "Qualifizierung",
    "training_attendee": "Teilnahme an Qualifizierung",
}

# Labels of the declared fields come from their declaration (domain/fields.py); these are the
# other columns and the part rows.
FIELD_LABELS = {
    **history_labels(),
    "anonymised": "Anonymisiert",
    "issued_on": "Ausgestellt am",
    "inspected_on": "Eingesehen am",
    "clean": "Einwandfrei",
    "inspected_by": "Eingesehen von",
    "hours": "Stunden",
    "note": "Notiz",
    "attended": "Anwesend",
    "role": "Rolle",
    "since": "Seit",
    "clearance_override_reason": "Begründung ohne Führungszeugnis",
    "volunteer_id": "Ehrenamtliche/r (Nr.)",
    "partner_id": "Partner (Nr.)",
    "project_id": "Projekt (Nr.)",
    "meeting_id": "Termin (Nr.)",
    "training_id": "Qualifizierung (Nr.)",
    "coordinator_id": "Koordination (Nr.)",
    "volunteer_tag": "Fähigkeit/Sprache/Interesse",
    "volunteer_availability": "Verfügbarkeit",
    "partner_focus": "Schwerpunkt",
    "partner_target_group": "Zielgruppe",
    "project_focus": "Schwerpunkt",
    "project_target_group": "Zielgruppe",
    "project_needed_skill": "Gesuchte Fähigkeit",
    "project_partner": "Projektpartner",
    "project_volunteer": "Projekt-Ehrenamtliche",
    "form": "Form",
    "municipality": "Kommune",
    "district": "Landkreis",
    "population": "Einwohnerzahl",
    "program_start": "Programmstart",
    "network_id": "Netzwerk (Nr.)",
    "position": "Reihenfolge",
    "department": "Fachbereich",
    "localities": "Ortsteile",
    "sender_address": "Absenderadresse",
    "sender_phone": "Absender-Telefon",
    "logo": "Logo",
    "organisation": "Organisation",
    "target_group": "Zielgruppe",
    "skill": "Fähigkeit",
    "weekday": "Wochentag",
    "day_part": "Tageszeit",
    "value": "Wert",
    "list_name": "Auswahlliste",
    "label": "Eintrag",
    "key": "Einstellung",
}

ACTION_LABELS = {
    CREATE: "angelegt",
    UPDATE: "geändert",
    OVERWRITE: "geändert (Änderung eines anderen überschrieben)",
    DELETE: "gelöscht",
    ERASE: "gelöscht (Art. 17 DSGVO)",
    ANONYMISE: "anonymisiert (Art. 17 DSGVO)",
    CLEARANCE_EXPIRY: "Führungszeugnis-Einträge gelöscht (Frist nach dem Ausscheiden)",
}

ERASED_TEXT = "[gelöscht]"


def entity_label(entity: str) -> str:
    return ENTITY_LABELS.get(entity, entity)


def field_label(field: str) -> str:
    """German name of a history field; part rows keep their key (``table(key).column``)."""
    if field in FIELD_LABELS:
        return FIELD_LABELS[field]
    table, _, rest = field.partition("(")
    if rest and table in FIELD_LABELS:
        key, _, column = rest.rpartition(").")
        return f"{FIELD_LABELS[table]} ({key}): {FIELD_LABELS.get(column, column)}"
    return field


def action_label(action: str) -> str:
    return ACTION_LABELS.get(action, action)


# The columns that name a record of each kind, for "Partner 12: Caritasverband Süd".
NAME_COLUMNS: dict[str, tuple[Any, ...]] = {
    "network": (Network.name,),
    "coordinator": (Coordinator.name,),
    "partner": (Partner.name,),
    "contact_person": (ContactPerson.first_name, ContactPerson.last_name),
    "volunteer": (Volunteer.first_name, Volunteer.last_name),
    "project": (Project.title,),
    "meeting": (Meeting.title,),
    "training": (Training.title,),
}
NAME_CHUNK = 500


def record_names(session: Session, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], str]:
    """The current names of the records in ``keys`` (entity, id), read per kind in chunks; a
    record that no longer exists (deleted, erased) has none."""
    wanted: dict[str, set[int]] = {}
    for entity, entity_id in keys:
        if entity in NAME_COLUMNS:
            wanted.setdefault(entity, set()).add(entity_id)
    names: dict[tuple[str, int], str] = {}
    for entity, ids in wanted.items():
        columns = NAME_COLUMNS[entity]
        id_column = columns[0].class_.id
        ordered = sorted(ids)
        for start in range(0, len(ordered), NAME_CHUNK):
            chunk = ordered[start : start + NAME_CHUNK]
            for row in session.execute(select(id_column, *columns).where(id_column.in_(chunk))):
                text = " ".join(str(part) for part in row[1:] if part).strip()
                if text:
                    names[(entity, int(row[0]))] = text
    return names


def record_label(entity: str, entity_id: int, names: dict[tuple[str, int], str]) -> str:
    """ "Partner 12: Caritasverband Süd", or "Partner 12" when the record is gone."""
    label = f"{entity_label(entity)} {entity_id}"
    name = names.get((entity, entity_id))
    return f"{label}: {name}" if name else label


@dataclass(frozen=True)
class HistoryFilter:
    """What the history viewer asks for; every part is optional."""

    entity: str | None = None
    entity_ids: tuple[int, ...] | None = None
    user: str | None = None
    action: str | None = None
    start: date | None = None
    end: date | None = None
    text: str | None = None


def _apply(query: Select[ChangeRecord], spec: HistoryFilter) -> Select[ChangeRecord]:
    if spec.entity:
        query = query.where(ChangeRecord.entity == spec.entity)
    if spec.entity_ids is not None:
        query = query.where(ChangeRecord.entity_id.in_(spec.entity_ids))
    if spec.user:
        query = query.where(ChangeRecord.user == spec.user)
    if spec.action:
        query = query.where(ChangeRecord.action == spec.action)
    if spec.start:
        query = query.where(ChangeRecord.at >= datetime.combine(spec.start, time.min))
    if spec.end:
        query = query.where(
            ChangeRecord.at < datetime.combine(spec.end + timedelta(days=1), time.min)
        )
    for word in (spec.text or "").split():
        pattern = f"%{word.lower()}%"
        query = query.where(
            or_(
                ChangeRecord.field.ilike(pattern),
                ChangeRecord.old_value.ilike(pattern),
                ChangeRecord.new_value.ilike(pattern),
            )
        )
    return query


def list_changes(
    session: Session, spec: HistoryFilter | None = None, limit: int | None = None
) -> list[ChangeRecord]:
    """History rows matching ``spec``, newest first."""
    query = _apply(select(ChangeRecord), spec or HistoryFilter())
    query = query.order_by(ChangeRecord.at.desc(), ChangeRecord.id.desc())
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query).all())


def related_keys(session: Session, entity: str, entity_id: int) -> set[tuple[str, int]]:
    """The record itself and the records filed separately that belong to it (for persons: their
    clearances, hours, invitations and training attendances)."""
    return recorder.related_keys(session.connection(), entity, entity_id)


def history_of(
    session: Session, entity: str, entity_id: int, spec: HistoryFilter | None = None
) -> list[ChangeRecord]:
    """Everything the history says about one record (with a person's parts), newest first."""
    keys = related_keys(session, entity, entity_id)
    query = _apply(
        select(ChangeRecord).where(recorder.keys_condition(keys)), spec or HistoryFilter()
    )
    return list(
        session.scalars(query.order_by(ChangeRecord.at.desc(), ChangeRecord.id.desc())).all()
    )


def users(session: Session) -> list[str]:
    return german_sorted(session.scalars(select(ChangeRecord.user).distinct()), key=str)


def purge_person(session: Session, entity: str, entity_id: int, identifying: list[str]) -> int:
    """Remove what the history says about a person; return how many rows went or changed.

    Deletes the rows of the person's record and of their parts and the rows of link rows naming
    them (e.g. their place in a project), and replaces any of the ``identifying`` texts (full
    name, e-mail, phone, street) that remain in other rows by „[gelöscht]“.
    """
    session.flush()
    removed = recorder.purge_person_rows(session.connection(), entity, entity_id)
    texts = sorted({t.strip() for t in identifying if t and len(t.strip()) >= 3}, key=len)[::-1]
    if texts:
        removed += _scrub(session, texts)
    session.expire_all()
    return removed


def _scrub(session: Session, texts: list[str]) -> int:
    conditions = []
    for text in texts:
        pattern = f"%{text}%"
        conditions += [ChangeRecord.old_value.ilike(pattern), ChangeRecord.new_value.ilike(pattern)]
    regex = re.compile("|".join(re.escape(t) for t in texts), re.IGNORECASE)
    changed = 0
    for record in session.scalars(select(ChangeRecord).where(or_(*conditions))).all():
        old = regex.sub(ERASED_TEXT, record.old_value) if record.old_value else record.old_value
        new = regex.sub(ERASED_TEXT, record.new_value) if record.new_value else record.new_value
        if (old, new) != (record.old_value, record.new_value):
            record.old_value, record.new_value = old, new
            changed += 1
    session.flush()
    return changed


def purge_records(session: Session, keys: set[tuple[str, int]]) -> int:
    """Delete the history rows of the given records (e.g. deleted clearance entries)."""
    if not keys:
        return 0
    result = session.execute(delete(ChangeRecord).where(recorder.keys_condition(keys)))
    return int(getattr(result, "rowcount", 0) or 0)
