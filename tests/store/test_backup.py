"""Backups: consistent checked copies, rotation, the list, restore and the backup folder."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from nfg_desktop import paths
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store import backup, files, safety_config
from nfg_desktop.store.database import Database, open_database


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def _add_partner(database: Database, name: str) -> None:
    with database.write() as session:
        PartnerService(session).create(PartnerData(name=name))


def test_copy_of_an_open_file_is_complete_checked_and_self_contained(demo_db: Database) -> None:
    _add_partner(demo_db, "Neu nach dem Demo")  # still in the -wal file of the open database
    assert demo_db.path is not None
    target = backup.backup_before(demo_db.path, "vor-Import")
    assert target.parent == paths.default_backup_dir()
    assert target.name.startswith("netzwerk_") and target.name.endswith("_vor-Import.sqlite")
    assert _count(target, "partner") == 41
    assert _count(target, "volunteer") == 120
    assert files.integrity_ok(target)
    connection = sqlite3.connect(target)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()
    assert not list(target.parent.glob("*.teil"))


def test_configured_folder_is_used_and_remembered(db: Database, tmp_path: Path) -> None:
    stick = tmp_path / "usb-stick" / "NFG"
    safety_config.set_backup_dir(stick)
    assert backup.backup_dir() == stick
    assert db.path is not None
    target = backup.create_backup(db.path)
    assert target.parent == stick and target.exists()
    safety_config.set_backup_dir(None)
    assert backup.backup_dir() == paths.default_backup_dir()


def test_unreachable_folder_gives_a_german_message_and_leaves_nothing(
    db: Database, tmp_path: Path
) -> None:
    blocker = tmp_path / "kein-ordner"
    blocker.write_text("eine Datei, kein Ordner")
    assert db.path is not None
    with pytest.raises(backup.BackupError) as caught:
        backup.create_backup(db.path, folder=blocker / "Sicherungen")
    assert "kann nicht geschrieben werden" in caught.value.message
    assert "USB-Stick" in caught.value.message


def test_copy_failing_its_check_is_not_kept(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The copy fails its check, the data file itself is healthy (a bad USB stick).
    monkeypatch.setattr(files, "integrity_ok", lambda path: not path.name.endswith(".teil"))
    folder = tmp_path / "sicher"
    assert db.path is not None
    with pytest.raises(backup.BackupError) as caught:
        backup.create_backup(db.path, folder=folder)
    assert "fehlerhaft" in caught.value.message
    assert list(folder.iterdir()) == []


def test_rotation_keeps_7_daily_4_weekly_12_monthly(tmp_path: Path) -> None:
    today = date(2026, 11, 25)  # a Wednesday
    day = date(2025, 1, 1)
    while day <= today:
        (tmp_path / f"netzwerk_{day:%Y-%m-%d}_080000_taeglich.sqlite").write_bytes(b"")
        day += timedelta(days=1)
    other = tmp_path / "anderedatei_2025-01-01_080000_taeglich.sqlite"
    other.write_bytes(b"")
    backup.rotate(tmp_path, "netzwerk", today=today)
    kept = sorted(p.name[9:19] for p in tmp_path.glob("netzwerk_*"))
    daily = [f"2026-11-{d}" for d in range(19, 26)]
    weekly = ["2026-11-08", "2026-11-15"]  # + 11-22 and 11-25, already daily
    monthly = [
        "2025-12-31",
        "2026-01-31",
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
        "2026-05-31",
        "2026-06-30",
        "2026-07-31",
        "2026-08-31",
        "2026-09-30",
        "2026-10-31",
    ]
    assert kept == sorted(daily + weekly + monthly)
    assert other.exists()  # copies of another data file are left alone


def test_rotation_never_deletes_a_copy_of_today(tmp_path: Path) -> None:
    for time in ("080000_taeglich", "100000_vor-Wiederherstellung", "100500_vor-Import"):
        (tmp_path / f"netzwerk_2026-11-25_{time}.sqlite").write_bytes(b"")
    assert backup.rotate(tmp_path, "netzwerk", today=date(2026, 11, 25)) == []
    assert len(list(tmp_path.iterdir())) == 3


def test_daily_backup_once_per_day(db: Database) -> None:
    assert db.path is not None
    morning = datetime(2026, 11, 25, 8, 0)
    first = backup.daily_backup_if_due(db.path, now=morning)
    assert first is not None and first.name == "netzwerk_2026-11-25_080000_taeglich.sqlite"
    assert backup.daily_backup_if_due(db.path, now=morning + timedelta(hours=3)) is None
    assert backup.daily_backup_if_due(db.path, now=morning + timedelta(days=1)) is not None


def test_list_is_newest_first_with_size_and_counts(demo_db: Database) -> None:
    assert demo_db.path is not None
    older = backup.create_backup(demo_db.path, now=datetime(2026, 11, 24, 9, 0))
    _add_partner(demo_db, "Tafel Musterhausen")
    newer = backup.create_backup(demo_db.path, now=datetime(2026, 11, 25, 9, 0))
    (backup.backup_dir() / "notizen.txt").write_text("keine Sicherung")
    listed = backup.list_backups(stem="netzwerk")
    assert [item.path for item in listed] == [newer, older]
    assert (listed[0].partners, listed[0].volunteers) == (41, 120)
    assert (listed[1].partners, listed[1].volunteers) == (40, 120)
    assert listed[0].size == newer.stat().st_size > 0
    assert listed[0].created == datetime(2026, 11, 25, 9, 0)
    assert listed[0].reason_label == "von Hand"
    named = backup.create_backup(demo_db.path, reason="Import Partner aus liste.csv")
    assert named.name.endswith("_Import-Partner-aus-liste-csv.sqlite")
    assert backup.list_backups(stem="netzwerk")[0].reason_label == "vor einem Import"


def test_restore_backs_up_the_current_state_first(db_path: Path) -> None:
    database = open_database(db_path)
    _add_partner(database, "Caritas")
    saved = backup.create_backup(db_path, now=datetime(2026, 11, 20, 9, 0))
    _add_partner(database, "Diakonie")
    database.close()

    previous = backup.restore_backup(saved, db_path)

    assert previous is not None and "vor-Wiederherstellung" in previous.name
    assert _count(previous, "partner") == 2
    database = open_database(db_path)
    with database.read() as session:
        assert [p.name for p in PartnerService(session).list()] == ["Caritas"]
    database.close()
    assert files.integrity_ok(db_path)


def test_restore_refuses_a_damaged_backup_and_changes_nothing(db_path: Path) -> None:
    database = open_database(db_path)
    _add_partner(database, "Caritas")
    saved = backup.create_backup(db_path)
    database.close()
    data = bytearray(saved.read_bytes())
    data[100:2000] = b"\x00" * 1900
    saved.write_bytes(bytes(data))
    before = db_path.read_bytes()
    with pytest.raises(backup.BackupError):
        backup.restore_backup(saved, db_path)
    assert db_path.read_bytes() == before


def test_restore_over_a_damaged_file_keeps_a_copy_of_it(db_path: Path, tmp_path: Path) -> None:
    database = open_database(db_path)
    _add_partner(database, "Caritas")
    database.close()
    saved = backup.create_backup(db_path)
    broken = db_path.read_bytes()[:1000] + b"\xff" * 5000
    db_path.write_bytes(broken)
    previous = backup.restore_backup(saved, db_path)
    assert previous is not None and previous.read_bytes() == broken
    assert _count(db_path, "partner") == 1
