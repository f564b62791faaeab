"""The table of a list shows its one model, ``RecordTableModel``: every row answers for every
role, painted or not (screen readers, type-ahead, column fitting); selection and current record
follow sorting and searching by record."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QHeaderView
from pytestqt.qtbot import QtBot

from nfg_desktop.domain.collation import search_text, sort_key
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.models.record_table import ID_ROLE, RecordTableModel
from nfg_desktop.gui.views.list_view import ListView
from nfg_desktop.gui.widgets.record_table_view import RecordTableView
from nfg_desktop.services.rows import ListRow

NAMES = ["Abel", "Becker", "Schulz", "Wagner", "Zimmermann", "Özdemir", "Müller", "Klein"]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _rows(count: int) -> list[ListRow]:
    rows = []
    for rid in range(1, count + 1):
        name = f"{NAMES[rid % len(NAMES)]} {rid:05d}"
        status = "aktiv" if rid % 3 else "pausiert"
        rows.append(
            ListRow(
                id=rid,
                cells=(name, status, str(1940 + rid % 60)),
                keys=(sort_key(name), status, 1940 + rid % 60),
                search=search_text(f"{name} {status}"),
                status=status,
            )
        )
    return rows


def _table(
    qtbot: QtBot, count: int = 0, rows: list[ListRow] | None = None
) -> tuple[RecordTableModel, RecordTableView]:
    model = RecordTableModel(["Name", "Status", "Jahr"])
    model.set_rows(rows if rows is not None else _rows(count))
    table = RecordTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.resize(500, 400)
    table.show()
    qtbot.waitExposed(table)
    return model, table


def _on_screen(table: RecordTableView) -> range:
    viewport = table.viewport()
    first = table.rowAt(0)
    last = table.rowAt(viewport.height() - 1)
    return range(first, (last if last >= 0 else table.model().rowCount() - 1) + 1)


def _assert_screen_shows_model(
    table: RecordTableView, model: RecordTableModel, least: int = 6
) -> None:
    table.viewport().grab()  # a real paint of the viewport, as the user would see it
    rows = _on_screen(table)
    assert len(rows) >= min(least, model.rowCount())
    for row in rows:
        for column in range(model.columnCount()):
            assert table.model().index(row, column).data() == model.cell(row, column)


def test_every_row_answers_every_role_also_rows_never_painted(qtbot: QtBot) -> None:
    model, table = _table(qtbot, 3000)
    table.viewport().grab()
    assert table.rowAt(table.viewport().height() - 1) < 100  # rows below were never painted
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Name",
        "Status",
        "Jahr",
    ]
    for row in (0, 1500, 2999):
        record = model.rows()[model.id_at(row) - 1]
        for column in range(3):
            index = model.index(row, column)
            text = record.cells[column]
            assert index.data(Qt.ItemDataRole.DisplayRole) == text
            assert index.data(Qt.ItemDataRole.ToolTipRole) == text
            assert index.data(Qt.ItemDataRole.AccessibleTextRole) == text
        assert model.index(row, 0).data(ID_ROLE) == record.id
        assert model.index(row, 2).data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT.value
        assert model.index(row, 0).data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert all(model.index(row, 0).data() for row in range(model.rowCount()))


def test_a_screen_reader_reads_rows_off_screen(qtbot: QtBot) -> None:
    model, table = _table(qtbot, 3000)
    table.viewport().grab()
    interface = QAccessible.queryAccessibleInterface(table)
    assert interface is not None
    row = 2500  # far below the screen
    # The table's children: a corner and the column headings, then each row's heading (even
    # when hidden) and cells.
    columns = model.columnCount()
    stride = columns + 1
    cells = [interface.child(i) for i in range(row * stride, (row + 3) * stride)]
    found = {
        (cell.tableCellInterface().rowIndex(), cell.tableCellInterface().columnIndex()): cell
        for cell in cells
        if cell is not None and cell.tableCellInterface() is not None
    }
    for column in range(columns):
        assert found[(row, column)].text(QAccessible.Text.Name) == model.cell(row, column)


def test_rows_scrolled_into_view_show_their_texts(qtbot: QtBot) -> None:
    model, table = _table(qtbot, 3000)
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # a drag of the scroll bar to the middle
    assert table.rowAt(0) > 1000
    _assert_screen_shows_model(table, model)
    table.setFocus()
    table.setCurrentIndex(model.index(table.rowAt(0), 0))
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_PageDown)
    _assert_screen_shows_model(table, model)
    # A sort and a search change what is on screen: the new rows show too.
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    _assert_screen_shows_model(table, model)
    model.set_search("schulz")
    assert 0 < model.rowCount() < 3000
    _assert_screen_shows_model(table, model)


def test_sorting_by_the_header_orders_by_the_german_sort_key(qtbot: QtBot) -> None:
    model, table = _table(qtbot, 40)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [model.cell(row, 0) for row in range(model.rowCount())]
    assert names == sorted(names, key=sort_key)
    assert names.index("Özdemir 00005") < names.index("Schulz 00002")  # Ö with O, not after Z
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    years = [int(model.cell(row, 2)) for row in range(model.rowCount())]
    assert years == sorted(years, reverse=True)


def test_search_shows_matching_rows_and_all_again_when_cleared(qtbot: QtBot) -> None:
    model, _table_view = _table(qtbot, 400)
    model.set_search("muel")  # typed without the umlaut
    assert model.rowCount() == 50
    assert all(model.cell(row, 0).startswith("Müller") for row in range(model.rowCount()))
    model.set_search("müller pausiert")
    assert 0 < model.rowCount() < 50
    assert all(model.cell(row, 1) == "pausiert" for row in range(model.rowCount()))
    model.set_search("")
    assert model.rowCount() == model.total() == 400


def test_sorting_keeps_selected_records_and_the_current_one(qtbot: QtBot) -> None:
    model, table = _table(qtbot, 400)
    selection = table.selectionModel()
    chosen = [model.id_at(row) for row in (3, 7, 250)]
    for record_id in chosen:
        row = model.row_of_id(record_id)
        assert row is not None
        selection.select(
            model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(model.index(7, 1), QItemSelectionModel.SelectionFlag.NoUpdate)
    current_id = model.id_at(7)
    for column, order in ((2, Qt.SortOrder.AscendingOrder), (0, Qt.SortOrder.DescendingOrder)):
        table.sortByColumn(column, order)
        selected = {model.id_at(index.row()) for index in selection.selectedRows()}
        assert selected == set(chosen), (column, order)
        current = selection.currentIndex()
        assert current.isValid() and current.column() == 1
        assert model.id_at(current.row()) == current_id


def test_fitting_a_column_to_its_contents_measures_rows_off_screen(qtbot: QtBot) -> None:
    # QTableView fits a column (double-click on the heading's edge) to up to 1,000 rows around
    # the screen; a long text a few hundred rows down counts.
    rows = _rows(3000)
    long_name = "Zimmermann-Oberhausen-Schwarzenberg von der Lindenau"
    rows[400] = dataclasses.replace(rows[400], cells=(long_name, *rows[400].cells[1:]))
    model, table = _table(qtbot, rows=rows)
    assert model.row_of_id(401) == 400 and table.rowAt(0) == 0
    table.resizeColumnToContents(0)
    assert table.columnWidth(0) > table.fontMetrics().horizontalAdvance(long_name)


def test_typing_a_letter_in_the_table_finds_rows_not_painted_yet(qtbot: QtBot) -> None:
    model, table = _table(qtbot, 3000)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    target = next(row for row in range(model.rowCount()) if model.cell(row, 0).startswith("W"))
    assert target > table.rowAt(table.viewport().height() - 1)
    qtbot.keyClicks(table, "w")
    assert table.currentIndex().row() == target


def test_an_empty_list_paints_its_placeholder(qtbot: QtBot) -> None:
    model, table = _table(qtbot, 0)
    table.set_placeholder_text("Noch keine Einträge.")
    empty = table.viewport().grab().toImage()
    table.set_placeholder_text("")
    blank = table.viewport().grab().toImage()
    assert empty != blank
    model.set_rows(_rows(3))
    table.set_placeholder_text("Noch keine Einträge.")
    assert table.viewport().grab().toImage() != empty


def test_the_volunteer_list_after_typing_and_scrolling(window: MainWindow, qtbot: QtBot) -> None:
    view = window.show_view("volunteers")
    assert isinstance(view, ListView)
    view.wait_loaded()
    assert view.table.model() is view.model
    _assert_screen_shows_model(view.table, view.model)
    # Real key events in the search field, then one turn of the event loop, as in use.
    word = next(w for w in view.model.cell(5, 0).split() if len(w) >= 3)[:3]
    view.search.setFocus()
    qtbot.keyClicks(view.search, word)
    qtbot.wait(1)
    shown = view.model.rowCount()
    assert 0 < shown < view.model.total()
    _assert_screen_shows_model(view.table, view.model, least=1)
    view.search.clear()
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    _assert_screen_shows_model(view.table, view.model)


def test_the_current_record_stays_selected_through_search_and_sort(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.show_view("volunteers")
    assert isinstance(view, ListView)
    view.wait_loaded()
    record_id = view.model.id_at(10)
    view.table.setCurrentIndex(view.model.index(10, 0))
    assert view.current_id() == record_id
    word = view.model.cell(10, 0)
    view.search.setText(word)
    assert view.selected_ids() == [record_id]
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert view.selected_ids() == [record_id]
    view.search.clear()
    assert view.selected_ids() == [record_id]
    current: QModelIndex = view.table.currentIndex()
    assert view.model.id_at(current.row()) == record_id
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert view.selected_ids() == [record_id]
    assert view.current_id() == record_id


def test_finding_rows_by_text_agrees_with_qt(qtbot: QtBot) -> None:
    # The model finds rows over its texts directly (type-ahead asks for every row); what it
    # finds is what QAbstractItemModel.match finds through data().
    model, _table_view = _table(qtbot, 300)
    display = Qt.ItemDataRole.DisplayRole.value
    cases = [
        (0, "müller", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap, 1),
        (0, "MÜLLER", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap, 1),
        (0, "0012", Qt.MatchFlag.MatchContains, -1),
        (1, "aktiv", Qt.MatchFlag.MatchExactly, 5),
        (1, "Aktiv", Qt.MatchFlag.MatchFixedString | Qt.MatchFlag.MatchCaseSensitive, -1),
        (2, "9", Qt.MatchFlag.MatchEndsWith | Qt.MatchFlag.MatchWrap, -1),
        (0, "zz", Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap, 1),
    ]
    for column, value, flags, hits in cases:
        start = model.index(150, column)
        ours = [(i.row(), i.column()) for i in model.match(start, display, value, hits, flags)]
        qts = [
            (i.row(), i.column())
            for i in QAbstractTableModel.match(model, start, display, value, hits, flags)
        ]
        assert ours == qts, (value, flags)
