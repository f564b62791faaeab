"""After filtering, the form does not keep showing a record that left the list (issue 16,
item 9: „0 von 5“ beside a filled form)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.list_view import ListView
from tests.gui.editor_support import type_into


def _partners(window: MainWindow) -> ListView:
    view = window.show_view("partners")
    assert isinstance(view, ListView)
    view.wait_loaded()
    return view


def test_a_record_filtered_out_leaves_the_form(window: MainWindow, qtbot: QtBot) -> None:
    view = _partners(window)
    record_id = view.model.id_at(0)
    view.open_record(record_id)
    assert view.details.showing_record()
    type_into(qtbot, view.search, "zzzz-kein-treffer")
    assert view.model.rowCount() == 0
    assert not view.details.showing_record()
    assert view.current_id() is None
    # Back to the whole list: nothing is forced open, the list is selectable again.
    view.search.clear()
    assert view.model.rowCount() == view.model.total()
    view.open_record(record_id)
    assert view.details.showing_record()


def test_a_record_still_in_the_list_stays_open(window: MainWindow, qtbot: QtBot) -> None:
    view = _partners(window)
    record_id = view.model.id_at(0)
    view.open_record(record_id)
    name = view.details.editor.ui.nameEdit.text()  # type: ignore[union-attr]
    type_into(qtbot, view.search, name[:6])
    assert view.details.showing_record() and view.current_id() == record_id


def test_unsaved_changes_are_not_thrown_away_by_a_filter(window: MainWindow, qtbot: QtBot) -> None:
    view = _partners(window)
    view.open_record(view.model.id_at(0))
    editor = view.details.editor
    assert editor is not None
    type_into(qtbot, editor.ui.cityEdit, "Tübingen")
    assert editor.is_dirty()
    type_into(qtbot, view.search, "zzzz-kein-treffer")
    assert view.details.showing_record() and editor.ui.cityEdit.text() == "Tübingen"
    editor.cancel()
