"""The change history: every insert, update and delete through the ORM is recorded centrally.

``install(session_factory)`` hooks an ``after_flush`` listener into the sessions of a database,
so no service can forget it. For each changed record it writes one ``change_record`` row per field:
who (the operating-system user; on a server the database login), when, which table and
record, old and new value.

Parts of a record without an own number (tags of a volunteer, the volunteers of a project, ...)
are recorded under each record they belong to, with the field named ``<table>(<key>).<column>``.
The rows are written with a Core insert inside the flush, in the same transaction as the change.
"""

from __future__ import annotations

import getpass
import logging
import os
import re
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from itertools import repeat
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, delete, insert, inspect, or_, select
from sqlalchemy.orm import InstanceState, Session, UOWTransaction, sessionmaker
from sqlalchemy.orm.base import NO_VALUE

from nfg_desktop.store import bulk, tables

CREATE = "create"
UPDATE = "update"
DELETE = "delete"
ERASE = "erase"
ANONYMISE = "anonymise"
# A change stored knowingly over another user's newer one ("keep mine" after a conflict).
OVERWRITE = "overwrite"
OVERWRITE_KEY = "history_overwrite"
USER_KEY = "nfg_history_user"

# Records that belong to a person: table -> (column naming the person, tables filed separately).
PERSON_PARTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "volunteer": (
        "volunteer_id",
        ("police_clearance", "hours_entry", "meeting_invitation", "training_attendee"),
    ),
    "contact_person": ("contact_id", ("meeting_invitation",)),
}
# Part rows without an own number that name a person, filed under another record.
PERSON_LINK_TABLES: dict[str, tuple[str, ...]] = {
    "volunteer": ("project_volunteer",),
    "contact_person": (),
}
# Persons deleted along with another record by the database (ON DELETE CASCADE).
PERSONS_OF: dict[str, tuple[str, str]] = {"partner": ("contact_person", "partner_id")}

# Not part of the history: the history itself and technical per-file entries.
UNTRACKED = frozenset(
    table.name for table in (tables.change_record, tables.custom_choice, tables.setting)
)
SKIPPED_COLUMNS = {"created_at", "updated_at", "version"}

log = logging.getLogger(__name__)


def current_user() -> str:
    """The name the person is logged in with on this computer."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser() raises different errors per platform
        return os.environ.get("USERNAME") or os.environ.get("USER") or "unbekannt"


def user_of(session: Session) -> str:
    """Who makes the changes of this session: on a server the database login of the connection
    (each person has their own; ``session_user``, which a ``SET ROLE`` does not change), on a
    file the name the person is logged in with on this computer."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return current_user()
    # Asked once per server connection: Connection.info lives as long as the connection.
    name = connection.info.get(USER_KEY)
    if name is None:
        name = connection.exec_driver_sql("SELECT session_user").scalar() or current_user()
        connection.info[USER_KEY] = name
    return str(name)


def mark_overwrite(session: Session) -> None:
    """The changes of this transaction overwrite another user's newer version on purpose: the
    history records them as such."""
    session.info[OVERWRITE_KEY] = True


def format_value(value: Any) -> str | None:
    """How a value is kept in the history: ISO dates, ja/nein, plain text."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bytes):  # an image (the logo): its size, not its bytes
        return f"Bild ({len(value):,} Bytes)".replace(",", ".")
    return str(value)


def _is_single_id(state: InstanceState[Any]) -> bool:
    pk_columns = list(state.mapper.primary_key)
    return len(pk_columns) == 1 and pk_columns[0].name == "id"


def _table_name(state: InstanceState[Any]) -> str:
    table = state.mapper.local_table
    assert isinstance(table, Table)
    return table.name


def _part_owners(state: InstanceState[Any]) -> list[tuple[str, int, str]]:
    """(owner table, owner id, owner column) for each key column of a part row."""
    owners = []
    obj = state.obj()
    for column in state.mapper.primary_key:
        foreign = next(iter(column.foreign_keys), None)
        if foreign is not None:
            value = getattr(obj, state.mapper.get_property_by_column(column).key)
            owners.append((foreign.column.table.name, value, column.name))
    return owners


def _column_keys(state: InstanceState[Any]) -> list[str]:
    return [
        attr.key
        for attr in state.mapper.column_attrs
        if attr.key not in SKIPPED_COLUMNS and attr.key != "id"
    ]


def _has_value(value: Any) -> bool:
    return value is not NO_VALUE and value is not None and value != "" and value is not False


def _field_changes(state: InstanceState[Any], action: str) -> list[tuple[str, Any, Any]]:
    changes: list[tuple[str, Any, Any]] = []
    for key in _column_keys(state):
        attribute = state.attrs[key]
        if action == CREATE:
            history = attribute.history
            value = history.added[0] if history.added else attribute.loaded_value
            if _has_value(value):
                changes.append((key, None, value))
        elif action == DELETE:
            value = attribute.loaded_value
            if _has_value(value):
                changes.append((key, value, None))
        else:
            history = attribute.history
            if history.added or history.deleted:
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if old != new:
                    changes.append((key, old, new))
    return changes


def _describe_part(changes: list[tuple[str, Any, Any]], owner_column: str, new: bool) -> str:
    values = [(key, new_value if new else old) for key, old, new_value in changes]
    return ", ".join(f"{key}={format_value(value)}" for key, value in values if key != owner_column)


def _rows_for(state: InstanceState[Any], action: str) -> list[tuple[str, int, str, Any, Any]]:
    """(entity, entity id, field, old, new) history rows of one flushed record."""
    changes = _field_changes(state, action)
    if action == UPDATE and not changes:
        return []
    table = _table_name(state)
    if _is_single_id(state):
        entity_id = state.obj().id  # type: ignore[union-attr]
        if not changes:
            changes = [("", None, None)]
        return [(table, entity_id, key, old, new) for key, old, new in changes]
    rows = []
    for owner, owner_id, owner_column in _part_owners(state):
        if owner_id is None:
            continue
        if action == UPDATE:
            key_text = ", ".join(
                f"{c.name}={format_value(getattr(state.obj(), str(c.key)))}"
                for c in state.mapper.primary_key
                if c.name != owner_column
            )
            for key, old, new in changes:
                rows.append((owner, owner_id, f"{table}({key_text}).{key}", old, new))
        else:
            described = _describe_part(changes, owner_column, new=action == CREATE)
            old = described if action == DELETE else None
            new = described if action == CREATE else None
            rows.append((owner, owner_id, table, old, new))
    return rows


def _record_key(state: InstanceState[Any]) -> tuple[str, tuple[Any, ...]]:
    """Which stored record a flushed object is: its table and primary key.

    Not ``id(obj)``: an object flushed earlier in the transaction may be gone by now, and
    Python reuses its number for the next object.
    """
    obj = state.obj()
    values = tuple(
        getattr(obj, state.mapper.get_property_by_column(column).key)
        for column in state.mapper.primary_key
    )
    return _table_name(state), values


def record_changes(session: Session, flush_context: UOWTransaction) -> None:
    """The ``after_flush`` listener: write the history rows of this flush."""
    now = datetime.now().replace(microsecond=0)
    user = user_of(session)
    overwrite = bool(session.info.get(OVERWRITE_KEY))
    created: set[tuple[str, tuple[Any, ...]]] = session.info.setdefault("history_created", set())
    rows: list[dict[str, Any]] = []
    deleted: list[tuple[str, int]] = []
    for state, (is_delete, list_only) in list(flush_context.states.items()):
        obj = state.obj()
        if list_only or _table_name(state) in UNTRACKED:
            continue
        if obj is None:
            # Not expected: the session holds what it flushes. Saving still goes ahead.
            log.error("Verlauf: ein gespeicherter Datensatz (%s) war nicht mehr greifbar", state)
            continue
        # A record created earlier in this transaction: its later changes count as creating it.
        action = mode = UPDATE
        if is_delete:
            action = mode = DELETE
        elif not state.has_identity:
            action = mode = CREATE
            created.add(_record_key(state))
        elif _record_key(state) in created:
            action = CREATE
        elif overwrite:
            action = OVERWRITE
        for entity, entity_id, field, old, new in _rows_for(state, mode):
            rows.append(
                {
                    "at": now,
                    "user": user,
                    "action": action,
                    "entity": entity,
                    "entity_id": int(entity_id),
                    "field": field,
                    "old_value": format_value(old),
                    "new_value": format_value(new),
                }
            )
        if is_delete and _is_single_id(state):
            deleted.append((_table_name(state), obj.id))
    connection = session.connection()
    if rows:
        connection.execute(insert(tables.change_record), rows)
    if deleted:
        _forget_deleted_persons(connection, deleted, user, now)


def record_bulk_creates(
    session: Session,
    model: type[Any],
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
) -> None:
    """The history of records inserted with a Core bulk insert (imports), row for row what
    ``record_changes`` writes when the same records are created through the ORM in one flush.

    ``rows`` are the inserted values in the order of ``columns`` (column names), with ``id`` for
    records with an own number and the owner keys for part rows; columns left out count with
    their default.
    """
    if not rows or bulk.table_of(model).name in UNTRACKED:
        return
    mapper = inspect(model)
    table = mapper.local_table
    assert isinstance(table, Table)
    position = {name: index for index, name in enumerate(columns)}
    # (field, position in a row, or None and the formatted default of a column left out)
    tracked: list[tuple[str, int | None, str | None]] = []
    for attr in mapper.column_attrs:
        if attr.key in SKIPPED_COLUMNS or attr.key == "id":
            continue
        column = attr.columns[0]
        if column.name in position:
            tracked.append((attr.key, position[column.name], None))
            continue
        default = column.default
        fallback = default.arg if default is not None and default.is_scalar else None
        if _has_value(fallback):
            tracked.append((attr.key, None, format_value(fallback)))
    pk_columns = list(mapper.primary_key)
    single_id = len(pk_columns) == 1 and pk_columns[0].name == "id"
    # Plain str: the driver adapts str subclasses (SQLAlchemy's quoted_name) slowly, per row.
    entity = str(table.name)
    owners = [
        (str(foreign.column.table.name), column.name, position.get(column.name))
        for column in pk_columns
        for foreign in list(column.foreign_keys)[:1]
    ]
    # Column by column, what _has_value and format_value make of each value (None: no value).
    values = list(zip(*rows, strict=True))
    texts: list[Sequence[str | None]] = []
    for _key, index, text in tracked:
        if index is None:
            texts.append([text] * len(rows))
            continue
        texts.append(
            [
                None
                if value is None or value is False or value == ""
                else value
                if type(value) is str
                else format_value(value)
                for value in values[index]
            ]
        )
    keys = [key for key, _index, _text in tracked]
    texts_of_rows: Iterable[tuple[str | None, ...]] = (
        zip(*texts, strict=True) if texts else repeat((), len(rows))
    )
    records: list[tuple[Any, ...]] = []
    if single_id:
        for entity_id, row_texts in zip(values[position["id"]], texts_of_rows, strict=True):
            number = int(entity_id)
            changes = [
                (entity, number, key, None, text)
                for key, text in zip(keys, row_texts, strict=True)
                if text is not None
            ]
            # A record without any value still gets its row: who created it, and when.
            records += changes or [(entity, number, "", None, None)]
    else:
        for row, row_texts in zip(rows, texts_of_rows, strict=True):
            for owner, owner_column, owner_index in owners:
                owner_id = row[owner_index] if owner_index is not None else None
                if owner_id is None:
                    continue
                described = ", ".join(
                    f"{key}={text}"
                    for key, text in zip(keys, row_texts, strict=True)
                    if text is not None and key != owner_column
                )
                records.append((owner, int(owner_id), entity, None, described))
    bulk.insert_rows(
        session.connection(),
        tables.change_record,
        ("entity", "entity_id", "field", "old_value", "new_value"),
        records,
        constants={
            "at": datetime.now().replace(microsecond=0),
            "user": user_of(session),
            "action": CREATE,
        },
    )


def insert_created(
    session: Session, model: type[Any], columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Store new records in bulk (imports) together with their history: no bulk insert
    bypasses the history."""
    bulk.insert_rows(session.connection(), bulk.table_of(model), columns, rows)
    record_bulk_creates(session, model, columns, rows)


def _forget_created(session: Session) -> None:
    session.info.pop("history_created", None)
    session.info.pop(OVERWRITE_KEY, None)


# --- purging a person ------------------------------------------------------------------------

_T = tables.change_record.c


def keys_condition(keys: set[tuple[str, int]]) -> ColumnElement[bool]:
    return or_(*(and_(_T.entity == e, _T.entity_id == i) for e, i in sorted(keys)))


def _ids_named(
    connection: Connection, entities: tuple[str, ...], column: str, value: int
) -> set[tuple[str, int]]:
    """(entity, id) of records whose history says ``column`` was ``value``."""
    if not entities:
        return set()
    rows = connection.execute(
        select(_T.entity, _T.entity_id)
        .where(
            _T.entity.in_(entities),
            _T.field == column,
            or_(_T.old_value == str(value), _T.new_value == str(value)),
        )
        .distinct()
    ).all()
    return {(row[0], int(row[1])) for row in rows}


def related_keys(connection: Connection, entity: str, entity_id: int) -> set[tuple[str, int]]:
    """The record itself and, for a person, the records filed separately that belong to them."""
    keys = {(entity, entity_id)}
    if entity in PERSON_PARTS:
        column, tables = PERSON_PARTS[entity]
        keys |= _ids_named(connection, tables, column, entity_id)
    return keys


def purge_person_rows(connection: Connection, entity: str, entity_id: int) -> int:
    """Delete the history rows about a person (Core statements only: usable inside a flush)."""
    keys = related_keys(connection, entity, entity_id)
    removed = (
        connection.execute(delete(tables.change_record).where(keys_condition(keys))).rowcount or 0
    )
    column = PERSON_PARTS[entity][0]
    pattern = re.compile(rf"(^|[(,\s]){column}={entity_id}([),\s]|$)")
    link_tables = PERSON_LINK_TABLES.get(entity, ())
    if link_tables:
        candidates = connection.execute(
            select(_T.id, _T.field, _T.old_value, _T.new_value).where(
                or_(*(_T.field.like(f"{table}%") for table in link_tables))
            )
        ).all()
        doomed = [
            row.id
            for row in candidates
            if any(pattern.search(text or "") for text in (row.field, row.old_value, row.new_value))
        ]
        if doomed:
            connection.execute(delete(tables.change_record).where(_T.id.in_(doomed)))
            removed += len(doomed)
    return removed


def _forget_deleted_persons(
    connection: Connection, deleted: list[tuple[str, int]], user: str, now: datetime
) -> None:
    """A deleted person's values leave the history with them (Art. 17 DSGVO); a row without
    values keeps who deleted the record and when."""
    persons: set[tuple[str, int]] = set()
    for entity, entity_id in deleted:
        if entity in PERSON_PARTS:
            persons.add((entity, entity_id))
        elif entity in PERSONS_OF:
            person_entity, column = PERSONS_OF[entity]
            persons |= _ids_named(connection, (person_entity,), column, entity_id)
    for entity, entity_id in sorted(persons):
        purge_person_rows(connection, entity, entity_id)
    if persons:
        connection.execute(
            insert(tables.change_record),
            [
                {
                    "at": now,
                    "user": user,
                    "action": DELETE,
                    "entity": entity,
                    "entity_id": entity_id,
                    "field": "",
                    "old_value": None,
                    "new_value": None,
                }
                for entity, entity_id in sorted(persons)
            ],
        )


def install(session_factory: sessionmaker[Session]) -> None:
    """Record the history of every session this factory makes; ``Database`` calls it once for
    each factory it makes."""
    from sqlalchemy import event

    event.listen(session_factory, "after_flush", record_changes)
    event.listen(session_factory, "after_commit", _forget_created)
    event.listen(session_factory, "after_rollback", _forget_created)


def add_note(
    session: Session, action: str, entity: str, entity_id: int, text: str | None = None
) -> None:
    """A history row without field values (e.g. that a person was erased, and by whom)."""
    session.connection().execute(
        insert(tables.change_record),
        [
            {
                "at": datetime.now().replace(microsecond=0),
                "user": user_of(session),
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "field": "",
                "old_value": None,
                "new_value": text,
            }
        ],
    )
