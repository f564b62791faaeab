"""A read-only server user (the IT's role for e.g. the mayor's office) gets the read-only
window, without errors."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import open_url
from tests.postgres_roles import ServerSetup, server_fixture  # noqa: F401 (a fixture)

pytestmark = pytest.mark.postgres


def test_a_reader_gets_the_read_only_window(qtbot: QtBot, server: ServerSetup) -> None:
    database = open_url(server.add_user(server.editor_role))
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Seniorenbüro"))
    database.close()

    database = open_url(server.add_user(server.reader_role))
    create_application()
    window = MainWindow(database, None)
    try:
        window.resize(1280, 800)
        window.show()
        window.list_view("partners").ensure_loaded()
        window.wait_loaded()
        assert window.read_only
        assert window.read_only_label.isVisibleTo(window)
        view = window.list_view("partners")
        assert not view.new_button.isEnabled()
        model = view.table.model()
        names = [model.index(row, 0).data() for row in range(model.rowCount())]
        assert "Seniorenbüro" in names
    finally:
        window.close_without_asking()
        window.deleteLater()
        database.close()
