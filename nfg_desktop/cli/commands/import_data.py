"""`import partners|volunteers FILE [--sheet NAME] [--dry-run] [--skip-invalid]
[--on-duplicate skip|update|create]`: read an Excel or CSV list into the file."""

from __future__ import annotations

import argparse
from pathlib import Path

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.io.importing import (
    Action,
    RowStatus,
    dry_run_summary,
    execute,
    is_current,
    prepare,
)
from nfg_desktop.io.mapping import IMPORT_KINDS, KIND_LABELS, field_label, mapping_for
from nfg_desktop.io.readers import read_table
from nfg_desktop.io.safety import backup_before_import

ON_DUPLICATE = {"skip": Action.SKIP, "update": Action.UPDATE, "create": Action.CREATE}


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "import",
        help="Netzwerkpartner oder Ehrenamtliche aus Excel (.xlsx) oder CSV einlesen",
        description=(
            "Liest eine Excel- oder CSV-Liste ein. Jede Zeile wird wie im Formular geprüft; "
            "Duplikate (gleicher Name und Ort bzw. gleicher Name und Geburtsjahr, oder gleiche "
            "E-Mail) werden erkannt. Alles wird in einem Schritt gespeichert – oder nichts."
        ),
    )
    parser.add_argument("kind", choices=IMPORT_KINDS, help="was eingelesen wird")
    parser.add_argument("file", metavar="DATEI", help="die .xlsx- oder .csv-Datei")
    parser.add_argument("--sheet", metavar="NAME", help="Tabellenblatt (Standard: das erste)")
    parser.add_argument(
        "--dry-run", action="store_true", help="nur prüfen und zeigen, nichts speichern"
    )
    parser.add_argument(
        "--skip-invalid",
        action="store_true",
        help="ungültige Zeilen auslassen und den Rest speichern "
        "(ohne diese Angabe wird bei ungültigen Zeilen nichts gespeichert)",
    )
    parser.add_argument(
        "--on-duplicate",
        choices=tuple(ON_DUPLICATE),
        default="skip",
        help="Duplikate überspringen (Standard), vorhandene Einträge in leeren Feldern "
        "ergänzen (update) oder trotzdem neu anlegen (create)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    path = Path(args.file).expanduser()
    table = read_table(path, args.sheet)
    database = context.database()
    with database.read() as session:
        mapping, remembered = mapping_for(session, args.kind, table.headers)
    _print_mapping(context, args.kind, table.headers, mapping, remembered, table.source)
    if not any(mapping):
        context.print("Keine Spalte konnte zugeordnet werden; es wird nichts eingelesen.")
        return 1
    action = ON_DUPLICATE[args.on_duplicate]
    if args.dry_run or database.read_only:
        with database.read() as session:
            plan = prepare(session, args.kind, table, mapping, default_action=action)
        context.print(dry_run_summary(plan).text())
        return 1 if plan.has_invalid and not args.skip_invalid else 0
    with database.read() as session:
        plan = prepare(session, args.kind, table, mapping, default_action=action)
    if plan.has_invalid and not args.skip_invalid:
        summary = dry_run_summary(plan)
        context.print(summary.text())
        context.print(
            f"Nichts gespeichert: {summary.invalid} ungültige Zeile(n). Bitte korrigieren Sie "
            "die Datei oder rufen Sie den Befehl mit --skip-invalid auf."
        )
        return 1
    counts = plan.counts()
    if not counts[RowStatus.NEW] + counts[RowStatus.UPDATE]:
        context.print(dry_run_summary(plan).text())
        context.print(
            f"Nichts einzulesen: von {len(plan.rows)} Zeile(n) ist keine neu oder eine "
            "Aktualisierung; die Datei wurde nicht geändert."
        )
        return 0
    backup = backup_before_import(database, f"Import {KIND_LABELS[args.kind]} aus {path.name}")
    if backup is not None:
        context.print(f"Sicherung vor dem Import: {backup}")
    with database.write() as session:
        # prepared again inside the transaction if the stored records changed meanwhile, so
        # the duplicate check sees the current data
        if not is_current(session, plan):
            plan = prepare(session, args.kind, table, mapping, default_action=action)
        summary = execute(session, plan)
    context.print(summary.text())
    return 0


def _print_mapping(
    context: CommandContext,
    kind: str,
    headers: list[str],
    mapping: list[str],
    remembered: bool,
    source: str,
) -> None:
    how = "gespeicherte Zuordnung" if remembered else "automatische Zuordnung"
    context.print(f"Gelesen: {source}; {how} der Spalten:")
    for header, key in zip(headers, mapping, strict=True):
        target = field_label(kind, key) if key else "(nicht eingelesen)"
        context.print(f"  {header} → {target}")
