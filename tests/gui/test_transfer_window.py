"""Import/export in the main window: menu entries, list actions, export of the selection,
"E-Mail an Auswahl" and "Adressen kopieren"."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.transfer import TransferArea
from nfg_desktop.gui.transfer.export_dialog import (
    SCOPE_ALL,
    SCOPE_SELECTED,
    SCOPE_VISIBLE,
    ExportDialog,
)
from nfg_desktop.gui.widgets.mnemonics import plain
from nfg_desktop.store.database import Database

SHOTS = os.environ.get("NFG_SHOTS")


def area_of(window: MainWindow) -> TransferArea:
    area = window.findChild(TransferArea, "transferArea")
    assert area is not None
    return area


def select_rows(window: MainWindow, view_name: str, rows: list[int]) -> list[int]:
    view = window.list_view(view_name)
    window.show_view(view_name)
    view.ensure_loaded()
    selection = view.table.selectionModel()
    from PySide6.QtCore import QItemSelectionModel

    for row in rows:
        selection.select(
            view.table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    return view.selected_ids()


def test_menu_and_list_actions_are_installed(window: MainWindow) -> None:
    texts = [plain(action.text()) for action in window.menu_file.actions()]
    assert "Importieren…" in texts and "Exportieren…" in texts
    assert texts.index("Exportieren…") < texts.index("Beenden")
    partner_actions = [a.text() for a in window.list_view("partners").list_actions()]
    ours = [
        t
        for t in partner_actions
        if t in ("Exportieren…", "E-Mail an Auswahl", "Adressen kopieren")
    ]
    assert ours == ["Exportieren…", "E-Mail an Auswahl", "Adressen kopieren"]
    assert "Exportieren…" in [a.text() for a in window.list_view("projects").list_actions()]
    assert "E-Mail an Auswahl" not in [
        a.text() for a in window.list_view("projects").list_actions()
    ]


def test_export_the_selection(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    ids = select_rows(window, "partners", [0, 2, 4])
    assert len(ids) == 3
    dialog = area_of(window).make_export_dialog("partners")
    qtbot.addWidget(dialog)
    assert dialog.scope() == SCOPE_SELECTED
    assert "(3)" in dialog.selected_radio.text()
    if SHOTS:
        dialog.show()
        dialog.grab().save(str(Path(SHOTS) / "export-dialog.png"))
    dialog.path_edit.setText(str(tmp_path / "auswahl"))
    dialog.run_export()
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert dialog.written == tmp_path / "auswahl.xlsx"
    rows = list(load_workbook(dialog.written, read_only=True).active.iter_rows(values_only=True))
    assert len(rows) == 4


def test_export_dialog_scopes_and_formats(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(
        demo_db,
        kind="meetings",
        list_kind="meeting",
        selected_ids=[1],
        visible_ids=[1, 2, 3],
        folder=tmp_path,
    )
    qtbot.addWidget(dialog)
    formats = [dialog.format_combo.itemData(i) for i in range(dialog.format_combo.count())]
    assert formats == [".xlsx", ".csv", ".ics"]
    assert dialog.scope() == SCOPE_VISIBLE
    assert dialog.ids() == [1, 2, 3]
    dialog.format_combo.setCurrentIndex(2)
    assert dialog.path_edit.text().endswith(".ics")
    dialog.run_export()
    assert dialog.count == 3
    assert dialog.written is not None and dialog.written.read_bytes().startswith(b"BEGIN:VCALENDAR")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("volunteers"))
    assert Path(dialog.path_edit.text()).name.startswith("Ehrenamtliche_")
    assert Path(dialog.path_edit.text()).parent == tmp_path
    hours = ExportDialog(demo_db, kind="hours", list_kind="meeting", selected_ids=[1])
    qtbot.addWidget(hours)
    assert hours.scope() == SCOPE_ALL and not hours.selected_radio.isEnabled()


def test_contacts_from_the_partner_list_say_whose(
    demo_db: Database, qtbot: QtBot, tmp_path: Path
) -> None:
    # "Die ausgewählten Einträge (3)" counted partners while contact persons were exported.
    dialog = ExportDialog(
        demo_db,
        kind="contacts",
        list_kind="partner",
        selected_ids=[1, 2, 3],
        visible_ids=[1, 2, 3, 4],
        folder=tmp_path,
    )
    qtbot.addWidget(dialog)
    assert dialog.selected_radio.text() == "Die Ansprechpersonen der ausgewählten Partner (3)"
    assert dialog.visible_radio.text() == "Die Ansprechpersonen der gezeigten Partner (4)"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("partners"))
    assert dialog.selected_radio.text() == "Die ausgewählten Einträge (3)"


def test_export_error_stays_in_the_dialog(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(demo_db, kind="partners", folder=tmp_path / "fehlt")
    qtbot.addWidget(dialog)
    dialog.run_export()
    assert dialog.written is None
    assert "gibt es nicht" in dialog.message.text()


def test_an_existing_file_is_only_replaced_when_confirmed(
    demo_db: Database, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The suggested name only carries the day: a second export replaced the first unasked.
    dialog = ExportDialog(demo_db, kind="partners", folder=tmp_path)
    qtbot.addWidget(dialog)
    target = Path(dialog.path_edit.text())
    target.write_bytes(b"edited by hand")
    asked: list[str] = []
    answer = False
    monkeypatch.setattr(dialog, "ask_replace", lambda path: asked.append(path.name) or answer)
    dialog.run_export()
    assert asked == [target.name]
    assert dialog.written is None and dialog.result() != QDialog.DialogCode.Accepted
    assert target.read_bytes() == b"edited by hand"
    answer = True
    dialog.run_export()
    assert dialog.written == target and target.read_bytes().startswith(b"PK")
    chosen = tmp_path / "gewaehlt.xlsx"
    chosen.write_bytes(b"old")
    monkeypatch.setattr(
        "nfg_desktop.gui.transfer.export_dialog.QFileDialog.getSaveFileName",
        lambda *_args: (str(chosen), ""),
    )
    dialog.browse()  # the file dialog asks itself
    asked.clear()
    dialog.run_export()
    assert asked == [] and chosen.read_bytes().startswith(b"PK")


def test_an_export_path_pasted_in_quotes(demo_db: Database, qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog(demo_db, kind="partners", folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(f'"{tmp_path / "liste.csv"}"')
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData(".csv"))
    dialog.run_export()
    assert dialog.written == tmp_path / "liste.csv", dialog.message.text()
    assert dialog.written.read_bytes().startswith(b"\xef\xbb\xbf")


def test_mail_to_selection_opens_mailto_with_bcc(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    area = area_of(window)
    area.mail_to_selection("partners")
    assert opened == []
    assert "zuerst" in window.statusBar().currentMessage()
    select_rows(window, "partners", [0, 1, 2])
    area.mail_to_selection("partners")
    (url,) = opened
    assert url.scheme() == "mailto"
    assert url.toString().startswith("mailto:?bcc=")
    assert url.toString().count("@") >= 2
    assert (
        window.statusBar()
        .currentMessage()
        .startswith(f"An das Mailprogramm übergebene Adressen (BCC): {url.toString().count('@')}.")
    )


def test_copy_addresses_for_outlook(window: MainWindow) -> None:
    select_rows(window, "volunteers", list(range(10)))
    area_of(window).copy_addresses("volunteers")
    text = QGuiApplication.clipboard().text()
    assert "; " in text and "@" in text
    assert text.count("@") == len(text.split("; "))
    assert "kopiert" in window.statusBar().currentMessage()
    # "label: number" reads right for one as well ("1 Adressen kopiert" did not)
    assert window.statusBar().currentMessage().startswith(f"Adressen kopiert: {text.count('@')}. ")
    table = window.list_view("volunteers").table
    for row in range(10):  # one volunteer with an address that consent covers
        table.clearSelection()
        select_rows(window, "volunteers", [row])
        area_of(window).copy_addresses("volunteers")
        if window.statusBar().currentMessage().startswith("Adressen kopiert"):
            break
    assert window.statusBar().currentMessage().startswith("Adressen kopiert: 1. ")
    assert "; " not in QGuiApplication.clipboard().text()


def test_too_many_addresses_offers_the_clipboard(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    monkeypatch.setattr("nfg_desktop.io.addresses.MAILTO_LIMIT", 40)
    select_rows(window, "volunteers", list(range(20)))
    area_of(window).mail_to_selection("volunteers")
    assert opened == []
    assert QGuiApplication.clipboard().text().count("; ") >= 2
