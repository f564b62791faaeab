"""The reports area of the window: the "Reports" view, Ctrl+P in the lists, the preview.

:class:`ReportsArea` is one of the window's areas (listed in ``gui/areas.py``). It only hands
over actions and the view: the view, the preview (QtPdf) and the reports (reportlab) are
imported when the user first opens them, so they cost nothing at start.
"""

from __future__ import annotations

import importlib
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from nfg_desktop.gui.area import Area, ListAction, MenuEntry, Slot, ViewEntry

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow
    from nfg_desktop.gui.reports.preview import ReportPreview
    from nfg_desktop.gui.reports.view import ReportsView

__all__ = ["ReportPreview", "ReportsArea", "ReportsView", "print_from_list"]

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


class ReportsArea(Area):
    """The reports of one main window: Datei > Drucken… (Ctrl+P), "Drucken…" in the lists,
    and the "Reports" view."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.print_action = self._print_action("reportsPrintAction")
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.list_print_actions = {
            view_name: self._print_action(f"reportsPrint_{view_name}")
            for view_name in PRINTABLE_VIEWS
        }

    def _print_action(self, name: str) -> QAction:
        action = QAction(QCoreApplication.translate("ReportsArea", "Print…"), self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: print_from_list(self.window))
        return action

    def menu_entries(self) -> list[MenuEntry]:
        return [MenuEntry(Slot.FILE_PRINT, self.print_action)]

    def list_actions(self) -> list[ListAction]:
        return [ListAction(view, action) for view, action in self.list_print_actions.items()]

    def views(self) -> list[ViewEntry]:
        title = QCoreApplication.translate("ReportsArea", "Reports")
        return [ViewEntry("reports", title, self.make_view)]

    def make_view(self) -> ReportsView:
        """The "Reports" view (built when it is first shown)."""
        from nfg_desktop.gui.reports.view import ReportsView

        return ReportsView(self.window.database)


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
