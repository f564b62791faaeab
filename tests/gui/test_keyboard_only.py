"""Every main task without a mouse (issue 19, EN 301 549 11.2.1.1): the tests start at the main
window and press keys only — shortcuts, Tab, arrows, Space, Enter, Escape — and then read what
was stored through the services."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.services.partners import PartnerService
from tests.gui.keyboard import Key, Mod, check, focused, in_dialog, named, press, tab_to, type_text


def start(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    window.navigation.setFocus()


def test_create_a_partner_with_a_contact(qtbot: QtBot, window: MainWindow) -> None:
    start(qtbot, window)
    press(Key.Key_2, Mod.ControlModifier)
    assert window.current_view_name() == "partners"
    press(Key.Key_N, Mod.ControlModifier)
    assert focused().objectName() == "nameEdit"
    type_text("Tastaturverein e. V.")

    def contact(dialog: QWidget) -> None:
        tab_to(named("lastNameEdit"))
        type_text("Ohnemaus")
        tab_to(named("emailEdit"))
        type_text("ohnemaus@example.org")
        press(Key.Key_Return)

    seen = in_dialog(contact)
    tab_to(named("addContactButton"))
    press(Key.Key_Space)
    check()
    assert seen and not seen[0].isVisible()
    press(Key.Key_S, Mod.ControlModifier)
    with window.database.read() as session:
        partner = next(p for p in PartnerService(session).list() if p.name == "Tastaturverein e. V.")
        assert [(c.last_name, c.email) for c in partner.contacts] == [
            ("Ohnemaus", "ohnemaus@example.org")
        ]
