"""A window ended from outside (SIGTERM, SIGHUP) closes the file properly and keeps an unsaved
form as a draft that the next start offers; run as real child processes."""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nfg_desktop.gui import app as gui_app
from nfg_desktop.gui.safety import drafts
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import open_database
from nfg_desktop.store.lock import lock_path_for, read_lock
from tests.store.test_lock import REPO

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

# The window as run_gui starts it; once its start is over, a partner's form gets an unsaved
# change (argv[2]: "edit") and the child says "bereit".
WINDOW = """
import sys
from pathlib import Path
from nfg_desktop.gui import app as gui_app
from nfg_desktop.gui.safety import session_end

application = gui_app.create_application()
controller = gui_app.WindowController()
session_end.install(application, lambda: controller.window, controller.close_file)
assert gui_app.open_start_window(controller, Path(sys.argv[1]))

def ready():
    window = controller.window
    if sys.argv[2] == "edit":
        view = window.list_view("partners")
        view.open_record(int(sys.argv[3]))
        editor = view.editor()
        editor.field_widget("name").setText("Caritas Musterhausen (ungespeichert)")
        editor.field_widget("notes").setPlainText("Anruf am Montag")
        assert editor.is_dirty()
    print("bereit", window.windowTitle(), flush=True)

controller.window.after_start(ready)
code = application.exec()
controller.close_file()
print("ende", code, flush=True)
sys.exit(code)
"""


def _file_with_partner(path: Path) -> int:
    database = open_database(path)
    with database.write() as session:
        partner = PartnerService(session).create(PartnerData(name="Caritas", notes=""))
        partner_id = partner.id
    database.close()
    return partner_id


def _start(path: Path, nfg_home: Path, *args: str) -> subprocess.Popen[str]:
    env = dict(
        os.environ, PYTHONPATH=str(REPO), NFG_HOME=str(nfg_home), QT_QPA_PLATFORM="offscreen"
    )
    return subprocess.Popen(
        [sys.executable, "-c", WINDOW, str(path), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGHUP])
def test_a_window_ended_by_a_signal_closes_the_file_properly(
    db_path: Path, nfg_home: Path, ending: signal.Signals
) -> None:
    _file_with_partner(db_path)
    window = _start(db_path, nfg_home, "show")
    assert window.stdout is not None
    assert window.stdout.readline().startswith("bereit")
    assert read_lock(db_path) is not None and read_lock(db_path).pid == window.pid  # type: ignore[union-attr]
    window.send_signal(ending)
    out, err = window.communicate(timeout=60)
    assert window.returncode == 0, err
    assert "ende 0" in out
    assert "Traceback" not in err
    assert read_lock(db_path) is None and not lock_path_for(db_path).exists()
    assert not Path(f"{db_path}-wal").exists()  # checkpointed into the file
    assert drafts.load_drafts(db_path) == []  # nothing unsaved, no draft


def test_an_unsaved_form_is_kept_as_a_draft_and_offered_at_the_next_start(
    db_path: Path, nfg_home: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner_id = _file_with_partner(db_path)
    window = _start(db_path, nfg_home, "edit", str(partner_id))
    assert window.stdout is not None
    assert window.stdout.readline().startswith("bereit")
    window.send_signal(signal.SIGTERM)
    _out, err = window.communicate(timeout=60)
    assert window.returncode == 0 and "Traceback" not in err
    assert read_lock(db_path) is None
    # Never silently saved ...
    check = open_database(db_path, read_only=True)
    with check.read() as session:
        assert PartnerService(session).get(partner_id).name == "Caritas"
    check.close()
    # ... and never silently lost: the next start offers the draft.
    kept = drafts.load_drafts(db_path)
    assert [(d.view, d.record_id) for d in kept] == [("partners", partner_id)]
    asked: list[str] = []

    def choose_restore(box: QMessageBox) -> int:
        asked.append(box.text())
        box.button_clicked = box.property("restoreButton")  # type: ignore[attr-defined]
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    monkeypatch.setattr(
        QMessageBox, "clickedButton", lambda box: getattr(box, "button_clicked", None)
    )
    controller = gui_app.WindowController()
    assert controller.open(db_path)
    main = controller.window
    assert main is not None
    qtbot.addWidget(main)
    main.wait_loaded()
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "Caritas" in asked[0]
    editor = main.list_view("partners").editor()
    assert editor is not None and editor.record_id() == partner_id
    assert editor.field_widget("name").text() == "Caritas Musterhausen (ungespeichert)"  # type: ignore[union-attr]
    assert editor.is_dirty()  # back in the form, not saved
    assert drafts.load_drafts(db_path) == []  # offered once
    main.close_without_asking()
    controller.close_file()


def test_the_end_of_a_windows_session_keeps_drafts_and_closes_without_asking(
    db_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)  # what the test makes happen is logged
    import shiboken6
    from PySide6.QtWidgets import QApplication

    from nfg_desktop.gui.safety.session_end import CleanEnd

    partner_id = _file_with_partner(db_path)
    controller = gui_app.WindowController()
    assert controller.open(db_path)
    window = controller.window
    assert window is not None
    qtbot.addWidget(window)
    window.wait_loaded()
    view = window.list_view("partners")
    view.open_record(partner_id)
    editor = view.editor()
    assert editor is not None
    editor.field_widget("name").setText("Caritas e. V.")  # type: ignore[union-attr]
    assert editor.is_dirty()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    closed: list[bool] = []
    clean_end = CleanEnd(app, lambda: controller.window, lambda: closed.append(True), False)
    try:
        asked: list[object] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append(box) or 0)
        clean_end.commit_data(None)  # type: ignore[arg-type]  # what Qt calls at session end
        assert [(d.view, d.record_id) for d in drafts.load_drafts(db_path)] == [
            ("partners", partner_id)
        ]
        assert window.close() and asked == []  # no question stops the session's end
        app.aboutToQuit.emit()
        assert closed == [True]
    finally:
        shiboken6.delete(clean_end)
    controller.close_file()
    assert read_lock(db_path) is None
    check = open_database(db_path, read_only=True)
    with check.read() as session:
        assert PartnerService(session).get(partner_id).name == "Caritas"  # not saved
    check.close()
    assert "als Entwurf behalten" in caplog.text
