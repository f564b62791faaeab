"""The list models without a view: sorting, filtering and ids."""

from __future__ import annotations

import sys
from types import FrameType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from nfg_desktop.domain.collation import search_text, sort_key
from nfg_desktop.gui.models.record_table import ID_ROLE, RecordFilterProxy, RecordTableModel
from nfg_desktop.services.rows import ListRow


def _rows() -> list[ListRow]:
    data = [
        (1, "Müller", "aktiv", 1950, "kochen deutsch"),
        (2, "Abel", "pausiert", 1990, "musik"),
        (3, "Özdemir", "aktiv", 1970, "türkisch"),
    ]
    return [
        ListRow(
            id=rid,
            cells=(name, status, str(year)),
            keys=(sort_key(name), sort_key(status), year),
            search=search_text(f"{name} {status} {year} {tags}"),
            status=status,
        )
        for rid, name, status, year, tags in data
    ]


def _proxy() -> tuple[RecordTableModel, RecordFilterProxy]:
    model = RecordTableModel(["Name", "Status", "Jahr"])
    proxy = RecordFilterProxy()
    proxy.setSourceModel(model)
    model.set_rows(_rows())
    return model, proxy


def test_model_shows_cells_and_ids_without_queries() -> None:
    model, _proxy_model = _proxy()
    assert model.rowCount() == 3
    assert model.data(model.index(0, 0)) == "Müller"
    assert model.data(model.index(1, 0), ID_ROLE) == 2
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Jahr"


def test_sort_by_every_column_both_ways() -> None:
    _model, proxy = _proxy()
    proxy.sort(0)
    assert proxy.visible_ids() == [2, 1, 3]
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    assert proxy.visible_ids() == [2, 3, 1]
    proxy.sort(1)
    assert proxy.visible_ids()[-1] == 2


def test_search_matches_all_words_and_tags_and_narrows() -> None:
    _model, proxy = _proxy()
    proxy.set_search("TÜRK")
    assert proxy.visible_ids() == [3]
    proxy.set_search("aktiv 19")
    assert sorted(proxy.visible_ids()) == [1, 3]
    proxy.set_search("aktiv 195")
    assert proxy.visible_ids() == [1]
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_search_finds_umlauts_typed_as_ae_oe_ue_and_keeps_typing_on() -> None:
    _model, proxy = _proxy()
    proxy.set_search("Oezdemir")
    assert proxy.visible_ids() == [3]
    proxy.set_search("mue")  # "mu" too: Abel's "musik"
    assert sorted(proxy.visible_ids()) == [1, 2]
    proxy.set_search("muel")  # narrows from "mue"
    assert proxy.visible_ids() == [1]
    proxy.set_search("muller")
    assert proxy.visible_ids() == [1]
    proxy.set_search("tuerkisch")
    assert proxy.visible_ids() == [3]


def test_status_filter_combines_with_search_and_keeps_sort() -> None:
    _model, proxy = _proxy()
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.set_filters(status="aktiv")
    assert proxy.visible_ids() == [3, 1]
    proxy.set_search("koch")
    assert proxy.visible_ids() == [1]
    proxy.set_filters()
    proxy.set_search("")
    assert proxy.visible_ids() == [3, 1, 2]


def test_reloading_the_source_keeps_search_and_sort() -> None:
    model, proxy = _proxy()
    proxy.sort(0)
    proxy.set_search("aktiv")
    rows = _rows()
    rows[1].status = "aktiv"
    rows[1].search = "abel aktiv"
    model.set_rows(rows)
    assert proxy.visible_ids() == [2, 1, 3]


def test_deleting_typed_letters_finds_the_earlier_rows_again_without_a_new_scan() -> None:
    _model, proxy = _proxy()
    proxy.set_search("a")
    shown_for_a = proxy.visible_ids()
    proxy.set_search("ak")
    proxy.set_search("akt")
    assert sorted(proxy.visible_ids()) == [1, 3]
    scanned: list[list[str]] = []
    searched = proxy._searched

    def counting(rows: list[int], texts: list[str]) -> tuple[list[int], list[str]]:
        scanned.append(list(proxy._words))
        return searched(rows, texts)

    proxy._searched = counting  # type: ignore[method-assign]
    proxy.set_search("ak")  # Backspace
    proxy.set_search("a")
    assert proxy.visible_ids() == shown_for_a
    assert scanned == []  # both came from the remembered results
    proxy.set_search("ab")  # something new is searched
    assert scanned == [[("ab",)]] and proxy.visible_ids() == [2]


def test_remembered_searches_are_forgotten_when_the_rows_filters_or_order_change() -> None:
    model, proxy = _proxy()
    proxy.set_search("aktiv")
    assert sorted(proxy.visible_ids()) == [1, 3]
    proxy.set_search("")
    rows = _rows()
    rows[1].status = "aktiv"
    rows[1].search = "abel aktiv"
    model.set_rows(rows)  # Abel is active now
    proxy.set_search("aktiv")
    assert sorted(proxy.visible_ids()) == [1, 2, 3]
    proxy.set_search("")
    proxy.set_filters(status="pausiert")
    proxy.set_search("aktiv")
    assert proxy.visible_ids() == []
    proxy.set_filters()
    proxy.set_search("")
    proxy.sort(0, Qt.SortOrder.DescendingOrder)
    proxy.set_search("aktiv")
    assert proxy.visible_ids() == [3, 1, 2]  # in the new order


def test_painting_the_table_asks_python_only_for_index_and_data(qtbot: QtBot) -> None:
    # flags(), parent() and sibling() of every painted cell are answered in C++ (a proxy model
    # would answer them through Python, ~0.9 ms a repaint of the volunteer list).
    _model, proxy = _proxy()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.resize(400, 200)
    table.show()
    qtbot.waitExposed(table)
    QApplication.processEvents()
    viewport = table.viewport()
    called: set[str] = set()

    def profile(frame: FrameType, event: str, _arg: object) -> None:
        if event == "call":
            called.add(frame.f_code.co_name)

    viewport.update()
    sys.setprofile(profile)
    try:
        QApplication.processEvents()
    finally:
        sys.setprofile(None)
    assert "data" in called
    assert called <= {"index", "data", "rowCount", "columnCount"}
