"""Issue 15, the file: never refuse a healthy file, never touch a damaged one, never reuse an id.

Each test makes a real broken, full or killed file: a tmpfs that fills up (where the machine
lets us mount one), writers killed with SIGKILL, bytes overwritten in the middle of a file.
"""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store import backup
from nfg_desktop.store.database import open_database
from nfg_desktop.store.files import APPLICATION_ID, DamagedDatabaseError, DiskFullError
from tests.store import broken_files
from tests.store.old_files import file_at_revision

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and tmpfs are POSIX")


def _fingerprint(path: Path) -> dict[str, str]:
    """The bytes of the file and its -wal (the -shm is SQLite's shared memory, not data)."""
    found = {}
    for part in (path, Path(f"{path}-wal"), Path(f"{path}-journal")):
        if part.exists():
            found[part.name] = hashlib.sha256(part.read_bytes()).hexdigest()
    return found


def _partner_names(path: Path) -> list[str]:
    database = open_database(path, read_only=True)
    try:
        with database.read() as session:
            return [partner.name for partner in PartnerService(session).list()]
    finally:
        database.close()


def _new_file(path: Path, partners: int = 1) -> Path:
    database = open_database(path)
    with database.write() as session:
        for number in range(partners):
            PartnerService(session).create(PartnerData(name=f"Partner {number:03d}"))
    database.close()
    return path


def _demo_file(path: Path) -> Path:
    from nfg_desktop.services.demo import build_demo

    database = open_database(path)
    with database.write() as session:
        build_demo(session, scale=1, today=date(2026, 11, 25))
    database.close()
    return path


@pytest.fixture
def small_drive(tmp_path: Path) -> Iterator[Path]:
    with broken_files.small_drive(tmp_path / "USB-Stick", size="6m") as folder:
        yield folder


# --- 1. a file is judged with its WAL ---------------------------------------------------------


def test_checkpoint_killed_midway_leaves_a_file_that_opens_with_all_rows(tmp_path: Path) -> None:
    path = _new_file(tmp_path / "netzwerk.sqlite")
    broken_files.killed_after_import(path, rows=3000)
    broken_files.checkpoint_killed_after_first_page(path)
    assert broken_files.main_file_short(path)  # what the old check called „abgeschnitten“
    before = _fingerprint(path)
    assert len(_partner_names(path)) == 3001  # reading: everything is there
    assert _fingerprint(path) == before
    database = open_database(path, lock=True)  # writing: accepted, and nothing lost
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Nach dem Absturz"))
    database.close()
    assert len(_partner_names(path)) == 3002


def test_wal_in_a_write_protected_folder_is_read_too(tmp_path: Path) -> None:
    """Reading a write-protected folder as immutable would ignore the rows in the -wal."""
    folder = tmp_path / "CD"
    path = _new_file(folder / "netzwerk.sqlite")
    broken_files.killed_after_import(path, rows=300)
    folder.chmod(0o555)
    try:
        before = _fingerprint(path)
        assert len(_partner_names(path)) == 301
        assert _fingerprint(path) == before
    finally:
        folder.chmod(0o755)


def test_full_drive_at_the_checkpoint_leaves_a_file_that_opens(small_drive: Path) -> None:
    path = _new_file(small_drive / "netzwerk.sqlite")
    broken_files.killed_after_import(path, rows=3000)
    filler = broken_files.fill(small_drive)
    # The next program's checkpoint (here SQLite's own, on close) cannot grow the main file.
    connection = sqlite3.connect(path)
    with pytest.raises(sqlite3.OperationalError, match="full"):
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    assert broken_files.main_file_short(path)
    before = _fingerprint(path)
    # 2. The drive is still full: reading works, writing is refused as a full drive.
    assert len(_partner_names(path)) == 3001
    with pytest.raises(DiskFullError) as caught:
        open_database(path, lock=True)
    assert "Laufwerk ist voll" in caught.value.message
    assert "nicht beschädigt" in caught.value.message
    assert _fingerprint(path) == before
    filler.unlink()
    database = open_database(path, lock=True)
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Wieder Platz"))
    database.close()
    assert len(_partner_names(path)) == 3002


def test_full_drive_without_room_for_the_shared_memory_file(small_drive: Path) -> None:
    """SQLite cannot make the -shm file on a full drive: that is no damage either."""
    path = _demo_file(small_drive / "netzwerk.sqlite")
    assert not Path(f"{path}-shm").exists()
    broken_files.fill(small_drive)
    before = _fingerprint(path)
    assert len(_partner_names(path)) == 40
    with pytest.raises(DiskFullError):
        open_database(path)
    assert _fingerprint(path) == before


def test_full_drive_injected_where_no_tmpfs_can_be_mounted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same promise without root: the drive reports no free space (injected)."""
    from types import SimpleNamespace

    from nfg_desktop.cli.context import CommandContext

    path = _demo_file(tmp_path / "netzwerk.sqlite")
    before = _fingerprint(path)
    no_room = SimpleNamespace(total=2**30, used=2**30, free=0)
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _folder: no_room)
    with pytest.raises(DiskFullError) as caught:
        open_database(path, lock=True)
    assert caught.value.message.startswith("Das Laufwerk ist voll")
    context = CommandContext(db_path=path)  # a reading command still works
    with context.read() as session:
        assert len(PartnerService(session).list()) == 40
    context.close()
    assert _fingerprint(path) == before


def test_restore_keeps_the_wal_of_a_file_it_cannot_read(tmp_path: Path) -> None:
    path = _demo_file(tmp_path / "netzwerk.sqlite")
    copy = backup.create_backup(path)
    broken_files.killed_after_import(path, rows=500)
    broken_files.damage_middle(path)
    wal = Path(f"{path}-wal").read_bytes()
    main = path.read_bytes()
    previous = backup.restore_backup(copy, path)
    assert previous is not None
    # The moved-aside copy is the damaged file with its WAL, byte for byte.
    assert previous.read_bytes() == main
    assert Path(f"{previous}-wal").read_bytes() == wal
    assert len(_partner_names(path)) == 40


# --- 3. a file damaged in the middle -----------------------------------------------------------


def test_file_damaged_in_the_middle_is_refused_before_writing(tmp_path: Path) -> None:
    path = _demo_file(tmp_path / "netzwerk.sqlite")
    copy = backup.create_backup(path, reason="taeglich")
    broken_files.damage_middle(path)
    before = _fingerprint(path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(path, lock=True)
    assert "beschädigt" in caught.value.message
    assert str(copy) in caught.value.message  # the newest backup is offered
    assert _fingerprint(path) == before
    assert not Path(f"{path}.lock").exists()


# --- 4. creating a file ------------------------------------------------------------------------

CREATE_SCRIPT = """
import sys, time
from nfg_desktop.store import migrate
from nfg_desktop.store.database import open_database

def stamp_slowly(connection):  # the schema is being written: stop here, and be killed
    print("mitten im Anlegen", flush=True)
    time.sleep(600)

migrate.stamp_head = stamp_slowly
open_database(sys.argv[1])
"""


def test_crash_while_a_new_file_is_created_leaves_no_half_file(tmp_path: Path) -> None:
    path = tmp_path / "neu" / "netzwerk.sqlite"
    creator = subprocess.Popen(
        [sys.executable, "-c", CREATE_SCRIPT, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert creator.stdout is not None
        assert creator.stdout.readline().strip() == "mitten im Anlegen"
    finally:
        creator.kill()
        creator.wait()
    assert not path.exists()  # only the partial file beside it, which is not ours to open
    database = open_database(path)
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Caritas"))
    database.close()
    assert _partner_names(path) == ["Caritas"]
    assert not [p.name for p in path.parent.iterdir() if ".neu" in p.name]  # cleared up


def test_empty_file_left_by_an_older_version_is_filled(tmp_path: Path) -> None:
    """Older versions created files in place: a crash left 4 KB with no table in it."""
    path = tmp_path / "netzwerk.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.close()
    assert path.stat().st_size == 4096
    database = open_database(path)
    database.close()
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    connection.close()
    assert _partner_names(path) == []


def test_database_of_another_program_is_still_refused(tmp_path: Path) -> None:
    from nfg_desktop.store.files import ForeignDatabaseError

    path = tmp_path / "andere.sqlite"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE kunden (id INTEGER PRIMARY KEY, name TEXT)")
    connection.commit()
    connection.close()
    before = path.read_bytes()
    with pytest.raises(ForeignDatabaseError):
        open_database(path)
    assert path.read_bytes() == before


# --- 7. leftovers of killed backups ------------------------------------------------------------

BACKUP_SCRIPT = """
import sys
from pathlib import Path
from nfg_desktop.store import backup
print("los", flush=True)
while True:
    backup.create_backup(Path(sys.argv[1]), folder=Path(sys.argv[2]), rotate_folder=False)
"""


def test_leftovers_of_killed_backups_are_removed_at_the_next_backup(tmp_path: Path) -> None:
    path = _demo_file(tmp_path / "netzwerk.sqlite")
    folder = tmp_path / "Sicherungen"
    folder.mkdir()
    leftovers: list[str] = []
    for attempt in range(60):
        writer = subprocess.Popen(
            [sys.executable, "-c", BACKUP_SCRIPT, str(path), str(folder)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        writer.stdout.readline()
        time.sleep(0.05 + (attempt % 10) * 0.005)
        writer.kill()
        writer.wait()
        leftovers = sorted(p.name for p in folder.iterdir() if ".teil" in p.name)
        if any(name.endswith(".teil-journal") for name in leftovers) and attempt >= 5:
            break
    assert any(name.endswith(".teil") for name in leftovers), leftovers
    # A partial copy another program is writing right now (it holds SQLite's lock) stays.
    busy = folder / "netzwerk_2026-12-03_120000_manuell.sqlite.teil"
    writing = sqlite3.connect(busy, isolation_level=None)
    writing.execute("CREATE TABLE t (x)")
    writing.execute("BEGIN EXCLUSIVE")
    writing.execute("INSERT INTO t VALUES (1)")
    try:
        backup.create_backup(path, folder=folder)
        remaining = sorted(p.name for p in folder.iterdir() if ".teil" in p.name)
    finally:
        writing.execute("ROLLBACK")
        writing.close()
    assert remaining == [busy.name, f"{busy.name}-journal"]
    copies = backup.list_backups(folder, "netzwerk")
    assert copies and all(copy.readable for copy in copies)


# --- 6. ids are never reused -------------------------------------------------------------------


def _erase_notes(path: Path, entity: str, entity_id: int) -> int:
    connection = sqlite3.connect(path)
    try:
        query = (
            "SELECT count(*) FROM change_record WHERE action = 'erase' AND entity = ?"
            " AND entity_id = ?"
        )
        return int(connection.execute(query, (entity, entity_id)).fetchone()[0])
    finally:
        connection.close()


def _erase_newest_volunteer(path: Path) -> int:
    from sqlalchemy import func, select

    from nfg_desktop.services import privacy
    from nfg_desktop.store.models import Volunteer

    database = open_database(path)
    try:
        with database.read() as session:
            newest = int(session.scalar(select(func.max(Volunteer.id))) or 0)
        privacy.erase_and_wipe(database, "volunteer", newest, anonymise_only=False)
    finally:
        database.close()
    return newest


def _add_volunteer(path: Path) -> int:
    from nfg_desktop.services.volunteers import VolunteerData, VolunteerService

    database = open_database(path)
    try:
        with database.write() as session:
            return VolunteerService(session).create(VolunteerData("Neue", "Person")).id
    finally:
        database.close()


def test_id_of_an_erased_person_is_not_given_again(tmp_path: Path) -> None:
    from nfg_desktop.services import privacy

    path = _demo_file(tmp_path / "netzwerk.sqlite")
    erased = _erase_newest_volunteer(path)
    new_id = _add_volunteer(path)
    assert new_id > erased
    database = open_database(path)
    privacy.erase_and_wipe(database, "volunteer", new_id, anonymise_only=True)
    database.close()
    assert _erase_notes(path, "volunteer", erased) == 1  # the old person's note stays


def _file_at_revision_0001(source: Path, target: Path) -> None:
    """A file as version 0001 of the program made it, holding the rows of ``source``."""
    from nfg_desktop.store.models import Base

    file_at_revision(target, "0001")
    connection = sqlite3.connect(target, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("ATTACH DATABASE ? AS source", (str(source),))
        connection.execute("BEGIN")
        for table in Base.metadata.sorted_tables:
            # the columns the table had at 0001 (later revisions added some)
            columns = ", ".join(
                row[1] for row in connection.execute(f"PRAGMA main.table_info({table.name})")
            )
            connection.execute(
                f"INSERT INTO main.{table.name} ({columns}) "
                f"SELECT {columns} FROM source.{table.name}"
            )
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE source")
        assert (
            "AUTOINCREMENT"
            not in connection.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'volunteer'"
            ).fetchone()[0]
        )
    finally:
        connection.close()


def _counts(path: Path) -> dict[str, int]:
    from nfg_desktop.store.models import Base

    connection = sqlite3.connect(path)
    try:
        return {
            table.name: connection.execute(f"SELECT count(*) FROM {table.name}").fetchone()[0]
            for table in Base.metadata.sorted_tables
        }
    finally:
        connection.close()


def test_older_file_is_migrated_so_that_ids_are_not_given_again(tmp_path: Path) -> None:
    source = _demo_file(tmp_path / "quelle.sqlite")
    erased = _erase_newest_volunteer(source)  # the newest person was erased under 0001
    path = tmp_path / "netzwerk.sqlite"
    _file_at_revision_0001(source, path)
    before = _counts(path)
    database = open_database(path)
    assert database.migration_backup is not None  # copied aside first
    database.close()
    assert _counts(path) == before
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    assert _add_volunteer(path) == erased + 1
    assert _erase_notes(path, "volunteer", erased) == 1
