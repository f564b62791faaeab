"""The import wizard: file and sheet, column mapping, preview with per-row choices, confirmation,
summary with "Fehlerliste speichern…". Reading, checks and storing happen in ``nfg_desktop.io``."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from nfg_desktop.domain.choices import ChoiceList
from nfg_desktop.domain.errors import DomainError, os_error_text
from nfg_desktop.gui.language.messages import error_text, shown
from nfg_desktop.gui.transfer.preview_model import (
    COL_ACTION,
    COL_NAME,
    COL_REASON,
    COL_ROW,
    COL_STATUS,
    ActionDelegate,
    PreviewModel,
)
from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.folders import path_from_text
from nfg_desktop.gui.widgets.mnemonics import assign_window
from nfg_desktop.io import cells
from nfg_desktop.io.importing import (
    ACTION_LABELS,
    Action,
    ImportPlan,
    ImportSummary,
    RowStatus,
    execute,
    prepare,
)
from nfg_desktop.io.kinds import FileKind, file_kinds, remember_kinds
from nfg_desktop.io.mapping import (
    PARTNERS,
    VOLUNTEERS,
    Mapping,
    field_specs,
    mapping_for,
    remember_mapping,
)
from nfg_desktop.io.readers import Table, read_table, sheet_names
from nfg_desktop.io.safety import backup_before_import
from nfg_desktop.services.common import choice_options
from nfg_desktop.store.database import Database

log = logging.getLogger(__name__)

FILE_FILTER_KEYS = "*.xlsx *.xlsm *.csv *.txt"
PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_CONFIRM, PAGE_SUMMARY = range(5)
PAGE_KINDS = 5  # between mapping and preview, only when the file names unknown partner kinds


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor while a large file is read, checked or stored."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class ImportWizard(QWizard):
    """Import partners or volunteers from an Excel or CSV file, in one transaction."""

    def __init__(
        self,
        database: Database,
        parent: QWidget | None = None,
        kind: str = PARTNERS,
        path: Path | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.database = database
        self.today = today
        self.table: Table | None = None
        self.mapping: Mapping = []
        self.plan: ImportPlan | None = None
        self.summary: ImportSummary | None = None
        self.backup: Path | None = None
        self.file_kinds: list[FileKind] = []  # unknown partner kinds of the file
        self.kind_choices: dict[str, str] = {}  # kind in the file -> known kind ("" = keep)
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.file_page = FilePage(self, kind, path)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.confirm_page = ConfirmPage(self)
        self.summary_page = SummaryPage(self)
        self.kinds_page = KindsPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_MAPPING, self.mapping_page)
        self.setPage(PAGE_PREVIEW, self.preview_page)
        self.setPage(PAGE_CONFIRM, self.confirm_page)
        self.setPage(PAGE_SUMMARY, self.summary_page)
        self.setPage(PAGE_KINDS, self.kinds_page)
        self.resize(980, 640)

    @property
    def kind(self) -> str:
        return self.file_page.kind()

    def build_plan(self, default_action: Action) -> ImportPlan:
        assert self.table is not None
        with self.database.read() as session:
            return prepare(
                session,
                self.kind,
                self.table,
                self.mapping,
                self.today,
                default_action,
                kinds=self.kind_choices,
            )

    def run_import(self) -> ImportSummary:
        """Backup, then everything confirmed in one transaction (or nothing)."""
        assert self.plan is not None and self.table is not None
        self.backup = backup_before_import(
            self.database, f"vor dem Import aus {self.file_page.path().name}"
        )
        with busy(), self.database.write() as session:
            remember_mapping(session, self.kind, self.table.headers, self.mapping)
            if self.kind_choices:
                remember_kinds(session, self.kind_choices)
            summary = execute(session, self.plan, self.today)
        self.summary = summary
        return summary


# --- page 1: file, kind and sheet ------------------------------------------------------------


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, kind: str, path: Path | None) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("filePage")
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "An Excel workbook (.xlsx) or a CSV file as Excel saves it. Nothing is stored "
                "before you confirm the import."
            )
        )
        # made with their parent first, so that Tab goes top to bottom (kind, file, sheet)
        self.partners_radio = QRadioButton(
            self.tr("Partner organisations (with contact person)"), self
        )
        self.volunteers_radio = QRadioButton(self.tr("Volunteers"), self)
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.partners_radio)
        self.kind_group.addButton(self.volunteers_radio)
        (self.volunteers_radio if kind == VOLUNTEERS else self.partners_radio).setChecked(True)
        self.path_edit = QLineEdit(self)
        self.path_edit.setObjectName("pathEdit")
        self.path_edit.setAccessibleName(self.tr("File"))
        self.path_edit.setPlaceholderText(self.tr("Path of the file"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_label = QLabel(self.tr("Sheet:"), self)
        self.message = QLabel(self)
        self.message.setObjectName("fileMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(colours.error_style())

        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        kinds = QVBoxLayout()
        kinds.addWidget(self.partners_radio)
        kinds.addWidget(self.volunteers_radio)
        form = QFormLayout(self)
        form.addRow(self.tr("What is imported:"), kinds)
        form.addRow(self.tr("File:"), path_row)
        form.addRow(self.sheet_label, self.sheet_combo)
        # A row of several widgets: its label names (and Alt+letter reaches) the first one.
        for row, first in ((kinds, self.partners_radio), (path_row, self.path_edit)):
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(first)
        form.addRow(self.message)
        self.path_edit.editingFinished.connect(self.update_sheets)
        self.path_edit.textChanged.connect(self.completeChanged)
        if path is not None:
            self.path_edit.setText(str(path))
        self.update_sheets()
        # Alt+letter for every label (after all texts are set), beside the wizard's buttons
        assign_window(wizard)

    def kind(self) -> str:
        return VOLUNTEERS if self.volunteers_radio.isChecked() else PARTNERS

    def path(self) -> Path:
        return path_from_text(self.path_edit.text())

    def browse(self) -> None:
        start = self.path_edit.text() or str(Path.home())
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the file to import"),
            start,
            self.tr("Excel and CSV files (%1);;All files (*)").replace("%1", FILE_FILTER_KEYS),
        )
        if chosen:
            self.path_edit.setText(chosen)
            self.update_sheets()

    def update_sheets(self) -> None:
        self.sheet_combo.clear()
        names: list[str] = []
        if self.path_edit.text().strip():
            try:
                names = sheet_names(self.path())
            except (DomainError, OSError):
                names = []
        self.sheet_combo.addItems(names)
        self.sheet_combo.setVisible(bool(names))
        self.sheet_label.setVisible(bool(names))

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip())

    def _other_sheets_hint(self) -> str:
        """A workbook often has a cover sheet first: point at the other sheets."""
        if self.sheet_combo.count() < 2:
            return ""
        others = [
            self.sheet_combo.itemText(i)
            for i in range(self.sheet_combo.count())
            if i != self.sheet_combo.currentIndex()
        ]
        return " " + self.tr("Choose another sheet above: %1.").replace(
            "%1", ", ".join(f"„{name}“" for name in others)
        )

    def validatePage(self) -> bool:
        sheet = self.sheet_combo.currentText() or None
        try:
            with busy():
                table = read_table(self.path(), sheet)
        except DomainError as error:
            self.message.setText(error_text(error) + self._other_sheets_hint())
            return False
        if not table.rows:
            self.message.setText(
                self.tr("The table has headers but no rows.") + self._other_sheets_hint()
            )
            return False
        self.message.clear()
        self.wizard_.table = table
        return True


# --- page 2: which column holds what ---------------------------------------------------------


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("mappingPage")
        self.setTitle(self.tr("Assign the columns"))
        # every page has a subtitle: the wizard then shows the same header on each of them
        self.setSubTitle(
            self.tr(
                "Which column of the file holds what? Columns set to „(not imported)“ are left out."
            )
        )
        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.grid = QTableWidget(0, 3, self)
        self.grid.setObjectName("mappingTable")
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Imported as")]
        )
        self.grid.verticalHeader().hide()
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(colours.error_style())
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.message)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self.wizard_.table
        assert table is not None
        kind = self.wizard_.kind
        with self.wizard_.database.read() as session:
            mapping, remembered = mapping_for(session, kind, table.headers)
        if remembered:
            self.info.setText(
                self.tr(
                    "Read: %1. The assignment you chose last time for these headers is set; "
                    "correct it where needed."
                ).replace("%1", table.source)
            )
        else:
            self.info.setText(
                self.tr(
                    "Read: %1. The columns were assigned from their headers; correct the "
                    "assignment where needed. It is remembered for files with the same headers."
                ).replace("%1", table.source)
            )
        self.grid.setRowCount(len(table.headers))
        self.combos = []
        specs = field_specs(kind)
        for column, header in enumerate(table.headers):
            self.grid.setItem(column, 0, QTableWidgetItem(header))
            example = next(
                (
                    cells.multiline(row[column])
                    for row in table.rows
                    if not cells.is_empty(row[column])
                ),
                "",
            )
            self.grid.setItem(column, 1, QTableWidgetItem(example.replace("\n", " ⏎ ")[:80]))
            combo = QComboBox(self.grid)
            combo.addItem(self.tr("(not imported)"), "")
            for spec in specs:
                combo.addItem(spec.label, spec.key)
            combo.setCurrentIndex(max(0, combo.findData(mapping[column])))
            combo.currentIndexChanged.connect(self.completeChanged)
            self.grid.setCellWidget(column, 2, combo)
            self.combos.append(combo)
        self.message.clear()

    def current_mapping(self) -> Mapping:
        return [str(combo.currentData() or "") for combo in self.combos]

    def set_field(self, column: int, key: str) -> None:
        self.combos[column].setCurrentIndex(max(0, self.combos[column].findData(key)))

    def validatePage(self) -> bool:
        mapping = self.current_mapping()
        used = [key for key in mapping if key]
        if not used:
            self.message.setText(self.tr("Assign at least one column."))
            return False
        twice = sorted({key for key in used if used.count(key) > 1})
        if twice:
            labels = {spec.key: spec.label for spec in field_specs(self.wizard_.kind)}
            self.message.setText(
                self.tr("Each field can only come from one column: %1").replace(
                    "%1", ", ".join(labels[key] for key in twice)
                )
            )
            return False
        self.wizard_.mapping = mapping
        self.wizard_.file_kinds = []
        self.wizard_.kind_choices = {}
        if self.wizard_.kind == PARTNERS and self.wizard_.table is not None:
            with self.wizard_.database.read() as session:
                self.wizard_.file_kinds = file_kinds(session, self.wizard_.table, mapping)
        return True

    def nextId(self) -> int:
        return PAGE_KINDS if self.wizard_.file_kinds else PAGE_PREVIEW


# --- page 2b: partner kinds of the file ---------------------------------------------------------


class KindsPage(QWizardPage):
    """Kinds the file names that the program does not know: map each to a known kind or keep
    it as a new kind. Remembered in the data file for later imports."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("kindsPage")
        self.setTitle(self.tr("Assign the kinds"))
        self.setSubTitle(
            self.tr(
                "These kinds of organisation are not known yet. Assign each to a known kind, or "
                "keep it as a new kind. The choice is remembered for later imports."
            )
        )
        self.grid = QTableWidget(0, 3, self)
        self.grid.setObjectName("kindsTable")
        self.grid.setHorizontalHeaderLabels(
            [self.tr("Kind in the file"), self.tr("Rows"), self.tr("Imported as")]
        )
        self.grid.verticalHeader().hide()
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        found = self.wizard_.file_kinds
        with self.wizard_.database.read() as session:
            known = choice_options(session, ChoiceList.PARTNER_KIND)
        self.grid.setRowCount(len(found))
        self.combos = []
        for row, item in enumerate(found):
            self.grid.setItem(row, 0, QTableWidgetItem(item.text))
            count = QTableWidgetItem(str(item.rows))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(row, 1, count)
            combo = QComboBox(self.grid)
            combo.setAccessibleName(self.tr("Kind for „%1“").replace("%1", item.text))
            combo.addItem(self.tr("keep as a new kind"), "")
            for option in known:
                combo.addItem(option, option)
            combo.setCurrentIndex(max(0, combo.findData(item.target)))
            self.grid.setCellWidget(row, 2, combo)
            self.combos.append(combo)

    def set_kind(self, row: int, kind: str) -> None:
        self.combos[row].setCurrentIndex(max(0, self.combos[row].findData(kind)))

    def validatePage(self) -> bool:
        self.wizard_.kind_choices = {
            item.text: str(combo.currentData() or "")
            for item, combo in zip(self.wizard_.file_kinds, self.combos, strict=True)
        }
        return True

    def nextId(self) -> int:
        return PAGE_PREVIEW


# --- page 3: preview ---------------------------------------------------------------------------


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("previewPage")
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr(
                "Every row is checked like the form. Invalid rows are not imported; for "
                "duplicates choose what happens, for all or row by row (double-click)."
            )
        )
        self.counts = QLabel(self)
        self.counts.setObjectName("previewCounts")
        self.all_combo = QComboBox(self)
        self.all_combo.setObjectName("allDuplicatesCombo")
        for action in Action:
            self.all_combo.addItem(shown(ACTION_LABELS[action]), action.value)
        self.all_combo.currentIndexChanged.connect(self._default_changed)
        self.model = PreviewModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("previewTable")
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(COL_ACTION, ActionDelegate(self.view))
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.view.setColumnWidth(COL_ROW, 60)
        self.view.setColumnWidth(COL_STATUS, 120)
        self.view.setColumnWidth(COL_NAME, 240)
        self.view.setColumnWidth(COL_ACTION, 170)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(self.tr("Duplicates, for all:"), self))
        top.addWidget(self.all_combo)
        # the reason column is cut off for long reasons: the chosen row's reason in full
        self.detail = QLabel(self.tr("Click a row to read its whole reason here."), self)
        self.detail.setObjectName("previewDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.selectionModel().currentRowChanged.connect(self._show_detail)
        self.model.dataChanged.connect(self._show_detail)
        self.all_invalid = QLabel(
            self.tr(
                "No row can be imported. Check on the previous page (< Back) which column holds "
                "the name."
            ),
            self,
        )
        self.all_invalid.setObjectName("previewAllInvalid")
        self.all_invalid.setWordWrap(True)
        self.all_invalid.setStyleSheet(colours.error_style())
        self.all_invalid.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.all_invalid)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.detail)

    def default_action(self) -> Action:
        return Action(self.all_combo.currentData())

    def initializePage(self) -> None:
        self.wizard_.plan = self.wizard_.build_plan(self.default_action())
        self.model.set_plan(self.wizard_.plan)
        self.detail.setText(self.tr("Click a row to read its whole reason here."))
        self.update_counts()

    def _default_changed(self) -> None:
        plan = self.wizard_.plan
        if plan is None:
            return
        plan.default_action = self.default_action()
        self.model.refresh()
        self.update_counts()

    def _show_detail(self, *_args: object) -> None:
        current = self.view.currentIndex()
        if not current.isValid():
            return
        number = self.model.index(current.row(), COL_ROW).data()
        reason = self.model.index(current.row(), COL_REASON).data() or self.tr("no remarks")
        self.detail.setText(
            self.tr("Row %1: %2").replace("%1", str(number)).replace("%2", str(reason))
        )

    def set_row_action(self, row: int, action: Action) -> bool:
        return self.model.setData(self.model.index(row, COL_ACTION), action.value)

    def update_counts(self) -> None:
        plan = self.wizard_.plan
        if plan is None:
            return
        counts = plan.counts()
        self.counts.setText(
            # "label: number", so that 1 reads right as well ("1 Duplikate" did not)
            self.tr("Rows: %1 · new: %2 · updates: %3 · duplicates: %4 · invalid: %5")
            .replace("%1", str(len(plan.rows)))
            .replace("%2", str(counts[RowStatus.NEW]))
            .replace("%3", str(counts[RowStatus.UPDATE]))
            .replace("%4", str(counts[RowStatus.DUPLICATE]))
            .replace("%5", str(counts[RowStatus.INVALID]))
        )
        # every row invalid: most likely a column is assigned wrongly or not at all
        self.all_invalid.setVisible(bool(plan.rows) and counts[RowStatus.INVALID] == len(plan.rows))
        self.model.dataChanged.connect(self._row_changed, Qt.ConnectionType.UniqueConnection)

    def _row_changed(self, *_args: object) -> None:
        self.update_counts()


# --- page 4: confirm ---------------------------------------------------------------------------


class ConfirmPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("confirmPage")
        self.setTitle(self.tr("Confirm the import"))
        self.setSubTitle(self.tr("Nothing has been stored yet."))
        self.setCommitPage(True)
        self.text = QLabel(self)
        self.text.setObjectName("confirmText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(colours.error_style())
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        layout.addWidget(self.message)
        self.nothing = False

    def isComplete(self) -> bool:
        return not self.nothing

    def initializePage(self) -> None:
        plan = self.wizard_.plan
        assert plan is not None
        counts = plan.counts()
        # nothing new and nothing to update: there is nothing to confirm
        self.nothing = counts[RowStatus.NEW] + counts[RowStatus.UPDATE] == 0
        self.completeChanged.emit()
        if self.nothing:
            self.text.setText(
                self.tr(
                    "There is nothing to import from „%1“: of its %2 rows none is new or an "
                    "update (invalid rows and skipped duplicates are not stored). Go back to "
                    "choose what happens with the duplicates, or cancel."
                )
                .replace("%1", self.wizard_.file_page.path().name)
                .replace("%2", str(len(plan.rows)))
            )
            self.message.clear()
            return
        lines = [
            self.tr("From „%1“:").replace("%1", self.wizard_.file_page.path().name),
            self.tr("• created: %1").replace("%1", str(counts[RowStatus.NEW])),
            self.tr("• updated: %1").replace("%1", str(counts[RowStatus.UPDATE])),
            self.tr("• skipped as duplicates: %1").replace("%1", str(counts[RowStatus.DUPLICATE])),
            self.tr("• invalid rows, not imported: %1").replace(
                "%1", str(counts[RowStatus.INVALID])
            ),
            "",
            self.tr(
                "Before the import a backup copy of the data file is made. Everything is stored "
                "in one step: if anything goes wrong, nothing is changed."
            ),
        ]
        self.text.setText("\n".join(lines))
        self.message.clear()

    def validatePage(self) -> bool:
        try:
            self.wizard_.run_import()
        except DomainError as error:
            self.message.setText(
                self.tr("Nothing was imported: %1").replace("%1", error_text(error))
            )
            return False
        except Exception:
            log.exception("Import fehlgeschlagen")
            self.message.setText(
                self.tr("Nothing was imported: an unexpected error occurred (see the log file).")
            )
            return False
        return True


# --- page 5: summary ---------------------------------------------------------------------------


class SummaryPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setObjectName("summaryPage")
        self.setTitle(self.tr("Import finished"))
        self.setSubTitle(self.tr("What was stored, and why rows were left out."))
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("summaryText")
        self.text.setReadOnly(True)
        self.save_button = QPushButton(self.tr("Save error list…"), self)
        self.save_button.setObjectName("saveErrorsButton")
        self.save_button.clicked.connect(self.choose_error_file)
        self.saved = QLabel(self)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.saved, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)

    def initializePage(self) -> None:
        summary = self.wizard_.summary
        assert summary is not None
        text = summary.text()
        if self.wizard_.backup is not None:
            text += "\n\n" + self.tr("Backup before the import: %1").replace(
                "%1", str(self.wizard_.backup)
            )
        self.text.setPlainText(text)
        self.save_button.setEnabled(bool(summary.lines))

    def nextId(self) -> int:
        return -1  # the last page (the kinds page has a higher id)

    def choose_error_file(self) -> None:
        start = self.wizard_.file_page.path().with_name(
            self.wizard_.file_page.path().stem + "-Fehlerliste.csv"
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save error list"),
            str(start),
            self.tr("CSV file (*.csv)"),
        )
        if chosen:
            self.save_errors(Path(chosen))

    def save_errors(self, path: Path) -> None:
        assert self.wizard_.summary is not None
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        try:
            self.wizard_.summary.write_error_csv(path)
        except OSError as error:
            self.saved.setText(
                self.tr("Could not save: %1").replace("%1", shown(os_error_text(error)))
            )
            return
        self.saved.setText(self.tr("Saved: %1").replace("%1", str(path)))
