"""Safety in the window: opening with locks and broken files, backups, restore, errors, Über."""

from __future__ import annotations

import getpass
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from nfg_desktop import __version__, paths
from nfg_desktop.gui import opening
from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.main_window import MainWindow, remember_file
from nfg_desktop.gui.safety import SafetyArea, error_hook, questions
from nfg_desktop.gui.safety.about import AboutDialog
from nfg_desktop.gui.safety.backup_dialogs import CreateBackupDialog, RestoreDialog
from nfg_desktop.gui.safety.questions import Choice, SafetyQuestions
from nfg_desktop.gui.widgets.mnemonics import plain
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store import backup
from nfg_desktop.store.database import open_database
from nfg_desktop.store.lock import FileInUseError, LockInfo, lock_path_for, read_lock
from tests.store.test_lock import holding


@pytest.fixture(autouse=True)
def _german() -> None:
    create_application()


def _answer(monkeypatch: pytest.MonkeyPatch, name: str, choice: Choice) -> list[object]:
    asked: list[object] = []

    def fake(*args: object) -> Choice:
        asked.append(args[0])
        return choice

    monkeypatch.setattr(questions, name, fake)
    return asked


def _closed_file(path: Path, *names: str) -> Path:
    database = open_database(path)
    with database.write() as session:
        for name in names:
            PartnerService(session).create(PartnerData(name=name))
    database.close()
    return path


# --- the questions ---------------------------------------------------------------------------


def test_lock_question_is_only_for_drives_without_locks_and_says_so() -> None:
    info = LockInfo(
        "h.schmid", "RATHAUS-PC-07", 4242, datetime(2026, 11, 25, 7, 45), datetime.now()
    )
    error = FileInUseError(Path("netzwerk.sqlite"), info, True, os_locks=False)
    stale = SafetyQuestions().lock_box(error, None)
    assert "h.schmid" in stale.text() and "RATHAUS-PC-07" in stale.text()
    assert "25.11.2026" in stale.text() and "07:45" in stale.text()
    assert {button.objectName() for button in stale.buttons()} == {
        "take_over",
        "read_only",
        "cancel",
    }
    assert stale.defaultButton().objectName() == "read_only"
    assert "nicht ordnungsgemäß beendet" in stale.informativeText()
    assert "unterstützt keine Dateisperren" in stale.informativeText()


# --- opening ---------------------------------------------------------------------------------


@pytest.fixture
def holder(db_path: Path, nfg_home: Path) -> Iterator[subprocess.Popen[str]]:
    _closed_file(db_path)
    with holding(db_path, nfg_home) as process:
        yield process


def _no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> Choice:
        raise AssertionError(f"unexpected question: {args[0]}")

    for name in ("ask_about_lock", "ask_read_only", "ask_missing", "tell_refused"):
        monkeypatch.setattr(questions, name, fail)


def test_second_window_opens_read_only_without_a_question_and_names_the_holder(
    db_path: Path, holder: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    _no_questions(monkeypatch)
    opened = opening.open_database_interactively(db_path, None)
    assert opened is not None
    database, read_only = opened
    assert read_only and database.read_only and database.lock is None
    assert database.held_by is not None and database.held_by.pid == holder.pid
    window = MainWindow(database, db_path)
    qtbot.addWidget(window)
    assert window.read_only and not window.read_only_label.isHidden()
    bar = window.area(SafetyArea).holder_bar
    assert getpass.getuser() in bar.label.text() and "bearbeitet" in bar.label.text()
    assert not bar.edit_action.isVisible()  # the holder still has it
    window.close_without_asking()
    database.close()
    assert read_lock(db_path) is not None and read_lock(db_path).pid == holder.pid  # type: ignore[union-attr]


def test_second_window_offers_editing_once_the_holder_has_closed_the_file(
    db_path: Path, holder: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from nfg_desktop.gui import app as gui_app
    from nfg_desktop.gui.safety import holder_bar

    _no_questions(monkeypatch)
    monkeypatch.setattr(holder_bar, "CHECK_INTERVAL_MS", 100)
    controller = gui_app.WindowController()
    assert controller.open(db_path)
    first = controller.window
    assert first is not None and first.read_only
    bar = first.area(SafetyArea).holder_bar
    qtbot.wait(300)
    assert not bar.edit_action.isVisible()
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("\n")  # the colleague closes the file
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "zu"
    qtbot.waitUntil(bar.edit_action.isVisible, timeout=5000)  # found by the bar's own timer
    assert "bearbeiten" in bar.label.text()
    bar.edit_button.click()  # „Jetzt bearbeiten“: a fresh window, no restart
    second = controller.window
    assert second is not None and second is not first and not second.read_only
    assert controller.database is not None and controller.database.lock is not None
    assert read_lock(db_path).pid == os.getpid()  # type: ignore[union-attr]
    second.close_without_asking()
    controller.close_file()
    assert read_lock(db_path) is None


def test_lock_of_a_killed_program_opens_without_a_question(
    db_path: Path,
    holder: subprocess.Popen[str],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.WARNING)  # what the test makes happen is logged
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    _no_questions(monkeypatch)
    opened = opening.open_database_interactively(db_path, None)
    assert opened is not None
    database, read_only = opened
    assert not read_only and database.lock is not None and database.held_by is None
    with database.read() as session:
        assert [p.name for p in PartnerService(session).list()] == ["Vom anderen Programm"]
    database.close()
    assert read_lock(db_path) is None
    assert "Sperre eines beendeten Programms übernommen" in caplog.text


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.mark.usefixtures("no_os_locks")
def test_without_os_locks_a_left_behind_lock_is_taken_over_after_asking(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)  # what the test makes happen is logged
    _closed_file(db_path, "Caritas")
    lock_path_for(db_path).write_text(
        json.dumps(
            {
                "user": "h.schmid",
                "computer": socket.gethostname(),
                "pid": _dead_pid(),
                "since": "2026-11-24T16:30:00",
            }
        ),
        encoding="utf-8",
    )
    asked = _answer(monkeypatch, "ask_about_lock", Choice.TAKE_OVER)
    opened = opening.open_database_interactively(db_path, None)
    assert opened is not None
    database, read_only = opened
    assert not read_only and database.lock is not None
    assert isinstance(asked[0], FileInUseError) and asked[0].stale
    assert read_lock(db_path).pid == os.getpid()  # type: ignore[union-attr]
    database.close()
    assert read_lock(db_path) is None
    assert "Verwaiste Sperre nach Rückfrage übernommen" in caplog.text


def test_write_protected_file_is_offered_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _closed_file(tmp_path / "netzwerk.sqlite", "Caritas")
    path.chmod(0o444)
    try:
        asked = _answer(monkeypatch, "ask_read_only", Choice.READ_ONLY)
        opened = opening.open_database_interactively(path, None)
        assert opened is not None and opened[1] is True
        assert "schreibgeschützt" in str(asked[0])
        opened[0].close()
    finally:
        path.chmod(0o644)


def test_full_drive_is_said_and_reading_offered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from types import SimpleNamespace

    path = _closed_file(tmp_path / "netzwerk.sqlite", "Caritas")
    no_room = SimpleNamespace(total=2**30, used=2**30, free=0)
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _folder: no_room)
    asked = _answer(monkeypatch, "ask_read_only", Choice.READ_ONLY)
    opened = opening.open_database_interactively(path, None)
    assert opened is not None and opened[1] is True
    assert "Laufwerk ist voll" in str(asked[0]) and "nicht beschädigt" in str(asked[0])
    with opened[0].read() as session:
        assert [partner.name for partner in PartnerService(session).list()] == ["Caritas"]
    opened[0].close()


def test_missing_recent_file_is_not_silently_recreated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "H-Laufwerk" / "netzwerk.sqlite"
    remember_file(path)
    asked = _answer(monkeypatch, "ask_missing", Choice.CANCEL)
    assert opening.open_database_interactively(path, None) is None
    assert asked == [path] and not path.exists()
    _answer(monkeypatch, "ask_missing", Choice.CREATE)
    opened = opening.open_database_interactively(path, None)
    assert opened is not None and path.exists()
    opened[0].close()


def test_a_new_file_is_created_without_asking(tmp_path: Path) -> None:
    path = tmp_path / "neu.sqlite"
    opened = opening.open_database_interactively(path, None)
    assert opened is not None and path.exists()
    opened[0].close()


def test_damaged_file_offers_the_latest_backup(
    db_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)  # what the test makes happen is logged
    _closed_file(db_path, "Caritas", "Diakonie")
    backup.create_backup(db_path)
    damaged = bytearray(db_path.read_bytes())
    damaged[100:4096] = b"\xff" * (4096 - 100)
    db_path.write_bytes(bytes(damaged))
    asked = _answer(monkeypatch, "tell_refused", Choice.RESTORE)

    def choose_newest(dialog: RestoreDialog) -> int:
        dialog.chosen = dialog.selected_backup()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(RestoreDialog, "exec", choose_newest)
    opened = opening.open_database_interactively(db_path, None)
    assert "beschädigt" in str(asked[0])
    assert opened is not None
    database, _read_only = opened
    with database.read() as session:
        assert len(PartnerService(session).list()) == 2
    database.close()
    kept = [p for p in backup.backup_dir().iterdir() if "beschaedigt" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(damaged)
    assert "Datei nicht geöffnet" in caplog.text


def test_first_opening_of_the_day_makes_one_backup(db_path: Path) -> None:
    _closed_file(db_path, "Caritas")
    for _time in range(2):
        opened = opening.open_database_interactively(db_path, None)
        assert opened is not None
        opened[0].close()
    opening.wait_for_daily_backups()  # written beside the start of the window
    copies = backup.list_backups(stem="netzwerk")
    assert len(copies) == 1 and copies[0].reason == "taeglich"
    assert copies[0].created.date() == date.today() and copies[0].partners == 1


def test_the_daily_backup_runs_beside_the_start_and_a_failure_is_said(
    db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)  # what the test makes happen is logged
    create_application()
    _closed_file(db_path, "Caritas")
    started = threading.Event()
    release = threading.Event()
    threads: list[str] = []

    def slow_failing_backup(path: Path) -> Path:
        threads.append(threading.current_thread().name)
        started.set()
        release.wait(10)
        raise backup.BackupError("Der Sicherungsordner ist voll.")

    monkeypatch.setattr(backup, "daily_backup_if_due", slow_failing_backup)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    opened = opening.open_database_interactively(db_path, None)
    assert opened is not None  # opened while the copy is still being written
    assert started.wait(10) and threads == ["nfg-sicherung"]
    running = opening.daily_backup_in_background(opened[0])  # no second copy meanwhile
    assert running is not None and running.is_alive()
    release.set()
    opening.wait_for_daily_backups()
    qtbot.waitUntil(lambda: warned == ["Der Sicherungsordner ist voll."], timeout=5_000)
    assert threads == ["nfg-sicherung"]
    opened[0].close()
    assert "Tägliche Sicherung fehlgeschlagen" in caplog.text


# --- the window ------------------------------------------------------------------------------


def test_file_menu_has_backup_entries_and_a_backup_is_made(
    window: MainWindow, qtbot: QtBot
) -> None:
    texts = [plain(action.text()) for action in window.menu_file.actions()]
    assert "Sicherung erstellen…" in texts and "Sicherung wiederherstellen…" in texts
    dialog = window.area(SafetyArea).create_backup()
    assert isinstance(dialog, CreateBackupDialog)
    assert dialog.folder_label.text() == str(paths.default_backup_dir())
    dialog.create_button.click()
    assert dialog.created is not None and dialog.created.exists()
    assert dialog.created.name in dialog.result_label.text()
    dialog.grab().save(str(paths.data_dir() / "sicherung.png"))
    dialog.close()


def test_restore_from_the_list_replaces_the_data_and_reopens(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.db_path is not None
    first = backup.create_backup(window.db_path, now=datetime(2026, 11, 20, 9, 0))
    with window.database.write() as session:
        PartnerService(session).create(PartnerData(name="Nach der Sicherung e. V."))
    backup.create_backup(window.db_path, now=datetime(2026, 11, 24, 9, 0))
    monkeypatch.setattr(RestoreDialog, "confirm", lambda self, path: True)
    dialog = window.area(SafetyArea).restore_backup()
    assert isinstance(dialog, RestoreDialog)
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "24.11.2026 09:00"
    assert (dialog.table.item(0, 3).text(), dialog.table.item(0, 4).text()) == ("41", "120")
    assert (dialog.table.item(1, 3).text(), dialog.table.item(1, 4).text()) == ("40", "120")
    dialog.grab().save(str(paths.data_dir() / "wiederherstellen.png"))
    dialog.table.selectRow(1)
    with qtbot.waitSignal(window.file_requested) as requested:
        dialog.restore_button.click()
    assert requested.args == [window.db_path]
    assert dialog.chosen == first
    reopened = open_database(window.db_path)
    with reopened.read() as session:
        names = [p.name for p in PartnerService(session).list()]
    reopened.close()
    assert len(names) == 40 and "Nach der Sicherung e. V." not in names
    previous = [c for c in backup.list_backups(stem="netzwerk") if c.reason != "manuell"]
    assert previous and previous[0].reason == "vor-Wiederherstellung"
    assert previous[0].partners == 41


@pytest.mark.usefixtures("no_os_locks")  # with OS locks nobody can take a held lock over
def test_lock_taken_over_elsewhere_turns_the_window_read_only(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)  # what the test makes happen is logged
    database = open_database(db_path, lock=True)
    window = MainWindow(database, db_path)
    qtbot.addWidget(window)
    lock_path_for(db_path).write_text(
        json.dumps({"user": "x", "computer": "ANDERER-PC", "pid": 1, "since": "2026-11-25T10:00"}),
        encoding="utf-8",
    )
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    window.area(SafetyArea).refresh_lock()
    assert window.read_only and warned and "schreibgeschützt" in warned[0]
    window.close_without_asking()
    database.close()
    assert read_lock(db_path) is not None  # the other program's lock is left alone
    assert "Sperre übernommen von jemand anderem" in caplog.text


def test_a_closed_file_stops_the_lock_refresh_without_a_warning(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_database(db_path, lock=True)
    window = MainWindow(database, db_path)
    qtbot.addWidget(window)
    safety = window.area(SafetyArea)
    assert safety.refresh_timer.isActive()
    window.close_without_asking()
    database.close()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    safety.refresh_lock()  # the timer fires once more after the file was closed
    assert warned == []
    assert not window.read_only
    assert not safety.refresh_timer.isActive()


def test_about_shows_version_and_opens_each_folder(window: MainWindow, qtbot: QtBot) -> None:
    window.action_about.trigger()
    dialogs = window.findChildren(AboutDialog)
    assert dialogs, "Hilfe > Über zeigt den Dialog der Sicherheit"
    opened: list[Path] = []
    dialog = AboutDialog(window.db_path, window, opener=opened.append)
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert __version__ in labels["versionLabel"]
    assert labels["dataPath"] == str(window.db_path)
    assert labels["backupsPath"] == str(backup.backup_dir())
    assert labels["logsPath"] == str(paths.log_dir())
    for key in ("data", "backups", "logs"):
        dialog.open_buttons[key].click()
    assert opened == [window.db_path, backup.backup_dir(), paths.log_dir()]
    assert backup.backup_dir().is_dir() and paths.log_dir().is_dir()
    dialog.grab().save(str(paths.data_dir() / "ueber.png"))


# --- unexpected errors -----------------------------------------------------------------------


@pytest.fixture
def hook() -> Iterator[error_hook.ExceptionHook]:
    installed = error_hook.install_exception_hook()
    shown: list[BaseException] = []
    installed.show = shown.append
    installed.shown = shown  # type: ignore[attr-defined]
    yield installed
    error_hook.uninstall_exception_hook()


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_is_logged_shown_calmly_and_the_program_goes_on(
    qtbot: QtBot, hook: error_hook.ExceptionHook, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="nfg_desktop.errors")
    went_on: list[bool] = []

    def broken() -> None:
        raise ZeroDivisionError("Teilung durch null im Bericht")

    QTimer.singleShot(0, broken)
    QTimer.singleShot(20, lambda: went_on.append(True))
    qtbot.waitUntil(lambda: bool(went_on) and bool(hook.shown), timeout=5000)  # type: ignore[attr-defined]
    assert isinstance(hook.shown[0], ZeroDivisionError)  # type: ignore[attr-defined]
    record = caplog.records[0]
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


@pytest.mark.qt_no_exception_capture
def test_error_in_a_thread_reaches_the_dialog_in_the_gui_thread(
    qtbot: QtBot, hook: error_hook.ExceptionHook, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)  # what the test makes happen is logged

    def broken() -> None:
        raise RuntimeError("im Hintergrund")

    thread = threading.Thread(target=broken)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(hook.shown), timeout=5000)  # type: ignore[attr-defined]
    assert str(hook.shown[0]) == "im Hintergrund"  # type: ignore[attr-defined]
    assert "Unerwarteter Fehler" in caplog.text


def test_error_dialog_is_calm_german_and_names_the_log_folder(qtbot: QtBot) -> None:
    dialog = error_hook.ErrorDialog(KeyError("partner_id"))
    qtbot.addWidget(dialog)
    assert "Ihre Daten sind sicher" in dialog.informativeText()
    assert str(paths.log_dir()) in dialog.informativeText()
    assert "Traceback" not in dialog.text() + dialog.informativeText()
    assert any(b.text() == "Protokollordner öffnen" for b in dialog.buttons())
    dialog.grab().save(str(paths.data_dir() / "fehler.png"))


def test_the_real_dialog_does_not_block_and_shows_one_at_a_time(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR)  # what the test makes happen is logged
    installed = error_hook.install_exception_hook()
    try:
        installed(ValueError, ValueError("eins"), None)
        installed(ValueError, ValueError("zwei"), None)
        qtbot.waitUntil(lambda: installed.dialog is not None, timeout=5000)
        dialog = installed.dialog
        assert dialog is not None and dialog.isVisible()
        assert "eins" in dialog.detailedText()
        qtbot.wait(50)
        assert installed.dialog is dialog  # the second error went to the log only
        dialog.accept()
        assert installed.dialog is None and not installed.showing
    finally:
        error_hook.uninstall_exception_hook()
    assert "Unerwarteter Fehler" in caplog.text
