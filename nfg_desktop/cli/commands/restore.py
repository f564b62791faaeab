"""`restore FILE`: put a backup in place of the data file, after backing up the current state."""

from __future__ import annotations

import argparse
from pathlib import Path

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.store import backup


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "restore",
        help="eine Sicherung zurückspielen (der jetzige Stand wird vorher gesichert)",
        description=(
            "Ersetzt die Datei durch die Sicherung DATEI. Der jetzige Stand wird vorher in den "
            "Sicherungsordner gesichert. Nicht möglich, solange jemand die Datei geöffnet hat."
        ),
    )
    parser.add_argument("file", metavar="DATEI", help="die Sicherung, die zurückgespielt wird")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    if context.db_url:
        raise DomainError("Wiederherstellen geht nur für Datendateien, nicht für --db-url.")
    source = Path(args.file).expanduser()
    backup.check_backup_file(source)
    db_path = context.db_path
    with context.lock_file():
        previous = backup.restore_backup(source, db_path)
    context.print(f"Wiederhergestellt: {db_path}")
    if previous is not None:
        context.print(f"Der vorherige Stand ist gesichert: {previous}")
    return 0
