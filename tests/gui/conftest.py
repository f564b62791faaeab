"""Fixtures of the window tests: a main window on the demo network (today = 2026-11-25)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.list_view import VIEW_KINDS
from nfg_desktop.store.database import Database


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    create_application()
    main = MainWindow(demo_db, demo_db.path)
    # Not qtbot.addWidget: its teardown closes the window the normal way, which would ask
    # about unsaved changes a test left behind.
    main.resize(1300, 800)
    main.show()
    for name in VIEW_KINDS:  # what prefetch_views does over the next turns of the event loop
        main.list_view(name).ensure_loaded()
    main.wait_loaded()
    yield main
    main.close_without_asking()
    main.deleteLater()
