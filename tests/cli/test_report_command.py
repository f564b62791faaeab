"""`nfg-desktop report KIND -o FILE.pdf [options]` through the real console script."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.conftest import CliRunner
from tests.reports.helpers import all_text, check_page_numbers


@pytest.fixture
def demo_file(cli: CliRunner, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    result = cli("--db", str(path), "demo")
    assert result.returncode == 0, result.stderr
    return path


def test_every_report_from_the_command_line(
    cli: CliRunner, demo_file: Path, tmp_path: Path
) -> None:
    commands = {
        "partner-list": ["--group-by", "focus", "--landscape"],
        "attendance": ["--meeting", "2", "--blank-rows", "3", "--phone"],
        "project-profile": ["--project", "1"],
        "volunteer-list": ["--status", "aktiv"],
        "annual-report": ["--year", "2025"],
        "labels": ["--start-label", "7", "--status", "aktiv"],
        "network-map": ["--focus", "Kinder fördern"],
    }
    for kind, options in commands.items():
        target = tmp_path / f"{kind}.pdf"
        result = cli("--db", str(demo_file), "report", kind, "-o", str(target), *options)
        assert result.returncode == 0, (kind, result.stderr)
        assert str(target) in result.stdout
        data = target.read_bytes()
        if kind != "labels":
            check_page_numbers(data)
    text = all_text((tmp_path / "volunteer-list.pdf").read_bytes())
    assert "Şükrü Yıldırım" in text or "Łukasz Wróbel" in text or "Nguyễn Thị Lan" in text
    assert "Jahresbericht: 2025" in all_text((tmp_path / "annual-report.pdf").read_bytes())


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["attendance", "--meeting", "999"], "Termin mit der Nummer 999 gibt es nicht"),
        (["attendance"], "--meeting"),
        (["project-profile", "--project", "4711"], "Projekt mit der Nummer 4711 gibt es nicht"),
        (["partner-list", "--status", "verschollen"], "Status „verschollen“"),
        (["labels", "--start-label", "30"], "Startetikett"),
    ],
)
def test_wrong_ids_and_options_are_german_errors(
    cli: CliRunner, demo_file: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    target = tmp_path / "out.pdf"
    result = cli("--db", str(demo_file), "report", args[0], "-o", str(target), *args[1:])
    assert result.returncode == 1
    assert result.stderr.startswith("Fehler: ")
    assert message in result.stderr
    assert not target.exists()


def test_unknown_kind_and_missing_output_are_usage_errors(cli: CliRunner, demo_file: Path) -> None:
    result = cli("--db", str(demo_file), "report", "telefonbuch", "-o", "x.pdf")
    assert result.returncode == 2
    assert "ungültige Auswahl" in result.stderr
    result = cli("--db", str(demo_file), "report", "labels")
    assert result.returncode == 2


def test_missing_file_is_refused(cli: CliRunner, tmp_path: Path) -> None:
    result = cli(
        "--db",
        str(tmp_path / "gibt-es-nicht.sqlite"),
        "report",
        "labels",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert result.returncode == 1
    assert "gibt es nicht" in result.stderr
    assert not (tmp_path / "gibt-es-nicht.sqlite").exists()
