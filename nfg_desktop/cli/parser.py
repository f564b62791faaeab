"""The argument parser of `nfg-desktop`, in German."""

from __future__ import annotations

import argparse
import importlib
import sys

from nfg_desktop import __version__
from nfg_desktop.cli import german
from nfg_desktop.cli.commands import COMMAND_MODULES, COMMAND_WORDS

OPTIONS_WITH_VALUE = ("--db", "--db-url")


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv``: with only the command it names, or all of them for help."""
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
    for name in commands_needed(sys.argv[1:] if argv is None else argv):
        module = importlib.import_module(f"nfg_desktop.cli.commands.{name}")
        module.register(subparsers)
    return parser


def command_word(argv: list[str]) -> str | None:
    """The first word that is neither an option nor an option's value."""
    skip_next = False
    for token in argv:
        if skip_next:
            skip_next = False
        elif token in OPTIONS_WITH_VALUE:
            skip_next = True
        elif token == "--":
            return None
        elif not token.startswith("-"):
            return token
    return None


def commands_needed(argv: list[str]) -> tuple[str, ...]:
    if any(token in ("-h", "--help") for token in argv):
        word = command_word(argv)
        return (COMMAND_WORDS[word],) if word in COMMAND_WORDS else COMMAND_MODULES
    word = command_word(argv)
    if word is None:
        return ()  # the window or --version
    if word in COMMAND_WORDS:
        return (COMMAND_WORDS[word],)
    return COMMAND_MODULES  # an unknown word: argparse lists every command in its message
