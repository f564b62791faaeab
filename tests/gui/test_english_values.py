"""The values the program fixes (kinds, states, focus areas, …) in the English window: shown in
English in the lists, their filters, the forms and the overview; stored, as ever, in German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nfg_desktop.domain.choices import PartnerKind, PartnerStatus
from nfg_desktop.domain.choices_english import ENGLISH_VALUES
from nfg_desktop.gui.editors import common
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.store.database import Database
from tests.gui.editor_support import make_editor, save, type_into


def _column(window: MainWindow, list_name: str, title: str) -> list[str]:
    model = window.list_view(list_name).model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )
    return [model.cell(row, column) for row in range(model.rowCount())]


def test_the_english_partner_list_shows_english_states_and_kinds(
    english_window: MainWindow,
) -> None:
    states = set(_column(english_window, "partners", "Status"))
    kinds = set(_column(english_window, "partners", "Kind"))
    assert "active" in states and "aktiv" not in states
    assert states <= {ENGLISH_VALUES[s] for s in PartnerStatus}
    assert kinds & {ENGLISH_VALUES[k] for k in PartnerKind}
    assert not kinds & set(PartnerKind)


def test_the_german_partner_list_is_unchanged(window: MainWindow) -> None:
    states = set(_column(window, "partners", "Status"))
    assert "aktiv" in states and "active" not in states
    combo = window.list_view("partners").status_filter
    assert [combo.itemText(i) for i in range(1, combo.count())] == list(PartnerStatus)


def test_the_english_filter_and_search_find_by_the_shown_value(
    english_window: MainWindow,
) -> None:
    view = english_window.list_view("partners")
    combo = view.status_filter
    texts = [combo.itemText(i) for i in range(1, combo.count())]
    assert texts == [ENGLISH_VALUES[s] for s in PartnerStatus]
    combo.setCurrentIndex(combo.findText("dormant"))
    assert combo.currentData() == "ruhend"
    shown = set(_column(english_window, "partners", "Status"))
    assert shown == {"dormant"}
    combo.setCurrentIndex(0)
    total = view.model.rowCount()
    view.search.setText("active")
    assert 0 < view.model.rowCount() < total
    assert set(_column(english_window, "partners", "Status")) == {"active"}
    view.search.setText("")


def test_the_english_list_sorts_by_the_shown_value(english_window: MainWindow) -> None:
    view = english_window.list_view("partners")
    model = view.model
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Status"
    )
    model.sort(column, Qt.SortOrder.AscendingOrder)
    states = [model.cell(row, column) for row in range(model.rowCount())]
    assert states == sorted(states, key=str.casefold)


@pytest.mark.usefixtures("english_language")
def test_an_english_choice_in_the_form_stores_the_german_value(qtbot: QtBot, db: Database) -> None:
    editor = make_editor(qtbot, db, "partner")
    editor.load(None)
    ui = editor.ui
    assert ui.statusCombo.findText("active") >= 0 and ui.statusCombo.findText("aktiv") < 0
    assert ui.focusChecks.box("Familien unterstützen").text() == "Supporting families"
    type_into(qtbot, ui.nameEdit, "Seniorenrat Musterhausen")
    ui.kindCombo.setEditText("multi-generation house/family centre")  # typed, any case
    ui.sectorCombo.setCurrentIndex(ui.sectorCombo.findText("Civil society"))
    ui.statusCombo.setCurrentIndex(ui.statusCombo.findText("dormant"))
    ui.focusChecks.box("Familien unterstützen").click()
    ui.targetChecks.box("Senioren").click()
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)
    with db.read() as session:
        partner = PartnerService(session).get(saved.args[0])
        assert partner.kind == "Mehrgenerationenhaus/Familienzentrum"
        assert partner.sector == "Zivilgesellschaft"
        assert partner.status == "ruhend"
        assert list(partner.focus_areas) == ["Familien unterstützen"]
        assert list(partner.target_groups) == ["Senioren"]
    editor.load(saved.args[0])  # shown in English again, not as an own entry
    assert ui.kindCombo.currentText() == "Multi-generation house/family centre"
    assert common.combo_value(ui.kindCombo) == "Mehrgenerationenhaus/Familienzentrum"
    assert not editor.is_dirty()


@pytest.mark.usefixtures("english_language")
def test_an_own_kind_stays_as_typed_in_the_english_window(qtbot: QtBot, db: Database) -> None:
    editor = make_editor(qtbot, db, "partner")
    editor.load(None)
    type_into(qtbot, editor.ui.nameEdit, "Seniorenrat")
    editor.ui.kindCombo.setEditText("Seniorenrat")
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)
    with db.read() as session:
        assert PartnerService(session).get(saved.args[0]).kind == "Seniorenrat"


def test_the_english_overview_names_focus_areas_target_groups_and_states(
    english_window: MainWindow,
) -> None:
    view = english_window.show_view("overview")
    wait_loaded = getattr(view, "wait_loaded", None)
    if callable(wait_loaded):
        wait_loaded()
    matrix = view.matrix
    rows = [matrix.verticalHeaderItem(r).text() for r in range(matrix.rowCount())]
    columns = [matrix.horizontalHeaderItem(c).text() for c in range(matrix.columnCount())]
    assert "Supporting families" in rows and "Senior citizens" in columns
    label = view.partner_counts[1].text()
    assert "active:" in label and "aktiv" not in label


def test_the_english_change_history_shows_fixed_values_in_english(
    english_language: None, qtbot: QtBot, db: Database
) -> None:
    from nfg_desktop.gui.privacy.history_dialog import HistoryDialog
    from nfg_desktop.services.partners import PartnerData

    with db.write() as session:
        partner_id = PartnerService(session).create(PartnerData(name="Familienzentrum")).id
    with db.write() as session:
        service = PartnerService(session)
        data = PartnerData.from_partner(service.get(partner_id))
        data.status = PartnerStatus.RUHEND
        service.update(partner_id, data)
    dialog = HistoryDialog(db, "partner", partner_id, "Familienzentrum")
    qtbot.addWidget(dialog)
    model = dialog.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    status = [row for row in rows if row[-2] == ENGLISH_VALUES[PartnerStatus.AKTIV]]
    assert status and status[0][-1] == ENGLISH_VALUES[PartnerStatus.RUHEND]
    assert not any(PartnerStatus.RUHEND.value in row for row in rows)  # no German state shown
