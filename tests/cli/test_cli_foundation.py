"""The command line contract of the foundation: demo, list, check, --version, --help, errors."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from nfg_desktop import __version__
from nfg_desktop.store import migrate
from tests.cli.conftest import CliRunner


def test_version_and_german_help(cli: CliRunner) -> None:
    result = cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"NFG Desktop {__version__}"
    result = cli("--help")
    assert result.returncode == 0
    assert "Aufruf: nfg-desktop" in result.stdout
    assert "Befehle" in result.stdout and "Optionen" in result.stdout
    assert "show this help" not in result.stdout


def test_demo_list_and_check(cli: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    result = cli("--db", db, "demo")
    assert result.returncode == 0, result.stderr
    assert "40 Partner" in result.stdout

    volunteers = cli("--db", db, "list", "volunteers")
    assert volunteers.returncode == 0
    lines = volunteers.stdout.splitlines()
    assert len(lines) == 120
    assert lines[0] == "1\tŞükrü Yıldırım"
    assert "2\tŁukasz Wróbel" in lines and "3\tNguyễn Thị Lan" in lines

    for kind, count in [("partners", 40), ("projects", 8), ("meetings", 16), ("trainings", 6)]:
        result = cli("--db", db, "list", kind)
        assert result.returncode == 0
        rows = result.stdout.splitlines()
        assert len(rows) == count
        assert all(row.split("\t")[0].isdigit() and row.split("\t")[1] for row in rows)
    meetings = cli("--db", db, "list", "meetings").stdout.splitlines()
    assert meetings[0].startswith("1\tNetzwerktreffen") and meetings[0].endswith(")")

    check = cli("--db", db, "check")
    assert check.returncode == 0
    assert "Unversehrtheit: in Ordnung" in check.stdout
    assert f"Schema-Version: {migrate.head_revision()} (aktuell)" in check.stdout
    assert "Ehrenamtliche: 120" in check.stdout


def test_environment_variable_chooses_the_file(cli: CliRunner, tmp_path: Path) -> None:
    import os

    os.environ["NFG_DB"] = str(tmp_path / "env.sqlite")
    try:
        env_result = cli("demo")
    finally:
        del os.environ["NFG_DB"]
    # The fixture removes NFG_DB, so the default file below NFG_HOME was used.
    assert env_result.returncode == 0
    assert not (tmp_path / "env.sqlite").exists()


def test_default_file_lives_in_the_data_folder(cli: CliRunner, nfg_home: Path) -> None:
    assert cli("demo").returncode == 0
    assert (nfg_home / "data" / "netzwerk.sqlite").exists()


def test_demo_refuses_non_empty_file(cli: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite")
    assert cli("--db", db, "demo").returncode == 0
    result = cli("--db", db, "demo")
    assert result.returncode == 1
    assert result.stderr.startswith("Fehler: Die Datei enthält schon Daten")
    assert len(result.stderr.strip().splitlines()) == 1


def test_errors_are_one_german_line_without_traceback(cli: CliRunner, tmp_path: Path) -> None:
    missing = cli("--db", str(tmp_path / "fehlt.sqlite"), "list", "partners")
    assert missing.returncode == 1
    assert (
        missing.stderr.strip() == f"Fehler: Die Datei „{tmp_path / 'fehlt.sqlite'}“ gibt es nicht."
    )
    assert not (tmp_path / "fehlt.sqlite").exists()

    text_file = tmp_path / "adressen.csv"
    text_file.write_text("Name;Ort\n", encoding="utf-8")
    before = text_file.read_bytes()
    result = cli("--db", str(text_file), "check")
    assert result.returncode == 1
    assert "keine Datenbank" in result.stderr
    assert "Traceback" not in result.stderr
    assert text_file.read_bytes() == before

    foreign = tmp_path / "fremd.sqlite"
    connection = sqlite3.connect(foreign)
    connection.execute("CREATE TABLE x (y)")
    connection.commit()
    connection.close()
    result = cli("--db", str(foreign), "list", "partners")
    assert result.returncode == 1
    assert "anderen Programms" in result.stderr


def test_wrong_usage_exits_2_in_german(cli: CliRunner) -> None:
    result = cli("list", "autos")
    assert result.returncode == 2
    assert "ungültige Auswahl" in result.stderr
    result = cli("zaubern")
    assert result.returncode == 2
    result = cli("demo", "--scale", "viele")
    assert result.returncode == 2
    assert "ungültiger Wert" in result.stderr


def test_scale_out_of_range(cli: CliRunner, tmp_path: Path) -> None:
    result = cli("--db", str(tmp_path / "x.sqlite"), "demo", "--scale", "0")
    assert result.returncode == 1
    assert "zwischen 1 und 1000" in result.stderr
