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
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QWidget,
)

from nfg_desktop.domain.errors import DomainError, ValidationError
from nfg_desktop.gui.editors.common import NO_ID, WARNING_STYLE, combo_id, fill_combo
from nfg_desktop.gui.editors.fields import from_qdate, to_qdate
from nfg_desktop.gui.forms.ui_assign_dialog import Ui_AssignDialog
from nfg_desktop.gui.forms.ui_clearance_dialog import Ui_ClearanceDialog
from nfg_desktop.gui.forms.ui_clearance_record_dialog import Ui_ClearanceRecordDialog
from nfg_desktop.gui.forms.ui_contact_dialog import Ui_ContactDialog
from nfg_desktop.gui.forms.ui_hours_dialog import Ui_HoursDialog
from nfg_desktop.gui.forms.ui_invite_dialog import Ui_InviteDialog
from nfg_desktop.gui.models.candidates import Candidate, CandidateModel
from nfg_desktop.services.partners import ContactData, validate_contact


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet("border: 1px solid #b3261e;" if invalid else "")


class ContactDialog(QDialog):
    """Add or edit one contact person of a partner (validated with ``validate_contact``)."""

    def __init__(self, contact: ContactData | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ContactDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.hide()
        self._id = contact.id if contact else None
        self._fields = {
            "first_name": self.ui.firstNameEdit,
            "last_name": self.ui.lastNameEdit,
            "function": self.ui.functionEdit,
            "phone": self.ui.phoneEdit,
            "email": self.ui.emailEdit,
            "consent_given_on": self.ui.consentGivenEdit,
            "consent_withdrawn_on": self.ui.consentWithdrawnEdit,
        }
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

    def accept(self) -> None:
        try:
            self.result_data = validate_contact(self.data())
        except ValidationError as error:
            for name, widget in self._fields.items():
                _mark(widget, name in error.field_errors)
            self.ui.errorLabel.setText("\n".join(error.field_errors.values()))
            self.ui.errorLabel.show()
            first = next(iter(error.field_errors))
            if first in self._fields:
                self._fields[first].setFocus()
            return
        super().accept()


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
        fill_combo(self.ui.roleCombo, roles, role)
        if not with_since:
            self.ui.assignLayout.setRowVisible(self.ui.sinceEdit, False)
        else:
            self.ui.sinceEdit.set_value(since)
        self.ui.reasonEdit.setPlainText(reason)
        self.ui.warningLabel.setStyleSheet(WARNING_STYLE)
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
            self.ui.warningLabel.setText(
                self.tr(
                    "Warning: this project works with children or young people, and this "
                    "volunteer has no valid extended police clearance (§ 72a SGB VIII):"
                )
                + f"\n{problem}\n"
                + self.tr("Assign only with a reason that is noted with the assignment.")
            )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        reason_given = bool(self.ui.reasonEdit.toPlainText().strip())
        ok.setEnabled(record_id is not None and (not has_problem or reason_given))
        if has_problem:
            ok.setText(self.tr("Assign anyway"))
        else:
            ok.setText(self.tr("OK"))
        self.adjustSize()

    def result_assignment(self) -> Assignment | None:
        record_id = self.selected_id()
        if record_id is None:
            return None
        return Assignment(
            record_id=record_id,
            label=self.ui.personCombo.currentText(),
            role=self.ui.roleCombo.currentText().strip(),
            since=self.ui.sinceEdit.value(),
            reason=self.ui.reasonEdit.toPlainText().strip() if self._problem else "",
        )


class ClearanceDialog(QDialog):
    """Before saving: volunteers without valid clearance in a project with children."""

    def __init__(self, problems: dict[int, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClearanceDialog()
        self.ui.setupUi(self)
        self.ui.introLabel.setText(
            self.tr(
                "This project works with children or young people. The following volunteers "
                "have no valid extended police clearance (§ 72a SGB VIII):"
            )
        )
        self.ui.introLabel.setStyleSheet(WARNING_STYLE)
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


class HoursDialog(QDialog):
    """Log an entry of hours: date, project, hours, note (checked by ``validate``)."""

    def __init__(
        self,
        projects: list[tuple[int, str]],
        validate: Callable[[date, int | None, float, str], None],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_HoursDialog()
        self.ui.setupUi(self)
        self._validate = validate
        self.ui.dayEdit.setDate(to_qdate(today))
        self.ui.projectCombo.addItem(self.tr("(no project)"), NO_ID)
        for project_id, title in projects:
            self.ui.projectCombo.addItem(title, project_id)
        if projects:
            self.ui.projectCombo.setCurrentIndex(1)
        self.ui.hoursSpin.setValue(1.0)
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def values(self) -> tuple[date, int | None, float, str]:
        return (
            from_qdate(self.ui.dayEdit.date()),
            combo_id(self.ui.projectCombo),
            float(self.ui.hoursSpin.value()),
            self.ui.noteEdit.text(),
        )

    def accept(self) -> None:
        fields = {
            "day": self.ui.dayEdit,
            "project_id": self.ui.projectCombo,
            "hours": self.ui.hoursSpin,
            "note": self.ui.noteEdit,
        }
        try:
            self._validate(*self.values())
        except ValidationError as error:
            for name, widget in fields.items():
                _mark(widget, name in error.field_errors)
            self.ui.errorLabel.setText("\n".join(error.field_errors.values()))
            self.ui.errorLabel.show()
            return
        except DomainError as error:
            self.ui.errorLabel.setText(error.message)
            self.ui.errorLabel.show()
            return
        super().accept()


class ClearanceRecordDialog(QDialog):
    """Record that an extended police clearance was shown (checked by ``record``)."""

    def __init__(
        self,
        record: Callable[[date, date, bool, str], None],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ClearanceRecordDialog()
        self.ui.setupUi(self)
        self._record = record
        self.ui.issuedEdit.setDate(to_qdate(today))
        self.ui.inspectedEdit.setDate(to_qdate(today))
        self.ui.cleanCheck.setChecked(True)
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        fields = {
            "issued_on": self.ui.issuedEdit,
            "inspected_on": self.ui.inspectedEdit,
            "inspected_by": self.ui.inspectedByEdit,
        }
        try:
            self._record(
                from_qdate(self.ui.issuedEdit.date()),
                from_qdate(self.ui.inspectedEdit.date()),
                self.ui.cleanCheck.isChecked(),
                self.ui.inspectedByEdit.text(),
            )
        except ValidationError as error:
            for name, widget in fields.items():
                _mark(widget, name in error.field_errors)
            self.ui.errorLabel.setText("\n".join(error.field_errors.values()))
            self.ui.errorLabel.show()
            return
        except DomainError as error:
            self.ui.errorLabel.setText(error.message)
            self.ui.errorLabel.show()
            return
        super().accept()


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
