"""The parser loads only the command a run needs, and every command word leads to its module."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nfg_desktop.cli.commands import COMMAND_MODULES, COMMAND_WORDS
from nfg_desktop.cli.parser import build_parser, command_word, commands_needed


def test_every_module_registers_the_word_that_names_it() -> None:
    assert sorted(COMMAND_WORDS.values()) == sorted(COMMAND_MODULES)
    for word, module_name in COMMAND_WORDS.items():
        module = importlib.import_module(f"nfg_desktop.cli.commands.{module_name}")
        parser = argparse.ArgumentParser()
        subparsers = parser.add_subparsers(dest="command")
        module.register(subparsers)
        assert list(subparsers.choices) == [word]


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        ([], None),
        (["--version"], None),
        (["--db", "list", "check"], "check"),
        (["--db-url", "sqlite:///x", "report", "-o", "a.pdf"], "report"),
        (["--db=demo.sqlite", "list", "partners"], "list"),
    ],
)
def test_command_word_skips_options_and_their_values(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word


def test_only_the_named_command_is_loaded() -> None:
    assert commands_needed([]) == ()
    assert commands_needed(["--db", "x.sqlite", "list", "partners"]) == ("listing",)
    assert commands_needed(["--help"]) == COMMAND_MODULES
    assert commands_needed(["unknown"]) == COMMAND_MODULES
    parser = build_parser(["--db", "x.sqlite", "export", "partners", "p.csv"])
    args = parser.parse_args(["--db", "x.sqlite", "export", "partners", "p.csv"])
    assert args.command == "export"
    assert callable(args.handler)


def test_version_and_window_start_do_not_load_heavy_libraries() -> None:
    probe = (
        "import sys\n"
        "from nfg_desktop.__main__ import main\n"
        "try:\n"
        "    main(['--version'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = ('sqlalchemy', 'alembic', 'reportlab', 'openpyxl')\n"
        "print('loaded:' + ','.join(m for m in heavy if m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    assert "NFG Desktop" in result.stdout
    assert result.stdout.strip().splitlines()[-1] == "loaded:"
