"""`nfg-desktop report KIND -o FILE.pdf [options]` through the real console script."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import open_database
from tests.cli.conftest import CliRunner, child_env
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


def partners_file(folder: Path, names: list[str]) -> Path:
    path = folder / "namen.sqlite"
    database = open_database(path)
    with database.write() as session:
        for name in names:
            PartnerService(session).create(PartnerData(name=name, kind="Verein"))
    database.close()
    return path


def test_report_warns_in_one_line_about_characters_no_font_has(
    cli: CliRunner, tmp_path: Path
) -> None:
    path = partners_file(tmp_path, ["Privat\ue000zeichen", "محمد الأحمد"])
    target = tmp_path / "liste.pdf"
    result = cli("--db", str(path), "report", "partner-list", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert str(target) in result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Warnung: ") and "„\ue000“ (U+E000)" in lines[0]
    assert target.exists()


def test_report_is_quiet_when_every_character_prints(cli: CliRunner, tmp_path: Path) -> None:
    names = ["Nguyễn Thị Lan", "محمد الأحمد", "مریم رضایی", "Алексей", "王小明", "山田太郎", "😀"]
    path = partners_file(tmp_path, names)
    result = cli("--db", str(path), "report", "partner-list", "-o", str(tmp_path / "a.pdf"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""


def test_report_in_english_with_lang_en(cli: CliRunner, demo_file: Path, tmp_path: Path) -> None:
    english, german = tmp_path / "en.pdf", tmp_path / "de.pdf"
    args = ("--db", str(demo_file), "report", "volunteer-list")
    assert cli(*args, "-o", str(english), "--lang", "en").returncode == 0
    assert cli(*args, "-o", str(german)).returncode == 0
    text = all_text(english.read_bytes())
    assert "Volunteer list" in text and "Page 1 of" in text and "Police clearance" in text
    assert "Ehrenamtlichenliste" not in text and "Seite" not in text
    assert "Ehrenamtlichenliste" in all_text(german.read_bytes())  # German by default


def test_an_unknown_language_is_a_usage_error(
    cli: CliRunner, demo_file: Path, tmp_path: Path
) -> None:
    target = tmp_path / "x.pdf"
    result = cli("--db", str(demo_file), "report", "labels", "-o", str(target), "--lang", "fr")
    assert result.returncode == 2
    assert "--lang" in result.stderr and not target.exists()
    help_text = cli("report", "--help").stdout
    assert "--lang {de,en}" in help_text and "Sprache des Ausdrucks" in help_text


def test_auskunft_in_english_with_lang_en(cli: CliRunner, demo_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "auskunft.pdf"
    result = cli(
        "--db", str(demo_file), "disclose", "volunteer", "1", "-o", str(target), "--lang", "en"
    )
    assert result.returncode == 0, result.stderr
    text = all_text(target.read_bytes())
    assert "Data subject access" in text and "Master data" in text and "Page 1 of" in text


def test_printing_the_partner_list_never_imports_the_orm(
    demo_file: Path, tmp_path: Path, nfg_home: Path
) -> None:
    """The partner list reads through the tables (``store.tables``) from a plain connection:
    importing the ORM and its classes would add about 0.4 s to a command the issue times
    against LibreOffice."""
    code = (
        "import sys\n"
        "from nfg_desktop.__main__ import main\n"
        "code = main(sys.argv[1:])\n"
        "orm = ('sqlalchemy.orm', 'nfg_desktop.store.models')\n"
        "print(sorted(name for name in sys.modules if name.startswith(orm)))\n"
        "sys.exit(code)\n"
    )
    target = tmp_path / "p.pdf"
    args = ["--db", str(demo_file), "report", "partner-list", "-o", str(target)]
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=child_env(nfg_home),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"
    assert "Partnerliste" in all_text(target.read_bytes())
