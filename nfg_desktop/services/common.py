"""Helpers every service uses: loading by id, column rows, settings, choice options, text search."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar, TypeVarTuple

from sqlalchemy import Row, Select, select
from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import BUILTIN_CHOICES, ChoiceList
from nfg_desktop.domain.collation import german_sorted, matches, search_terms, search_text
from nfg_desktop.domain.errors import NotFoundError
from nfg_desktop.domain.validation import clean_text
from nfg_desktop.store.models import Base, CustomChoice, Setting

ModelT = TypeVar("ModelT", bound=Base)
ColumnsT = TypeVarTuple("ColumnsT")


# Record ids are SQLite's signed 64-bit integers; a larger number cannot name a record.
MAX_RECORD_ID = 2**63 - 1


def get_or_fail(session: Session, model: type[ModelT], record_id: int, label: str) -> ModelT:
    record = session.get(model, record_id) if 0 < record_id <= MAX_RECORD_ID else None
    if record is None:
        raise NotFoundError(f"{label} mit der Nummer {record_id} gibt es nicht.")
    return record


def column_rows(session: Session, statement: Select[*ColumnsT]) -> Sequence[Row[*ColumnsT]]:
    """The rows of a select of plain columns (no entities), for thousands of rows.

    Runs on the session's connection: the ORM's row handling costs about three times as much
    for column rows and adds nothing to them. Pending changes are flushed first, as
    ``session.execute`` would.
    """
    session.flush()
    return session.connection().execute(statement).all()


def record_rows(session: Session, statement: Select[*ColumnsT]) -> list[Any]:
    """Like ``column_rows``, as named tuples: for loops that read many fields of thousands of
    rows by name. A SQLAlchemy row looks each name up anew (ten times a tuple's time)."""
    record = namedtuple("record", statement.selected_columns.keys())  # type: ignore[misc]
    return list(map(record._make, column_rows(session, statement)))


def setting_value(session: Session, key: str) -> str | None:
    """A stored setting's text, None if it was never stored."""
    setting = session.get(Setting, key)
    return None if setting is None else setting.value


def store_setting(session: Session, key: str, value: str) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
    session.flush()


def choice_options(session: Session, list_name: ChoiceList) -> list[str]:
    """The built-in entries of an extendable list, then the user's own, alphabetically."""
    builtin = list(BUILTIN_CHOICES[list_name])
    custom = german_sorted(
        session.scalars(
            select(CustomChoice.label).where(CustomChoice.list_name == list_name.value)
        ).all(),
        key=str,
    )
    return builtin + [label for label in custom if label not in builtin]


def add_choice(session: Session, list_name: ChoiceList, label: str) -> str:
    """Remember a new entry of an extendable list (e.g. an own partner kind)."""
    text = clean_text(label)
    if not text:
        return text
    # Known entries are looked up once per session (an import adds thousands of records).
    cache: dict[ChoiceList, set[str]] = session.info.setdefault("choice_options", {})
    known = cache.get(list_name)
    if known is None:
        known = cache[list_name] = set(choice_options(session, list_name))
    if text in known:
        return text
    session.add(CustomChoice(list_name=list_name.value, label=text))
    session.flush()
    known.add(text)
    return text


class ContactRow(Protocol):
    partner_id: int
    is_primary: bool
    last_name: str


ContactRowT = TypeVar("ContactRowT", bound=ContactRow)


def shown_contacts(contacts: Iterable[ContactRowT]) -> dict[int, ContactRowT]:
    """The contact person a partner's list row and printouts show, by partner id: the primary
    one, else the first by last name in German order (on every database, whatever its
    collation)."""
    by_partner: dict[int, list[ContactRowT]] = {}
    for contact in contacts:
        by_partner.setdefault(contact.partner_id, []).append(contact)
    shown: dict[int, ContactRowT] = {}
    for partner_id, group in by_partner.items():
        primary = next((contact for contact in group if contact.is_primary), None)
        shown[partner_id] = primary or german_sorted(group, key=lambda c: c.last_name)[0]
    return shown


def searched(
    records: Iterable[ModelT], text: str | None, texts: Callable[[ModelT], Iterable[str | None]]
) -> list[ModelT]:
    """The records whose ``texts`` hold every word of ``text`` (folded: Müller ~ mueller)."""
    terms = search_terms(text or "")
    if not terms:
        return list(records)
    return [
        record
        for record in records
        if matches(terms, search_text("\n".join(t for t in texts(record) if t)))
    ]
