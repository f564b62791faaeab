"""Datei › Netzwerk-Einstellungen…, the welcome of an empty file, empty lists and dialogs that
cannot be used yet (issue 16, items 1 and 2)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from nfg_desktop import paths
from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.editors.dialogs import InviteDialog
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.network import NetworkArea
from nfg_desktop.gui.network.settings_dialog import NetworkSettingsDialog
from nfg_desktop.gui.views.list_view import VIEW_KINDS
from nfg_desktop.services.demo import is_empty
from nfg_desktop.services.network import NetworkService
from nfg_desktop.store.database import Database, open_database
from tests.gui.editor_support import make_editor


def png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (90, 30), (30, 110, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def open_window(database: Database) -> MainWindow:
    create_application()
    main = MainWindow(database, database.path)
    main.resize(1280, 800)
    main.show()
    for name in VIEW_KINDS:
        main.list_view(name).ensure_loaded()
    main.wait_loaded()
    main.view("overview").wait_loaded()  # type: ignore[attr-defined]
    return main


@pytest.fixture
def empty_window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    main = open_window(db)
    yield main
    main.close_without_asking()
    main.deleteLater()


def settings_dialog(window: MainWindow) -> NetworkSettingsDialog:
    dialog = window.area(NetworkArea).make_settings_dialog()
    dialog.show()
    return dialog


def test_the_settings_dialog_stores_what_was_typed(
    qtbot: QtBot, empty_window: MainWindow, tmp_path: Path
) -> None:
    dialog = settings_dialog(empty_window)
    qtbot.addWidget(dialog)
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.name_edit, "Runder Tisch der Generationen Au")
    qtbot.keyClicks(dialog.municipality_edit, "Au am Rhein")
    qtbot.keyClicks(dialog.population_edit, "3.412")
    qtbot.keyClicks(dialog.program_start_edit.line, "01.04.2024")
    dialog.localities_edit.setPlainText("Au\nNeuburgweier")
    dialog.sender_address_edit.setPlainText("Gemeinde Au am Rhein\nHauptstraße 1")
    qtbot.keyClicks(dialog.sender_phone_edit, "07245 9160")
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    assert dialog.set_logo_file(logo)
    assert not dialog.logo_preview.pixmap().isNull()
    first, second = dialog.coordinator_edits
    qtbot.keyClicks(first["name"], "Anna Berg")
    qtbot.keyClicks(first["function"], "Netzwerkkoordinatorin")
    qtbot.keyClicks(first["email"], "a.berg@au.example")
    second["name"].setText("Mehmet Öztürk")  # keyClicks types ASCII only
    qtbot.keyClicks(second["organisation"], "Familienzentrum Au")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.saved and not dialog.isVisible()
    with empty_window.database.read() as session:
        data = NetworkService(session).data()
    assert data.name == "Runder Tisch der Generationen Au"
    assert (data.municipality, data.population) == ("Au am Rhein", 3412)
    assert data.localities == ["Au", "Neuburgweier"]
    assert data.sender_phone == "07245 9160"
    assert data.logo == logo.read_bytes()
    assert [(c.name, c.function, c.organisation) for c in data.coordinators] == [
        ("Anna Berg", "Netzwerkkoordinatorin", ""),
        ("Mehmet Öztürk", "", "Familienzentrum Au"),
    ]
    # The window's title names the network.
    assert empty_window.windowTitle().startswith("Runder Tisch der Generationen Au – ")


def test_the_settings_dialog_explains_errors_and_stores_nothing(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    dialog = settings_dialog(empty_window)
    qtbot.addWidget(dialog)
    dialog.name_edit.clear()
    _first, second = dialog.coordinator_edits
    qtbot.keyClicks(second["email"], "kaputt")
    dialog.accept()
    assert not dialog.saved and dialog.isVisible()
    text = dialog.error_label.text()
    assert "Name des Netzwerks: Bitte ausfüllen." in text
    assert "„kaputt“ ist keine gültige E-Mail-Adresse" in text
    assert dialog.tabs.currentIndex() == 0  # the first error's tab
    with empty_window.database.read() as session:
        assert NetworkService(session).data().name == "Netzwerk für Generationen"


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
def test_the_settings_dialog_fits_the_window(
    qtbot: QtBot, empty_window: MainWindow, size: tuple[int, int]
) -> None:
    empty_window.resize(*size)
    dialog = settings_dialog(empty_window)
    qtbot.addWidget(dialog)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= size[0] and hint.height() <= size[1] - 40
        assert dialog.width() <= size[0] and dialog.height() <= size[1] - 40
        page = dialog.tabs.currentWidget()
        assert page.minimumSizeHint().width() <= page.width()


def test_the_menu_offers_the_settings(empty_window: MainWindow) -> None:
    actions = [a.objectName() for a in empty_window.menu_file.actions()]
    assert "networkSettingsAction" in actions and "openDemoAction" in actions


# --- the welcome ------------------------------------------------------------------------


def test_an_empty_file_shows_the_welcome_a_filled_one_the_figures(
    qtbot: QtBot, empty_window: MainWindow, demo_db: Database
) -> None:
    overview: Any = empty_window.view("overview")
    assert overview.welcome.isVisible() and not overview.scroll.isVisible()
    other = open_window(demo_db)
    try:
        filled: Any = other.view("overview")
        assert not filled.welcome.isVisible() and filled.scroll.isVisible()
    finally:
        other.close_without_asking()


def test_welcome_new_opens_an_empty_partner_form(qtbot: QtBot, empty_window: MainWindow) -> None:
    overview: Any = empty_window.view("overview")
    qtbot.mouseClick(overview.welcome.buttons["new"], Qt.MouseButton.LeftButton)
    assert empty_window.current_view_name() == "partners"
    editor = empty_window.editor_for("partner")
    assert editor is not None and editor.isVisible() and editor.record_id() is None


def test_welcome_set_up_opens_the_settings_dialog(
    qtbot: QtBot, empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[NetworkSettingsDialog] = []
    monkeypatch.setattr(NetworkSettingsDialog, "exec", lambda self: shown.append(self) or 0)
    overview: Any = empty_window.view("overview")
    qtbot.mouseClick(overview.welcome.buttons["settings"], Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert shown[0].name_edit.text() == "Netzwerk für Generationen"


def test_welcome_import_opens_the_import_wizard(
    qtbot: QtBot, empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nfg_desktop.gui.transfer.import_wizard import ImportWizard

    shown: list[ImportWizard] = []
    monkeypatch.setattr(ImportWizard, "exec", lambda self: shown.append(self) or 0)
    overview: Any = empty_window.view("overview")
    qtbot.mouseClick(overview.welcome.buttons["import"], Qt.MouseButton.LeftButton)
    assert len(shown) == 1


def test_welcome_demo_opens_the_demo_in_a_file_of_its_own(
    qtbot: QtBot, empty_window: MainWindow
) -> None:
    overview: Any = empty_window.view("overview")
    with qtbot.waitSignal(empty_window.file_requested, timeout=30_000) as requested:
        qtbot.mouseClick(overview.welcome.buttons["demo"], Qt.MouseButton.LeftButton)
    demo_path = requested.args[0]
    assert demo_path == paths.demo_db_path() and demo_path != empty_window.db_path
    with empty_window.database.read() as session:
        assert is_empty(session)  # the user's file is untouched
    demo = open_database(demo_path)
    try:
        with demo.read() as session:
            assert not is_empty(session)
        demo_window = open_window(demo)
        try:
            assert demo_window.windowTitle().startswith("DEMO")
            assert "Demo-Netzwerk.sqlite" in demo_window.windowTitle()
        finally:
            demo_window.close_without_asking()
    finally:
        demo.close()


# --- empty lists and dialogs ------------------------------------------------------------


def test_empty_lists_say_what_to_do(empty_window: MainWindow, demo_db: Database) -> None:
    for name in VIEW_KINDS:
        table = empty_window.list_view(name).table
        assert "„Neu“" in table.placeholder_text()
    partners = empty_window.list_view("partners")
    assert "Importieren" in partners.table.placeholder_text()


def test_a_search_without_hits_says_so(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(demo_db)
    try:
        view = window.list_view("partners")
        assert view.table.placeholder_text() == ""
        qtbot.keyClicks(view.search, "xyzxyz")
        assert view.model.rowCount() == 0
        assert "Suche" in view.table.placeholder_text()
    finally:
        window.close_without_asking()


def test_assigning_without_volunteers_or_partners_says_why(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, _title, text, *_a: said.append(text)
    )
    editor = make_editor(qtbot, db, "project")
    editor.add_volunteer()
    editor.add_partner()
    assert len(said) == 2
    assert "noch keine Ehrenamtlichen" in said[0]
    assert "noch keine Partner" in said[1]


def test_inviting_from_an_empty_group_says_so(qtbot: QtBot, db: Database) -> None:
    """„Personen einladen › Koordination“ without coordinators says why the list is empty; with
    the network settings filled in, the coordinators are there."""
    from nfg_desktop.services.network import CoordinatorData, NetworkData

    editor = make_editor(qtbot, db, "meeting")
    dialog = InviteDialog("Personen einladen", {"Koordination": editor._coordinators}, set())
    qtbot.addWidget(dialog)
    assert "Niemand" in dialog.ui.countLabel.text()
    with db.write() as session:
        NetworkService(session).update(
            NetworkData(name="Netz", coordinators=[CoordinatorData(name="Anna Berg")])
        )
    again = InviteDialog("Personen einladen", {"Koordination": editor._coordinators}, set())
    qtbot.addWidget(again)
    assert "Niemand" not in again.ui.countLabel.text()
    assert again.model.rowCount() == 1
