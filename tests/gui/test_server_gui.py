"""The window on a PostgreSQL server: connecting, others' changes, a lost connection.

The other user is a second process (``python -c``) that writes through the store; the server
is the tests' throw-away cluster (``tests/postgres.py``).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from nfg_desktop.gui import opening
from nfg_desktop.gui.app import WindowController, create_application
from nfg_desktop.gui.main_window import MainWindow, recent_entries, recent_files, remember_file
from nfg_desktop.gui.server import ServerArea
from nfg_desktop.gui.server.connect_dialog import ConnectDialog
from nfg_desktop.gui.views.list_view import VIEW_KINDS
from nfg_desktop.gui.widgets.mnemonics import plain
from nfg_desktop.services.demo import build_demo
from nfg_desktop.store.database import Database, open_database, open_url
from nfg_desktop.store.models import Partner
from nfg_desktop.store.server import ServerAddress
from tests.postgres import PostgresCluster

# The other user: renames partner argv[2] (or the first one) to argv[3] in the database argv[1]
# (a URL, or a file path) and prints how long the save took.
OTHER_USER = """
import sys
from pathlib import Path
from nfg_desktop.store.database import open_database, open_url
from nfg_desktop.store.models import Partner

target = sys.argv[1]
database = open_url(target) if "://" in target else open_database(Path(target))
with database.write() as session:
    partner = session.get(Partner, int(sys.argv[2]))
    partner.name = sys.argv[3]
database.close()
"""


def other_user_renames(target: str, partner_id: int, name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", OTHER_USER, target, str(partner_id), name],
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def _demo(database: Database) -> None:
    with database.write() as session:
        build_demo(session, scale=1, today=date(2026, 11, 25))


def _first_partner(database: Database) -> int:
    with database.read() as session:
        partner = session.query(Partner).order_by(Partner.id).first()
        assert partner is not None
        return partner.id


def _open_window(database: Database) -> MainWindow:
    create_application()
    window = MainWindow(database, database.path)
    window.resize(1280, 800)
    window.show()
    for name in VIEW_KINDS:
        window.list_view(name).ensure_loaded()
    window.wait_loaded()
    return window


def _names(window: MainWindow) -> list[str]:
    model = window.list_view("partners").model
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


@pytest.fixture
def server_window(pg_url: str) -> Iterator[MainWindow]:
    database = open_url(pg_url)
    _demo(database)
    window = _open_window(database)
    feed = window.area(ServerArea).feed
    assert feed is not None and feed.ready.wait(5)  # type: ignore[attr-defined]
    yield window
    window.close_without_asking()
    window.deleteLater()
    database.close()


# --- connecting ---------------------------------------------------------------------------


def test_connect_dialog_builds_the_url_and_never_keeps_the_password(qtbot: QtBot) -> None:
    create_application()
    dialog = ConnectDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()  # no server and database yet
    dialog.host.setText("rathaus-db")
    dialog.port.setValue(5433)
    dialog.database.setText("nfg")
    dialog.user.setText("anna")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-full"))
    dialog.password.setText("geheim")
    assert ok.isEnabled()
    url = dialog.url()
    assert url.render_as_string(hide_password=False) == (
        "postgresql+psycopg://anna:geheim@rathaus-db:5433/nfg?sslmode=verify-full"
    )
    assert dialog.address().url_text() == (
        "postgresql+psycopg://anna@rathaus-db:5433/nfg?sslmode=verify-full"
    )
    dialog.by_service.setChecked(True)
    dialog.service.setText("nfg-rathaus")
    dialog.password.clear()
    assert not dialog.host.isEnabled()
    assert dialog.url().render_as_string(hide_password=False) == (
        "postgresql+psycopg://anna@/nfg?service=nfg-rathaus"
    )
    again = ConnectDialog(None, ServerAddress.from_url(url))
    qtbot.addWidget(again)
    assert (again.host.text(), again.port.value(), again.sslmode.currentData()) == (
        "rathaus-db",
        5433,
        "verify-full",
    )


@pytest.mark.postgres
def test_a_server_opens_in_the_window_and_is_remembered_without_its_password(
    pg_url: str, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application()
    remember_file(tmp_path / "netzwerk.sqlite")
    controller = WindowController()
    url = make_url(pg_url).set(password="nicht-speichern")  # trust: the server ignores it
    assert controller.open_server(url)
    window = controller.window
    assert window is not None and window.db_path is None and not window.read_only
    assert window.database.on_server and window.database.lock is None
    assert "nicht-speichern" not in window.windowTitle()
    assert recent_entries()[0] == pg_url  # newest first, without the password
    assert recent_files() == [tmp_path / "netzwerk.sqlite"]
    window.menu_recent.aboutToShow.emit()
    texts = [plain(action.text()) for action in window.menu_recent.actions()]
    assert texts[0].startswith("Server: nfg_test@127.0.0.1:")
    assert texts[1] == str(tmp_path / "netzwerk.sqlite")
    # Choosing it again from Zuletzt geöffnet opens the server in a fresh window.
    requested: list[object] = []
    window.server_requested.connect(requested.append)
    window.menu_recent.actions()[0].trigger()
    assert [str(u) for u in requested] == [pg_url]
    assert controller.window is not None and controller.window is not window
    controller.window.close_without_asking()
    controller.close_file()


@pytest.mark.postgres
def test_a_wrong_password_is_said_in_german_and_asked_again(
    pg_cluster: PostgresCluster, pg_url: str, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from tests.store.test_server_errors import password_user

    url = make_url(password_user(pg_cluster, make_url(pg_url).database or ""))
    asked: list[str] = []

    def answer(address: ServerAddress, hint: str, parent: object) -> str | None:
        asked.append(hint)
        return {1: "falsch", 2: "geheim"}.get(len(asked))

    monkeypatch.setattr(opening, "ask_password", answer)
    create_application()
    database = opening.open_server_interactively(url, None)
    assert database is not None  # the second password was right
    database.close()
    assert asked[0] == ""  # the server wanted one: asked without a complaint
    assert "Kennwort stimmen nicht" in asked[1]  # the wrong one: said in German


# --- others' changes ----------------------------------------------------------------------


@pytest.mark.postgres
def test_another_processs_save_shows_in_the_list_within_two_seconds(
    server_window: MainWindow, pg_url: str, qtbot: QtBot
) -> None:
    partner_id = _first_partner(server_window.database)
    server_window.show_view("partners")  # a list not on screen reloads when it is shown
    other_user_renames(pg_url, partner_id, "Stadtteilverein Nord (von Anna)")
    saved = time.monotonic()
    qtbot.waitUntil(
        lambda: "Stadtteilverein Nord (von Anna)" in _names(server_window), timeout=2000
    )
    assert time.monotonic() - saved < 2.0


OTHER_SQL = """
import sys
from sqlalchemy import create_engine, text

engine = create_engine(sys.argv[1])
with engine.begin() as connection:
    connection.execute(text(sys.argv[2]))
engine.dispose()
"""


@pytest.mark.postgres
def test_the_overview_follows_another_processs_save(
    server_window: MainWindow, pg_url: str, qtbot: QtBot
) -> None:
    overview = server_window.show_view("overview")
    label = overview.partner_counts[1]  # type: ignore[attr-defined]
    before = label.text()
    done = subprocess.run(
        [sys.executable, "-c", OTHER_SQL, pg_url, "UPDATE partner SET status = 'ruhend'"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: label.text() != before, timeout=2000)
    assert "ruhend:&nbsp;40" in label.text()


@pytest.mark.postgres
def test_an_open_record_follows_others_saves_until_it_is_edited(
    server_window: MainWindow, pg_url: str, qtbot: QtBot
) -> None:
    partner_id = _first_partner(server_window.database)
    assert server_window.open_record("partner", partner_id)
    view = server_window.list_view("partners")
    editor = server_window.editor_for("partner")
    assert editor is not None
    name = editor.field_widget("name")
    other_user_renames(pg_url, partner_id, "Neu von Anna")
    qtbot.waitUntil(lambda: name.text() == "Neu von Anna", timeout=2000)  # type: ignore[attr-defined]
    assert not editor.is_dirty()
    # Now I am typing: my input stays, a note says that Anna changed it meanwhile.
    name.setText("Meine Fassung")  # type: ignore[attr-defined]
    assert editor.is_dirty()
    other_user_renames(pg_url, partner_id, "Noch einmal Anna")
    qtbot.waitUntil(view.details.note.isVisible, timeout=2000)
    assert "nfg_test hat diesen Eintrag inzwischen geändert" in view.details.note.text()
    assert name.text() == "Meine Fassung"  # type: ignore[attr-defined]
    editor.cancel()
    assert view.details.note.isHidden()


@pytest.mark.postgres
def test_the_windows_own_save_does_not_reload_twice(
    server_window: MainWindow, qtbot: QtBot
) -> None:
    partner_id = _first_partner(server_window.database)
    server_window.open_record("partner", partner_id)
    editor = server_window.editor_for("partner")
    assert editor is not None
    view = server_window.list_view("partners")
    reloads: list[int] = []
    view.loaded.connect(lambda: reloads.append(1))
    editor.field_widget("name").setText("Selbst gespeichert")  # type: ignore[union-attr]
    assert editor.save()
    qtbot.waitUntil(lambda: reloads == [1], timeout=2000)
    qtbot.wait(800)  # the server's notification of this save has come and gone by now
    assert reloads == [1]


def test_a_read_only_second_window_shows_the_writers_saves(db_path: Path, qtbot: QtBot) -> None:
    writer = open_database(db_path, lock=True)
    _demo(writer)
    partner_id = _first_partner(writer)
    writer.close()
    holder = subprocess.Popen(  # the first program keeps the file open for writing
        [sys.executable, "-c", HOLDER, str(db_path), str(partner_id)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "offen"
        reader = open_database(db_path, read_only=True)
        window = _open_window(reader)
        assert window.read_only and window.area(ServerArea).feed is not None
        window.open_record("partner", partner_id)
        editor = window.editor_for("partner")
        assert editor is not None
        time.sleep(1.2)  # the watcher has seen the file's first data version
        assert holder.stdin is not None
        holder.stdin.write("Umbenannt im ersten Fenster\n")
        holder.stdin.flush()
        assert holder.stdout.readline().strip() == "gespeichert"
        qtbot.waitUntil(lambda: "Umbenannt im ersten Fenster" in _names(window), timeout=2000)
        qtbot.waitUntil(
            lambda: editor.field_widget("name").text() == "Umbenannt im ersten Fenster",  # type: ignore[union-attr]
            timeout=2000,
        )
        window.close_without_asking()
        reader.close()
    finally:
        holder.kill()
        holder.wait()


HOLDER = """
import sys
from pathlib import Path
from nfg_desktop.store.database import open_database
from nfg_desktop.store.models import Partner

database = open_database(Path(sys.argv[1]), lock=True)
print("offen", flush=True)
name = sys.stdin.readline().strip()
with database.write() as session:
    session.get(Partner, int(sys.argv[2])).name = name
print("gespeichert", flush=True)
sys.stdin.readline()
database.close()
"""


# --- a lost connection --------------------------------------------------------------------


@pytest.mark.postgres
def test_server_stopped_and_started_while_a_window_is_open_nothing_is_lost(
    server_window: MainWindow,
    pg_cluster: PostgresCluster,
    pg_url: str,
    qtbot: QtBot,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = server_window
    area = window.area(ServerArea)
    partner_id = _first_partner(window.database)
    window.open_record("partner", partner_id)
    view = window.list_view("partners")
    editor = window.editor_for("partner")
    assert editor is not None
    shown_before = _names(window)
    with caplog.at_level(logging.WARNING):
        try:
            pg_cluster.stop()
            qtbot.waitUntil(lambda: not area.bar.isHidden(), timeout=5000)
            assert area.bar.label.text() == (
                "Verbindung zum Server unterbrochen – wird erneut versucht"
            )
            # Reading what the window has still works; typing too.
            window.show_view("partners")
            assert _names(window) == shown_before
            editor.field_widget("name").setText("Während der Störung getippt")  # type: ignore[union-attr]
            assert not editor.save()  # refused, clearly, and nothing typed is lost
            assert "Verbindung zum Server ist unterbrochen" in view.details.message.text()
            assert view.details.message.isVisible()
            assert editor.is_dirty()
        finally:
            pg_cluster.restart()
        qtbot.waitUntil(area.bar.isHidden, timeout=10_000)
        qtbot.wait(100)
        assert view.details.note.isHidden()  # nobody else changed it: no such note
        assert editor.field_widget("name").text() == "Während der Störung getippt"  # type: ignore[union-attr]
        assert editor.save()  # after reconnecting the same save goes through
    qtbot.waitUntil(lambda: "Während der Störung getippt" in _names(window), timeout=2000)
    check = open_url(pg_url)
    with check.read() as session:
        assert session.get(Partner, partner_id).name == "Während der Störung getippt"  # type: ignore[union-attr]
    check.close()


@pytest.mark.postgres
def test_db_url_without_a_command_opens_the_window_on_the_server(
    pg_url: str, tmp_path: Path, qtbot: QtBot
) -> None:
    from nfg_desktop.gui.app import open_start_window

    create_application()
    controller = WindowController()
    assert open_start_window(controller, tmp_path / "nie.sqlite", make_url(pg_url))
    window = controller.window
    assert window is not None and window.database.on_server
    assert not (tmp_path / "nie.sqlite").exists()  # the default file is not touched
    assert "127.0.0.1" in window.windowTitle()
    window.close_without_asking()
    controller.close_file()
