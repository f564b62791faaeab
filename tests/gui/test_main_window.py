"""The main window on the demo network: navigation, lists, overview, read-only."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import VIEW_NAMES, MainWindow
from nfg_desktop.gui.views.list_view import ListView
from nfg_desktop.gui.views.overview_view import OverviewView
from nfg_desktop.services.partners import PartnerService


def test_title_names_network_and_file(window: MainWindow) -> None:
    assert "netzwerk.sqlite" in window.windowTitle()
    assert "NFG Desktop" in window.windowTitle()
    assert window.network_name() in window.windowTitle()


def test_navigation_has_the_seven_views_and_ctrl_numbers_switch(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.navigation.count() == 7
    assert window.current_view_name() == "overview"
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "volunteers"
    view = window.current_list_view()
    assert view is not None and view.kind == "volunteer"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "overview"
    assert window.current_list_view() is None
    for name in VIEW_NAMES:
        window.show_view(name)
        assert window.current_view_name() == name


def test_partner_list_shows_all_partners_and_filters_as_you_type(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.show_view("partners")
    assert isinstance(view, ListView)
    with window.database.read() as session:
        partners = [(p.id, p.name) for p in PartnerService(session).list()]
    assert view.model.rowCount() == len(partners)
    target_id, target_name = partners[0]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.search.hasFocus()
    qtbot.keyClicks(view.search, target_name[:12])
    shown = view.visible_ids()
    assert target_id in shown
    assert len(shown) < len(partners)
    assert str(len(shown)) in view.count_label.text()


def test_status_filter_and_sort_by_clicking_the_header(window: MainWindow, qtbot: QtBot) -> None:
    view = window.show_view("partners")
    assert isinstance(view, ListView)
    index = view.status_filter.findData("ruhend")
    view.status_filter.setCurrentIndex(index)
    with window.database.read() as session:
        resting = {p.id for p in PartnerService(session).list(status="ruhend")}
    assert set(view.visible_ids()) == resting
    view.status_filter.setCurrentIndex(0)
    header = view.table.horizontalHeader()
    names_before = [view.model.cell(r, 0) for r in range(view.model.rowCount())]
    x = header.sectionViewportPosition(0) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    names_after = [view.model.cell(r, 0) for r in range(view.model.rowCount())]
    assert names_after == list(reversed(names_before))


def test_open_record_switches_view_and_selects_row(window: MainWindow) -> None:
    with window.database.read() as session:
        partner_id = PartnerService(session).list()[3].id
    assert window.open_record("partner", partner_id)
    view = window.current_list_view()
    assert view is not None and view.kind == "partner"
    assert view.selected_ids() == [partner_id]
    assert view.current_id() == partner_id


def test_overview_entries_open_their_record(window: MainWindow, qtbot: QtBot) -> None:
    overview = window.view("overview")
    assert isinstance(overview, OverviewView)
    overview.wait_loaded()
    assert overview.clearance_list.count() > 0
    item = overview.clearance_list.item(0)
    kind, record_id = item.data(Qt.ItemDataRole.UserRole + 1)
    rect = overview.clearance_list.visualItemRect(item)
    qtbot.mouseClick(
        overview.clearance_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert window.current_view_name() == "volunteers"
    view = window.current_list_view()
    assert view is not None and view.current_id() == record_id


def test_read_only_disables_editing_and_shows_marker(window: MainWindow) -> None:
    view = window.show_view("partners")
    assert isinstance(view, ListView)
    window.set_read_only(True)
    assert not window.read_only_label.isHidden()
    assert "[" in window.windowTitle()
    assert not window.lists.action_new.isEnabled()
    assert not view.new_button.isEnabled()
    window.set_read_only(False)
    assert window.read_only_label.isHidden()
    assert view.new_button.isEnabled()


def test_views_reload_when_data_changes_elsewhere(window: MainWindow) -> None:
    view = window.show_view("partners")
    assert isinstance(view, ListView)
    before = view.model.rowCount()
    from nfg_desktop.services.partners import PartnerData

    with window.database.write() as session:
        PartnerService(session).create(PartnerData(name="Neuer Verein Zebra"))
    view.wait_loaded()
    assert view.model.rowCount() == before + 1
    view.search.setText("zebra")
    assert view.model.rowCount() == 1
