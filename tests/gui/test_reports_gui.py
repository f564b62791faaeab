"""The reports in the window: the Reports view, Ctrl+P in the lists, preview, print, save."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.reports import ReportsArea, ReportsView, print_from_list, print_report
from nfg_desktop.gui.reports.chooser import PrintChooser
from nfg_desktop.gui.reports.preview import ReportPreview
from nfg_desktop.gui.widgets.mnemonics import plain
from nfg_desktop.reports import REPORTS, reports_for_list
from nfg_desktop.services.meetings import MeetingService
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.store.database import Database
from tests.reports.helpers import all_text, flat, reader


def partner_names(db: Database, **filters: str) -> dict[int, str]:
    with db.read() as session:
        return {p.id: p.name for p in PartnerService(session).list(**filters)}  # type: ignore[arg-type]


def test_reports_view_lists_the_reports_with_their_options(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    view = ReportsView(demo_db)
    qtbot.addWidget(view)
    view.resize(1000, 650)
    view.show()
    titles = [view.list.item(row).text() for row in range(view.list.count())]
    assert titles == [report.title for report in REPORTS.values()]
    view.select_report("attendance")
    assert view.meeting.isVisible() and view.blank_rows.isVisible() and view.phone.isVisible()
    assert not view.start_label.isVisible() and not view.group_by.isVisible()
    assert view.meeting.count() == 16
    view.select_report("labels")
    assert view.start_label.isVisible() and not view.meeting.isVisible()
    assert [view.status.itemData(i) for i in range(view.status.count())] == [
        None,
        "angefragt",
        "aktiv",
        "ruhend",
        "ausgeschieden",
    ]
    view.grab().save(str(tmp_path / "reports_view.png"))


def test_preview_prints_and_saves(qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    view = ReportsView(demo_db)
    qtbot.addWidget(view)
    view.modal_previews = False
    view.show()
    view.select_report("partner-list")
    view.status.setCurrentIndex(view.status.findData("ruhend"))
    view.landscape.setChecked(True)
    preview = view.open_preview()
    assert isinstance(preview, ReportPreview)
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    text = flat(all_text(preview.data))
    for name in partner_names(demo_db, status="ruhend").values():
        assert flat(name) in text
    assert "Partnerliste: nach Art, Status ruhend" in text
    assert preview.view.document() is preview.document

    printer = preview.make_printer()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert preview.print_to(printer) == preview.page_count()
    printed = reader((tmp_path / "printed.pdf").read_bytes()).pages
    assert len(printed) == preview.page_count()
    assert float(printed[0].mediabox.width) > float(printed[0].mediabox.height)  # landscape

    assert preview.save_to(tmp_path / "Partnerliste")
    assert (tmp_path / "Partnerliste.pdf").read_bytes() == preview.data
    assert preview.suggested_name.startswith("Partnerliste ")
    preview.resize(800, 900)
    preview.show()
    qtbot.wait(1500)  # QPdfView renders its pages in the background
    preview.grab().save(str(tmp_path / "preview.png"))


def test_attendance_preview_for_the_chosen_meeting(qtbot: QtBot, demo_db: Database) -> None:
    view = ReportsView(demo_db)
    qtbot.addWidget(view)
    view.modal_previews = False
    view.show()
    view.select_report("attendance")
    view.meeting.setCurrentIndex(view.meeting.findData(5))
    view.blank_rows.setValue(2)
    preview = view.open_preview()
    assert preview is not None
    qtbot.addWidget(preview)
    with demo_db.read() as session:
        title = MeetingService(session).get(5).title
    assert title in all_text(preview.data)
    assert "Datenschutzhinweis" in all_text(preview.data)


def test_window_has_reports_view_and_ctrl_p(window: MainWindow) -> None:
    view = window.show_view("reports")
    assert isinstance(view, ReportsView)
    action = window.area(ReportsArea).print_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert action in window.menu_file.actions()
    # Outside a list Ctrl+P leads to the reports.
    window.show_view("overview")
    assert print_from_list(window) is None
    assert window.current_view_name() == "reports"


def _select(view: object, ids: list[int]) -> None:
    table = view.table  # type: ignore[attr-defined]
    model = view.model  # type: ignore[attr-defined]
    selection = table.selectionModel()
    selection.clearSelection()
    for record_id in ids:
        row = model.row_of_id(record_id)
        selection.select(
            table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_ctrl_p_in_the_partner_list_prints_selected_or_filtered(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    names = partner_names(demo_db)
    partners = window.show_view("partners")
    chosen = sorted(names)[:2]
    _select(partners, chosen)
    assert sorted(partners.selected_ids()) == chosen
    preview = print_report(window, "partner-list", True, modal=False)
    assert isinstance(preview, ReportPreview)
    qtbot.addWidget(preview)
    text = flat(all_text(preview.data))
    for partner_id, name in names.items():
        if partner_id in chosen:
            assert flat(name) in text
        elif not any(name in names[c] for c in chosen):
            assert flat(name) not in text

    partners.search.setText("Musterhausen")
    visible = partners.visible_ids()
    labels = print_report(window, "labels", False, modal=False)
    assert labels is not None
    qtbot.addWidget(labels)
    assert len(reader(labels.data).pages) == -(-len(visible) // 24)


def test_ctrl_p_in_the_meeting_list_prints_the_attendance_sheet(
    qtbot: QtBot, window: MainWindow, demo_db: Database
) -> None:
    meetings = window.show_view("meetings")
    meetings.open_record(7)
    preview = print_report(window, "attendance", False, modal=False)
    assert preview is not None
    qtbot.addWidget(preview)
    with demo_db.read() as session:
        title = MeetingService(session).get(7).title
    assert f"Teilnehmerliste: {title}" in all_text(preview.data)


@pytest.mark.parametrize("kind", ["partner", "volunteer", "project", "meeting"])
def test_print_chooser_offers_the_fitting_reports(qtbot: QtBot, kind: str) -> None:
    reports = reports_for_list(kind)
    chooser = PrintChooser(reports, 3, 40, kind == "meeting")
    qtbot.addWidget(chooser)
    assert set(chooser.report_buttons) == {r.id for r in reports}
    assert chooser.chosen_report() == reports[0]
    if kind == "meeting":  # one meeting: no choice of entries
        assert not chooser.scope_box.isVisibleTo(chooser)
    else:
        assert chooser.use_selection()  # 3 selected: those by default
    chooser.visible_button.setChecked(True)
    assert not chooser.use_selection()


def test_reports_area_speaks_german(window: MainWindow) -> None:
    view = window.show_view("reports")
    assert isinstance(view, ReportsView)
    assert window.navigation.currentItem().text() == "Berichte"
    assert view.preview_button.text() == "Vorschau…"
    assert plain(window.area(ReportsArea).print_action.text()) == "Drucken…"
    view.select_report("partner-list")
    assert view.group_by.itemText(1) == "nach Schwerpunkt"


def test_preview_notes_characters_no_font_has(
    qtbot: QtBot, db: Database, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)  # what the test makes happen is logged
    from nfg_desktop.services.partners import PartnerData

    with db.write() as session:
        PartnerService(session).create(PartnerData(name="Privat\ue000zeichen", kind="Verein"))
        PartnerService(session).create(PartnerData(name="王小明", kind="Verein"))
    view = ReportsView(db)
    qtbot.addWidget(view)
    view.modal_previews = False
    view.show()
    view.select_report("partner-list")
    preview = view.open_preview()
    assert isinstance(preview, ReportPreview)
    qtbot.addWidget(preview)
    assert preview.note.isVisible()
    assert "leere Kästchen" in preview.note.text() and "U+E000" in preview.note.text()
    assert "王" not in preview.note.text()
    preview.resize(1024, 700)
    preview.grab().save(str(tmp_path / "preview_note.png"))
    assert "Zeichen ohne Schrift" in caplog.text


def test_preview_without_missing_characters_has_no_note(qtbot: QtBot) -> None:
    preview = ReportPreview(b"%PDF-1.3\n", "Partnerliste", "Partnerliste.pdf")
    qtbot.addWidget(preview)
    preview.show()
    assert not preview.note.isVisible()


def test_ctrl_p_in_a_list_asks_which_report_then_shows_it(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[PrintChooser] = []
    shown: list[ReportPreview] = []

    def answer(chooser: PrintChooser) -> int:
        asked.append(chooser)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PrintChooser, "exec", answer)
    monkeypatch.setattr(ReportPreview, "exec", lambda preview: shown.append(preview) or 0)
    window.show_view("partners")
    preview = print_from_list(window)
    assert len(asked) == 1 and shown == [preview]
    assert isinstance(preview, ReportPreview)
    preview.deleteLater()


def test_english_printout_chosen_in_the_reports_view_and_remembered(
    qtbot: QtBot, demo_db: Database, tmp_path: Path
) -> None:
    view = ReportsView(demo_db)
    qtbot.addWidget(view)
    view.modal_previews = False
    view.resize(1024, 700)
    view.show()
    assert view.language.currentData() == "de"  # German by default
    assert view.language.itemText(1) == "Englisch"
    view.select_report("annual-report")
    assert view.language.isVisible()
    view.language.setCurrentIndex(view.language.findData("en"))
    preview = view.open_preview()
    assert isinstance(preview, ReportPreview)
    qtbot.addWidget(preview)
    text = all_text(preview.data)
    assert "Annual report" in text and "Page 1 of" in text and "Jahresbericht" not in text
    assert preview.suggested_name.startswith("Annual report 2026")
    view.grab().save(str(tmp_path / "reports_view_english.png"))
    again = ReportsView(demo_db)  # the next time: English, as chosen last
    qtbot.addWidget(again)
    assert again.language.currentData() == "en"
    again.language.setCurrentIndex(again.language.findData("de"))
    assert ReportsView(demo_db).language.currentData() == "de"


def test_english_printout_from_the_print_chooser(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ReportPreview] = []

    def answer(chooser: PrintChooser) -> int:
        assert chooser.language.currentData() == "de"
        chooser.language.setCurrentIndex(chooser.language.findData("en"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(PrintChooser, "exec", answer)
    monkeypatch.setattr(ReportPreview, "exec", lambda preview: shown.append(preview) or 0)
    window.show_view("partners")
    preview = print_from_list(window)
    assert isinstance(preview, ReportPreview) and shown == [preview]
    text = all_text(preview.data)
    assert "Partner list" in text and "Contact person" in text and "Partnerliste" not in text
    preview.deleteLater()
