"""The base class of every record form (partner, project, volunteer, meeting, training).

A subclass builds its widgets (usually ``self.ui = Ui_X(); self.ui.setupUi(self)``), registers the
widgets that edit a service field with :meth:`RecordEditor.register_field`, and implements four
hooks; everything else (dirty and valid state, marking invalid fields, the one write transaction,
cancel, read-only, the action bar with Save / Discard / Delete and extra buttons) is done here:

- ``fill(session, record_id)``: put the stored record (``None``: defaults of a new record) into the
  widgets;
- ``collect()``: the form's content as the service's data class (e.g. ``PartnerData``);
- ``validate(session, data)``: run the service's validation, raising ``ValidationError``;
- ``store(session, data, record_id)``: create or update through the service, return the id.

Dirty means "``collect()`` differs from what was loaded"; widgets that are not registered fields
(tables, tag editors, ...) call :meth:`RecordEditor.on_form_changed` when their content changes.
A registered widget with ``input_error()`` (the date field) holds typed text that may be no value:
while it names a problem the form is invalid and is not saved.

No lost update: :meth:`RecordEditor.load` remembers the version of the record it showed
(:meth:`RecordEditor.loaded_version`); ``store`` and ``remove`` hand it to the service, which
refuses when someone else stored the record since (``ConcurrentEditError``). The form then asks
(:mod:`conflict_dialog`): compare both versions field by field (hook ``stored(session,
record_id)``: the stored record as the service's data class), take theirs, keep mine (saved over
theirs, an overwrite in the history) or go on editing. A delete of a record changed meanwhile
asks again. Each save and each read is one short transaction; no form holds one open.

Deleting: :meth:`RecordEditor.delete_record` asks for confirmation naming what depends on the
record (hook ``dependents(session, record_id)``) and removes it (hook ``remove(session,
record_id)``); a subclass may override ``delete_record`` as a whole.

The window (details pane) shows ``editor.action_bar`` below the editor; a subclass does not place
it. Other areas add buttons with :meth:`RecordEditor.add_extra_button`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from nfg_desktop.domain.errors import ConcurrentEditError, DomainError, ValidationError
from nfg_desktop.gui.language.messages import error_text, field_messages, shown
from nfg_desktop.gui.widgets import colours, conflict_dialog
from nfg_desktop.gui.widgets.accessible import announce, describe, name_combo_editor
from nfg_desktop.gui.widgets.conflict_dialog import Choice, ConflictDialog
from nfg_desktop.services import versions
from nfg_desktop.store.database import Database

log = logging.getLogger(__name__)

INVALID_PROPERTY = "invalid"


class RecordEditor(QWidget):
    """Edits one record; see the module docstring for what a subclass implements."""

    # The record kind ("partner", ...): which stored version a form remembers.
    kind = ""

    saved = Signal(int)
    deleted = Signal(int)
    dirty_changed = Signal(bool)
    valid_changed = Signal(bool)
    # A German message that belongs to no single field ("" = none), e.g. a refused save.
    message_changed = Signal(str)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._record_id: int | None = None
        # The version of the record as the form showed it (None: a new record).
        self._version: int | None = None
        self._overwrite = False
        self._baseline: Any = None
        self._dirty = False
        self._valid = True
        self._loading = False
        self._read_only = False
        self._show_errors = False
        self._message = ""
        self._fields: dict[str, QWidget] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._field_errors: dict[str, str] = {}
        self._extra_buttons: list[QPushButton] = []
        self.action_bar = QWidget(self)
        self.action_bar.setObjectName("editorActionBar")
        bar = QHBoxLayout(self.action_bar)
        bar.setContentsMargins(0, 4, 0, 0)
        self._extra_layout = QHBoxLayout()
        bar.addLayout(self._extra_layout)
        bar.addStretch(1)
        self.delete_button = QPushButton(self.tr("Delete…"), self.action_bar)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setToolTip(self.tr("Delete this record (Del)"))
        self.cancel_button = QPushButton(self.tr("Discard changes"), self.action_bar)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip(self.tr("Show the stored data again (Escape)"))
        self.save_button = QPushButton(self.tr("Save"), self.action_bar)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(self.tr("Store the changes (Ctrl+S)"))
        self.save_button.setDefault(True)
        for button in (self.delete_button, self.cancel_button, self.save_button):
            bar.addWidget(button)
        self.action_bar.hide()
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self.delete_button.clicked.connect(self.delete_record)
        self.dirty_changed.connect(self._update_buttons)
        self.valid_changed.connect(self._update_buttons)
        self._update_buttons()

    # --- hooks for subclasses ---------------------------------------------------------------

    def fill(self, session: Session, record_id: int | None) -> None:
        raise NotImplementedError

    def collect(self) -> Any:
        raise NotImplementedError

    def validate(self, session: Session, data: Any) -> None:
        raise NotImplementedError

    def store(self, session: Session, data: Any, record_id: int | None) -> int:
        raise NotImplementedError

    def apply_read_only(self, read_only: bool) -> None:
        """Extra widgets a subclass must lock (buttons of a contact table, ...)."""

    def dependents(self, session: Session, record_id: int) -> list[str]:
        """German descriptions of what depends on the record (shown before deleting)."""
        return []

    def remove(self, session: Session, record_id: int) -> None:
        """Delete the stored record through the service (raises ``InUseError`` if refused)."""
        raise NotImplementedError

    def stored(self, session: Session, record_id: int) -> Any:
        """The stored record as the service's data class (what ``collect()`` returns), to
        compare with the form when someone else changed it."""
        raise NotImplementedError

    def describe(self) -> str:
        """A short German name of the shown record, for questions such as "Delete ...?"."""
        return ""

    # --- buttons of other areas -------------------------------------------------------------

    def add_extra_button(self, text: str, callback: Callable[[], object]) -> QPushButton:
        """A button in the editor's action bar (e.g. "Auskunft" of the privacy area).

        It is enabled only while a stored record is shown; ``callback`` is called without
        arguments.
        """
        button = QPushButton(text, self.action_bar)
        button.clicked.connect(lambda _checked=False: callback())
        self._extra_layout.addWidget(button)
        self._extra_buttons.append(button)
        self._update_buttons()
        return button

    def extra_buttons(self) -> list[QPushButton]:
        return list(self._extra_buttons)

    # --- fields -----------------------------------------------------------------------------

    def register_field(self, name: str, widget: QWidget, error_label: QLabel | None = None) -> None:
        """``widget`` edits the service field ``name`` (errors ``name``, ``name[0].x`` ...).

        Its changes are watched. Errors are shown in ``error_label``; without one a label is
        placed below the widget (form, box or grid layout) or, failing that, in the message.
        """
        self._fields[name] = widget
        if isinstance(widget, QComboBox) and widget.isEditable():
            name_combo_editor(widget)
        if error_label is not None:
            self._error_labels[name] = error_label
            _style_error_label(error_label)
            error_label.hide()
        self.watch(widget)

    def watch(self, widget: QWidget) -> None:
        """Call :meth:`on_form_changed` whenever ``widget``'s content changes."""
        if isinstance(widget, QLineEdit):
            widget.textChanged.connect(self.on_form_changed)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(self.on_form_changed)
            widget.editTextChanged.connect(self.on_form_changed)
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(self.on_form_changed)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(self.on_form_changed)
        elif isinstance(widget, QAbstractSpinBox):
            widget.valueChanged.connect(self.on_form_changed)  # type: ignore[attr-defined]
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.textChanged.connect(self.on_form_changed)

    def field_widget(self, name: str) -> QWidget | None:
        return self._fields.get(name)

    def field_errors(self) -> dict[str, str]:
        """The errors currently known (field -> German message), shown or not."""
        return dict(self._field_errors)

    def error_text(self, name: str) -> str:
        """The message shown next to field ``name`` ("" when none is shown)."""
        label = self._error_labels.get(name)
        if label is None or label.isHidden():
            return ""
        return label.text()

    def message(self) -> str:
        return self._message

    # --- state ------------------------------------------------------------------------------

    def record_id(self) -> int | None:
        return self._record_id

    def loaded_version(self) -> int | None:
        """The version of the record the form showed; ``store``/``remove`` pass it on."""
        return self._version

    def is_dirty(self) -> bool:
        return self._dirty

    def is_valid(self) -> bool:
        return self._valid

    def is_read_only(self) -> bool:
        return self._read_only

    def load(self, record_id: int | None) -> None:
        """Show the stored record ``record_id``; ``None`` starts a new record."""
        self._loading = True
        try:
            with self.database.read() as session:
                # Read before the data: a change stored in between makes the next save ask,
                # never overwrite it unseen.
                version = None
                if record_id is not None and self.kind:
                    version = versions.current_version(session, self.kind, record_id)
                self.fill(session, record_id)
        finally:
            self._loading = False
        self._record_id = record_id
        self._version = version
        self._overwrite = False
        self._baseline = self.collect()
        self._show_errors = False
        for label in self._error_labels.values():
            label.hide()
            _show_form_row(label, False)
        self._set_message("")
        self._set_dirty(False)
        self._revalidate()
        self._update_buttons()

    def on_form_changed(self, *_args: object) -> None:
        """Slot for every change of the form's content."""
        if self._loading:
            return
        dirty = self.collect() != self._baseline or bool(self._input_errors())
        if dirty:
            self._show_errors = True
        self._set_dirty(dirty)
        self._revalidate()

    def save(self) -> bool:
        """Validate through the service and write in one transaction; False if refused."""
        if self._read_only:
            return False
        data = self.collect()
        self._show_errors = True
        unreadable = self._input_errors()
        if unreadable:
            # Never save a date that was typed but could not be read (it would be lost).
            for name in unreadable:
                getattr(self._fields[name], "show_error", lambda: None)()
            self._fields[next(iter(unreadable))].setFocus()
            self._set_message("\n".join(unreadable.values()))
            self._set_valid(False)
            return False
        try:
            with self.database.write() as session:
                if self._overwrite:
                    versions.mark_overwrite(session)
                new_id = self.store(session, data, self._record_id)
        except ValidationError as error:
            self._field_errors = field_messages(error.field_errors)
            self._apply_errors(self._field_errors)
            self._set_valid(False)
            return False
        except ConcurrentEditError as error:
            self._overwrite = False
            return self._resolve_conflict(error, data)
        except DomainError as error:
            self._overwrite = False
            self._set_message(error_text(error))
            return False
        self.load(new_id)
        self.saved.emit(new_id)
        return True

    def _resolve_conflict(self, error: ConcurrentEditError, mine: Any) -> bool:
        """Someone else stored the record since the form read it: ask what to do."""
        record_id = self._record_id
        assert record_id is not None
        try:
            with self.database.read() as session:
                theirs = self.stored(session, record_id)
                rows = versions.compare(session, self.kind, theirs, mine)
        except DomainError as gone:  # deleted meanwhile, too
            self._set_message(gone.message)
            return False
        choice = conflict_dialog.ask(ConflictDialog(error, rows, self))
        if choice is Choice.THEIRS:
            self.load(record_id)
            self._set_message(
                self.tr("The version saved by %1 is shown; your input was discarded.").replace(
                    "%1", error.user or self.tr("someone else")
                )
            )
            return False
        if choice is Choice.MINE:
            # Exactly over the version just compared: a still newer one asks again.
            self._version = error.current_version
            self._overwrite = True
            return self.save()
        self._set_message(error_text(error))
        return False

    def cancel(self) -> None:
        """Discard the edits: show the stored record (or an empty new one) again."""
        self.load(self._record_id)

    def delete_record(self) -> bool:
        """Ask (naming what depends on the record), then delete it; True if deleted."""
        record_id = self._record_id
        if record_id is None or self._read_only:
            return False
        try:
            with self.database.read() as session:
                depending = self.dependents(session, record_id)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Delete"), error_text(error))
            return False
        name = self.describe() or self.tr("this record")
        question = self.tr("Do you really want to delete %1?").replace("%1", name)
        if depending:
            question += (
                "\n\n"
                + self.tr("This also removes:")
                + "\n"
                + "\n".join(f"• {shown(line)}" for line in depending)
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        while True:
            try:
                with self.database.write() as session:
                    self.remove(session, record_id)
                break
            except ConcurrentEditError as error:
                # Changed by someone else since the form showed it: ask again, knowing that.
                again = QMessageBox.question(
                    self,
                    self.tr("Delete"),
                    error_text(error) + "\n\n" + self.tr("Delete it anyway?"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                if again != QMessageBox.StandardButton.Yes:
                    self._set_message(error_text(error))
                    return False
                self._version = error.current_version
            except DomainError as error:
                QMessageBox.warning(self, self.tr("Delete"), error_text(error))
                return False
        self._record_id = None
        self._set_dirty(False)
        self.deleted.emit(record_id)
        return True

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for widget in self._fields.values():
            if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
                widget.setReadOnly(read_only)
            elif isinstance(widget, QAbstractSpinBox):
                widget.setReadOnly(read_only)
            else:
                widget.setEnabled(not read_only)
        self.apply_read_only(read_only)
        self._update_buttons()

    # --- internals --------------------------------------------------------------------------

    def _update_buttons(self, *_args: object) -> None:
        writable = not self._read_only
        self.save_button.setEnabled(writable and self._dirty and self._valid)
        self.cancel_button.setEnabled(self._dirty)
        stored = self._record_id is not None
        self.delete_button.setEnabled(writable and stored)
        for button in self._extra_buttons:
            button.setEnabled(stored)

    def _revalidate(self) -> None:
        data = self.collect()
        errors: dict[str, str] = {}
        try:
            with self.database.read() as session:
                self.validate(session, data)
        except ValidationError as error:
            errors = field_messages(error.field_errors)
        except DomainError as error:
            # Not a field problem (e.g. a warning that needs a decision): still savable.
            log.debug("validation note: %s", error.message)
        # Unreadable text is named by its field itself (a date field beside its text); the
        # service's view of that field (e.g. "missing") would only repeat it.
        unreadable = self._input_errors()
        errors = {
            key: text for key, text in errors.items() if self._field_for(key) not in unreadable
        }
        self._field_errors = dict(errors)
        self._apply_errors(errors if self._show_errors else {})
        self._field_errors.update(unreadable)
        self._set_valid(not errors and not unreadable)

    def _input_errors(self) -> dict[str, str]:
        """Field -> message for fields whose typed text is no value (``input_error()``)."""
        errors: dict[str, str] = {}
        for name, widget in self._fields.items():
            message = getattr(widget, "input_error", lambda: "")()
            if message:
                errors[name] = message
        return errors

    def _apply_errors(self, errors: dict[str, str]) -> None:
        shown: dict[str, list[str]] = {}
        unplaced: list[str] = []
        for key, message in errors.items():
            name = self._field_for(key)
            if name is None:
                unplaced.append(message)
            else:
                shown.setdefault(name, []).append(message)
        for name, widget in self._fields.items():
            messages = shown.get(name, [])
            _mark(widget, bool(messages))
            describe(widget, "\n".join(messages))
            label = self._error_label(name) if messages else self._error_labels.get(name)
            if label is None:
                if messages:
                    unplaced.extend(messages)
                continue
            if not label.text() and messages:
                # Read out when it appears, not at every key typed while it stays.
                announce(label, "\n".join(messages))
            label.setText("\n".join(messages))
            # A message that goes away while typing keeps its line until the next record:
            # the form must not jump under the pointer.
            keep = bool(messages) or not label.isHidden()
            label.setVisible(keep)
            _show_form_row(label, keep)
        self._set_message("\n".join(unplaced))

    def _field_for(self, key: str) -> str | None:
        if key in self._fields:
            return key
        for name in self._fields:
            if key.startswith((name + "[", name + ".")):
                return name
        return None

    def _error_label(self, name: str) -> QLabel | None:
        label = self._error_labels.get(name)
        if label is not None:
            return label
        label = _place_label_below(self._fields[name])
        if label is not None:
            self._error_labels[name] = label
        return label

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _set_valid(self, valid: bool) -> None:
        if valid != self._valid:
            self._valid = valid
            self.valid_changed.emit(valid)

    def _set_message(self, text: str) -> None:
        if text != self._message:
            self._message = text
            self.message_changed.emit(text)
            announce(self, text)


def _style_error_label(label: QLabel) -> None:
    label.setObjectName(label.objectName() or "fieldError")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.setStyleSheet(colours.error_style())
    # Its line stays when the message goes (see _apply_errors).
    label.setMinimumHeight(label.fontMetrics().lineSpacing())


def _show_form_row(label: QLabel, visible: bool) -> None:
    """A hidden error row of a form layout must not leave a gap."""
    parent = label.parentWidget()
    layout = parent.layout() if parent is not None else None
    if isinstance(layout, QFormLayout) and layout.getWidgetPosition(label)[0] >= 0:
        layout.setRowVisible(label, visible)


def _mark(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property(INVALID_PROPERTY)) == invalid:
        return
    widget.setProperty(INVALID_PROPERTY, invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _place_label_below(widget: QWidget) -> QLabel | None:
    """Create an error label directly below ``widget`` in its layout, if it has one."""
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        return None
    label = QLabel(parent)
    _style_error_label(label)
    if isinstance(layout, QFormLayout):
        row, _role = layout.getWidgetPosition(widget)
        if row < 0:
            return _find_nested(layout, widget, label)
        layout.insertRow(row + 1, "", label)
        return label
    if isinstance(layout, QBoxLayout):
        index = layout.indexOf(widget)
        if index < 0:
            return _find_nested(layout, widget, label)
        layout.insertWidget(index + 1, label)
        return label
    if isinstance(layout, QGridLayout):
        index = layout.indexOf(widget)
        if index < 0:
            return _find_nested(layout, widget, label)
        row, column, _rows, columns = layout.getItemPosition(index)
        # Below the widget only if that cell is free; otherwise give up.
        if layout.itemAtPosition(row + 1, column) is None:
            layout.addWidget(label, row + 1, column, 1, columns)
            return label
    label.deleteLater()
    return None


def _find_nested(layout: Any, widget: QWidget, label: QLabel) -> QLabel | None:
    """The widget sits in a sub-layout (e.g. a field with a button in a QHBoxLayout row)."""
    if isinstance(layout, QFormLayout):
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            sub = item.layout() if item is not None else None
            if sub is not None and sub.indexOf(widget) >= 0:
                layout.insertRow(row + 1, "", label)
                return label
    label.deleteLater()
    return None
