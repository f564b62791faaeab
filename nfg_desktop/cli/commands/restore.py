"""`restore FILE`: put a backup in place of the data file, after backing up the current state."""

from __future__ import annotations

import argparse
from pathlib import Path

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.store import backup, copying


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="eine Sicherung zurückspielen (der jetzige Stand wird vorher gesichert)",
        description=(
            "Ersetzt die Datei durch die Sicherung DATEI. Der jetzige Stand wird vorher in den "
            "Sicherungsordner gesichert. Nicht möglich, solange jemand die Datei geöffnet hat. "
            "Mit --db-url wird die Sicherung auf den Server gespielt: in eine leere Datenbank, "
            "oder mit --replace anstelle des Netzwerks dort (in einer Transaktion)."
        ),
    )
    parser.add_argument("file", metavar="DATEI", help="die Sicherung, die zurückgespielt wird")
    parser.add_argument(
        "--replace",
        action="store_true",
        help=(
            "mit --db-url: das Netzwerk auf dem Server ersetzen (ohne diese Angabe nur in eine "
            "leere Datenbank; der jetzige Stand wird vorher gesichert)"
        ),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    source = Path(args.file).expanduser()
    if context.db_url:
        previous = copying.restore_to_server(source, context.db_url, replace=args.replace)
        context.print(f"Wiederhergestellt: {copying.describe(context.db_url)}")
        if previous is not None:
            context.print(f"Der vorherige Stand ist gesichert: {previous}")
        return 0
    backup.check_backup_file(source)
    db_path = context.db_path
    with context.lock_file():
        previous = backup.restore_backup(source, db_path)
    context.print(f"Wiederhergestellt: {db_path}")
    if previous is not None:
        context.print(f"Der vorherige Stand ist gesichert: {previous}")
    return 0
