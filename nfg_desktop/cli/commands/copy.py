"""`copy QUELLE ZIEL`: a whole network from a file to an empty server database and back."""

from __future__ import annotations

import argparse
from pathlib import Path

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.store import copying
from nfg_desktop.store.lock import read_lock

# The tables whose counts the command prints (the others are compared just as well).
SHOWN = (
    ("partner", "Partner"),
    ("volunteer", "Ehrenamtliche"),
    ("project", "Projekte"),
    ("meeting", "Termine"),
    ("training", "Qualifizierungen"),
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "copy",
        help="ein ganzes Netzwerk von einer Datei auf einen Server kopieren oder zurück",
        description=(
            "Kopiert das ganze Netzwerk aus QUELLE nach ZIEL; jede Seite ist ein Dateipfad oder "
            "eine URL (z. B. postgresql+psycopg://benutzer@server/nfg). Das Ziel muss leer "
            "sein (eine neue Datei oder eine leere Datenbank). Am Ende werden die Anzahlen "
            "aller Tabellen verglichen; schlägt etwas fehl, bleibt das Ziel unverändert. "
            "--db und --db-url werden nicht gebraucht."
        ),
    )
    parser.add_argument("source", metavar="QUELLE", help="Datei oder URL, die kopiert wird")
    parser.add_argument("target", metavar="ZIEL", help="neue Datei oder leere Datenbank (URL)")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    if not copying.is_url(args.source):
        # Read without the lock, as reading commands do: the last saved state.
        holder = read_lock(Path(args.source).expanduser())
        if holder is not None and not holder.is_this_process:
            context.error(
                f"Hinweis: Die Datei wird gerade von {holder.describe()} bearbeitet; "
                "kopiert wird der zuletzt gespeicherte Stand."
            )
    result = copying.copy_network(args.source, args.target)
    context.print(f"Kopiert nach {copying.describe(args.target)}:")
    for table, label in SHOWN:
        context.print(f"  {label}: {result.counts.get(table, 0)}")
    context.print(
        f"Alle {len(result.counts)} Tabellen verglichen: {result.rows} Zeilen, gleich viele "
        "wie in der Quelle."
    )
    return 0
