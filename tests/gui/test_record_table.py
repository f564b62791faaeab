"""The list model without a view: sorting, filtering and ids."""

from __future__ import annotations

import sys
from types import FrameType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from nfg_desktop.domain.collation import search_text, sort_key
from nfg_desktop.gui.models.record_table import ID_ROLE, RecordTableModel
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


def _model() -> RecordTableModel:
    model = RecordTableModel(["Name", "Status", "Jahr"])
    model.set_rows(_rows())
    return model


def test_model_shows_cells_and_ids_without_queries() -> None:
    model = _model()
    assert model.rowCount() == 3
    assert model.data(model.index(0, 0)) == "Müller"
    assert model.data(model.index(1, 0), ID_ROLE) == 2
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Jahr"


def test_sort_by_every_column_both_ways() -> None:
    model = _model()
    model.sort(0)
    assert model.visible_ids() == [2, 1, 3]
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert model.visible_ids() == [2, 3, 1]
    model.sort(1)
    assert model.visible_ids()[-1] == 2


def test_search_matches_all_words_and_tags_and_narrows() -> None:
    model = _model()
    model.set_search("TÜRK")
    assert model.visible_ids() == [3]
    model.set_search("aktiv 19")
    assert sorted(model.visible_ids()) == [1, 3]
    model.set_search("aktiv 195")
    assert model.visible_ids() == [1]
    model.set_search("")
    assert model.rowCount() == 3


def test_search_finds_umlauts_typed_as_ae_oe_ue_and_keeps_typing_on() -> None:
    model = _model()
    model.set_search("Oezdemir")
    assert model.visible_ids() == [3]
    model.set_search("mue")  # "mu" too: Abel's "musik"
    assert sorted(model.visible_ids()) == [1, 2]
    model.set_search("muel")  # narrows from "mue"
    assert model.visible_ids() == [1]
    model.set_search("muller")
    assert model.visible_ids() == [1]
    model.set_search("tuerkisch")
    assert model.visible_ids() == [3]


def test_status_filter_combines_with_search_and_keeps_sort() -> None:
    model = _model()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_filters(status="aktiv")
    assert model.visible_ids() == [3, 1]
    model.set_search("koch")
    assert model.visible_ids() == [1]
    model.set_filters()
    model.set_search("")
    assert model.visible_ids() == [3, 1, 2]


def test_reloading_the_source_keeps_search_and_sort() -> None:
    model = _model()
    model.sort(0)
    model.set_search("aktiv")
    rows = _rows()
    rows[1].status = "aktiv"
    rows[1].search = "abel aktiv"
    model.set_rows(rows)
    assert model.visible_ids() == [2, 1, 3]


def test_deleting_typed_letters_finds_the_earlier_rows_again_without_a_new_scan() -> None:
    model = _model()
    model.set_search("a")
    shown_for_a = model.visible_ids()
    model.set_search("ak")
    model.set_search("akt")
    assert sorted(model.visible_ids()) == [1, 3]
    scanned: list[list[str]] = []
    searched = model._searched

    def counting(rows: list[int], texts: list[str]) -> tuple[list[int], list[str]]:
        scanned.append(list(model._words))
        return searched(rows, texts)

    model._searched = counting  # type: ignore[method-assign]
    model.set_search("ak")  # Backspace
    model.set_search("a")
    assert model.visible_ids() == shown_for_a
    assert scanned == []  # both came from the remembered results
    model.set_search("ab")  # something new is searched
    assert scanned == [[("ab",)]] and model.visible_ids() == [2]


def test_remembered_searches_are_forgotten_when_the_rows_filters_or_order_change() -> None:
    model = _model()
    model.set_search("aktiv")
    assert sorted(model.visible_ids()) == [1, 3]
    model.set_search("")
    rows = _rows()
    rows[1].status = "aktiv"
    rows[1].search = "abel aktiv"
    model.set_rows(rows)  # Abel is active now
    model.set_search("aktiv")
    assert sorted(model.visible_ids()) == [1, 2, 3]
    model.set_search("")
    model.set_filters(status="pausiert")
    model.set_search("aktiv")
    assert model.visible_ids() == []
    model.set_filters()
    model.set_search("")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_search("aktiv")
    assert model.visible_ids() == [3, 1, 2]  # in the new order


def test_painting_the_table_asks_python_only_for_index_and_data(qtbot: QtBot) -> None:
    # flags(), parent() and sibling() of every painted cell are answered in C++ (a proxy model
    # would answer them through Python, ~0.9 ms a repaint of the volunteer list).
    model = _model()
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
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
