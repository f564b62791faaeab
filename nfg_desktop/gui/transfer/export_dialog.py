"""The export dialog: which list, the whole list or the current selection/filter, which format,
which file. Writing happens in ``nfg_desktop.io.exporting``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui.language.messages import error_text
from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.folders import documents_folder, path_from_text
from nfg_desktop.gui.widgets.mnemonics import assign_window
from nfg_desktop.io.exporting import EXPORT_KINDS, FORMATS_OF_KIND, export
from nfg_desktop.store.database import Database

# The list view kind whose selection/filter ids an export kind takes.
SELECTION_KIND = {
    "partners": "partner",
    "contacts": "partner",
    "volunteers": "volunteer",
    "projects": "project",
    "meetings": "meeting",
}
SCOPE_ALL, SCOPE_SELECTED, SCOPE_VISIBLE = "all", "selected", "visible"


class ExportDialog(QDialog):
    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        kind: str = "partners",
        list_kind: str | None = None,
        selected_ids: list[int] | None = None,
        visible_ids: list[int] | None = None,
        folder: Path | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.database = database
        self.list_kind = list_kind
        self.selected = list(selected_ids or [])
        self.visible = list(visible_ids) if visible_ids is not None else None
        self.folder = folder or documents_folder()
        self.today = today
        self.written: Path | None = None
        self.replace_confirmed: Path | None = None
        self.count = 0
        self.setWindowTitle(self.tr("Export"))

        titles = {
            "partners": self.tr("Partner organisations"),
            "contacts": self.tr("Contact persons"),
            "volunteers": self.tr("Volunteers"),
            "projects": self.tr("Projects"),
            "hours": self.tr("Hours"),
            "meetings": self.tr("Meetings"),
        }
        self.format_titles = {
            ".xlsx": self.tr("Excel workbook (.xlsx)"),
            ".csv": self.tr("CSV for Excel (.csv, semicolon, UTF-8)"),
            ".vcf": self.tr("Address cards (.vcf, vCard)"),
            ".ics": self.tr("Calendar (.ics, iCalendar for Outlook)"),
        }
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("kindCombo")
        for key in EXPORT_KINDS:
            self.kind_combo.addItem(titles[key], key)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))

        self.all_radio = QRadioButton(self)
        self.selected_radio = QRadioButton(self)
        self.visible_radio = QRadioButton(self)
        self.scope_group = QButtonGroup(self)
        for button in (self.all_radio, self.selected_radio, self.visible_radio):
            self.scope_group.addButton(button)
        scope = QVBoxLayout()
        scope.addWidget(self.all_radio)
        scope.addWidget(self.selected_radio)
        scope.addWidget(self.visible_radio)

        self.format_combo = QComboBox(self)
        self.format_combo.setObjectName("formatCombo")
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.note = QLabel(
            self.tr(
                "Contact data of volunteers and contact persons is only exported where their "
                "consent covers it."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("exportMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(colours.error_style())

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("List:"), self.kind_combo)
        form.addRow(self.tr("Which entries:"), scope)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("File:"), path_row)
        # A row of several widgets: its label names (and Alt+letter reaches) the first one.
        for row, first in ((scope, self.all_radio), (path_row, self.path_edit)):
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(first)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._kind_changed()
        self.resize(560, self.sizeHint().height())
        # Alt+letter for every label (after all texts are set)
        assign_window(self)

    # --- state -------------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def suffix(self) -> str:
        return str(self.format_combo.currentData())

    def _selection_applies(self) -> bool:
        return self.list_kind is not None and SELECTION_KIND.get(self.kind()) == self.list_kind

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        for suffix in FORMATS_OF_KIND[kind]:
            self.format_combo.addItem(self.format_titles[suffix], suffix)
        self.format_combo.blockSignals(False)
        applies = self._selection_applies()
        self.all_radio.setText(self.tr("The whole list"))
        visible = len(self.visible) if self.visible is not None else 0
        if kind == "contacts":  # chosen in the partner list: the count is one of partners
            selected_text = self.tr("The contact persons of the selected partners (%1)")
            visible_text = self.tr("The contact persons of the partners shown (%1)")
        else:
            selected_text = self.tr("The selected entries (%1)")
            visible_text = self.tr("The entries shown with the current search and filter (%1)")
        self.selected_radio.setText(selected_text.replace("%1", str(len(self.selected))))
        self.visible_radio.setText(visible_text.replace("%1", str(visible)))
        self.selected_radio.setEnabled(applies and bool(self.selected))
        self.visible_radio.setEnabled(applies and self.visible is not None)
        if applies and len(self.selected) > 1:
            self.selected_radio.setChecked(True)
        elif applies and self.visible is not None and not self.all_radio.isChecked():
            self.visible_radio.setChecked(True)
        else:
            self.all_radio.setChecked(True)
        current = self.path_edit.text().strip()
        if current:  # a new list gets a new name, in the same folder
            self.folder = path_from_text(current).parent
            self.path_edit.clear()
        self._format_changed()

    def _format_changed(self) -> None:
        current = self.path_edit.text().strip()
        folder = path_from_text(current).parent if current else self.folder
        name = self.kind_combo.currentText().replace(" ", "_")
        stem = path_from_text(current).stem if current else f"{name}_{date.today():%Y-%m-%d}"
        self.path_edit.setText(str(folder / f"{stem}{self.suffix()}"))

    def scope(self) -> str:
        if self.selected_radio.isChecked() and self.selected_radio.isEnabled():
            return SCOPE_SELECTED
        if self.visible_radio.isChecked() and self.visible_radio.isEnabled():
            return SCOPE_VISIBLE
        return SCOPE_ALL

    def ids(self) -> list[int] | None:
        scope = self.scope()
        if scope == SCOPE_SELECTED:
            return list(self.selected)
        if scope == SCOPE_VISIBLE:
            return list(self.visible or [])
        return None

    def browse(self) -> None:
        suffix = self.suffix()
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export to"),
            self.path_edit.text(),
            f"{self.format_titles[suffix]} (*{suffix})",
        )
        if chosen:
            self.path_edit.setText(chosen)
            # the file dialog has already asked whether to replace an existing file
            self.replace_confirmed = self.target()

    # --- doing it ----------------------------------------------------------------------------

    def target(self) -> Path:
        path = path_from_text(self.path_edit.text())
        if path.suffix.lower() != self.suffix():
            path = path.with_name(path.name + self.suffix())
        return path

    def run_export(self) -> None:
        if not self.path_edit.text().strip():
            self.message.setText(self.tr("Choose a file to export to."))
            return
        path = self.target()
        if path.is_file() and path != self.replace_confirmed and not self.ask_replace(path):
            return
        try:
            with self.database.read() as session:
                self.count = export(session, self.kind(), path, self.ids(), self.today)
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        self.written = path
        self.accept()

    def ask_replace(self, path: Path) -> bool:
        """The suggested name carries only the day: a second export that day must not silently
        replace the first (or a file the user has since edited)."""
        answer = QMessageBox.question(
            self,
            self.tr("Export"),
            self.tr("„%1“ already exists in this folder. Replace it?").replace("%1", path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
