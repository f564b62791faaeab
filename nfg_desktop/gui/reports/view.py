"""The "Reports" view: the seven reports with their options, and a preview button."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.domain.choices import FocusArea
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui.language.messages import error_text, shown, shown_value
from nfg_desktop.gui.reports.language import LanguageChoice
from nfg_desktop.gui.reports.preview import ReportPreview
from nfg_desktop.gui.widgets import colours
from nfg_desktop.reports import REPORTS, Rendered, ReportKind, ReportOptions, render_noted
from nfg_desktop.reports.language import GERMAN, texts
from nfg_desktop.reports.options import LABELS_PER_SHEET
from nfg_desktop.services import reporting
from nfg_desktop.store.database import Database

RELOAD_TABLES = {"meeting", "project"}


def file_name(report: ReportKind, today: date, extra: str = "", language: str = GERMAN) -> str:
    """A file name for saving, e.g. "Partnerliste 2026-11-25.pdf" ("Partner list …" in
    English)."""
    clean = re.sub(r"[^\w\- ]+", "", extra).strip()[:40]
    parts = [texts(language)(report.title), clean, f"{today:%Y-%m-%d}"]
    return " ".join(part for part in parts if part) + ".pdf"


def make_report(
    database: Database, report_id: str, options: ReportOptions, parent: QWidget
) -> Rendered | None:
    """The PDF (and its note on characters no font has), with a wait cursor; a German message
    box on errors."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        with database.read() as session:
            return render_noted(report_id, session, options)
    except DomainError as error:
        QApplication.restoreOverrideCursor()
        QMessageBox.warning(parent, shown(REPORTS[report_id].title), error_text(error))
        return None
    finally:
        if QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()


def show_preview(
    database: Database,
    report_id: str,
    options: ReportOptions,
    parent: QWidget,
    name_hint: str = "",
    modal: bool = True,
) -> ReportPreview | None:
    rendered = make_report(database, report_id, options, parent)
    if rendered is None:
        return None
    report = REPORTS[report_id]
    preview = ReportPreview(
        rendered.data,
        shown(report.title),
        file_name(report, options.today, name_hint, options.language),
        parent,
        note=rendered.note,
    )
    if modal:
        preview.exec()
    else:
        preview.show()
    return preview


class ReportsView(QWidget):
    """Lists the reports; the options of the chosen one; Preview… opens the preview."""

    preview_opened = Signal(object)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.database = database
        self.modal_previews = True
        self._stale = True
        layout = QHBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("reportList")
        self.list.setAccessibleName(self.tr("Reports"))
        self.list.setMaximumWidth(280)
        self.list.setStyleSheet("QListWidget#reportList::item { padding: 6px 8px; }")
        for report in REPORTS.values():
            item = QListWidgetItem(shown(report.title))
            item.setData(Qt.ItemDataRole.UserRole, report.id)
            item.setToolTip(shown(report.description))
            self.list.addItem(item)
        layout.addWidget(self.list)

        right = QVBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("reportTitle")
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.description = QLabel(self)
        self.description.setObjectName("reportDescription")
        self.description.setWordWrap(True)
        right.addWidget(self.title)
        right.addWidget(self.description)
        self.options_box = QGroupBox(self.tr("Options"), self)
        self.form = QFormLayout(self.options_box)
        self._build_options()
        right.addWidget(self.options_box)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview…"), self)
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.open_preview)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        hint = QLabel(
            self.tr(
                "Tip: in a list, Ctrl+P prints the selected or the filtered entries with the "
                "reports that fit them."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(colours.muted_style())
        right.addWidget(hint)
        right.addStretch(1)
        layout.addLayout(right, 1)

        self.list.currentRowChanged.connect(self._report_changed)
        self.list.itemActivated.connect(lambda _item: self.open_preview())
        database.on_change(self._on_change)
        self.list.setCurrentRow(0)

    # --- options ---------------------------------------------------------------------------

    def _build_options(self) -> None:
        self.meeting = QComboBox(self)
        self.meeting.setObjectName("meetingOption")
        self.project = QComboBox(self)
        self.project.setObjectName("projectOption")
        self.year = QComboBox(self)
        self.year.setObjectName("yearOption")
        self.group_by = QComboBox(self)
        self.group_by.setObjectName("groupByOption")
        self.group_by.addItem(self.tr("by kind"), "kind")
        self.group_by.addItem(self.tr("by focus area"), "focus")
        self.status = QComboBox(self)
        self.status.setObjectName("statusOption")
        self.focus = QComboBox(self)
        self.focus.setObjectName("focusOption")
        self.focus.addItem(self.tr("all focus areas"), None)
        for focus in FocusArea:
            self.focus.addItem(shown_value(focus.value), focus.value)
        self.landscape = QCheckBox(self.tr("Landscape"), self)
        self.landscape.setObjectName("landscapeOption")
        self.phone = QCheckBox(self.tr("Phone column (only with consent)"), self)
        self.phone.setObjectName("phoneOption")
        self.blank_rows = QSpinBox(self)
        self.blank_rows.setObjectName("blankRowsOption")
        self.blank_rows.setRange(0, 200)
        self.blank_rows.setValue(10)
        self.start_label = QSpinBox(self)
        self.start_label.setObjectName("startLabelOption")
        self.start_label.setRange(1, LABELS_PER_SHEET)
        self.start_label.setToolTip(
            self.tr("Position of the first free label on the sheet (1 = top left, row by row)")
        )
        self.rows: dict[str, QWidget] = {
            "meeting_id": self.meeting,
            "project_id": self.project,
            "year": self.year,
            "group_by": self.group_by,
            "status": self.status,
            "focus": self.focus,
            "landscape": self.landscape,
            "phone": self.phone,
            "blank_rows": self.blank_rows,
            "start_label": self.start_label,
        }
        labels = {
            "meeting_id": self.tr("Meeting"),
            "project_id": self.tr("Project"),
            "year": self.tr("Year"),
            "group_by": self.tr("Group"),
            "status": self.tr("Status"),
            "focus": self.tr("Focus area"),
            "landscape": self.tr("Page"),
            "phone": self.tr("Columns"),
            "blank_rows": self.tr("Blank rows for walk-ins"),
            "start_label": self.tr("Start at label"),
        }
        for key, widget in self.rows.items():
            self.form.addRow(labels[key], widget)
        # every report can be printed in English: always shown, not one of ``rows``
        self.language = LanguageChoice(self)
        self.form.addRow(self.tr("Printout language"), self.language)

    def reload_choices(self) -> None:
        """Meetings, projects and years from the file (kept selection where possible)."""
        with self.database.read() as session:
            meetings = reporting.meeting_choices(session)
            projects = reporting.project_choices(session)
            years = reporting.years_with_data(session, date.today())
        self._fill(self.meeting, [(mid, text) for mid, text in meetings])
        self._fill(self.project, [(None, self.tr("all projects")), *projects])
        self._fill(self.year, [(year, str(year)) for year in years])
        self._stale = False

    @staticmethod
    def _fill(combo: QComboBox, entries: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in entries:
            combo.addItem(text, data)
        index = combo.findData(current)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def _on_change(self, tables: set[str]) -> None:
        if tables & RELOAD_TABLES:
            self._stale = True
            if self.isVisible():
                self.reload_choices()

    def ensure_loaded(self) -> None:
        """Read the choices now if they are not current (the window prefetches its views)."""
        if self._stale:
            self.reload_choices()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        self.ensure_loaded()
        super().showEvent(event)

    def current_report(self) -> ReportKind:
        item = self.list.currentItem()
        report_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else "partner-list"
        return REPORTS[str(report_id)]

    def select_report(self, report_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == report_id:
                self.list.setCurrentRow(row)
                return
        raise KeyError(report_id)

    def _report_changed(self, _row: int) -> None:
        report = self.current_report()
        self.title.setText(report.title)
        self.description.setText(shown(report.description))
        current = self.status.currentData()
        self.status.clear()
        self.status.addItem(self.tr("all"), None)
        for status in report.statuses:
            self.status.addItem(shown_value(status), status)
        index = self.status.findData(current)
        self.status.setCurrentIndex(max(0, index))
        for key, widget in self.rows.items():
            visible = key in report.options
            widget.setVisible(visible)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(visible)

    def options(self) -> ReportOptions:
        if self._stale:
            self.reload_choices()
        return ReportOptions(
            today=date.today(),
            meeting_id=self.meeting.currentData(),
            project_id=self.project.currentData(),
            year=self.year.currentData(),
            group_by=str(self.group_by.currentData()),
            status=self.status.currentData(),
            focus=self.focus.currentData(),
            landscape=self.landscape.isChecked(),
            blank_rows=self.blank_rows.value(),
            start_label=self.start_label.value(),
            phone=self.phone.isChecked(),
            language=self.language.language(),
        )

    def open_preview(self) -> ReportPreview | None:
        report = self.current_report()
        options = self.options()
        if report.id == "attendance" and options.meeting_id is None:
            QMessageBox.information(
                self, report.title, self.tr("There is no meeting yet to print a list for.")
            )
            return None
        hint = ""
        if report.id == "attendance":
            hint = self.meeting.currentText()
        elif report.id == "annual-report":
            hint = str(options.year or "")
        preview = show_preview(
            self.database, report.id, options, self, hint, modal=self.modal_previews
        )
        if preview is not None:
            self.preview_opened.emit(preview)
        return preview
