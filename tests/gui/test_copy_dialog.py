"""Datei > Netzwerk kopieren…: the open file onto a server and back into a new file."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.safety import SafetyArea
from nfg_desktop.gui.safety.copy_dialog import CopyDialog
from nfg_desktop.gui.widgets.mnemonics import plain
from tests.store.test_copying import all_rows

pytestmark = pytest.mark.postgres


def fill_server(dialog: CopyDialog, url: str) -> None:
    parsed = make_url(url)
    dialog.host.setText(parsed.host or "")
    dialog.port.setValue(parsed.port or 5432)
    dialog.database.setText(parsed.database or "")
    dialog.user.setText(parsed.username or "")


def run(qtbot: QtBot, dialog: CopyDialog) -> str:
    dialog.copy_button.click()
    qtbot.waitUntil(lambda: dialog._thread is None, timeout=60_000)
    return dialog.result_text


def test_copy_the_open_file_to_a_server_and_back(
    qtbot: QtBot, window: MainWindow, pg_url: str, tmp_path: Path
) -> None:
    area = window.area(SafetyArea)
    action = area.action_copy
    assert plain(action.text()) == "Netzwerk kopieren…"
    menus = [menu_action.menu() for menu_action in window.menuBar().actions()]
    assert any(action in menu.actions() for menu in menus if menu is not None)

    dialog = area.copy_network()
    assert dialog.to_server.isChecked()
    assert not dialog.file_row.isVisibleTo(dialog)
    fill_server(dialog, pg_url)
    shown = run(qtbot, dialog)
    assert shown.startswith("Kopiert: "), shown
    assert "Tabellen verglichen" in shown
    dialog.grab().save(str(tmp_path / "copy_dialog.png"))

    again = run(qtbot, dialog)
    assert "enthält schon ein Netzwerk" in again  # the server is not empty any more

    back = tmp_path / "zurueck"
    dialog.to_file.setChecked(True)
    assert dialog.file_row.isVisibleTo(dialog)
    dialog.target_file.setText(str(back))
    shown = run(qtbot, dialog)
    assert shown.startswith("Kopiert: "), shown
    assert window.db_path is not None
    assert all_rows(tmp_path / "zurueck.sqlite") == all_rows(window.db_path)
    dialog.close()
