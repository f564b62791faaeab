"""Bulk inserts for imports: many rows in few statements, in the caller's transaction.

SQLAlchemy's ``executemany`` handles the parameters of every row in Python, and SQLite's driver
then runs one statement per row; for the ~100,000 history rows of a large import both cost more
than storing the rows. ``insert_rows`` writes plain tuples with multi-row ``VALUES`` statements
straight to the driver, with the values converted as the column types convert them (dates,
booleans) and the Python-side defaults of the columns left out, as ``insert(table)`` would.
The same statements run on a PostgreSQL server (psycopg's ``%s`` placeholders), where the new
rows' ids come from the tables' sequences (``next_ids``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import chain
from typing import Any

from sqlalchemy import Connection, Table, func, select
from sqlalchemy.orm import Session

# Parameters per statement: SQLite builds before 3.32 allow at most 999.
_MAX_PARAMETERS = 999
_MAX_ROWS = 200


def table_of(model: type[Any]) -> Table:
    table = model.__table__
    assert isinstance(table, Table)
    return table


def next_ids(session: Session, table: Table, count: int) -> Sequence[int]:
    """Ids for ``count`` new rows of ``table``, in the order the rows will be inserted.

    SQLite: the ids it would give the rows itself (the largest so far plus one, ...); naming
    them saves a round trip per row that ``RETURNING`` in row order costs there, and the
    file's single writer keeps them free until the commit. A server has many writers at
    once: the ids are taken from the table's own sequence in one statement, so two imports
    at the same time never get the same id (a sequence never hands out a number twice).
    """
    if count <= 0:
        return range(0)
    if session.get_bind().dialect.name == "sqlite":
        start = (session.scalar(select(func.max(table.c.id))) or 0) + 1
        return range(start, start + count)
    sequence = func.pg_get_serial_sequence(table.name, "id")
    taken = select(func.nextval(sequence)).select_from(func.generate_series(1, count))
    return [int(value) for value in session.scalars(taken)]


def continue_sequences(session: Session, tables: Iterable[Table]) -> None:
    """After rows were stored with ids of their own (the demo network): on a server each
    table's sequence continues after its largest id, so that the next ordinary insert does not
    take an id in use. SQLite needs nothing (it gives the largest id plus one)."""
    if session.get_bind().dialect.name == "sqlite":
        return
    for table in tables:
        column = table.autoincrement_column
        if column is None:
            continue
        sequence = func.pg_get_serial_sequence(table.name, column.name)
        largest = func.max(column)
        session.execute(select(func.setval(sequence, largest)).having(largest.is_not(None)))


def insert_rows(
    connection: Connection,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    constants: Mapping[str, Any] | None = None,
) -> None:
    """Insert ``rows`` (values in the order of ``columns``); ``constants`` are the same for
    every row and bound once per statement. Columns left out get their scalar default."""
    if not rows:
        return
    dialect = connection.dialect
    fixed = dict(constants or {})
    for column in table.columns:
        if column.name in fixed or column.name in columns:
            continue
        default = column.default
        if default is None:
            continue  # NULL, or the database's own default
        if not default.is_scalar:
            raise ValueError(f"{table.name}.{column.name}: only scalar defaults in bulk inserts")
        fixed[column.name] = default.arg  # type: ignore[attr-defined]
    fixed_values = [_bind(table, name, dialect)(value) for name, value in fixed.items()]
    converters = [_bind(table, name, dialect) for name in columns]
    converted: Sequence[Sequence[Any]] = rows
    if any(convert is not _same for convert in converters):
        # Column by column: only the typed columns (dates, flags) pay for a conversion.
        by_column = [
            [value if value is None else convert(value) for value in values]
            if convert is not _same
            else values
            for convert, values in zip(converters, zip(*rows, strict=True), strict=True)
        ]
        converted = list(zip(*by_column, strict=True))
    width = len(columns)
    quote = dialect.identifier_preparer.quote_identifier
    names = ", ".join(quote(name) for name in (*fixed, *columns))
    head = f"INSERT INTO {quote(table.name)} ({names}) VALUES "
    if dialect.name != "sqlite":
        _insert_positional(connection, head, len(fixed) + width, fixed_values, converted)
        return
    per_statement = max(1, min(_MAX_ROWS, (_MAX_PARAMETERS - len(fixed)) // width))
    shared = [f"?{number}" for number in range(1, len(fixed) + 1)]

    def statement(count: int) -> str:
        groups = []
        for row in range(count):
            first = len(fixed) + row * width + 1
            own = [f"?{number}" for number in range(first, first + width)]
            groups.append(f"({', '.join((*shared, *own))})")
        return head + ", ".join(groups)

    full = statement(per_statement)
    for start in range(0, len(converted), per_statement):
        chunk = converted[start : start + per_statement]
        sql = full if len(chunk) == per_statement else statement(len(chunk))
        connection.exec_driver_sql(sql, (*fixed_values, *chain.from_iterable(chunk)))


def _insert_positional(
    connection: Connection,
    head: str,
    width: int,
    fixed_values: Sequence[Any],
    rows: Sequence[Sequence[Any]],
) -> None:
    """The same multi-row inserts for a driver with ``%s`` placeholders (psycopg), which
    cannot name one parameter twice: the constants are sent with every row."""
    group = f"({', '.join(['%s'] * width)})"
    per_statement = _MAX_ROWS
    for start in range(0, len(rows), per_statement):
        chunk = rows[start : start + per_statement]
        sql = head + ", ".join([group] * len(chunk))
        values = chain.from_iterable((*fixed_values, *row) for row in chunk)
        connection.exec_driver_sql(sql, tuple(values))


def _same(value: Any) -> Any:
    return value


def _bind(table: Table, name: str, dialect: Any) -> Callable[[Any], Any]:
    """How the column's type turns a Python value into what the driver stores."""
    column = table.columns[name]
    processor = column.type.dialect_impl(dialect).bind_processor(dialect)
    return processor if processor is not None else _same
