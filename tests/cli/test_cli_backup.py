"""`nfg-desktop backup [--to DIR]` and `nfg-desktop restore FILE`, run as real commands."""

from __future__ import annotations

import getpass
import sqlite3
from pathlib import Path

from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import open_database
from nfg_desktop.store.lock import FileLock
from tests.cli.conftest import CliRunner


def _partners(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM partner ORDER BY id")]
    finally:
        connection.close()


def _add_partner_row(path: Path, name: str) -> None:
    database = open_database(path)
    with database.write() as session:
        PartnerService(session).create(PartnerData(name=name))
    database.close()


def test_backup_prints_the_copy_and_restore_puts_it_back(
    cli: CliRunner, tmp_path: Path, nfg_home: Path
) -> None:
    db = tmp_path / "netzwerk.sqlite"
    assert cli("--db", str(db), "demo").returncode == 0

    result = cli("--db", str(db), "backup")
    assert result.returncode == 0, result.stderr
    copy = Path(result.stdout.strip())
    assert copy.exists() and copy.parent == nfg_home / "data" / "Sicherungen"
    assert len(_partners(copy)) == 40

    stick = tmp_path / "USB-Stick"
    result = cli("--db", str(db), "backup", "--to", str(stick))
    assert result.returncode == 0, result.stderr
    on_stick = Path(result.stdout.strip())
    assert on_stick.parent == stick and len(_partners(on_stick)) == 40

    _add_partner_row(db, "Nach der Sicherung e. V.")
    result = cli("--db", str(db), "restore", str(on_stick))
    assert result.returncode == 0, result.stderr
    assert "Wiederhergestellt" in result.stdout
    assert len(_partners(db)) == 40
    previous = [p for p in copy.parent.iterdir() if "vor-Wiederherstellung" in p.name]
    assert len(previous) == 1 and "Nach der Sicherung e. V." in _partners(previous[0])
    assert cli("--db", str(db), "check").returncode == 0


def test_backup_of_a_missing_file_and_restore_of_a_foreign_file_fail_in_german(
    cli: CliRunner, tmp_path: Path
) -> None:
    result = cli("--db", str(tmp_path / "fehlt.sqlite"), "backup")
    assert result.returncode == 1
    assert result.stderr.startswith("Fehler: Die Datei „fehlt.sqlite“ wurde im Ordner")
    assert not (tmp_path / "fehlt.sqlite").exists()

    db = tmp_path / "netzwerk.sqlite"
    assert cli("--db", str(db), "demo").returncode == 0
    foreign = tmp_path / "liste.csv"
    foreign.write_text("Name;Ort\n", encoding="utf-8")
    result = cli("--db", str(db), "restore", str(foreign))
    assert result.returncode == 1
    assert "keine Sicherung von NFG Desktop" in result.stderr
    result = cli("--db", str(foreign), "backup")
    assert result.returncode == 1 and "keine Datenbank von NFG Desktop" in result.stderr
    assert foreign.read_text(encoding="utf-8") == "Name;Ort\n"
    assert "Traceback" not in result.stderr


def test_restore_is_refused_while_someone_has_the_file_open(cli: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "netzwerk.sqlite"
    assert cli("--db", str(db), "demo").returncode == 0
    copy = Path(cli("--db", str(db), "backup").stdout.strip())
    held = FileLock.acquire(db)  # this test process has the file open for writing
    since = held.info.since
    before = db.read_bytes()
    result = cli("--db", str(db), "restore", str(copy))
    assert result.returncode == 1
    assert getpass.getuser() in result.stderr
    assert f"seit {since:%d.%m.%Y} um {since:%H:%M} Uhr" in result.stderr
    assert db.read_bytes() == before
    result = cli("--db", str(db), "demo")
    assert result.returncode == 1 and "bearbeitet" in result.stderr
    held.release()
    assert cli("--db", str(db), "restore", str(copy)).returncode == 0
