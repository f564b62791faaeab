"""Files that are not right: each refused with a specific German message, never modified."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import Database, SaveError, open_database
from nfg_desktop.store.files import DamagedDatabaseError, MissingFileError, ReadOnlyLocationError


def _closed_demo_file(path: Path) -> Path:
    from datetime import date

    from nfg_desktop.services.demo import build_demo

    database = open_database(path)
    with database.write() as session:
        build_demo(session, scale=1, today=date(2026, 11, 25))
    database.close()
    return path


def test_truncated_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = _closed_demo_file(tmp_path / "netzwerk.sqlite")
    data = path.read_bytes()
    assert len(data) > 20_000
    truncated = tmp_path / "abgeschnitten.sqlite"
    truncated.write_bytes(data[: len(data) // 2])  # an interrupted copy from a USB stick
    before = truncated.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(truncated)
    assert "abgeschnitten" in caught.value.message
    assert "Sicherung wiederherstellen" in caught.value.message
    assert truncated.read_bytes() == before


@pytest.fixture
def restore_permissions(tmp_path: Path) -> Iterator[list[Path]]:
    changed: list[Path] = []
    yield changed
    for path in changed:
        path.chmod(stat.S_IRWXU)


def test_write_protected_file_offers_reading_only(
    tmp_path: Path, restore_permissions: list[Path]
) -> None:
    path = _closed_demo_file(tmp_path / "netzwerk.sqlite")
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    restore_permissions.append(path)
    before = path.read_bytes()
    with pytest.raises(ReadOnlyLocationError) as caught:
        open_database(path, lock=True)
    assert "schreibgeschützt" in caught.value.message
    assert "nur zum Lesen öffnen" in caught.value.message
    assert not (tmp_path / "netzwerk.sqlite.lock").exists()
    database = open_database(path, read_only=True)
    with database.read() as session:
        assert len(PartnerService(session).list()) == 40
    database.close()
    assert path.read_bytes() == before


def test_write_protected_folder_offers_reading_only(
    tmp_path: Path, restore_permissions: list[Path]
) -> None:
    folder = tmp_path / "Netzlaufwerk"
    path = _closed_demo_file(folder / "netzwerk.sqlite")
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    restore_permissions.append(folder)
    before = path.read_bytes()
    with pytest.raises(ReadOnlyLocationError) as caught:
        open_database(path)
    assert f"Im Ordner „{folder}“ dürfen Sie nichts speichern" in caught.value.message
    database = open_database(path, read_only=True)
    with database.read() as session:
        assert len(PartnerService(session).list()) == 40
    database.close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["netzwerk.sqlite"]


def test_missing_file_from_recent_files_is_not_created(tmp_path: Path) -> None:
    path = tmp_path / "Laufwerk-H" / "netzwerk.sqlite"
    with pytest.raises(MissingFileError) as caught:
        open_database(path, create=False)
    message = caught.value.message
    assert "wurde im Ordner" in message and "nicht gefunden" in message
    assert "Netzlaufwerk" in message and "Sicherung" in message
    assert not path.parent.exists()


def test_full_disk_during_save_keeps_everything_saved_before(db: Database) -> None:
    with db.write() as session:
        PartnerService(session).create(PartnerData(name="Caritas Musterhausen"))
    assert db.path is not None
    with db.write() as session:
        pages = session.execute(text("PRAGMA page_count")).scalar()
        # The disk is full: SQLite may not grow the file by a single page.
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
    with pytest.raises(SaveError) as caught, db.write() as session:
        PartnerService(session).create(
            PartnerData(name="Diakonie Musterhausen", notes="Protokoll " * 20_000)
        )
    assert "Laufwerk ist voll" in caught.value.message
    assert "alles vorher Gespeicherte ist unverändert" in caught.value.message
    db.close()
    connection = sqlite3.connect(db.path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    names = [row[0] for row in connection.execute("SELECT name FROM partner")]
    connection.close()
    assert names == ["Caritas Musterhausen"]


MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
//rathaus-fs/daten /mnt/rathaus cifs rw,vers=3.0 0 0
server:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/rathaus/lokal ext4 rw 0 0
"""


def test_network_drives_are_recognised() -> None:
    from nfg_desktop.store.drives import is_network_path

    assert is_network_path(Path("//rathaus-fs/daten/netzwerk.sqlite"))
    assert is_network_path(Path("/mnt/rathaus/NFG/netzwerk.sqlite"), MOUNTS)
    assert is_network_path(Path("/mnt/nfs/netzwerk.sqlite"), MOUNTS)
    assert not is_network_path(Path("/home/koordination/netzwerk.sqlite"), MOUNTS)
    assert not is_network_path(Path("/mnt/rathaus/lokal/netzwerk.sqlite"), MOUNTS)


def test_file_on_a_network_drive_uses_the_rollback_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nfg_desktop.store import drives

    monkeypatch.setattr(drives, "is_network_path", lambda path, mounts=None: True)
    path = tmp_path / "netzwerk.sqlite"
    database = open_database(path, lock=True)
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Caritas"))
        mode = session.execute(text("PRAGMA journal_mode")).scalar()
    assert mode == "delete"
    database.close()
    assert not (tmp_path / "netzwerk.sqlite-wal").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["netzwerk.sqlite"]
