"""Issue 15 on the command line: a damaged file is reported by `check` and refused by every
writing command before anything is written; the message offers the newest backup."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner
from tests.store import broken_files


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(cli: CliRunner, tmp_path: Path) -> tuple[Path, Path]:
    path = tmp_path / "netz.sqlite"
    assert cli("--db", str(path), "demo").returncode == 0
    made = cli("--db", str(path), "backup")
    assert made.returncode == 0, made.stderr
    broken_files.damage_middle(path)
    return path, Path(made.stdout.strip().splitlines()[-1])


def test_check_reports_a_file_damaged_in_the_middle(
    cli: CliRunner, damaged: tuple[Path, Path]
) -> None:
    path, newest = damaged
    before = _digest(path)
    result = cli("--db", str(path), "check")
    assert result.returncode == 1
    assert "Unversehrtheit: FEHLER" in result.stdout
    assert str(newest) in result.stdout
    assert "unerwarteter Fehler" not in result.stdout + result.stderr
    assert _digest(path) == before


@pytest.mark.parametrize(
    "command",
    [
        ("erase", "volunteer", "3"),
        ("erase", "volunteer", "3", "--anonymise"),
        ("import", "volunteers", "LISTE"),
        ("demo",),
        ("backup",),  # the file is damaged, not the backup drive
    ],
)
def test_writing_commands_refuse_a_damaged_file_before_writing(
    cli: CliRunner, damaged: tuple[Path, Path], tmp_path: Path, command: tuple[str, ...]
) -> None:
    path, newest = damaged
    table = tmp_path / "liste.csv"
    table.write_text("Vorname;Nachname\nAnna;Neu\n", encoding="utf-8")
    before = _digest(path)
    result = cli("--db", str(path), *(str(table) if arg == "LISTE" else arg for arg in command))
    assert result.returncode == 1
    assert "beschädigt" in result.stderr
    assert str(newest) in result.stderr  # the newest backup is offered
    assert "USB-Stick" not in result.stderr and "Sicherungsordner" not in result.stderr
    assert "unerwarteter Fehler" not in result.stderr
    assert _digest(path) == before
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
