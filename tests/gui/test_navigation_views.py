"""Views added by the areas (e.g. Berichte) stay hidden until they are chosen."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget

from nfg_desktop.gui.main_window import MainWindow


def test_only_the_current_view_is_visible(window: MainWindow) -> None:
    window.show_view("overview")
    visible_views = [
        widget
        for widget in window.stack.findChildren(QWidget)
        if widget.parent() is window.stack and widget.isVisible()
    ]
    assert visible_views == [window.stack.currentWidget()]

    reports = window.view("reports")

    window.show_view("reports")
    assert reports.isVisible()
    assert window.stack.currentWidget() is reports
    assert window.view("overview").isVisible() is False
    assert reports.mapTo(window, QPoint(0, 0)) == window.stack.mapTo(window, QPoint(0, 0))
