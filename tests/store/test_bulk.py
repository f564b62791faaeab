"""Bulk inserts store exactly what SQLAlchemy's insert(table) stores."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlalchemy import insert, select

from nfg_desktop.store import bulk
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import ContactPerson, Partner


def _contacts(partner_id: int, first_id: int, count: int) -> list[tuple[object, ...]]:
    return [
        (
            first_id + number,
            partner_id,
            f"Vorname {number}",
            "Müller" if number % 2 else 'O\'Neil "Ó"',
            number % 3 == 0,
            date(2024, 1, 1 + number % 28) if number % 4 else None,
        )
        for number in range(count)
    ]


def _without_ids(row: Mapping[str, object]) -> dict[str, object]:
    return {key: value for key, value in row.items() if key not in _OWN}


_OWN = ("id", "created_at", "updated_at")


def test_insert_rows_stores_what_insert_stores(db: Database) -> None:
    columns = ("id", "partner_id", "first_name", "last_name", "is_primary", "consent_given_on")
    with db.write() as session:
        partner = Partner(name="Verein")
        session.add(partner)
        session.flush()
        table = bulk.table_of(ContactPerson)
        # more rows than one statement takes, and a last statement with fewer
        ids = bulk.next_ids(session, table, 450)
        assert ids == range(1, 451)
        bulk.insert_rows(session.connection(), table, columns, _contacts(partner.id, 1, 450))
        session.execute(
            insert(table),
            [dict(zip(columns, row, strict=True)) for row in _contacts(partner.id, 1001, 450)],
        )
    with db.read() as session:
        stored = session.execute(select(table).order_by(table.c.id)).all()
    bulk_rows, orm_rows = stored[:450], stored[450:]
    assert len(orm_rows) == 450
    for mine, theirs in zip(bulk_rows, orm_rows, strict=True):
        # the same values, also for the columns left out (defaults), except the ids
        assert mine._mapping["id"] + 1000 == theirs._mapping["id"]
        assert _without_ids(mine._mapping) == _without_ids(theirs._mapping)
    assert bulk_rows[0]._mapping["anonymised"] is False
    assert bulk_rows[3]._mapping["consent_given_on"] == date(2024, 1, 4)


def test_insert_rows_binds_constants_once_per_statement(db: Database) -> None:
    with db.write() as session:
        table = bulk.table_of(Partner)
        bulk.insert_rows(
            session.connection(),
            table,
            ("id", "name"),
            [(number, f"Verein {number}") for number in range(1, 302)],
            constants={"kind": "Schule", "partner_since": date(2020, 2, 29)},
        )
    with db.read() as session:
        rows = session.execute(
            select(Partner.name, Partner.kind, Partner.partner_since, Partner.status)
        ).all()
    assert len(rows) == 301
    assert {(kind, since, status) for _name, kind, since, status in rows} == {
        ("Schule", date(2020, 2, 29), "aktiv")
    }
