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

__all__ = ["ReportPreview", "ReportsArea", "ReportsView", "print_from_list", "print_report"]

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


def print_from_list(window: MainWindow) -> Any:
    """Ctrl+P: offer the reports that fit the visible list; without a list, show the reports."""
    from nfg_desktop.gui.reports.chooser import PrintChooser
    from nfg_desktop.reports import reports_for_list

    view = window.current_list_view()
    reports = reports_for_list(view.kind) if view is not None else []
    if view is None or not reports:
        window.show_view("reports")
        return None
    single = view.kind == "meeting"
    selected, visible = view.selected_ids(), view.visible_ids()
    chooser = PrintChooser(reports, len(selected), len(visible), single, window)
    if chooser.exec() != QDialog.DialogCode.Accepted:
        return None
    return print_report(
        window,
        chooser.chosen_report().id,
        chooser.use_selection(),
        language=chooser.language.language(),
    )


def print_report(
    window: MainWindow,
    report_id: str,
    use_selection: bool,
    modal: bool = True,
    language: str | None = None,
) -> Any:
    """Print ``report_id`` for the visible list: its selected entries (``use_selection``) or
    all it shows; a meeting's report for the meeting shown or selected. In ``language``, by
    default the one chosen last."""
    from nfg_desktop.gui.reports.language import printout_language
    from nfg_desktop.gui.reports.view import show_preview
    from nfg_desktop.reports import ReportOptions

    view = window.current_list_view()
    if view is None:
        return None
    selected = view.selected_ids()
    options = ReportOptions(today=date.today(), language=language or printout_language())
    if view.kind == "meeting":
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
        options.ids = selected if use_selection and selected else view.visible_ids()
    return show_preview(window.database, report_id, options, window, "", modal=modal)
