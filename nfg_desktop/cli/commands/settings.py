"""`settings [--name …] [--municipality …] …`: show or change the network's settings.

Without options it prints them; with options it changes only the fields given, checks
everything (German messages) and stores it in one transaction (recorded in the history).
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.domain.dates import parse_german_date
from nfg_desktop.domain.errors import DomainError, ValidationError
from nfg_desktop.domain.formatting import german_date
from nfg_desktop.services.network import (
    CoordinatorData,
    NetworkData,
    NetworkService,
    read_logo_file,
    split_localities,
)

# option suffix -> (field of CoordinatorData, German label)
COORDINATOR_FIELDS = (
    ("name", "Name"),
    ("function", "Funktion"),
    ("department", "Fachbereich"),
    ("organisation", "Organisation"),
    ("phone", "Telefon"),
    ("email", "E-Mail"),
)
# plain text options: option -> (field of NetworkData, help)
TEXT_OPTIONS = (
    ("--name", "name", "Name des Netzwerks (erscheint in Fenstertitel und Ausdrucken)"),
    ("--form", "form", "Form, z. B. „Runder Tisch der Generationen“"),
    ("--municipality", "municipality", "Kommune"),
    ("--district", "district", "Landkreis"),
    ("--sender-phone", "sender_phone", "Telefon des Absenders für Briefe und Ausdrucke"),
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "settings",
        help="Netzwerk-Einstellungen anzeigen oder ändern (Name, Kommune, Koordination, …)",
        description=(
            "Ohne Optionen werden die Netzwerk-Einstellungen angezeigt. Mit Optionen werden nur "
            "die genannten Angaben geändert; alles wird vor dem Speichern geprüft. Ein leerer "
            'Wert (z. B. --district "") löscht eine Angabe.'
        ),
    )
    for option, _field, text in TEXT_OPTIONS:
        parser.add_argument(option, metavar="TEXT", help=text)
    parser.add_argument("--population", metavar="ZAHL", help="Einwohnerzahl")
    parser.add_argument("--program-start", metavar="DATUM", help="Programmstart, z. B. 01.04.2024")
    parser.add_argument(
        "--ortsteile", metavar="LISTE", help='Ortsteile, durch „;“ getrennt: "Nord;Süd;Au"'
    )
    parser.add_argument(
        "--sender-address",
        metavar="TEXT",
        help='Absenderadresse, Zeilen durch „;“ getrennt: "Rathausplatz 1;71234 Musterhausen"',
    )
    logo = parser.add_mutually_exclusive_group()
    logo.add_argument(
        "--logo", metavar="DATEI", help="Logo für die Kopfzeile der Ausdrucke (PNG/JPEG, ≤ 1 MB)"
    )
    logo.add_argument("--no-logo", action="store_true", help="das Logo entfernen")
    for number in (1, 2):
        for suffix, label in COORDINATOR_FIELDS:
            parser.add_argument(
                f"--coordinator{number}-{suffix}",
                metavar="TEXT",
                help=f"Koordination {number}: {label}",
            )
    parser.add_argument(
        "--no-coordinator2",
        action="store_true",
        help="die zweite Person der Koordination entfernen",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    changes = _changed(args)
    if not changes and not _coordinator_changes(args) and not args.no_coordinator2:
        with context.read() as session:
            data = NetworkService(session).data()
        for line in describe(data):
            context.print(line)
        return 0
    logo = read_logo_file(Path(args.logo)) if args.logo else None
    with context.write() as session:
        service = NetworkService(session)
        data = replace(service.data(), **changes)
        if args.logo:
            data.logo = logo
        elif args.no_logo:
            data.logo = None
        data.coordinators = _merged_coordinators(args, data.coordinators)
        try:
            service.update(data)
        except ValidationError as error:
            raise DomainError(error_line(error)) from error
        saved = service.data()
    context.database().notify_changed({"network", "coordinator"})
    context.print("Netzwerk-Einstellungen gespeichert.")
    for line in describe(saved):
        context.print(line)
    return 0


def _changed(args: argparse.Namespace) -> dict[str, object]:
    changes: dict[str, object] = {}
    for _option, field, _text in TEXT_OPTIONS:
        value = getattr(args, field)
        if value is not None:
            changes[field] = value
    if args.population is not None:
        text = args.population.strip().replace(".", "")
        if not text:
            changes["population"] = None
        elif text.isdigit():
            changes["population"] = int(text)
        else:
            raise DomainError(f"Einwohnerzahl: „{args.population}“ ist keine Zahl.")
    if args.program_start is not None:
        text = args.program_start.strip()
        try:
            changes["program_start"] = parse_german_date(text) if text else None
        except DomainError as error:
            raise DomainError(f"Programmstart: {error.message}") from error
    if args.ortsteile is not None:
        changes["localities"] = split_localities(args.ortsteile)
    if args.sender_address is not None:
        lines = [line.strip() for line in args.sender_address.split(";")]
        changes["sender_address"] = "\n".join(line for line in lines if line)
    if args.logo or args.no_logo:
        changes["logo"] = None  # set in run(): the file is read before the file lock is taken
    return changes


def _coordinator_changes(args: argparse.Namespace) -> dict[int, dict[str, str]]:
    result: dict[int, dict[str, str]] = {}
    for number in (1, 2):
        for suffix, _label in COORDINATOR_FIELDS:
            value = getattr(args, f"coordinator{number}_{suffix}")
            if value is not None:
                result.setdefault(number, {})[suffix] = value
    return result


def _merged_coordinators(
    args: argparse.Namespace, current: list[CoordinatorData]
) -> list[CoordinatorData]:
    people = list(current)
    for number, fields in sorted(_coordinator_changes(args).items()):
        while len(people) < number:
            people.append(CoordinatorData(name=""))
        people[number - 1] = replace(people[number - 1], **fields)
    if args.no_coordinator2:
        if _coordinator_changes(args).get(2):
            raise DomainError("--no-coordinator2 und --coordinator2-… widersprechen sich.")
        people = people[:1]
    return people


def error_line(error: ValidationError) -> str:
    """All field errors in one line; a coordinator's errors say whose they are."""
    parts = []
    for field, message in error.field_errors.items():
        if field.startswith("coordinators["):
            number = int(field[len("coordinators[")]) + 1
            message = f"Koordination {number}, {message}"
        parts.append(message)
    return " ".join(parts)


def describe(data: NetworkData) -> list[str]:
    """The settings as German lines: "Feld: Wert", empty values as „–“."""

    def line(label: str, value: object) -> str:
        return f"{label}: {value if value not in (None, '') else '–'}"

    population = f"{data.population:,}".replace(",", ".") if data.population is not None else ""
    lines = [
        line("Name", data.name),
        line("Form", data.form),
        line("Kommune", data.municipality),
        line("Landkreis", data.district),
        line("Einwohnerzahl", population),
        line("Programmstart", german_date(data.program_start) if data.program_start else ""),
        line("Ortsteile", "; ".join(data.localities)),
        line("Absenderadresse", "; ".join(data.sender_address.splitlines())),
        line("Absender-Telefon", data.sender_phone),
        line("Logo", f"Bild ({len(data.logo) // 1024 or 1} KB)" if data.logo else ""),
    ]
    if not data.coordinators:
        lines.append(line("Koordination", ""))
    for number, person in enumerate(data.coordinators, start=1):
        details = ", ".join(
            value
            for value in (
                person.function,
                person.department,
                person.organisation,
                person.phone,
                person.email,
            )
            if value
        )
        lines.append(
            line(f"Koordination {number}", person.name + (f" ({details})" if details else ""))
        )
    return lines
