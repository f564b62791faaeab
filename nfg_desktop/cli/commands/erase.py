"""`erase volunteer|contact ID [--anonymise]`: erase or anonymise a person (Art. 17 DSGVO)."""

from __future__ import annotations

import argparse

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.services import privacy


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "erase",
        help="eine Person endgültig löschen oder anonymisieren (Art. 17 DSGVO)",
        description=(
            "Löscht eine Ehrenamtliche / einen Ehrenamtlichen (volunteer) oder eine "
            "Ansprechperson (contact) mit allen persönlichen Daten, auch aus dem "
            "Änderungsverlauf, und schreibt die Datei neu, damit keine Spur zurückbleibt. "
            "Stundeneinträge bleiben ohne Namen für die Statistik erhalten. Mit --anonymise "
            "werden stattdessen Name und Kontaktdaten durch einen neutralen Platzhalter ersetzt; "
            "Geburtsjahr, Stunden und Anwesenheiten bleiben. Nicht rückgängig zu machen."
        ),
    )
    parser.add_argument("kind", choices=privacy.PERSON_KINDS, help="volunteer oder contact")
    parser.add_argument("id", type=int, metavar="NUMMER", help="die Nummer der Person")
    parser.add_argument(
        "--anonymise",
        action="store_true",
        help="anonymisieren statt löschen (Statistik bleibt vollständig)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    database = context.database(create=False)
    with database.read() as session:
        privacy.get_person(session, args.kind, args.id)
    message = privacy.erase_and_wipe(database, args.kind, args.id, args.anonymise)
    context.print(message)
    return 0
