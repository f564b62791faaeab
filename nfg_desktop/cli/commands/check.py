"""`check`: integrity of the file, schema revision, and counts per entity."""

from __future__ import annotations

import argparse

from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.services.statistics import entity_counts
from nfg_desktop.store import migrate
from nfg_desktop.store.files import damaged_message


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="die Datei prüfen: Unversehrtheit, Schema-Version, Anzahl der Einträge",
        description="Prüft die Datei, ohne sie zu verändern. Rückgabewert 0, wenn alles stimmt.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    database = context.database(create=False, read_only=context.db_url is None)
    with database.engine.connect() as connection:
        if database.engine.dialect.name == "sqlite":
            try:
                problems = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
            except DatabaseError as error:  # so damaged that SQLite stops checking
                problems = [str(error.orig)]
            integrity_ok = problems == ["ok"]
        else:
            problems, integrity_ok = [], True
        revision = migrate.current_revision(connection)
    context.print(f"Datei: {database.display_name}")
    if integrity_ok:
        context.print("Unversehrtheit: in Ordnung")
    else:
        context.print("Unversehrtheit: FEHLER – " + "; ".join(problems[:5]))
        if database.path is not None:
            context.print(damaged_message(database.path))
        return 1
    head = migrate.head_revision()
    if revision == head:
        context.print(f"Schema-Version: {revision} (aktuell)")
    else:
        context.print(
            f"Schema-Version: {revision} (älter als {head}; "
            "wird beim nächsten Öffnen nach einer Sicherung aktualisiert)"
        )
    with database.read() as session:
        for label, count in entity_counts(session).items():
            context.print(f"{label}: {count}")
    return 0
