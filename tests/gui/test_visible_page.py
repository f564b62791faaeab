"""The table paints from ``VisiblePageModel``: the proxy's rows, filled in C++ for the rows on
screen. Rows that come into view show their texts; selection and current record follow sorting
and filtering by record; the page holds only rows near the screen."""

from __future__ import annotations

import dataclasses
import gc

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QAbstractItemView, QHeaderView
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from nfg_desktop.domain.collation import search_text, sort_key
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.models.record_table import RecordFilterProxy, RecordTableModel
from nfg_desktop.gui.models.visible_page import KEPT_ROWS, VisiblePageModel
from nfg_desktop.gui.views.list_view import ListView
from nfg_desktop.gui.widgets.record_table_view import RecordTableView
from nfg_desktop.services.rows import ListRow

NAMES = ["Abel", "Becker", "Schulz", "Wagner", "Zimmermann", "Özdemir", "Müller", "Klein"]


def _rows(count: int) -> list[ListRow]:
    rows = []
    for rid in range(1, count + 1):
        name = f"{NAMES[rid % len(NAMES)]} {rid:05d}"
        rows.append(
            ListRow(
                id=rid,
                cells=(name, "aktiv" if rid % 3 else "pausiert", str(1940 + rid % 60)),
                keys=(sort_key(name), "aktiv" if rid % 3 else "pausiert", 1940 + rid % 60),
                search=search_text(name),
                status="aktiv" if rid % 3 else "pausiert",
            )
        )
    return rows


def _table(
    qtbot: QtBot, count: int = 0, rows: list[ListRow] | None = None
) -> tuple[RecordFilterProxy, VisiblePageModel, RecordTableView]:
    model = RecordTableModel(["Name", "Status", "Jahr"])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(rows if rows is not None else _rows(count))
    page = VisiblePageModel(proxy)
    table = RecordTableView()
    qtbot.addWidget(table)
    table.set_page(page)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.resize(500, 400)
    table.show()
    qtbot.waitExposed(table)
    return proxy, page, table


def _on_screen(table: RecordTableView) -> range:
    viewport = table.viewport()
    first = table.rowAt(0)
    last = table.rowAt(viewport.height() - 1)
    return range(first, (last if last >= 0 else table.model().rowCount() - 1) + 1)


def _assert_screen_shows_proxy(table: RecordTableView, proxy: RecordFilterProxy) -> None:
    table.viewport().grab()  # a real paint of the viewport, as the user would see it
    page = table.model()
    rows = _on_screen(table)
    assert len(rows) > 5
    for row in rows:
        for column in range(proxy.columnCount()):
            index = page.index(row, column)
            assert page.data(index) == proxy.cell(row, column), (row, column)


def test_page_mirrors_rows_headers_tooltips_alignment_and_flags(qtbot: QtBot) -> None:
    proxy, page, table = _table(qtbot, 300)
    assert page.rowCount() == proxy.rowCount() == 300
    assert page.columnCount() == 3
    assert [page.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Name",
        "Status",
        "Jahr",
    ]
    _assert_screen_shows_proxy(table, proxy)
    index = page.index(0, 2)
    assert page.data(index, Qt.ItemDataRole.ToolTipRole) == proxy.cell(0, 2)
    assert page.data(index, Qt.ItemDataRole.TextAlignmentRole) == proxy.data(
        proxy.index(0, 2), Qt.ItemDataRole.TextAlignmentRole
    )
    assert page.data(page.index(0, 0), Qt.ItemDataRole.TextAlignmentRole) is None
    assert page.flags(page.index(0, 0)) == proxy.flags(proxy.index(0, 0))


def test_rows_scrolled_into_view_show_their_texts(qtbot: QtBot) -> None:
    proxy, page, table = _table(qtbot, 3000)
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # a drag of the scroll bar to the middle
    assert table.rowAt(0) > 1000
    _assert_screen_shows_proxy(table, proxy)
    table.setFocus()
    table.setCurrentIndex(page.index(table.rowAt(0), 0))
    for _ in range(3):
        qtbot.keyClick(table, Qt.Key.Key_PageDown)
    _assert_screen_shows_proxy(table, proxy)
    bar.setValue(bar.maximum())
    _assert_screen_shows_proxy(table, proxy)
    # A sort and a search change what is on screen: the new rows show too.
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    _assert_screen_shows_proxy(table, proxy)
    proxy.set_search("schulz")
    assert 0 < proxy.rowCount() < 3000
    _assert_screen_shows_proxy(table, proxy)


def test_the_page_keeps_only_rows_near_the_screen(qtbot: QtBot) -> None:
    proxy, page, table = _table(qtbot, 5000)
    bar = table.verticalScrollBar()
    for value in range(0, bar.maximum(), max(1, bar.pageStep())):
        bar.setValue(value)
        table.viewport().grab()
    assert len(page.filled_rows()) <= KEPT_ROWS
    assert set(_on_screen(table)) <= page.filled_rows()
    proxy.set_search("becker")
    table.viewport().grab()
    assert len(page.filled_rows()) <= 2 * len(_on_screen(table)) + 20
    # Dropped rows hold no data: the memory of the page stays that of a few screens.
    holding = {
        row
        for row in range(page.rowCount())
        for column in range(page.columnCount())
        if page.itemData(page.index(row, column))
    }
    assert holding == page.filled_rows()


def test_no_python_wrapper_outlives_an_item_of_the_page(qtbot: QtBot) -> None:
    # A wrapper left behind for an item C++ has deleted is returned for the next object made at
    # that address (a table's header came back as a QStandardItem).
    proxy, page, table = _table(qtbot, 3000)
    bar = table.verticalScrollBar()
    for value in range(0, bar.maximum(), 4 * max(1, bar.pageStep())):
        bar.setValue(value)
        table.viewport().grab()
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
    table.viewport().grab()
    proxy.set_search("klein")
    table.viewport().grab()
    gc.collect()
    wrappers = [w for w in Shiboken.getAllValidWrappers() if isinstance(w, QStandardItem)]
    assert wrappers == []


def test_sorting_keeps_selected_records_and_the_current_one(qtbot: QtBot) -> None:
    proxy, page, table = _table(qtbot, 400)
    selection = table.selectionModel()
    chosen = [proxy.id_at(row) for row in (3, 7, 250)]
    for record_id in chosen:
        row = proxy.row_of_id(record_id)
        assert row is not None
        selection.select(
            page.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    selection.setCurrentIndex(page.index(7, 1), QItemSelectionModel.SelectionFlag.NoUpdate)
    current_id = proxy.id_at(7)
    for column, order in ((2, Qt.SortOrder.AscendingOrder), (0, Qt.SortOrder.DescendingOrder)):
        table.sortByColumn(column, order)
        selected = {proxy.id_at(index.row()) for index in selection.selectedRows()}
        assert selected == set(chosen), (column, order)
        current = selection.currentIndex()
        assert current.isValid() and current.column() == 1
        assert proxy.id_at(current.row()) == current_id
        assert page.data(current) == proxy.cell(current.row(), 1)


def test_fitting_a_column_to_its_contents_measures_rows_off_screen(qtbot: QtBot) -> None:
    # QTableView fits a column (double-click on the heading's edge) to up to 1,000 rows around
    # the screen; a long text a few hundred rows down counts, as it did over the proxy.
    rows = _rows(3000)
    long_name = "Zimmermann-Oberhausen-Schwarzenberg von der Lindenau"
    rows[400] = dataclasses.replace(rows[400], cells=(long_name, *rows[400].cells[1:]))
    proxy, page, table = _table(qtbot, rows=rows)
    assert proxy.row_of_id(401) == 400 and 400 not in page.filled_rows()
    table.resizeColumnToContents(0)
    assert table.columnWidth(0) > table.fontMetrics().horizontalAdvance(long_name)


def test_typing_a_letter_in_the_table_finds_rows_not_painted_yet(qtbot: QtBot) -> None:
    proxy, page, table = _table(qtbot, 3000)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setFocus()
    table.setCurrentIndex(page.index(0, 0))
    target = next(row for row in range(proxy.rowCount()) if proxy.cell(row, 0).startswith("W"))
    assert target not in page.filled_rows()
    qtbot.keyClicks(table, "w")
    assert table.currentIndex().row() == target


def test_the_volunteer_list_after_typing_and_scrolling(window: MainWindow, qtbot: QtBot) -> None:
    view = window.show_view("volunteers")
    assert isinstance(view, ListView)
    view.wait_loaded()
    assert view.table.model() is view.page
    _assert_screen_shows_proxy(view.table, view.proxy)
    # Real key events in the search field, then one turn of the event loop, as in use.
    word = next(w for w in view.proxy.cell(5, 0).split() if len(w) >= 3)[:3]
    view.search.setFocus()
    qtbot.keyClicks(view.search, word)
    qtbot.wait(1)
    shown = view.proxy.rowCount()
    assert 0 < shown < view.model.rowCount()
    # The paint of that turn of the event loop filled the rows on screen with the found texts.
    on_screen = _on_screen(view.table)
    assert set(on_screen) <= view.page.filled_rows()
    assert [view.page.data(view.page.index(row, 0)) for row in on_screen] == [
        view.proxy.cell(row, 0) for row in on_screen
    ]
    view.search.clear()
    bar = view.table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    _assert_screen_shows_proxy(view.table, view.proxy)


def test_the_current_record_stays_selected_through_search_and_sort(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.show_view("volunteers")
    assert isinstance(view, ListView)
    view.wait_loaded()
    record_id = view.proxy.id_at(10)
    view.table.setCurrentIndex(view.page.index(10, 0))
    assert view.current_id() == record_id
    word = view.proxy.cell(10, 0)
    view.search.setText(word)
    assert view.selected_ids() == [record_id]
    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert view.selected_ids() == [record_id]
    view.search.clear()
    assert view.selected_ids() == [record_id]
    current: QModelIndex = view.table.currentIndex()
    assert view.proxy.id_at(current.row()) == record_id
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(0) + header.sectionSize(0) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert view.selected_ids() == [record_id]
    assert view.current_id() == record_id
