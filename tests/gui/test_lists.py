"""Every list of the window: sort by each column, filter by search and by the list's filters,
and create / cancel / delete through the real forms."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from nfg_desktop.domain.collation import matches, search_terms
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.list_view import VIEW_KINDS, ListView
from nfg_desktop.services.partners import PartnerService

VIEWS = list(VIEW_KINDS)


def _view(window: MainWindow, name: str) -> ListView:
    view = window.show_view(name)
    assert isinstance(view, ListView)
    view.wait_loaded()
    return view


def _click_header(view: ListView, qtbot: QtBot, column: int) -> None:
    header = view.table.horizontalHeader()
    view.table.scrollTo(view.model.index(0, column))
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


def _keys(view: ListView, column: int) -> list[object]:
    rows = view.model.rows()
    by_id = {row.id: row for row in rows}
    return [by_id[record_id].keys[column] for record_id in view.model.visible_ids()]


@pytest.mark.parametrize("name", VIEWS)
def test_every_column_sorts_both_ways_by_clicking_its_heading(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    view = _view(window, name)
    header = view.table.horizontalHeader()
    for column in range(view.model.columnCount()):
        _click_header(view, qtbot, column)
        if header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder:
            _click_header(view, qtbot, column)
        assert header.sortIndicatorSection() == column
        keys = _keys(view, column)
        assert keys == sorted(keys), (name, column)  # type: ignore[type-var]
        _click_header(view, qtbot, column)
        keys = _keys(view, column)
        assert keys == sorted(keys, reverse=True), (name, column)  # type: ignore[type-var]


@pytest.mark.parametrize("name", VIEWS)
def test_search_filters_as_you_type_and_shows_the_count(
    window: MainWindow, qtbot: QtBot, name: str
) -> None:
    view = _view(window, name)
    total = view.model.rowCount()
    cells = [view.model.cell(0, c) for c in range(1, view.model.columnCount())]
    word = next(w for cell in cells for w in cell.split() if len(w) >= 4 and w.isascii())[:4]
    view.search.setFocus()
    qtbot.keyClicks(view.search, word)
    shown = view.model.rowCount()
    assert 0 < shown <= total
    rows = {row.id: row for row in view.model.rows()}
    terms = search_terms(word)
    assert all(matches(terms, rows[rid].search) for rid in view.visible_ids())
    hidden = set(rows) - set(view.visible_ids())
    assert not any(matches(terms, rows[rid].search) for rid in hidden)
    assert view.model.id_at(0) in view.visible_ids()
    if shown < total:
        assert f"{shown} von {total}" in view.count_label.text().replace(".", "")
    view.search.clear()
    assert view.model.rowCount() == total


@pytest.mark.parametrize("name", VIEWS)
def test_filters_show_only_matching_rows(window: MainWindow, name: str) -> None:
    view = _view(window, name)
    rows = {row.id: row for row in view.model.rows()}
    used = 0
    for combo, attribute in (
        (view.status_filter, "status"),
        (view.kind_filter, "kind"),
        (view.focus_filter, "focus"),
    ):
        if combo.isHidden():
            continue
        values = [getattr(row, attribute) for row in rows.values()]
        for index in range(1, combo.count()):
            value = combo.itemData(index)
            expected = {
                rid
                for rid, row in rows.items()
                if (
                    value in row.focus if attribute == "focus" else getattr(row, attribute) == value
                )
            }
            combo.setCurrentIndex(index)
            assert set(view.visible_ids()) == expected, (name, attribute, value)
            used += bool(expected)
        combo.setCurrentIndex(0)
        assert len(view.visible_ids()) == len(rows), values
    assert used > 0


@pytest.mark.parametrize("name", VIEWS)
def test_new_form_then_escape_stores_nothing(window: MainWindow, qtbot: QtBot, name: str) -> None:
    view = _view(window, name)
    before = view.model.rowCount()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = view.details.editor
    assert editor is not None and editor.record_id() is None
    assert view.details.showing_record()
    field = next(w for w in editor.findChildren(QLineEdit) if w.isVisible() and not w.isReadOnly())
    field.setFocus()
    qtbot.keyClicks(field, "Probe")
    assert editor.is_dirty()
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    assert not editor.is_dirty()
    view.wait_loaded()
    assert view.model.rowCount() == before


def test_enter_in_the_list_moves_into_the_form(window: MainWindow, qtbot: QtBot) -> None:
    view = _view(window, "partners")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(2, 0))
    assert view.current_id() == view.model.id_at(2)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = view.details.editor
    assert editor is not None
    focused = window.focusWidget()
    assert focused is not None and editor.isAncestorOf(focused)


def test_partner_created_and_deleted_through_the_real_form(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = _view(window, "partners")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = view.details.editor
    assert editor is not None
    name_field = editor.field_widget("name")
    assert isinstance(name_field, QLineEdit)
    name_field.setText("Tafel Musterhausen")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    new_id = editor.record_id()
    assert new_id is not None
    with window.database.read() as session:
        assert PartnerService(session).get(new_id).name == "Tafel Musterhausen"
    view.wait_loaded()
    assert view.selected_ids() == [new_id]

    monkeypatch.setattr(
        QMessageBox, "question", lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes
    )
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    with window.database.read() as session:
        assert all(p.id != new_id for p in PartnerService(session).list())
    view.wait_loaded()
    assert new_id not in view.visible_ids()


def test_f1_shows_the_short_help(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _parent, title, text, *_a: shown.append(title + text)
    )
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert shown and "Kurzhilfe" in shown[0] and "Strg+N" in shown[0]
