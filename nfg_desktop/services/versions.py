"""No lost update: a form remembers the version it showed, and a save checks it.

Every editable record carries a version counter (``models.Timestamped``). A form reads it when
it loads (:func:`current_version`) and hands it to the service's ``update`` / ``delete``, which
read the record with :func:`get_for_change`: on a server the row stays locked until the commit
(``SELECT ... FOR UPDATE``), so the check and the write see the same version; when another user
stored the record since the form read it, :class:`ConcurrentEditError` says who and when (from
the change history) and nothing is written. Saving again with ``error.current_version`` and
:func:`mark_overwrite` stores one's own version on purpose ("keep mine"); the history records
that as an overwrite.

:func:`compare` puts the stored version beside the form's, field by field, for the window.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, inspect, select
from sqlalchemy.orm import Session

from nfg_desktop.domain.errors import ConcurrentEditError, NotFoundError, changed_by_text
from nfg_desktop.domain.fields import CONTACT, LISTS, Entity
from nfg_desktop.services.common import MAX_RECORD_ID
from nfg_desktop.services.history import record_names
from nfg_desktop.store import bulk, history
from nfg_desktop.store.models import (
    Base,
    ChangeRecord,
    Meeting,
    Partner,
    Project,
    Timestamped,
    Training,
    Volunteer,
)

ModelT = TypeVar("ModelT", bound=Base)

# The records a form edits, by the form's kind.
MODELS: dict[str, type[Base]] = {
    "partner": Partner,
    "project": Project,
    "volunteer": Volunteer,
    "meeting": Meeting,
    "training": Training,
}

VERSION_READ = "version_read"
NOT_SAVED = "Ihre Änderung wurde nicht gespeichert; Ihre Eingaben stehen noch im Formular."
NOT_DELETED = "Der Eintrag wurde nicht gelöscht."


def current_version(session: Session, kind: str, record_id: int) -> int | None:
    """The stored version of a form's record (None: there is no such record)."""
    model = MODELS[kind]
    return session.scalar(select(model.version).where(model.id == record_id))  # type: ignore[attr-defined]


def last_change(session: Session, entity: str, entity_id: int) -> ChangeRecord | None:
    """The newest history row of a record: who changed it last, and when."""
    return session.scalars(
        select(ChangeRecord)
        .where(ChangeRecord.entity == entity, ChangeRecord.entity_id == entity_id)
        .order_by(ChangeRecord.at.desc(), ChangeRecord.id.desc())
        .limit(1)
    ).first()


def conflict(
    session: Session, record: Timestamped, entity: str, entity_id: int, deleting: bool = False
) -> ConcurrentEditError:
    """The error for a record stored by someone else since the form read it."""
    change = last_change(session, entity, entity_id)
    user = change.user if change is not None else ""
    at = change.at if change is not None else None
    message = (
        f"{changed_by_text(user, at, datetime.now())} {NOT_DELETED if deleting else NOT_SAVED}"
    )
    return ConcurrentEditError(message, entity, entity_id, record.version, user, at)


def get_for_change(
    session: Session,
    model: type[ModelT],
    record_id: int,
    label: str,
    version: int | None,
    *,
    deleting: bool = False,
) -> ModelT:
    """The record a save or delete changes, checked against the ``version`` its form read.

    On a server the row is locked until the commit: nobody else changes it in between, and the
    ORM's ``UPDATE ... WHERE version = ...`` matches. ``version=None`` checks nothing (the
    command line, imports: whoever writes last wins, as with a file of one's own). A save
    calls :func:`touch` when it has applied its changes; a delete passes ``deleting=True``.
    """
    record = None
    if 0 < record_id <= MAX_RECORD_ID:
        record = session.get(model, record_id, with_for_update=True, populate_existing=True)
    entity = bulk.table_of(model).name
    if record is None:
        gone = _deleted_text(session, entity, record_id) if version is not None else ""
        raise NotFoundError(gone or f"{label} mit der Nummer {record_id} gibt es nicht.")
    assert isinstance(record, Timestamped)
    if version is not None and record.version != version:
        raise conflict(session, record, entity, record_id, deleting)
    inspect(record).info[VERSION_READ] = record.version
    return record


def touch(session: Session, record: Timestamped) -> None:
    """A save counts as a change of the record itself, also where only its parts changed (its
    contact persons, tags, ...): a form that read the old version is stopped. Its own columns
    changed already (stored or about to be), nothing more is needed."""
    read = inspect(record).info.get(VERSION_READ)
    if record.version != read or session.is_modified(record, include_collections=False):
        return
    record.updated_at = func.current_timestamp()


def _deleted_text(session: Session, entity: str, entity_id: int) -> str:
    change = last_change(session, entity, entity_id)
    if change is None or change.action not in (history.DELETE, history.ERASE):
        return ""
    text = changed_by_text(change.user, change.at, datetime.now(), deleted=True)
    return f"{text} {NOT_SAVED}"


def mark_overwrite(session: Session) -> None:
    """This transaction stores one's own version over another user's change, knowingly."""
    history.mark_overwrite(session)


# --- the two versions side by side -------------------------------------------------------------

# Form fields that are not declared fields of the entity (parts of the record).
PART_LABELS = {
    "contacts": "Ansprechpersonen",
    "partners": "Projektpartner",
    "volunteers": "Ehrenamtliche",
    "invitations": "Eingeladen",
    "volunteer_ids": "Teilnehmende Ehrenamtliche",
    "coordinator_ids": "Teilnehmende Koordination",
    "contact_id": "Ansprechperson",
}
# Id fields and the record kind they name.
REFERENCES = {
    "partner_id": "partner",
    "contact_id": "contact_person",
    "volunteer_id": "volunteer",
    "coordinator_id": "coordinator",
    "volunteer_ids": "volunteer",
    "coordinator_ids": "coordinator",
}
EMPTY = "—"


@dataclass(frozen=True)
class FieldComparison:
    """One row of the comparison: the field's German label, both values as text."""

    name: str
    label: str
    theirs: str
    mine: str
    differs: bool


def compare(session: Session, kind: str, theirs: Any, mine: Any) -> list[FieldComparison]:
    """The stored version (``theirs``) beside the form's (``mine``), field by field: both are
    the service's data class of the form (e.g. ``PartnerData``)."""
    entity = LISTS[kind]
    names = record_names(session, _references(theirs) | _references(mine))
    rows = []
    for field in dataclasses.fields(mine):
        if field.name == "id":
            continue
        their_value = getattr(theirs, field.name)
        my_value = getattr(mine, field.name)
        rows.append(
            FieldComparison(
                field.name,
                _label(entity, field.name),
                _text(their_value, field.name, names),
                _text(my_value, field.name, names),
                _comparable(their_value) != _comparable(my_value),
            )
        )
    return rows


def _label(entity: Entity, name: str) -> str:
    try:
        return entity.field(name).label
    except KeyError:
        return PART_LABELS.get(name, name)


def _comparable(value: Any) -> Any:
    """Lists compare without their order (tags, contact persons: the form may sort them)."""
    if isinstance(value, list):
        return sorted(map(repr, value))
    return value


def _references(data: Any) -> set[tuple[str, int]]:
    keys: set[tuple[str, int]] = set()

    def visit(item: Any) -> None:
        if not dataclasses.is_dataclass(item) or isinstance(item, type):
            return
        for field in dataclasses.fields(item):
            value = getattr(item, field.name)
            kind = REFERENCES.get(field.name)
            if kind is not None and isinstance(value, int):
                keys.add((kind, value))
            elif kind is not None and isinstance(value, list):
                keys.update((kind, v) for v in value if isinstance(v, int))
            elif isinstance(value, list):
                for element in value:
                    visit(element)

    visit(data)
    return keys


def _text(value: Any, name: str, names: dict[tuple[str, int], str]) -> str:
    kind = REFERENCES.get(name)
    if kind is not None and isinstance(value, int):
        return names.get((kind, value), f"Nr. {value}")
    if kind is not None and isinstance(value, list):
        return _joined([names.get((kind, v), f"Nr. {v}") for v in value], "; ")
    if isinstance(value, list):
        parts = [_item_text(element, names) for element in value]
        return _joined(parts, "; " if any(dataclasses.is_dataclass(v) for v in value) else ", ")
    return _plain(value)


def _item_text(item: Any, names: dict[tuple[str, int], str]) -> str:
    if isinstance(item, tuple):
        return " ".join(_plain(part) for part in item)
    if not dataclasses.is_dataclass(item) or isinstance(item, type):
        return _plain(item)
    if item.__class__.__name__ == "ContactData":
        return _contact_text(item)
    parts = []
    for field in dataclasses.fields(item):
        value = getattr(item, field.name)
        if field.name == "id" or value in (None, "", False, []):
            continue
        text = _text(value, field.name, names)
        if value is True:
            text = PART_LABELS.get(field.name, field.name.replace("_", " "))
        parts.append(text)
    return ", ".join(parts)


def _contact_text(contact: Any) -> str:
    name = f"{contact.first_name} {contact.last_name}".strip()
    details = [
        _plain(getattr(contact, declared.name))
        for declared in CONTACT.fields
        if declared.stored
        and declared.name not in ("first_name", "last_name", "is_primary")
        and getattr(contact, declared.name) not in (None, "", False)
    ]
    if contact.is_primary:
        details.insert(0, CONTACT.field("is_primary").label)
    return f"{name} ({', '.join(details)})" if details else name


def _joined(parts: Sequence[str], separator: str) -> str:
    return separator.join(p for p in parts if p) or EMPTY


def _plain(value: Any) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return f"{value:%d.%m.%Y %H:%M}"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return str(value)
