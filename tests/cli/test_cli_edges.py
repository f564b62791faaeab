"""The command line at the edges of a real office (issue 15, items 15-16; issue 16, item 8):
consoles that are not UTF-8, errors on stderr, odd paths and numbers, wrong file names."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nfg_desktop.__main__ import main
from tests.cli.conftest import REPO, CliRunner, console_script
from tests.io import samples

NAMES = ("Şükrü Yıldırım", "Łukasz Wróbel", "Nguyễn Thị Lan")


@pytest.fixture
def demo_file(cli: CliRunner, tmp_path: Path) -> Path:
    path = tmp_path / "netz.sqlite"
    assert cli("--db", str(path), "demo").returncode == 0
    return path


def test_redirected_output_to_a_cp1252_stream_is_utf8(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What Windows gives a redirected command: a cp1252 text stream that is no console."""
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="cp1252", write_through=True)
    monkeypatch.setattr(sys, "stdout", stream)
    monkeypatch.delenv("PYTHONIOENCODING", raising=False)
    assert main(["--db", str(demo_file), "list", "volunteers"]) == 0
    sys.stdout.flush()
    text = raw.getvalue().decode("utf-8")
    for name in NAMES:
        assert name in text
    assert len(text.splitlines()) >= 100


def test_a_console_that_cannot_show_a_name_replaces_it(demo_file: Path, nfg_home: Path) -> None:
    env = dict(os.environ, NFG_HOME=str(nfg_home), PYTHONPATH=str(REPO))
    env["PYTHONIOENCODING"] = "cp1252"
    result = subprocess.run(
        [*console_script(), "--db", str(demo_file), "list", "volunteers"],
        capture_output=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert result.stderr == b""
    out = result.stdout.decode("cp1252")
    assert "?ükrü Y?ld?r?m" in out and "Wróbel" in out
    assert len(out.splitlines()) >= 100


def test_import_failure_says_why_on_stderr(cli: CliRunner, tmp_path: Path) -> None:
    path = samples.partners_cp1252_csv(tmp_path / "partner.csv")
    db = tmp_path / "netz.sqlite"
    result = cli("--db", str(db), "import", "partners", str(path))
    assert result.returncode == 1
    assert "Nichts gespeichert" in result.stderr
    assert "Zeile 3: ungültig" in result.stdout  # the row-by-row report stays on stdout
    dry = cli("--db", str(db), "import", "partners", str(path), "--dry-run")
    assert dry.returncode == 1
    assert "ungültige Zeilen, nichts gespeichert" in dry.stderr


@pytest.mark.parametrize("kind", ["folder", "device"])
@pytest.mark.parametrize("command", [["list", "partners"], ["check"], ["demo"]])
def test_a_folder_or_device_as_db_is_a_german_reason(
    cli: CliRunner, tmp_path: Path, kind: str, command: list[str]
) -> None:
    target = str(tmp_path) if kind == "folder" else os.devnull
    result = cli("--db", target, *command)
    assert result.returncode == 1
    assert "unerwartet" not in result.stderr
    expected = "ist ein Ordner" if kind == "folder" else "keine gewöhnliche Datei"
    assert expected in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1
    if kind == "folder":
        assert list(tmp_path.iterdir()) == []  # nothing created in it


@pytest.mark.parametrize("number", ["9223372036854775808", "99999999999999999999999", "0"])
def test_ids_beyond_sqlite_integers_are_unknown_ids(
    cli: CliRunner, demo_file: Path, tmp_path: Path, number: str
) -> None:
    for args in (
        ["erase", "volunteer", number],
        ["erase", "contact", number],
        ["disclose", "volunteer", number, "-o", str(tmp_path / "a.json")],
        ["report", "attendance", "--meeting", number, "-o", str(tmp_path / "t.pdf")],
        ["report", "project-profile", "--project", number, "-o", str(tmp_path / "p.pdf")],
    ):
        result = cli("--db", str(demo_file), *args)
        assert result.returncode == 1, args
        assert f"mit der Nummer {number} gibt es nicht" in result.stderr, (args, result.stderr)
    assert not (tmp_path / "t.pdf").exists()


@pytest.mark.parametrize("name", ["bericht.txt", "bericht.docx", "bericht", "bericht.pdf.txt"])
def test_report_refuses_a_name_that_is_not_pdf(
    cli: CliRunner, demo_file: Path, tmp_path: Path, name: str
) -> None:
    result = cli("--db", str(demo_file), "report", "partner-list", "-o", str(tmp_path / name))
    assert result.returncode == 1
    assert "Endung .pdf" in result.stderr
    assert not (tmp_path / name).exists()
    ok = cli("--db", str(demo_file), "report", "partner-list", "-o", str(tmp_path / "B.PDF"))
    assert ok.returncode == 0, ok.stderr
