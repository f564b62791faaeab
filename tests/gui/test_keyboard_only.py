"""Every main task without a mouse (issue 19, EN 301 549 11.2.1.1): the tests start at the main
window and press keys only — shortcuts, Tab, arrows, Space, Enter, Escape — and then read what
was stored through the services."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton, QWidget, QWizard
from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.list_view import ListView
from nfg_desktop.services.meetings import MeetingService
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.services.projects import ProjectService
from tests.gui.keyboard import (
    Key,
    Mod,
    check,
    closed,
    focused,
    give_back_the_keyboard,
    in_dialog,
    named,
    press,
    tab_to,
    type_text,
)


def start(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.navigation.setFocus()


def test_create_a_partner_with_a_contact(qtbot: QtBot, window: MainWindow) -> None:
    start(qtbot, window)
    press(Key.Key_2, Mod.ControlModifier)
    assert window.current_view_name() == "partners"
    press(Key.Key_N, Mod.ControlModifier)
    assert focused().objectName() == "nameEdit"
    type_text("Tastaturverein e. V.")

    def contact(dialog: QWidget) -> None:
        tab_to(named("lastNameEdit"))
        type_text("Ohnemaus")
        tab_to(named("emailEdit"))
        type_text("ohnemaus@example.org")
        press(Key.Key_Return)

    seen = in_dialog(contact)
    tab_to(named("addContactButton"))
    press(Key.Key_Space)
    check()
    assert seen and closed(seen[0])
    press(Key.Key_S, Mod.ControlModifier)
    with window.database.read() as session:
        partner = next(
            p for p in PartnerService(session).list() if p.name == "Tastaturverein e. V."
        )
        assert [(c.last_name, c.email) for c in partner.contacts] == [
            ("Ohnemaus", "ohnemaus@example.org")
        ]


def open_first_record_by_keys(view_key: Qt.Key) -> ListView:
    """Switch to a list (Ctrl+digit), go to its table, open the first row with Enter."""
    press(view_key, Mod.ControlModifier)
    tab_to(named("recordTable"))
    press(Key.Key_Home, Mod.ControlModifier)
    press(Key.Key_Return)
    view = QApplication.focusWidget()
    while view is not None and not isinstance(view, ListView):
        view = view.parentWidget()
    assert view is not None and view.details.editor is not None
    assert view.details.editor.isAncestorOf(focused())  # Enter went on into the form
    return view


def test_assign_a_volunteer_to_a_project(qtbot: QtBot, window: MainWindow) -> None:
    start(qtbot, window)
    view = open_first_record_by_keys(Key.Key_3)
    project_id = view.current_id()
    assert project_id is not None
    with window.database.read() as session:
        before = {v.volunteer_id for v in ProjectService(session).get(project_id).volunteer_links}
    chosen: list[str] = []

    def assign(dialog: QWidget) -> None:
        assert focused().objectName() == "personCombo"
        press(Key.Key_Down)
        chosen.append(dialog.ui.personCombo.currentText())  # type: ignore[attr-defined]
        if dialog.ui.warningLabel.isVisible():  # type: ignore[attr-defined]
            tab_to(named("reasonEdit"))
            type_text("Einsatz ohne Kinder")
        tab_to(lambda widget: isinstance(widget, QPushButton) and widget.isDefault())
        press(Key.Key_Return)

    seen = in_dialog(assign)
    tab_to(named("addVolunteerButton"))
    press(Key.Key_Space)
    check()
    assert seen and chosen
    press(Key.Key_S, Mod.ControlModifier)
    with window.database.read() as session:
        project = ProjectService(session).get(project_id)
        added = {v.volunteer_id for v in project.volunteer_links} - before
        names = [
            f"{link.volunteer.last_name}, {link.volunteer.first_name}"
            for link in project.volunteer_links
            if link.volunteer_id in added
        ]
        assert names == chosen


def test_record_the_attendance_of_a_meeting(qtbot: QtBot, window: MainWindow) -> None:
    start(qtbot, window)
    view = open_first_record_by_keys(Key.Key_5)
    meeting_id = view.current_id()
    assert meeting_id is not None
    with window.database.read() as session:
        before = [i.attended for i in MeetingService(session).invitations(meeting_id)]
    assert len(before) >= 2
    tab_to(named("invitationsTable"))
    press(Key.Key_Home, Mod.ControlModifier)  # the first row's first cell: "attended"
    press(Key.Key_Space)
    press(Key.Key_Down)
    press(Key.Key_Space)
    press(Key.Key_S, Mod.ControlModifier)
    with window.database.read() as session:
        after = [i.attended for i in MeetingService(session).invitations(meeting_id)]
    assert after == [not before[0], not before[1], *before[2:]]


def test_import_a_csv_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "partner.csv"
    path.write_text("Name;Ort;E-Mail\nTastenclub Süd;Tübingen;info@tastenclub.example\n", "utf-8")
    start(qtbot, window)
    pages: list[str] = []

    def wizard(dialog: QWidget) -> None:
        assert isinstance(dialog, QWizard)
        tab_to(named("pathEdit"))
        type_text(str(path))
        for _ in range(8):  # Enter presses the default button: Next, Import, Finish
            pages.append(dialog.currentPage().objectName())
            press(Key.Key_Return)
            if not dialog.isVisible():
                return

    seen = in_dialog(wizard)
    press(Key.Key_I, Mod.ControlModifier | Mod.ShiftModifier)
    check()
    assert seen and closed(seen[0]), pages
    with window.database.read() as session:
        found = [
            (p.city, p.email) for p in PartnerService(session).list() if p.name == "Tastenclub Süd"
        ]
    assert found == [("Tübingen", "info@tastenclub.example")], pages


def test_print_a_report_to_a_pdf(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "Partnerliste.pdf"
    # The system's file dialog is not ours to test: it answers with the chosen name.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kwargs: (str(target), ""))
    start(qtbot, window)
    press(Key.Key_7, Mod.ControlModifier)
    assert window.current_view_name() == "reports"
    reports = tab_to(named("reportList"))
    press(Key.Key_Home)
    title = reports.currentItem().text()  # type: ignore[attr-defined]

    def preview(dialog: QWidget) -> None:
        tab_to(named("saveButton"))
        press(Key.Key_Space)
        press(Key.Key_Escape)

    seen = in_dialog(preview)
    press(Key.Key_Return)
    check()
    assert seen and closed(seen[0])
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert title in text


def stored(window: MainWindow) -> list[str]:
    """Everything the file holds, as SQL (to see that a closed dialog stored nothing)."""
    assert window.db_path is not None
    with closing(sqlite3.connect(window.db_path)) as connection:
        return list(connection.iterdump())


def dialog_actions(window: MainWindow) -> list[QAction]:
    """The menu entries that open a dialog (their text ends in "…", as the platforms ask)
    and help and about, which open one too."""
    actions = [
        action
        for menu in window.menus.values()
        for action in menu.actions()
        if action.text().rstrip().endswith("…") and action.isEnabled()
    ]
    return [*actions, window.action_help, window.action_about]


def test_escape_closes_every_dialog_of_the_menus_and_stores_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    start(qtbot, window)
    press(Key.Key_2, Mod.ControlModifier)
    tab_to(named("recordTable"))
    press(Key.Key_Home, Mod.ControlModifier)  # a partner is chosen: "Delete…" asks
    before = stored(window)
    actions = dialog_actions(window)
    assert len(actions) >= 10
    not_closed = []
    for action in actions:
        seen = in_dialog(lambda _dialog: press(Key.Key_Escape))
        action.trigger()
        try:
            qtbot.waitUntil(lambda seen=seen: bool(seen) and closed(seen[0]), timeout=3000)
        except TimeoutError:
            not_closed.append(action.text())
            for widget in seen:
                if not closed(widget):
                    widget.close()
        check()
        give_back_the_keyboard()
    assert not_closed == []
    assert stored(window) == before


def test_the_menus_open_with_alt_and_their_letter(qtbot: QtBot, window: MainWindow) -> None:
    start(qtbot, window)
    press(Key.Key_A, Mod.AltModifier)  # &Ansicht
    menu = QApplication.activePopupWidget()
    assert menu is window.menu_view
    for _ in range(len(window.view_actions)):
        if menu.activeAction() is window.view_actions["meetings"]:  # type: ignore[union-attr]
            break
        press(Key.Key_Down)
    press(Key.Key_Return)
    assert QApplication.activePopupWidget() is None
    assert window.current_view_name() == "meetings"
