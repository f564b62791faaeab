"""The Ortsteil in the window: the forms offer the network's Ortsteile and take free text, the
lists show it in a column and filter by it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.list_view import ListView
from nfg_desktop.services.network import NetworkService
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import Partner, Volunteer
from tests.gui.editor_support import make_editor, save, type_into


def _set_localities(db: Database, *names: str) -> None:
    with db.write() as session:
        service = NetworkService(session)
        data = service.data()
        data.localities = list(names)
        service.update(data)


def test_partner_form_offers_the_networks_ortsteile_and_takes_free_text(
    qtbot: QtBot, db: Database
) -> None:
    _set_localities(db, "Altheim", "Bildechingen")
    editor = make_editor(qtbot, db, "partner")
    editor.load(None)
    combo = editor.ui.localityCombo
    assert combo.isEditable()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Altheim", "Bildechingen"]
    assert combo.currentText() == ""
    type_into(qtbot, editor.ui.nameEdit, "Heimatverein")
    combo.setCurrentIndex(1)
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)
    with db.read() as session:
        assert session.get(Partner, saved.args[0]).locality == "Bildechingen"  # type: ignore[union-attr]
    editor.load(saved.args[0])
    assert editor.ui.localityCombo.currentText() == "Bildechingen"


def test_volunteer_form_stores_a_typed_ortsteil(qtbot: QtBot, db: Database) -> None:
    _set_localities(db, "Altheim")
    editor = make_editor(qtbot, db, "volunteer")
    editor.load(None)
    type_into(qtbot, editor.ui.firstNameEdit, "Erika")
    type_into(qtbot, editor.ui.lastNameEdit, "Muster")
    editor.ui.localityCombo.setEditText("Neuweiler")
    assert editor.is_dirty()
    with qtbot.waitSignal(editor.saved) as saved:
        save(editor)
    with db.read() as session:
        assert session.get(Volunteer, saved.args[0]).locality == "Neuweiler"  # type: ignore[union-attr]


def test_partner_list_shows_and_filters_the_ortsteil(window: MainWindow, qtbot: QtBot) -> None:
    database = window.database
    with database.write() as session:
        service = PartnerService(session)
        for name, locality in (("Verein Nord", "Altheim"), ("Verein Süd", "Talheim")):
            service.create(PartnerData(name=name, locality=locality))
    view = window.show_view("partners")
    assert isinstance(view, ListView)
    view.reload()
    view.wait_loaded()
    column = list(
        view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())
    )
    at = column.index("Ortsteil")
    assert view.table.columnWidth(at) == 110
    combo = view.findChild(QComboBox, "localityFilter")
    assert combo is not None and combo.isVisibleTo(view)
    assert combo.itemText(0) == "Alle Ortsteile"
    assert [combo.itemText(i) for i in range(1, combo.count())] == ["Altheim", "Talheim"]
    combo.setCurrentIndex(combo.findData("Talheim"))
    names = [view.model.cell(row, 0) for row in range(view.model.rowCount())]
    assert names == ["Verein Süd"]
    assert view.model.cell(0, at) == "Talheim"
    # The filter survives a reload and offers the new values; clearing shows all again.
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Verein West", locality="Ahldorf"))
    view.reload()
    view.wait_loaded()
    assert combo.currentData() == "Talheim"
    assert combo.findData("Ahldorf") == 1
    assert view.model.rowCount() == 1
    view.clear_filters()
    assert combo.currentIndex() == 0 and view.model.rowCount() > 3
