"""`export partners|contacts|volunteers|projects|hours|meetings FILE`: format from the extension."""

from __future__ import annotations

import argparse
from pathlib import Path

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.io.exporting import EXPORT_KINDS, FORMATS_OF_KIND, export


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    formats = "; ".join(f"{kind}: {', '.join(FORMATS_OF_KIND[kind])}" for kind in EXPORT_KINDS)
    parser = subparsers.add_parser(
        "export",
        help="eine Liste als Excel (.xlsx), CSV, vCard (.vcf) oder Kalender (.ics) speichern",
        description=(
            "Speichert eine ganze Liste; das Format ergibt sich aus der Dateiendung "
            f"({formats}). CSV: UTF-8 mit BOM und Semikolon, wie es das deutsche Excel erwartet. "
            "Kontaktdaten von Personen nur, soweit ihre Einwilligung sie abdeckt."
        ),
    )
    parser.add_argument("kind", choices=EXPORT_KINDS, help="was gespeichert wird")
    parser.add_argument("file", metavar="DATEI", help="Zieldatei, z. B. partner.xlsx")
    parser.set_defaults(handler=run)


# What was written, counted („1 Projekt“, „2 Projekte“).
_COUNTED = {
    "partners": ("Netzwerkpartner", "Netzwerkpartner"),
    "contacts": ("Ansprechperson", "Ansprechpersonen"),
    "volunteers": ("Ehrenamtliche/r", "Ehrenamtliche"),
    "projects": ("Projekt", "Projekte"),
    "hours": ("Stundeneintrag", "Stundeneinträge"),
    "meetings": ("Termin", "Termine"),
}


def run(args: argparse.Namespace, context: CommandContext) -> int:
    path = Path(args.file).expanduser()
    with context.read() as session:
        count = export(session, args.kind, path)
    context.print(f"{german_count(count, *_COUNTED[args.kind])} gespeichert in {path}.")
    return 0
