"""The argument parser of `nfg-desktop`, in German."""

from __future__ import annotations

import argparse
import importlib

from nfg_desktop import __version__
from nfg_desktop.cli import german
from nfg_desktop.cli.commands import COMMAND_MODULES


def build_parser() -> argparse.ArgumentParser:
    german.install()
    parser = argparse.ArgumentParser(
        prog="nfg-desktop",
        description=(
            "NFG Desktop: Partner, Projekte, Ehrenamtliche, Termine und Qualifizierungen eines "
            "„Netzwerks für Generationen“ pflegen und drucken. Ohne Befehl öffnet sich das "
            "Programmfenster."
        ),
        epilog=(
            "Ohne --db wird die Datei aus NFG_DB oder die Standarddatei netzwerk.sqlite benutzt."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"NFG Desktop {__version__}",
        help="Versionsnummer anzeigen und beenden",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--db", metavar="PFAD", help="die Datendatei (SQLite)")
    source.add_argument(
        "--db-url", metavar="URL", help="eine Datenbank als SQLAlchemy-URL, z. B. PostgreSQL"
    )
    subparsers = parser.add_subparsers(
        dest="command", title="Befehle", metavar="BEFEHL", parser_class=argparse.ArgumentParser
    )
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"nfg_desktop.cli.commands.{name}")
        module.register(subparsers)
    return parser
