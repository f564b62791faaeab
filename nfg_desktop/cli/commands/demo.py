"""`demo [--scale N]`: fill an empty file with the demo network Musterhausen."""

from __future__ import annotations

import argparse
import time

from nfg_desktop.cli.context import CommandContext
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.services.demo import build_demo


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="eine leere Datei mit dem Demo-Netzwerk „Musterhausen“ füllen",
        description="Füllt eine leere Datei mit einem erfundenen, realistischen Netzwerk.",
    )
    parser.add_argument(
        "--scale",
        type=int,
        default=1,
        metavar="N",
        help="N-fache Größe (Standard 1: etwa 40 Partner, 120 Ehrenamtliche)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: CommandContext) -> int:
    started = time.perf_counter()
    with context.write() as session:
        summary = build_demo(session, scale=args.scale)
    context.database().notify_changed({"partner", "volunteer", "project", "meeting", "training"})
    seconds = time.perf_counter() - started
    context.print(
        "Demo-Netzwerk angelegt: "
        + ", ".join(
            [
                german_count(summary.partners, "Partner", "Partner"),
                german_count(summary.contacts, "Ansprechperson", "Ansprechpersonen"),
                german_count(summary.projects, "Projekt", "Projekte"),
                german_count(summary.volunteers, "Ehrenamtliche/r", "Ehrenamtliche"),
                german_count(summary.hours, "Stundeneintrag", "Stundeneinträge"),
                german_count(summary.meetings, "Termin", "Termine"),
                german_count(summary.trainings, "Qualifizierung", "Qualifizierungen"),
            ]
        )
        + f" ({seconds:.1f} s)."
    )
    return 0
