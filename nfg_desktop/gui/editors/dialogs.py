"""The small dialogs of the editors: contact person, assigning, clearance, hours, invitations.

Dialogs check their input with the service rules and show the German message before they close;
the editor decides what is written (the record's save, or an own transaction for hours).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from nfg_desktop.domain.errors import DomainError, ValidationError
from nfg_desktop.gui.editors.common import (
    NO_ID,
    combo_id,
    combo_value,
    fill_combo,
)
from nfg_desktop.gui.editors.fields import DateField, date_input_errors
from nfg_desktop.gui.forms.ui_assign_dialog import Ui_AssignDialog
from nfg_desktop.gui.forms.ui_clearance_dialog import Ui_ClearanceDialog
from nfg_desktop.gui.forms.ui_clearance_record_dialog import Ui_ClearanceRecordDialog
from nfg_desktop.gui.forms.ui_contact_dialog import Ui_ContactDialog
from nfg_desktop.gui.forms.ui_hours_dialog import Ui_HoursDialog
from nfg_desktop.gui.forms.ui_invite_dialog import Ui_InviteDialog
from nfg_desktop.gui.language.messages import error_text, field_messages
from nfg_desktop.gui.models.candidates import Candidate, CandidateModel
from nfg_desktop.gui.widgets import colours, screen_fit
from nfg_desktop.gui.widgets.accessible import announce, describe, name_combo_editors
from nfg_desktop.services.hours import NotInProjectError
from nfg_desktop.services.partners import ContactData, validate_contact

# An offending input gets a red frame. Only line edits: a style sheet border on a spin box or a
# combo box makes Qt draw it without its native arrows (they shrank to „=“).


def _mark(widget: QWidget, invalid: bool) -> None:
    target = widget.line if isinstance(widget, DateField) else widget
    if bool(target.property("invalid")) == invalid:
        return
    target.setProperty("invalid", invalid)
    target.style().unpolish(target)
    target.style().polish(target)


def _on_change(widget: QWidget, callback: Callable[..., object]) -> None:
    if isinstance(widget, DateField):
        widget.on_changed(callback)
    elif isinstance(widget, QLineEdit):
        widget.textChanged.connect(callback)
    elif isinstance(widget, QComboBox):
        widget.currentIndexChanged.connect(callback)
    elif isinstance(widget, QAbstractSpinBox):
        widget.valueChanged.connect(callback)  # type: ignore[attr-defined]
    elif isinstance(widget, QAbstractButton):
        widget.toggled.connect(callback)


class _CheckedDialog(QDialog):
    """A dialog whose OK checks the input (hook :meth:`check`, raising the service's errors).

    The German messages show in the error label, whose space is kept from the start, so the
    fields are never squashed and the dialog does not jump; the dialog grows when a message
    needs more lines. After a refused OK every change checks again: a corrected input loses its
    message and its red frame at once. Dates that cannot be read are named beside the field.
    """

    def _setup_checks(self, fields: dict[str, QWidget], error_label: QLabel) -> None:
        self._check_fields = fields
        self._error_label = error_label
        self._checking = False
        self.setStyleSheet(colours.invalid_style("QLineEdit"))
        error_label.setText("")
        error_label.setWordWrap(True)
        error_label.setTextFormat(Qt.TextFormat.PlainText)
        error_label.setStyleSheet(colours.error_style())
        error_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Room for two lines of message from the start.
        error_label.setMinimumHeight(error_label.fontMetrics().lineSpacing() * 2 + 4)
        error_label.show()
        for widget in fields.values():
            _on_change(widget, self._recheck)

    def check(self) -> None:
        """Raise ``ValidationError`` / ``DomainError`` when the input cannot be accepted."""

    def error_text(self) -> str:
        return self._error_label.text()

    def _run_checks(self, explicit: bool = False) -> bool:
        """``explicit``: OK was pressed (the message is read out again)."""
        unreadable = date_input_errors(self._check_fields)
        errors: dict[str, str] = {}
        message = marked = ""
        try:
            self.check()
        except ValidationError as error:
            errors = field_messages(error.field_errors)
        except DomainError as error:
            message = error_text(error)
            if error.field:
                marked = error.field
        for name, widget in self._check_fields.items():
            _mark(widget, name in errors or name in unreadable or name == marked)
            describe(
                widget,
                unreadable.get(name) or errors.get(name) or (message if name == marked else ""),
            )
        # Unreadable dates are named beside their field; the service's "please fill in" for
        # them would only repeat it.
        shown = [text for name, text in errors.items() if name not in unreadable]
        text = "\n".join([*shown, message] if message else shown)
        if text != self._error_label.text():
            # Read out when it appears or OK was pressed, not at every key typed after it.
            if explicit or not self._error_label.text():
                announce(self._error_label, text)
            self._error_label.setText(text)
        self._grow_for_message()
        return not errors and not message and not unreadable

    def _grow_for_message(self) -> None:
        layout = self.layout()
        if layout is None:
            return
        # Messages were just set: measure afresh rather than from the layouts' caches.
        for inner in self.findChildren(QLayout):
            inner.invalidate()
        needed = max(layout.totalHeightForWidth(self.width()), layout.totalMinimumSize().height())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _first_offending(self) -> QWidget | None:
        for widget in self._check_fields.values():
            target = widget.line if isinstance(widget, DateField) else widget
            if target.property("invalid"):
                return widget
        return None

    def _recheck(self, *_args: object) -> None:
        if self._checking:
            self._run_checks()

    def accept(self) -> None:
        self._checking = True
        if not self._run_checks(explicit=True):
            offending = self._first_offending()
            if offending is not None:
                offending.setFocus()
            return
        super().accept()


class ContactDialog(_CheckedDialog):
    """Add or edit one contact person of a partner (validated with ``validate_contact``)."""

    def __init__(self, contact: ContactData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        screen_fit.watch(self)  # fits a low screen (1366 x 768 at 200 %)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self._id = contact.id if contact else None
        fields: dict[str, QWidget] = {
            "first_name": self.ui.firstNameEdit,
            "last_name": self.ui.lastNameEdit,
            "function": self.ui.functionEdit,
            "phone": self.ui.phoneEdit,
            "email": self.ui.emailEdit,
            "consent_given_on": self.ui.consentGivenEdit,
            "consent_withdrawn_on": self.ui.consentWithdrawnEdit,
        }
        self._setup_checks(fields, self.ui.errorLabel)
        if contact is not None:
            self.ui.firstNameEdit.setText(contact.first_name)
            self.ui.lastNameEdit.setText(contact.last_name)
            self.ui.functionEdit.setText(contact.function)
            self.ui.phoneEdit.setText(contact.phone)
            self.ui.emailEdit.setText(contact.email)
            self.ui.primaryCheck.setChecked(contact.is_primary)
            self.ui.consentGivenEdit.set_value(contact.consent_given_on)
            self.ui.consentContactCheck.setChecked(contact.consent_contact_data)
            self.ui.consentPhotosCheck.setChecked(contact.consent_photos)
            self.ui.consentSharingCheck.setChecked(contact.consent_sharing)
            self.ui.consentWithdrawnEdit.set_value(contact.consent_withdrawn_on)
            self.setWindowTitle(self.tr("Edit contact person"))
        else:
            self.setWindowTitle(self.tr("New contact person"))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.result_data: ContactData | None = None

    def data(self) -> ContactData:
        return ContactData(
            id=self._id,
            first_name=self.ui.firstNameEdit.text(),
            last_name=self.ui.lastNameEdit.text(),
            function=self.ui.functionEdit.text(),
            phone=self.ui.phoneEdit.text(),
            email=self.ui.emailEdit.text(),
            is_primary=self.ui.primaryCheck.isChecked(),
            consent_given_on=self.ui.consentGivenEdit.value(),
            consent_contact_data=self.ui.consentContactCheck.isChecked(),
            consent_photos=self.ui.consentPhotosCheck.isChecked(),
            consent_sharing=self.ui.consentSharingCheck.isChecked(),
            consent_withdrawn_on=self.ui.consentWithdrawnEdit.value(),
        )

    def check(self) -> None:
        self.result_data = None
        self.result_data = validate_contact(self.data())


@dataclass
class Assignment:
    """What the assign dialog returns."""

    record_id: int
    label: str
    role: str
    since: date | None
    reason: str


class AssignDialog(QDialog):
    """Choose a partner or volunteer for a project, with role (and start for volunteers).

    ``problem_of(record_id)`` returns a German warning (e.g. a missing police clearance) or
    ``None``; while there is one, the dialog asks for a reason before it can be confirmed.
    """

    def __init__(
        self,
        title: str,
        candidates: list[tuple[int, str]],
        roles: list[str],
        role: str = "",
        roles_editable: bool = False,
        with_since: bool = False,
        since: date | None = None,
        problem_of: Callable[[int], str | None] | None = None,
        fixed: tuple[int, str] | None = None,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        screen_fit.watch(self)  # fits a low screen (1366 x 768 at 200 %)
        self.ui = Ui_AssignDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self._problem_of = problem_of
        combo = self.ui.personCombo
        entries = [fixed] if fixed is not None else candidates
        for record_id, text in entries:
            combo.addItem(text, record_id)
        combo.setCurrentIndex(0 if entries else -1)
        if fixed is not None:
            combo.setEnabled(False)
        combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        self.ui.roleCombo.setEditable(roles_editable)
        name_combo_editors(self)
        fill_combo(self.ui.roleCombo, roles, role)
        if not with_since:
            self.ui.assignLayout.setRowVisible(self.ui.sinceEdit, False)
        else:
            self.ui.sinceEdit.set_value(since)
        self.ui.reasonEdit.setPlainText(reason)
        self.ui.warningLabel.setStyleSheet(colours.warning_style())
        self.ui.warningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        combo.currentIndexChanged.connect(self._update)
        self.ui.reasonEdit.textChanged.connect(self._update)
        self._problem = ""
        self._update()

    def selected_id(self) -> int | None:
        combo = self.ui.personCombo
        index = combo.findText(combo.currentText(), Qt.MatchFlag.MatchExactly)
        if index < 0:
            return None
        record_id = combo.itemData(index)
        return int(record_id) if record_id is not None else None

    def select(self, record_id: int) -> None:
        index = self.ui.personCombo.findData(record_id)
        self.ui.personCombo.setCurrentIndex(index)

    def problem(self) -> str:
        return self._problem

    def _update(self, *_args: object) -> None:
        record_id = self.selected_id()
        problem = self._problem_of(record_id) if self._problem_of and record_id else None
        self._problem = problem or ""
        has_problem = bool(problem)
        self.ui.warningLabel.setVisible(has_problem)
        self.ui.reasonLayout.setRowVisible(self.ui.reasonEdit, has_problem)
        if has_problem:
            warning = (
                self.tr(
                    "Warning: this project works with children or young people, and this "
                    "volunteer has no valid extended police clearance (§ 72a SGB VIII):"
                )
                + f"\n{problem}\n"
                + self.tr("Assign only with a reason that is noted with the assignment.")
            )
            if warning != self.ui.warningLabel.text():
                self.ui.warningLabel.setText(warning)
                announce(self.ui.warningLabel, warning)
        describe(self.ui.personCombo, self.ui.warningLabel.text() if has_problem else "")
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        reason_given = bool(self.ui.reasonEdit.toPlainText().strip())
        ok.setEnabled(record_id is not None and (not has_problem or reason_given))
        if has_problem:
            ok.setText(self.tr("Assign anyway"))
        else:
            ok.setText(self.tr("OK"))
        self.adjustSize()

    def accept(self) -> None:
        if date_input_errors({"since": self.ui.sinceEdit}):
            self.ui.sinceEdit.setFocus()  # the date is named beside the field
            return
        super().accept()

    def result_assignment(self) -> Assignment | None:
        record_id = self.selected_id()
        if record_id is None:
            return None
        return Assignment(
            record_id=record_id,
            label=self.ui.personCombo.currentText(),
            role=combo_value(self.ui.roleCombo),
            since=self.ui.sinceEdit.value(),
            reason=self.ui.reasonEdit.toPlainText().strip() if self._problem else "",
        )


class ClearanceDialog(QDialog):
    """Before saving: volunteers without valid clearance in a project with children."""

    def __init__(self, problems: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        screen_fit.watch(self)  # fits a low screen (1366 x 768 at 200 %)
        self.ui = Ui_ClearanceDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr(
                "This project works with children or young people. The following volunteers "
                "have no valid extended police clearance (§ 72a SGB VIII):"
            )
        )
        self.ui.introLabel.setStyleSheet(colours.warning_style())
        for volunteer_id, message in problems.items():
            item = QListWidgetItem(message)
            item.setData(Qt.ItemDataRole.UserRole, volunteer_id)
            self.ui.problemsList.addItem(item)
        self.ui.problemsList.setMaximumHeight(
            self.fontMetrics().height() * min(len(problems) + 1, 6) + 12
        )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Assign anyway and save"))
        ok.setEnabled(False)
        self.ui.reasonEdit.textChanged.connect(
            lambda: ok.setEnabled(bool(self.ui.reasonEdit.toPlainText().strip()))
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def reason(self) -> str:
        return self.ui.reasonEdit.toPlainText().strip()


class HoursDialog(_CheckedDialog):
    """Log an entry of hours: date, project, hours, note (checked by ``validate``).

    ``validate(day, project_id, hours, note, join_project)`` raises the service's errors; a
    ``NotInProjectError`` (the volunteer does not work in the chosen project) is answered by
    asking whether to add the volunteer: yes sets :attr:`join_project`, no keeps the dialog open.
    """

    def __init__(
        self,
        projects: list[tuple[int, str]],
        validate: Callable[[date | None, int | None, float, str, bool], None],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        screen_fit.watch(self)  # fits a low screen (1366 x 768 at 200 %)
        self.ui = Ui_HoursDialog()
        self.ui.setupUi(self)
        self._validate = validate
        self.join_project = False
        self.ui.dayEdit.set_required(True)
        self.ui.dayEdit.today = lambda: today
        self.ui.dayEdit.set_value(today)
        self.ui.projectCombo.addItem(self.tr("(no project)"), NO_ID)
        for project_id, title in projects:
            self.ui.projectCombo.addItem(title, project_id)
        if projects:
            self.ui.projectCombo.setCurrentIndex(1)
        self.ui.hoursSpin.setValue(1.0)
        self._setup_checks(
            {
                "day": self.ui.dayEdit,
                "project_id": self.ui.projectCombo,
                "hours": self.ui.hoursSpin,
                "note": self.ui.noteEdit,
            },
            self.ui.errorLabel,
        )
        self.ui.projectCombo.currentIndexChanged.connect(self._project_changed)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> tuple[date | None, int | None, float, str]:
        return (
            self.ui.dayEdit.value(),
            combo_id(self.ui.projectCombo),
            float(self.ui.hoursSpin.value()),
            self.ui.noteEdit.text(),
        )

    def _project_changed(self, *_args: object) -> None:
        self.join_project = False

    def check(self) -> None:
        self._validate(*self.values(), self.join_project)

    def accept(self) -> None:
        try:
            self._validate(*self.values(), self.join_project)
        except NotInProjectError as error:
            if not self._ask_join(error_text(error)):
                self._checking = True
                self._run_checks()  # names the problem until another project is chosen
                return
            self.join_project = True
        except DomainError:
            pass  # shown by the checks below
        super().accept()

    def _ask_join(self, message: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Log hours"),
            message + " " + self.tr("Add to the project and log the hours?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


class ClearanceRecordDialog(_CheckedDialog):
    """Record that an extended police clearance was shown (checked by ``validate``).

    After OK, :meth:`values` holds what the editor records.
    """

    def __init__(
        self,
        validate: Callable[[date | None, date | None, str], None],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        screen_fit.watch(self)  # fits a low screen (1366 x 768 at 200 %)
        self.ui = Ui_ClearanceRecordDialog()
        self.ui.setupUi(self)
        self._validate = validate
        for edit in (self.ui.issuedEdit, self.ui.inspectedEdit):
            edit.set_required(True)
            edit.today = lambda: today
            edit.set_value(today)
        self.ui.cleanCheck.setChecked(True)
        self._setup_checks(
            {
                "issued_on": self.ui.issuedEdit,
                "inspected_on": self.ui.inspectedEdit,
                "inspected_by": self.ui.inspectedByEdit,
            },
            self.ui.errorLabel,
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> tuple[date | None, date | None, bool, str]:
        return (
            self.ui.issuedEdit.value(),
            self.ui.inspectedEdit.value(),
            self.ui.cleanCheck.isChecked(),
            self.ui.inspectedByEdit.text(),
        )

    def check(self) -> None:
        issued, inspected, _clean, by = self.values()
        self._validate(issued, inspected, by)


class InviteDialog(QDialog):
    """Pick several people or organisations from groups (check boxes, search as you type).

    ``groups`` maps a German group name to a loader that returns its candidates; a group is
    loaded the first time it is shown. ``exclude`` holds keys that are already chosen. The list
    is a model (``CandidateModel``): thousands of candidates open at once.
    """

    def __init__(
        self,
        title: str,
        groups: dict[str, Callable[[], list[Candidate]]],
        exclude: set[object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        screen_fit.watch(self)  # fits a low screen (1366 x 768 at 200 %)
        self.ui = Ui_InviteDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self._groups = groups
        self._loaded: dict[str, list[Candidate]] = {}
        self._exclude = exclude
        self.model = CandidateModel(self)
        self.ui.candidatesList.setModel(self.model)
        for name in groups:
            self.ui.groupCombo.addItem(name)
        if len(groups) == 1:
            self.ui.filterLayout.setRowVisible(self.ui.groupCombo, False)
        self.ui.groupCombo.currentIndexChanged.connect(self._show_group)
        self.ui.searchEdit.textChanged.connect(self.model.set_search)
        self.ui.searchEdit.setPlaceholderText(self.tr("Type part of a name"))
        self.model.checked_changed.connect(self._update_count)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._show_group()

    def _show_group(self, *_args: object) -> None:
        name = self.ui.groupCombo.currentText()
        if name not in self._loaded:
            self._loaded[name] = [
                entry for entry in self._groups[name]() if entry[0] not in self._exclude
            ]
        self.model.set_candidates(self._loaded[name])
        self._update_count()

    def _update_count(self) -> None:
        chosen = len(self.model.checked)
        text = self.tr("Chosen: %1").replace("%1", str(chosen))
        group = self.ui.groupCombo.currentText()
        if not self._loaded.get(group):
            # An empty group says so instead of showing an empty list without a word.
            text = self.tr("Nobody to choose in „%1“ (yet). ").replace("%1", group) + text
        self.ui.countLabel.setText(text)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(chosen))

    def check(self, key: Hashable) -> None:
        """Tick the candidate ``key`` in the shown group."""
        self.model.set_checked(key)

    def chosen(self) -> list[Candidate]:
        return list(self.model.checked.values())
