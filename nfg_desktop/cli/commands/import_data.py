"""`import partners|volunteers FILE [--sheet NAME] [--dry-run] [--skip-invalid]
[--on-duplicate skip|update|create] [--map-kind NAME=KIND ...]`: read an Excel or CSV list into the
file. Partner kinds the program does not know are reported with what they become."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlalchemy.orm import Session

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.domain.choices import ChoiceList
from nfg_desktop.domain.collation import fold, fold_spelling
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.io.importing import (
    Action,
    RowStatus,
    dry_run_summary,
    execute,
    is_current,
    prepare,
)
from nfg_desktop.io.kinds import FileKind, file_kinds, remember_kinds
from nfg_desktop.io.mapping import IMPORT_KINDS, KIND_LABELS, PARTNERS, field_label, mapping_for
from nfg_desktop.io.readers import read_table
from nfg_desktop.io.safety import backup_before_import
from nfg_desktop.services.common import choice_options

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
    parser.add_argument(
        "--map-kind",
        dest="kind_choices",
        action="append",
        default=[],
        metavar="NAME=ART",
        help="Partner: eine Art der Datei einer bekannten Art zuordnen, z. B. "
        "„Bibliothek=Sonstige“ (wiederholbar; wird für spätere Importe gemerkt)",
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
        context.error("Keine Spalte konnte zugeordnet werden; es wird nichts eingelesen.")
        return 1
    action = ON_DUPLICATE[args.on_duplicate]
    with database.read() as session:
        kinds = _chosen_kinds(session, args.kind, args.kind_choices)
        if args.kind == PARTNERS:
            _print_kinds(context, file_kinds(session, table, mapping), kinds)
    if args.dry_run or database.read_only:
        with database.read() as session:
            plan = prepare(session, args.kind, table, mapping, default_action=action, kinds=kinds)
        summary = dry_run_summary(plan)
        context.print(summary.text())
        if plan.has_invalid and not args.skip_invalid:
            context.error(
                "Probelauf: "
                + german_count(summary.invalid, "ungültige Zeile", "ungültige Zeilen")
                + ", nichts gespeichert."
            )
            return 1
        return 0
    with database.read() as session:
        plan = prepare(session, args.kind, table, mapping, default_action=action, kinds=kinds)
    if plan.has_invalid and not args.skip_invalid:
        summary = dry_run_summary(plan)
        context.print(summary.text())
        context.error(
            "Nichts gespeichert: "
            + german_count(summary.invalid, "ungültige Zeile", "ungültige Zeilen")
            + ". Bitte korrigieren Sie "
            "die Datei oder rufen Sie den Befehl mit --skip-invalid auf."
        )
        return 1
    counts = plan.counts()
    if not counts[RowStatus.NEW] + counts[RowStatus.UPDATE]:
        context.print(dry_run_summary(plan).text())
        context.print(
            "Nichts einzulesen: von "
            + german_count(len(plan.rows), "Zeile", "Zeilen")
            + " ist keine neu oder eine Aktualisierung; die Datei wurde nicht geändert."
        )
        return 0
    backup = backup_before_import(database, f"Import {KIND_LABELS[args.kind]} aus {path.name}")
    if backup is not None:
        context.print(f"Sicherung vor dem Import: {backup}")
    with database.write() as session:
        # prepared again inside the transaction if the stored records changed meanwhile, so
        # the duplicate check sees the current data
        if not is_current(session, plan):
            plan = prepare(session, args.kind, table, mapping, default_action=action, kinds=kinds)
        if kinds:
            remember_kinds(session, kinds)
        summary = execute(session, plan)
    context.print(summary.text())
    return 0


def _chosen_kinds(session: Session, kind: str, given: list[str]) -> dict[str, str]:
    """``--map-kind NAME=ART`` as a dict; ART must be a known partner kind."""
    if not given:
        return {}
    if kind != PARTNERS:
        raise DomainError("--map-kind gilt nur beim Import von Netzwerkpartnern.")
    known = {fold(option): option for option in choice_options(session, ChoiceList.PARTNER_KIND)}
    chosen: dict[str, str] = {}
    for item in given:
        name, sep, target = item.partition("=")
        if not sep or not name.strip() or fold(target.strip()) not in known:
            raise DomainError(
                f"--map-kind „{item}“: bitte NAME=ART mit einer bekannten Art angeben, z. B. "
                f"„Bibliothek=Sonstige“. Bekannte Arten: {', '.join(known.values())}."
            )
        chosen[name.strip()] = known[fold(target.strip())]
    return chosen


def _print_kinds(context: CommandContext, found: list[FileKind], chosen: dict[str, str]) -> None:
    """The kinds of the file the program does not know yet, and what they become."""
    if not found:
        return
    context.print("Arten, die es noch nicht gibt:")
    own = {fold_spelling(name): target for name, target in chosen.items()}
    for item in found:
        target = own.get(fold_spelling(item.text)) or item.target
        becomes = target or "neue eigene Art"
        rows = german_count(item.rows, "Zeile", "Zeilen")
        context.print(f"  {item.text} → {becomes} ({rows})")
    if any(not (own.get(fold_spelling(i.text)) or i.target) for i in found):
        context.print(
            "  Einer bekannten Art zuordnen mit --map-kind „NAME=ART“ (wird für spätere Importe "
            "gemerkt)."
        )


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
