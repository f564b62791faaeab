"""The command line beside a program that writes: reading never waits, writing is refused while
the holder lives and proceeds without any flag once it is gone; reading never writes."""

from __future__ import annotations

import getpass
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import open_database
from nfg_desktop.store.lock import lock_path_for, read_lock
from tests.cli.conftest import CliRunner
from tests.store.test_lock import holding

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")


@pytest.fixture
def demo_file(cli: CliRunner, tmp_path: Path) -> Path:
    path = tmp_path / "netzwerk.sqlite"
    assert cli("--db", str(path), "demo").returncode == 0
    return path


@pytest.fixture
def holder(demo_file: Path, nfg_home: Path) -> Iterator[subprocess.Popen[str]]:
    """Another program that has the file open for writing (and saved a partner)."""
    with holding(demo_file, nfg_home) as process:
        yield process


def _csv(tmp_path: Path) -> Path:
    source = tmp_path / "neue-partner.csv"
    source.write_text("Name;Ort\nTafel Musterhausen;Musterhausen\n", encoding="utf-8")
    return source


def test_reading_commands_work_while_another_program_writes(
    cli: CliRunner, demo_file: Path, holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    db = str(demo_file)
    runs = {
        "list": cli("--db", db, "list", "partners"),
        "check": cli("--db", db, "check"),
        "report": cli("--db", db, "report", "partner-list", "-o", str(tmp_path / "p.pdf")),
        "export": cli("--db", db, "export", "partners", str(tmp_path / "p.csv")),
        "disclose": cli("--db", db, "disclose", "volunteer", "1", "-o", str(tmp_path / "a.json")),
        "backup": cli("--db", db, "backup", "--to", str(tmp_path / "Sicherungen")),
    }
    for name, result in runs.items():
        assert result.returncode == 0, (name, result.stderr)
        lines = result.stderr.splitlines()
        assert len(lines) <= 1, (name, lines)
        assert lines and getpass.getuser() in lines[0] and "bearbeitet" in lines[0], name
        assert "Traceback" not in result.stderr
    # The holder's last save is read (a consistent state).
    assert "Vom anderen Programm" in runs["list"].stdout
    assert "Vom anderen Programm" in (tmp_path / "p.csv").read_text(encoding="utf-8-sig")
    assert read_lock(demo_file) is not None and read_lock(demo_file).pid == holder.pid  # type: ignore[union-attr]


def test_writing_commands_are_refused_while_the_holder_lives_and_proceed_after_sigkill(
    cli: CliRunner, demo_file: Path, holder: subprocess.Popen[str], tmp_path: Path
) -> None:
    db = str(demo_file)
    copy = Path(cli("--db", db, "backup", "--to", str(tmp_path / "S")).stdout.strip())
    refused = {
        "import": cli("--db", db, "import", "partners", str(_csv(tmp_path))),
        "erase": cli("--db", db, "erase", "volunteer", "1"),
        "restore": cli("--db", db, "restore", str(copy)),
        "demo": cli("--db", db, "demo"),
    }
    for name, result in refused.items():
        assert result.returncode == 1, name
        line = result.stderr.strip()
        assert "\n" not in line and "Traceback" not in line, name
        assert f"wird gerade von {getpass.getuser()} auf dem Computer" in line, name
        assert "Dieser Befehl ändert die Datei" in line, name
    holder.send_signal(signal.SIGKILL)  # a power cut, the task manager
    holder.wait()
    assert lock_path_for(demo_file).exists()  # its lock file is left behind
    result = cli("--db", db, "import", "partners", str(_csv(tmp_path)))
    assert result.returncode == 0, result.stderr
    result = cli("--db", db, "list", "partners")
    assert result.returncode == 0 and result.stderr == ""
    assert "Tafel Musterhausen" in result.stdout and "Vom anderen Programm" in result.stdout


def test_list_on_an_empty_file_writes_nothing(cli: CliRunner, tmp_path: Path) -> None:
    empty = tmp_path / "leer.sqlite"
    empty.touch()
    for args in (("list", "partners"), ("export", "partners", str(tmp_path / "x.csv"))):
        result = cli("--db", str(empty), *args)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["leer.sqlite"]


@pytest.fixture
def write_protected(tmp_path: Path) -> Iterator[list[Path]]:
    changed: list[Path] = []
    yield changed
    for path in changed:
        path.chmod(stat.S_IRWXU)


def _closed_demo(path: Path) -> Path:
    database = open_database(path)
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Caritas"))
    database.close()
    return path


@pytest.mark.parametrize("protect", ["file", "folder"])
def test_reading_commands_work_on_a_write_protected_file_or_folder(
    cli: CliRunner, tmp_path: Path, write_protected: list[Path], protect: str
) -> None:
    folder = tmp_path / "CD"
    folder.mkdir()
    path = _closed_demo(folder / "netzwerk.sqlite")
    before = path.read_bytes()
    if protect == "file":
        path.chmod(stat.S_IRUSR | stat.S_IRGRP)
        write_protected.append(path)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR) if protect == "folder" else None
    if protect == "folder":
        write_protected.append(folder)
    out = tmp_path / "out"
    out.mkdir()
    runs = [
        cli("--db", str(path), "list", "partners"),
        cli("--db", str(path), "report", "partner-list", "-o", str(out / "p.pdf")),
        cli("--db", str(path), "export", "partners", str(out / "p.csv")),
        cli("--db", str(path), "check"),
    ]
    for result in runs:
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""
    assert "Caritas" in runs[0].stdout
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["netzwerk.sqlite"]


def test_reading_a_closed_file_leaves_nothing_beside_it(cli: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "Daten"
    folder.mkdir()
    path = _closed_demo(folder / "netzwerk.sqlite")
    before = path.read_bytes()
    out = tmp_path / "out"
    out.mkdir()
    for args in (
        ("list", "partners"),
        ("export", "partners", str(out / "p.xlsx")),
        ("report", "partner-list", "-o", str(out / "p.pdf")),
    ):
        result = cli("--db", str(path), *args)
        assert result.returncode == 0 and result.stderr == "", result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["netzwerk.sqlite"]  # no -wal, -shm
    assert path.read_bytes() == before
