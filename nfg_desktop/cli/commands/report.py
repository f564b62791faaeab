"""`report KIND -o FILE.pdf [options]`: print one of the seven reports to a PDF file."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.files import written_beside
from nfg_desktop.reports import REPORTS, ReportOptions, render_noted, report_kind
from nfg_desktop.reports.language import GERMAN, LANGUAGES


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    kinds = "\n".join(f"  {r.id:<16} {r.title}: {r.description}" for r in REPORTS.values())
    parser = subparsers.add_parser(
        "report",
        help="einen Bericht als PDF drucken (Partnerliste, Teilnehmerliste, …)",
        description=f"Schreibt einen Bericht als PDF-Datei (A4).\n\nBerichte:\n{kinds}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("kind", metavar="ART", choices=list(REPORTS), help="welcher Bericht")
    parser.add_argument(
        "-o", "--output", metavar="DATEI.pdf", required=True, help="die PDF-Datei, die entsteht"
    )
    parser.add_argument("--meeting", metavar="NUMMER", type=int, help="Termin (Teilnehmerliste)")
    parser.add_argument(
        "--project", metavar="NUMMER", type=int, help="nur dieses Projekt (Projektsteckbrief)"
    )
    parser.add_argument("--year", metavar="JJJJ", type=int, help="Jahr (Jahresbericht)")
    parser.add_argument(
        "--group-by",
        choices=("kind", "focus"),
        default="kind",
        help="Partnerliste nach Art (kind) oder Schwerpunkt (focus) gruppieren",
    )
    parser.add_argument("--status", metavar="STATUS", help="nur Einträge mit diesem Status")
    parser.add_argument("--focus", metavar="SCHWERPUNKT", help="nur dieser Schwerpunkt")
    parser.add_argument("--landscape", action="store_true", help="Querformat")
    parser.add_argument(
        "--blank-rows",
        metavar="N",
        type=int,
        default=10,
        help="Leerzeilen für Spontangäste (Teilnehmerliste, Standard 10)",
    )
    parser.add_argument(
        "--start-label",
        metavar="N",
        type=int,
        default=1,
        help="erste freie Position auf dem Etikettenbogen (1–24, Adressetiketten)",
    )
    parser.add_argument(
        "--phone",
        action="store_true",
        help="Spalte Telefon (Teilnehmerliste, nur mit Einwilligung)",
    )
    add_language_option(parser)
    parser.set_defaults(handler=run)


def add_language_option(parser: argparse.ArgumentParser) -> None:
    """``--lang de|en``: the printout's language (also for the Auskunft of ``disclose``)."""
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=GERMAN,
        help="Sprache des Ausdrucks: de (Deutsch, Standard) oder en (Englisch)",
    )


def options_from(args: argparse.Namespace, today: date | None = None) -> ReportOptions:
    return ReportOptions(
        today=today or date.today(),
        meeting_id=args.meeting,
        project_id=args.project,
        year=args.year,
        group_by=args.group_by,
        status=args.status,
        focus=args.focus,
        landscape=args.landscape,
        blank_rows=args.blank_rows,
        start_label=args.start_label,
        phone=args.phone,
        language=args.lang,
    )


def write_atomically(path: Path, data: bytes) -> None:
    """Write next to the target and rename, so a half-written PDF never replaces a good one."""
    folder = path.parent
    if not folder.is_dir():
        raise DomainError(f"Den Ordner „{folder}“ gibt es nicht.")
    try:
        with written_beside(path) as partial:
            partial.write_bytes(data)
    except OSError as error:
        raise DomainError(f"Die Datei „{path}“ konnte nicht geschrieben werden: {error}") from None


def run(args: argparse.Namespace, context: CommandContext) -> int:
    output = Path(args.output).expanduser()
    if output.suffix.lower() != ".pdf":
        # A PDF named .txt or .docx would open as garbage in the program the name promises.
        raise DomainError(
            f"Berichte werden als PDF gespeichert: „{output.name}“ hat nicht die Endung .pdf. "
            "Bitte geben Sie einen Dateinamen wie „partnerliste.pdf“ an."
        )
    if args.kind == "attendance" and args.meeting is None:
        raise DomainError("Für die Teilnehmerliste bitte einen Termin angeben: --meeting NUMMER.")
    # A report that reads through the tables alone gets a plain connection: no ORM to import.
    reading = context.read_tables if report_kind(args.kind).tables_only else context.read
    with reading() as source:
        rendered = render_noted(args.kind, source, options_from(args))
    write_atomically(output, rendered.data)
    context.print(f"Bericht gespeichert: {output}")
    if rendered.note:
        print(f"Warnung: {rendered.note}", file=sys.stderr)
    return 0
