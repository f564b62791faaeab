"""The reports area of the window: the "Reports" view, Ctrl+P in the lists, the preview.

``install(window)`` is called by the main window (listed in ``gui/areas.py``). It only adds
actions and registers the view: the view, the preview (QtPdf) and the reports (reportlab) are
imported when the user first opens them, so they cost nothing at start.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

if TYPE_CHECKING:
    from nfg_desktop.gui.reports.preview import ReportPreview
    from nfg_desktop.gui.reports.view import ReportsView

__all__ = ["ReportPreview", "ReportsView", "install", "print_from_list"]

# Names of the package that live in submodules (imported on first use, PEP 562).
_LAZY = {
    "ReportPreview": "nfg_desktop.gui.reports.preview",
    "ReportsView": "nfg_desktop.gui.reports.view",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


# list view name -> record kind of the views that have reports
PRINTABLE_VIEWS = {
    "partners": "partner",
    "projects": "project",
    "volunteers": "volunteer",
    "meetings": "meeting",
}


def make_view(window: Any) -> ReportsView:
    """The "Reports" view of ``window`` (built when it is first shown)."""
    from nfg_desktop.gui.reports.view import ReportsView

    return ReportsView(window.database)


def install(window: Any) -> None:
    window.add_navigation_view(
        "reports",
        QCoreApplication.translate("ReportsArea", "Reports"),
        lambda: make_view(window),
    )
    action = QAction(QCoreApplication.translate("ReportsArea", "Print…"), window)
    action.setObjectName("reportsPrintAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    action.triggered.connect(lambda _checked=False: print_from_list(window))
    menu = window.menu_file
    first = menu.actions()[0] if menu.actions() else None
    quit_action = getattr(window, "action_quit", None)
    menu.insertAction(quit_action if quit_action in menu.actions() else first, action)
    window.reports_print_action = action
    for view_name in PRINTABLE_VIEWS:
        list_action = QAction(QCoreApplication.translate("ReportsArea", "Print…"), window)
        list_action.setObjectName(f"reportsPrint_{view_name}")
        list_action.triggered.connect(lambda _checked=False: print_from_list(window))
        window.add_list_action(view_name, list_action)


def print_from_list(window: Any, chooser_result: tuple[str, bool] | None = None) -> Any:
    """Ctrl+P: offer the reports that fit the visible list; without a list, show the reports.

    ``chooser_result`` (report id, use the selection) skips the question (tests).
    """
    from nfg_desktop.gui.reports.chooser import PrintChooser
    from nfg_desktop.gui.reports.view import show_preview
    from nfg_desktop.reports import ReportOptions, reports_for_list

    view = window.current_list_view()
    kind = getattr(view, "kind", None)
    reports = reports_for_list(kind) if kind else []
    if view is None or not reports:
        window.show_view("reports")
        return None
    selected = view.selected_ids()
    visible = view.visible_ids()
    single = kind == "meeting"
    if chooser_result is None:
        chooser = PrintChooser(reports, len(selected), len(visible), single, window)
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return None
        report_id, use_selection = chooser.chosen_report().id, chooser.use_selection()
    else:
        report_id, use_selection = chooser_result
    options = ReportOptions(today=date.today())
    hint = ""
    if kind == "meeting":
        meeting_id = view.current_id() or (selected[0] if selected else None)
        if meeting_id is None:
            QMessageBox.information(
                window,
                QCoreApplication.translate("ReportsArea", "Print"),
                QCoreApplication.translate("ReportsArea", "Please select a meeting first."),
            )
            return None
        options.meeting_id = meeting_id
    else:
        options.ids = selected if use_selection and selected else visible
    return show_preview(
        window.database,
        report_id,
        options,
        window,
        hint,
        modal=chooser_result is None,
    )
