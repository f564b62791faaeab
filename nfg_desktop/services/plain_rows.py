"""Plain rows read through the tables, without ORM objects: for thousands of records, and
for commands that never need the ORM (the printed partner list reads from a plain connection
and imports neither the ORM nor ``store.models``).
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias, TypeVar, TypeVarTuple

from sqlalchemy import Connection, Row, Select

from nfg_desktop.domain.collation import german_sorted

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    # What plain rows are read from: a service's session, or a plain connection (no ORM).
    RowSource: TypeAlias = Session | Connection

ColumnsT = TypeVarTuple("ColumnsT")


def column_rows(source: RowSource, statement: Select[*ColumnsT]) -> Sequence[Row[*ColumnsT]]:
    """The rows of a select of plain columns (no entities), for thousands of rows.

    Runs on a plain connection (a session's own): the ORM's row handling costs about three
    times as much for column rows and adds nothing to them. A session's pending changes are
    flushed first, as ``session.execute`` would.
    """
    if not isinstance(source, Connection):
        source.flush()
        source = source.connection()
    return source.execute(statement).all()


def record_rows(source: RowSource, statement: Select[*ColumnsT]) -> list[Any]:
    """Like ``column_rows``, as named tuples: for loops that read many fields of thousands of
    rows by name. A SQLAlchemy row looks each name up anew (ten times a tuple's time)."""
    record = namedtuple("record", statement.selected_columns.keys())  # type: ignore[misc]
    return list(map(record._make, column_rows(source, statement)))


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
