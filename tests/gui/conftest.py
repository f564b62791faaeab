"""Fixtures of the window tests: a main window on the demo network (today = 2026-11-25), and
a logged warning or error fails the test that logged it (as qutebrowser's ``logfail``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from nfg_desktop.domain.choices import FocusArea, TargetGroup
from nfg_desktop.gui import language
from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.list_view import VIEW_KINDS
from nfg_desktop.services.projects import ProjectData, ProjectService
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


@pytest.fixture
def english_language() -> Iterator[None]:
    """The English translation for one test (the tests' system is German)."""
    app = create_application()
    language.install(app, language.ENGLISH)
    try:
        yield
    finally:
        language.install(app, language.GERMAN)


@pytest.fixture
def english_window(english_language: None, window: MainWindow) -> MainWindow:
    return window


@pytest.fixture
def one_project_window(qtbot: QtBot, db: Database) -> Iterator[MainWindow]:
    """A window on a file with one running project (Kinder × Kinder): one covered cell."""
    with db.write() as session:
        ProjectService(session).create(
            ProjectData(
                title="Lesepaten",
                status="läuft",
                focus_areas=[FocusArea.KINDER.value],
                target_groups=[TargetGroup.KINDER.value],
            )
        )
    create_application()
    main = MainWindow(db, db.path)
    main.resize(1280, 800)
    main.show()
    main.wait_loaded()
    yield main
    main.close_without_asking()
    main.deleteLater()


class LogFailHandler(logging.Handler):
    """Keeps the warnings and errors logged during a test that the test did not expect.

    A test expects them by capturing them itself: ``caplog.at_level(logging.WARNING)`` (or
    ``caplog.set_level``) around the code that logs, and then asserts on ``caplog``.
    """

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        super().__init__(logging.WARNING)
        self.caplog = caplog
        self.unexpected: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        captured_at = self.caplog.handler.level
        if captured_at != logging.NOTSET and captured_at <= record.levelno:
            return  # the test captures this level: it is expected
        self.unexpected.append(record)


@pytest.fixture(autouse=True)
def fail_on_logged_warnings(caplog: pytest.LogCaptureFixture) -> Iterator[LogFailHandler]:
    handler = LogFailHandler(caplog)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield handler
    finally:
        root.removeHandler(handler)
    if handler.unexpected:
        lines = "\n".join(
            f"{record.levelname} {record.name}: {record.getMessage()}"
            for record in handler.unexpected
        )
        pytest.fail(f"logged during the test (expect it with caplog.at_level):\n{lines}")
