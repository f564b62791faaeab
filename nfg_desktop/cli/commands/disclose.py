"""`disclose volunteer|contact ID -o FILE`: Auskunft (Art. 15 DSGVO) as PDF or JSON."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from nfg_desktop.cli.commands.report import add_language_option
from nfg_desktop.cli.context import CommandContext
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.reports import disclosure as report
from nfg_desktop.reports.fonts import missing_note, recording_missing
from nfg_desktop.services.disclosure import build_disclosure
from nfg_desktop.services.privacy import PERSON_KINDS


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "disclose",
        help="Auskunft nach Art. 15 DSGVO über eine Person als PDF oder JSON",
        description=(
            "Schreibt alles, was über eine Ehrenamtliche / einen Ehrenamtlichen (volunteer) oder "
            "eine Ansprechperson (contact) gespeichert ist, in eine Datei: .pdf zum Lesen, "
            ".json maschinenlesbar."
        ),
    )
    parser.add_argument("kind", choices=PERSON_KINDS, help="volunteer oder contact")
    parser.add_argument("id", type=int, metavar="NUMMER", help="die Nummer der Person")
    parser.add_argument(
        "-o", "--output", required=True, metavar="DATEI", help="Zieldatei (.pdf oder .json)"
    )
    add_language_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    target = Path(args.output).expanduser()
    if target.suffix.lower() not in report.FORMATS:
        raise DomainError(
            f"Die Zieldatei „{target.name}“ muss auf .pdf oder .json enden "
            "(das Format ergibt sich aus der Endung)."
        )
    with context.read() as session:
        disclosure = build_disclosure(session, args.kind, args.id)
    with recording_missing() as missing:
        report.write(disclosure, target, args.lang)
    context.print(f"Auskunft über „{disclosure.person_name}“ geschrieben: {target}")
    if missing:
        print(f"Warnung: {missing_note(missing)}", file=sys.stderr)
    return 0
