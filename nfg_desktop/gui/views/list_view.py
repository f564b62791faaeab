"""One list of the window (partners, projects, volunteers, meetings, trainings) with its details.

Above the table: the search field (filters as you type across the visible text and tags), the
filters of the list (status, kind, focus area), the row count and the list's buttons. Beside it:
the details pane with the record's form. Rows are loaded up front through
``nfg_desktop.services.rows`` into the list's one model, ``RecordTableModel``, which sorts and
filters them and which the table shows.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.domain.choices import (
    FocusArea,
    MeetingKind,
    PartnerKind,
    PartnerStatus,
    ProjectKind,
    ProjectStatus,
    VolunteerStatus,
)
from nfg_desktop.domain.clearance import ClearanceState
from nfg_desktop.domain.collation import german_sorted
from nfg_desktop.domain.fields import LISTS, FieldKind
from nfg_desktop.gui.language.messages import shown_value
from nfg_desktop.gui.models.record_table import RecordTableModel
from nfg_desktop.gui.views import VIEW_KINDS
from nfg_desktop.gui.widgets.accessible import describe
from nfg_desktop.gui.widgets.background import BackgroundReader
from nfg_desktop.gui.widgets.details_pane import DetailsPane
from nfg_desktop.gui.widgets.flow_layout import flow_row
from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.gui.widgets.record_table_view import RecordTableView
from nfg_desktop.services import rows as list_rows
from nfg_desktop.store.database import Database

# kind -> (status options, kind options, focus options); empty tuple: no such filter
FILTERS: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "partner": (tuple(PartnerStatus), tuple(PartnerKind), tuple(FocusArea)),
    "project": (tuple(ProjectStatus), tuple(ProjectKind), tuple(FocusArea)),
    "volunteer": (tuple(VolunteerStatus), tuple(ClearanceState), ()),
    "meeting": ((), tuple(MeetingKind), ()),
    "training": ((), (), tuple(FocusArea)),
}

# Initial sort column of each list (dates newest first).
DEFAULT_SORT: dict[str, tuple[int, Qt.SortOrder]] = {
    "partner": (0, Qt.SortOrder.AscendingOrder),
    "project": (0, Qt.SortOrder.AscendingOrder),
    "volunteer": (0, Qt.SortOrder.AscendingOrder),
    "meeting": (0, Qt.SortOrder.DescendingOrder),
    "training": (0, Qt.SortOrder.DescendingOrder),
}


# A list narrower than this shows too little of its rows beside a form: the form goes below.
# Computed columns that show fixed values (besides the declared choice fields).
VALUE_COLUMNS = frozenset({"focus", "clearance"})
READABLE_LIST_WIDTH = 350


class ListView(QWidget):
    """A searchable, sortable, filterable list of one kind of record with its details pane."""

    selection_changed = Signal()
    editor_created = Signal(str, object)
    count_changed = Signal(int, int)
    loaded = Signal()

    def __init__(
        self,
        name: str,
        database: Database,
        parent: QWidget | None = None,
        reader: BackgroundReader | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self.kind = VIEW_KINDS[name]
        self.database = database
        self.reader = reader if reader is not None else BackgroundReader(database, self)
        self.setObjectName(f"{name}View")
        self._stale = True
        self.loading = False
        self._generation = 0
        self._reveal_pending: int | None = None
        self._read_only = False
        self._list_actions: list[QAction] = []
        self._locale = QLocale(QLocale.Language.German, QLocale.Country.Germany)

        # The rows, sorted and filtered: what the table shows.
        entity = LISTS[self.kind]
        self.model = RecordTableModel(
            [self.tr(column.title) for column in entity.columns],
            self,
            value_columns=frozenset(
                at
                for at, column in enumerate(entity.columns)
                if (column.field and entity.field(column.field).kind == FieldKind.CHOICE)
                or column.key in VALUE_COLUMNS
            ),
        )

        self._build()
        self.database.on_change(self._on_database_change)

    # --- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        bar = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (Ctrl+F)…"))
        self.search.setAccessibleName(self.tr("Search in the list"))
        self.search.setMinimumWidth(140)
        self.search.textChanged.connect(self.model.set_search)
        self.search.textChanged.connect(self._after_filter)
        bar.addWidget(self.search, 1)

        statuses, kinds, focuses = FILTERS[self.kind]
        self.status_filter = self._filter_combo(
            "statusFilter", self.tr("All states"), statuses, self.tr("Filter by status")
        )
        kind_all = self.tr("All kinds")
        kind_name = self.tr("Filter by kind")
        if self.kind == "volunteer":
            kind_all = self.tr("Any police clearance")
            kind_name = self.tr("Filter by police clearance")
        self.kind_filter = self._filter_combo("kindFilter", kind_all, kinds, kind_name)
        self.focus_filter = self._filter_combo(
            "focusFilter", self.tr("All focus areas"), focuses, self.tr("Filter by focus area")
        )
        # The filters and "New" wrap onto a second line in a narrow window (1366 x 768 at
        # 200 %); the search field keeps the rest of the line.
        filters = QHBoxLayout()
        filters.setObjectName("filterRow")
        for combo in (self.status_filter, self.kind_filter, self.focus_filter):
            if combo.count() > 1:
                filters.addWidget(combo)
            else:
                combo.hide()
        # The declared filters (e.g. Ortsteil): offered values are those in the list.
        self.declared_filters = [
            self._filter_combo(
                f"{column.key}Filter",
                self.tr(column.filter_all),
                (),
                self.tr("Filter by %1").replace("%1", self.tr(column.title)),
            )
            for column in LISTS[self.kind].filters()
        ]
        for combo in self.declared_filters:
            filters.addWidget(combo)

        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setObjectName("newButton")
        self.new_button.setToolTip(self.tr("Create a new entry (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        filters.addWidget(self.new_button)
        bar.addLayout(filters)
        layout.addLayout(bar)
        flow_row(filters)
        # Second row: the count, and the actions other areas add (export, print, ...).
        second = QHBoxLayout()
        second.addWidget(self.count_label)
        second.addStretch(1)
        self._action_bar = QHBoxLayout()
        second.addLayout(self._action_bar)
        layout.addLayout(second)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName(f"{self.name}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.table = RecordTableView(self.splitter)
        self.table.setObjectName("recordTable")
        self.table.setAccessibleName(self.tr("List"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        vertical = self.table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(False)
        # A selected row would mark every heading as selected: in Windows' classic drawing of a
        # high-contrast theme that is a dotted pattern behind the headings' text.
        header.setHighlightSections(False)
        column, order = DEFAULT_SORT[self.kind]
        header.setSortIndicator(column, order)
        self.table.setSortingEnabled(True)
        self._set_default_widths()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.selectionModel().selectionChanged.connect(
            lambda *_args: self.selection_changed.emit()
        )

        self.delete_action = QAction(self.tr("Delete…"), self.table)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_current)
        self.table.addAction(self.delete_action)

        self.details = DetailsPane(self.kind, self.database, self.splitter)
        self.details.editor_created.connect(self._editor_created)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([620, 460])
        layout.addWidget(self.splitter, 1)
        self._current_id: int | None = None
        self._syncing = False

    def _filter_combo(
        self, object_name: str, all_text: str, options: tuple[str, ...], name: str
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(object_name)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(all_text, "")
        for option in options:
            combo.addItem(shown_value(str(option)), str(option))
        # Narrow (long kinds such as "Mehrgenerationenhaus/Familienzentrum" are elided); the
        # popup still shows them in full.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(min(len(all_text), 15))
        combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def _fill_declared_filters(self, loaded: list[list_rows.ListRow]) -> None:
        """Offer the values the rows hold; a chosen value stays chosen."""
        for at, combo in enumerate(self.declared_filters):
            chosen = combo.currentData() or ""
            values = german_sorted({row.filters[at] for row in loaded if row.filters[at]}, str)
            if chosen and chosen not in values:
                values = german_sorted([*values, chosen], str)
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen else 0)
            combo.blockSignals(False)

    def _set_default_widths(self) -> None:
        for index, column in enumerate(LISTS[self.kind].columns):
            self.table.setColumnWidth(index, column.width)

    # --- data -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Load the rows again in the background; search, filters, sort and the selected record
        stay. The rows shown so far stay until the new ones arrive."""
        self._generation += 1
        generation = self._generation
        kind = self.kind
        self._stale = False
        self.loading = True
        if self.model.total() == 0:
            self.count_label.setText(self.tr("Loading…"))
        self.reader.submit(
            lambda session: list_rows.load_rows(session, kind),
            lambda rows: self._rows_loaded(generation, rows),
            lambda _error: self._load_failed(generation),
        )

    def _rows_loaded(self, generation: int, loaded: list[list_rows.ListRow]) -> None:
        if generation != self._generation:
            return  # a newer reload is under way
        keep = self._current_id
        self.model.set_rows(loaded)
        self._fill_declared_filters(loaded)
        self.loading = False
        self._update_count()
        if self._reveal_pending is not None and self._reveal_pending == keep:
            self._reveal(keep)
        elif keep is not None:
            self._select_id(keep, notify=False)
        self._reveal_pending = None
        self.loaded.emit()

    def _load_failed(self, generation: int) -> None:
        if generation == self._generation:
            self.loading = False
            self.count_label.setText(self.tr("The list could not be loaded."))

    def ensure_loaded(self) -> None:
        if self._stale:
            self.reload()

    def wait_loaded(self) -> None:
        """Wait (processing events) until the rows are shown (tests, benchmarks)."""
        self.ensure_loaded()
        if self.loading:
            self.reader.wait_idle()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_loaded()
        super().showEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        self._fit_orientation()

    def _fit_orientation(self) -> None:
        """The form beside the list where the list keeps a readable width next to it, else
        below the list (a 1366 x 768 screen at 200 % leaves 683 x 384 points)."""
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()
        beside = (
            READABLE_LIST_WIDTH
            + self.splitter.handleWidth()
            + self.details.minimumSizeHint().width()
        )
        wanted = Qt.Orientation.Horizontal if room >= beside else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            if wanted == Qt.Orientation.Vertical:  # the form gets the larger part
                length = self.splitter.height()
                self.splitter.setSizes([length * 2 // 5, length * 3 // 5])
            else:  # the form 2/5 or its width, the list the rest (readable, see above)
                handle = self.splitter.handleWidth()
                most = room - READABLE_LIST_WIDTH - handle
                form = max(self.details.minimumSizeHint().width(), min(room * 2 // 5, most))
                self.splitter.setSizes([room - form - handle, form])

    def _on_database_change(self, tables: set[str]) -> None:
        if not tables & list_rows.TABLES[self.kind]:
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # --- the contract for other areas -----------------------------------------------------

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.id_at(row) for row in rows]

    def visible_ids(self) -> list[int]:
        self.wait_loaded()
        return self.model.visible_ids()

    def current_id(self) -> int | None:
        return self._current_id

    def add_list_action(self, action: QAction) -> None:
        """An action of another area for this list: in the context menu and the list's bar."""
        self._list_actions.append(action)
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self._action_bar.addWidget(button)

    def list_actions(self) -> list[QAction]:
        return list(self._list_actions)

    def editor(self) -> RecordEditor | None:
        return self.details.ensure_editor()

    # --- filters and count ------------------------------------------------------------------

    def _filters_changed(self) -> None:
        self.model.set_filters(
            self.status_filter.currentData() or "",
            self.kind_filter.currentData() or "",
            self.focus_filter.currentData() or "",
            tuple(combo.currentData() or "" for combo in self.declared_filters),
        )
        self._after_filter()

    def _after_filter(self) -> None:
        # Lay the table out now (scroll range for the new row count) rather than in a delayed
        # layout after the next paint, which would paint the table a second time.
        self.table.doItemsLayout()
        self._update_count()
        if self._current_id is not None and not self._select_id(self._current_id, notify=False):
            self._hide_filtered_record()

    def _hide_filtered_record(self) -> None:
        """The shown record is no longer in the list: the form must not keep showing it.

        A form with unsaved changes stays (nothing typed is lost); it goes when saved or
        discarded and the record is still filtered out.
        """
        if self.is_dirty() or self._current_id is None:
            return
        self._current_id = None
        self.table.selectionModel().clearSelection()
        self.details.clear()
        self.selection_changed.emit()

    def _update_count(self) -> None:
        shown = self.model.rowCount()
        total = self.model.total()
        if shown == total:
            text = self.tr("%Ln entries", "", total)
        else:
            text = self.tr("%1 of %Ln entries", "", total).replace(
                "%1", self._locale.toString(shown)
            )
        self.count_label.setText(text)
        # What a search or filter left is told to a screen reader in the search field and the
        # table, where the focus is (the count beside them is not read by itself).
        describe(self.search, text)
        describe(self.table, text)
        self.table.set_placeholder_text(self.empty_text(shown, total))
        self.count_changed.emit(shown, total)

    def empty_text(self, shown: int, total: int) -> str:
        """What the empty table says: how to begin, or that the search hides everything."""
        if shown:
            return ""
        if total:
            return self.tr("No entry matches the search and the filters.")
        texts = {
            "partner": self.tr(
                "No partner organisations yet. Click „New“ to enter the first one, or import "
                "a list with File › Import…"
            ),
            "project": self.tr(
                "No projects yet. Click „New“ to describe the first project or offer."
            ),
            "volunteer": self.tr(
                "No volunteers yet. Click „New“ to enter the first one, or import a list with "
                "File › Import…"
            ),
            "meeting": self.tr("No meetings yet. Click „New“ to plan the first one."),
            "training": self.tr("No trainings yet. Click „New“ to record the first one."),
        }
        return texts[self.kind]

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- selection and the details pane ---------------------------------------------------

    def _select_id(self, record_id: int, notify: bool = True) -> bool:
        row = self.model.row_of_id(record_id)
        selection = self.table.selectionModel()
        if row is None:
            return False
        index = self.model.index(row, 0)
        self._syncing = not notify
        try:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._syncing = False
        self.table.scrollTo(index)
        return True

    def _current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        record_id = self.model.id_at(current.row())
        if record_id == self._current_id and self.details.showing_record():
            return
        if not self.maybe_leave_record():
            # Stay on the record with unsaved changes.
            if self._current_id is not None:
                self._select_id(self._current_id, notify=False)
            return
        self.open_record(record_id)

    def open_record(self, record_id: int) -> bool:
        """Show ``record_id`` in the details pane and select it in the list (clearing search
        and filters if they hide it). Does not wait for the list to load."""
        if record_id != self._current_id and not self.maybe_leave_record():
            return False
        self._current_id = record_id
        self.ensure_loaded()
        if self.loading:
            self._reveal_pending = record_id
        else:
            self._reveal(record_id)
        self.details.show_record(record_id)
        # the form's width is known once it is laid out
        QTimer.singleShot(0, self, self._fit_orientation)
        self.selection_changed.emit()
        return True

    def _reveal(self, record_id: int) -> None:
        if self.model.row_of_id(record_id) is None and self.model.rowCount() < self.model.total():
            self.clear_filters()
        self._select_id(record_id, notify=False)

    def clear_filters(self) -> None:
        for combo in (
            self.status_filter,
            self.kind_filter,
            self.focus_filter,
            *self.declared_filters,
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.model.set_filters()
        self.search.clear()

    def new_record(self) -> None:
        if self._read_only or not self.maybe_leave_record():
            return
        editor = self.details.show_record(None)
        if editor is None:
            return
        self._current_id = None
        self.table.selectionModel().clearSelection()
        _focus_first_input(editor)

    def delete_current(self) -> None:
        editor = self.details.editor
        if self._read_only or editor is None or editor.record_id() is None:
            return
        editor.delete_record()

    def save_current(self) -> bool:
        editor = self.details.editor
        if editor is None or not self.details.showing_record():
            return False
        return editor.save()

    def cancel_current(self) -> None:
        editor = self.details.editor
        if editor is not None and self.details.showing_record() and editor.is_dirty():
            editor.cancel()

    def is_dirty(self) -> bool:
        editor = self.details.editor
        return editor is not None and editor.is_dirty()

    def maybe_leave_record(self) -> bool:
        """True when the shown record may be left: no changes, or saved, or discarded."""
        editor = self.details.editor
        if editor is None or not editor.is_dirty():
            return True
        answer = ask_unsaved_changes(self)
        if answer == "save":
            return editor.save()
        if answer == "discard":
            editor.cancel()
            return True
        return False

    def _activated(self, index: QModelIndex) -> None:
        editor = self.details.editor
        if editor is not None and self.details.showing_record():
            _focus_first_input(editor)

    def _editor_created(self, editor: RecordEditor) -> None:
        editor.set_read_only(self._read_only)
        editor.saved.connect(self._saved)
        editor.deleted.connect(self._deleted)
        self.editor_created.emit(self.kind, editor)

    def _saved(self, record_id: int) -> None:
        # The list reloads through database.on_change and then selects this record.
        self._current_id = record_id
        self._select_id(record_id, notify=False)

    def _deleted(self, _record_id: int) -> None:
        self._current_id = None
        self.details.clear()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.new_button.setEnabled(not read_only)
        self.delete_action.setEnabled(not read_only)
        if self.details.editor is not None:
            self.details.editor.set_read_only(read_only)

    def _context_menu(self, position: object) -> None:
        menu = QMenu(self)
        new = menu.addAction(self.tr("New"), self.new_record)
        new.setEnabled(not self._read_only)
        menu.addAction(self.delete_action)
        if self._list_actions:
            menu.addSeparator()
            for action in self._list_actions:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(position))  # type: ignore[arg-type]

    # --- remembered layout ----------------------------------------------------------------

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(f"views/{self.name}/header", self.table.horizontalHeader().saveState())
        settings.setValue(f"views/{self.name}/splitter", self.splitter.saveState())

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value(f"views/{self.name}/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)  # type: ignore[arg-type]
        splitter = settings.value(f"views/{self.name}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)  # type: ignore[arg-type]


def ask_unsaved_changes(parent: QWidget) -> str:
    """Ask what to do with unsaved changes: "save", "discard" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ListView", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("ListView", "The shown entry has unsaved changes. Save them?")
    )
    save = box.addButton(
        QCoreApplication.translate("ListView", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("ListView", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(
        QCoreApplication.translate("ListView", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return "save"
    if clicked is discard:
        return "discard"
    return "cancel"


def _focus_first_input(editor: QWidget) -> None:
    widget = editor.nextInFocusChain()
    while widget is not None and widget is not editor:
        if (
            editor.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget, QPushButton)
        ):
            widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        widget = widget.nextInFocusChain()
