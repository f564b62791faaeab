"""`backup [--to DIR]`: a checked copy of the data file (or of the server database, as an
SQLite file); prints the path of the copy."""

from __future__ import annotations

import argparse
from pathlib import Path

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.store import backup, copying
from nfg_desktop.store.files import inspect_sqlite_file, missing_file_message


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "backup",
        help="eine Sicherung der Datei anlegen und ihren Pfad ausgeben",
        description=(
            "Legt eine geprüfte Sicherung der Datei an (auch während das Programm geöffnet ist) "
            "und gibt ihren Pfad aus. Ohne --to kommt sie in den Sicherungsordner; dort werden "
            "7 tägliche, 4 wöchentliche und 12 monatliche Sicherungen aufbewahrt."
        ),
    )
    parser.add_argument(
        "--to", metavar="ORDNER", help="die Sicherung in diesen Ordner legen (z. B. USB-Stick)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    folder = Path(args.to).expanduser() if args.to else None
    if context.db_url:
        # A server's backup is an SQLite file like the desktop's: it opens on any laptop.
        target = copying.backup_server(
            context.db_url, reason="manuell", folder=folder, rotate_folder=folder is None
        )
        context.print(str(target))
        return 0
    db_path = context.db_path
    if not db_path.exists():
        raise DomainError(missing_file_message(db_path))
    inspect_sqlite_file(db_path)  # ours, readable, not from a newer version
    context.note_holder()  # the copy is of the last saved state
    if args.to:
        target = backup.create_backup(
            db_path, reason="manuell", folder=Path(args.to).expanduser(), rotate_folder=False
        )
    else:
        target = backup.create_backup(db_path, reason="manuell")
    context.print(str(target))
    return 0
