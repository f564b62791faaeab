"""Screen readers (issue 19, BITV 2.0 / EN 301 549 ch. 11): every view and every dialog reachable
from the menus has no focusable element without a name, and every table names its columns and
answers for all of its rows; checked in-process through Qt's accessibility interfaces."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.editors.dialogs import ClearanceDialog
from nfg_desktop.gui.editors.fields import DateField
from nfg_desktop.gui.main_window import MainWindow
from tests.gui.accessibility import Findings, check_tree, interface
from tests.gui.dialog_walk import check_opened_by, form_dialogs, menu_dialogs, open_windows
from tests.gui.test_list_model import _table as list_table


def report(what: str, findings: Findings) -> None:
    print(f"{what}: {findings.checked} elements checked, {findings.tables} tables")
    assert not findings.problems, "\n".join(findings.problems)


def test_every_view_and_its_form_names_every_element(window: MainWindow, qtbot: QtBot) -> None:
    findings = Findings()
    for name in list(window.view_actions):
        window.show_view(name)
        findings.add(check_tree(window))
        if name in window.lists.lists:
            view = window.lists.lists[name]
            view.table.selectRow(0)
            qtbot.wait(10)
            findings.add(check_tree(window))
    report("views", findings)


def test_every_dialog_of_the_menus_names_every_element(window: MainWindow, qtbot: QtBot) -> None:
    findings = Findings()
    opened: list[str] = []
    for start in menu_dialogs(window):
        opened += check_opened_by(qtbot, start, lambda w: findings.add(check_tree(w)))
    print("dialogs:", opened)
    assert len(opened) >= 11, opened
    report("dialogs of the menus", findings)


def test_the_coverage_matrix_states_gaps_in_words(
    one_project_window: MainWindow, qtbot: QtBot
) -> None:
    # one running project: one cell covered, the others are gaps
    overview = one_project_window.show_view("overview")
    matrix = overview.matrix  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: matrix.rowCount() > 0)
    table = interface(matrix)
    gaps = covered = 0
    columns = matrix.columnCount()
    for row in range(matrix.rowCount()):
        for column in range(columns):
            item = matrix.item(row, column)
            # the table's children: the corner and column headings, then per row its heading
            cell = table.child((row + 1) * (columns + 1) + column + 1)
            assert cell is not None
            assert cell.tableCellInterface().rowIndex() == row
            assert cell.tableCellInterface().columnIndex() == column
            spoken = cell.text(QAccessible.Text.Name)
            # the tooltip named gaps before (issue 19 puts it into the cell's text)
            if item.toolTip().startswith("Lücke"):
                gaps += 1
                assert item.text() == "Lücke"
                assert spoken == "Lücke: Hier ist noch niemand aktiv."
            else:
                covered += 1
                assert "Lücke" not in item.text() and "Partner" in item.text()
                assert spoken == item.text()
            headers = cell.tableCellInterface().columnHeaderCells()
            assert [h.text(QAccessible.Text.Name) for h in headers] == [
                matrix.horizontalHeaderItem(column).text()
            ]
    assert gaps > 0 and covered > 0, (gaps, covered)


def test_every_dialog_of_the_forms_names_every_element(window: MainWindow, qtbot: QtBot) -> None:
    """The dialogs the forms open (contact, assign, hours, clearance, invite, attendees ...)."""
    findings = Findings()
    opened: list[str] = []
    for start in form_dialogs(window, qtbot):
        opened += check_opened_by(qtbot, start, lambda w: findings.add(check_tree(w)))
    print("dialogs:", opened)
    assert len(opened) >= 11, opened
    report("dialogs of the forms", findings)


def test_a_list_of_12000_rows_answers_for_every_row(qtbot: QtBot) -> None:
    model, table = list_table(qtbot, 12_000)
    table.setAccessibleName("Liste")  # as the list views name their table
    table.viewport().grab()
    iface = interface(table)
    columns = model.columnCount()
    # the children: the corner and the column headings, then per row its heading and cells
    assert iface.childCount() == (12_000 + 1) * (columns + 1)
    for row in (0, 5_000, 11_999):
        for column in range(columns):
            cell = iface.child((row + 1) * (columns + 1) + column + 1)
            assert cell is not None
            table_cell = cell.tableCellInterface()
            assert (table_cell.rowIndex(), table_cell.columnIndex()) == (row, column)
            assert cell.text(QAccessible.Text.Name) == model.cell(row, column)
            assert [h.text(QAccessible.Text.Name) for h in table_cell.columnHeaderCells()] == [
                model.headerData(column, Qt.Orientation.Horizontal)
            ]
    findings = check_tree(table)
    report("a list of 12,000 rows", findings)


def test_the_clearance_question_before_saving_names_every_element(qtbot: QtBot) -> None:
    # opened by saving a project with children whose volunteers lack a clearance
    dialog = ClearanceDialog({1: "Ährenfeld, Zoë: kein gültiges Führungszeugnis"})
    qtbot.addWidget(dialog)
    dialog.show()
    findings = check_tree(dialog)
    report("clearance question", findings)
    assert findings.checked > 5


def test_the_print_preview_names_every_element(window: MainWindow, qtbot: QtBot) -> None:
    # opened from the reports view (Berichte) and by Drucken
    view = window.show_view("reports")
    view.modal_previews = False  # type: ignore[attr-defined]
    view.select_report("partner-list")  # type: ignore[attr-defined]
    preview = view.open_preview()  # type: ignore[attr-defined]
    assert preview is not None
    qtbot.addWidget(preview)
    qtbot.waitExposed(preview)
    findings = check_tree(preview)
    preview.close()
    report("print preview", findings)
    assert findings.checked > 5


def test_the_calendar_of_a_date_field_names_every_element(qtbot: QtBot) -> None:
    field = DateField()
    field.setAccessibleName("Datum")
    qtbot.addWidget(field)
    field.show()
    before = open_windows()
    field.open_calendar()
    popups = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w not in before]
    popups = [w for w in popups if w is not field]
    assert popups
    findings = Findings()
    for popup in popups:
        findings.add(check_tree(popup))
        popup.close()
    report("calendar", findings)
    assert findings.tables == 1  # the days
