"""The form of a volunteer: person, consent, availability, tags, clearance, projects, hours.

Logged hours and police clearance inspections are records of their own: the dialogs that add
them write at once (one transaction each) and do not touch unsaved edits of the form.
"""

from __future__ import annotations

import copy
from datetime import date

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.orm import Session

from nfg_desktop.domain import clearance
from nfg_desktop.domain.choices import ChoiceList, VolunteerStatus
from nfg_desktop.domain.collation import sort_key
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui.editors import common, dialogs
from nfg_desktop.gui.forms.ui_volunteer_editor import Ui_VolunteerEditor
from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.services.common import choice_options
from nfg_desktop.services.hours import HoursData, HoursService
from nfg_desktop.services.network import NetworkService
from nfg_desktop.services.projects import ProjectService
from nfg_desktop.services.trainings import TrainingService
from nfg_desktop.services.volunteers import (
    VolunteerData,
    VolunteerService,
    clearance_facts,
    validate_volunteer,
)
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import Volunteer


class VolunteerEditor(RecordEditor):
    kind = "volunteer"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_VolunteerEditor()
        self.ui.setupUi(self)
        self.today = date.today
        self._name = ""
        self._project_ids: list[int] = []
        ui = self.ui
        common.setup_table(ui.hoursTable, stretch=(1, 3))
        for name, widget in (
            ("first_name", ui.firstNameEdit),
            ("last_name", ui.lastNameEdit),
            ("birth_year", ui.birthYearSpin),
            ("status", ui.statusCombo),
            ("active_since", ui.activeSinceEdit),
            ("left_on", ui.leftOnEdit),
            ("street", ui.streetEdit),
            ("postal_code", ui.postalCodeEdit),
            ("city", ui.cityEdit),
            ("locality", ui.localityCombo),
            ("phone", ui.phoneEdit),
            ("email", ui.emailEdit),
            ("consent_given_on", ui.consentGivenEdit),
            ("consent_contact_data", ui.consentContactCheck),
            ("consent_photos", ui.consentPhotosCheck),
            ("consent_sharing", ui.consentSharingCheck),
            ("consent_withdrawn_on", ui.consentWithdrawnEdit),
            ("availability", ui.availabilityGrid),
            ("skills", ui.skillsEdit),
            ("languages", ui.languagesEdit),
            ("interests", ui.interestsEdit),
            ("notes", ui.notesEdit),
        ):
            self.register_field(name, widget)
        for widget in (
            ui.activeSinceEdit,
            ui.leftOnEdit,
            ui.consentGivenEdit,
            ui.consentWithdrawnEdit,
            ui.availabilityGrid,
            ui.skillsEdit,
            ui.languagesEdit,
            ui.interestsEdit,
        ):
            widget.on_changed(self.on_form_changed)
        ui.addHoursButton.clicked.connect(self.add_hours)
        ui.removeHoursButton.clicked.connect(self.remove_hours)
        ui.recordClearanceButton.clicked.connect(self.record_clearance)
        ui.hoursTable.itemSelectionChanged.connect(self._update_own_buttons)
        self.saved.connect(lambda _id: self._update_own_buttons())
        self._update_own_buttons()
        common.prepare_editor(self)

    # --- RecordEditor hooks -------------------------------------------------------------------

    def fill(self, session: Session, record_id: int | None) -> None:
        ui = self.ui
        if record_id is None:
            data = VolunteerData(first_name="", last_name="")
            volunteer = None
        else:
            volunteer = VolunteerService(session).get(record_id)
            data = VolunteerData.from_volunteer(volunteer)
        self._name = f"{data.first_name} {data.last_name}".strip()
        ui.firstNameEdit.setText(data.first_name)
        ui.lastNameEdit.setText(data.last_name)
        ui.birthYearSpin.setValue(data.birth_year or 0)
        common.fill_combo(ui.statusCombo, list(VolunteerStatus), data.status)
        ui.activeSinceEdit.set_value(data.active_since)
        ui.leftOnEdit.set_value(data.left_on)
        ui.streetEdit.setText(data.street)
        ui.postalCodeEdit.setText(data.postal_code)
        ui.cityEdit.setText(data.city)
        common.fill_combo(ui.localityCombo, NetworkService(session).localities(), data.locality)
        ui.phoneEdit.setText(data.phone)
        ui.emailEdit.setText(data.email)
        ui.consentGivenEdit.set_value(data.consent_given_on)
        ui.consentContactCheck.setChecked(data.consent_contact_data)
        ui.consentPhotosCheck.setChecked(data.consent_photos)
        ui.consentSharingCheck.setChecked(data.consent_sharing)
        ui.consentWithdrawnEdit.set_value(data.consent_withdrawn_on)
        ui.availabilityGrid.set_values(data.availability)
        ui.skillsEdit.set_completions(choice_options(session, ChoiceList.SKILL))
        ui.languagesEdit.set_completions(choice_options(session, ChoiceList.LANGUAGE))
        ui.skillsEdit.set_values(data.skills)
        ui.languagesEdit.set_values(data.languages)
        ui.interestsEdit.set_values(data.interests)
        ui.notesEdit.setPlainText(data.notes)
        self._fill_clearance(session, record_id)
        self._fill_projects(volunteer)
        trainings: list[str] = []
        if volunteer is not None:
            trainings = [
                f"{t.title} ({t.day:%d.%m.%Y})"
                for t in TrainingService(session).of_volunteer(volunteer.id)
            ]
        ui.trainingsLabel.setText(
            self.tr("Trainings: %1").replace("%1", "; ".join(trainings) or self.tr("none"))
        )
        self._fill_hours(session, record_id)
        common.show_text_starts(self)

    def collect(self) -> VolunteerData:
        ui = self.ui
        return VolunteerData(
            first_name=ui.firstNameEdit.text(),
            last_name=ui.lastNameEdit.text(),
            birth_year=ui.birthYearSpin.value() or None,
            street=ui.streetEdit.text(),
            postal_code=ui.postalCodeEdit.text(),
            city=ui.cityEdit.text(),
            locality=common.combo_value(ui.localityCombo),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            status=common.combo_value(ui.statusCombo),
            active_since=ui.activeSinceEdit.value(),
            left_on=ui.leftOnEdit.value(),
            notes=ui.notesEdit.toPlainText(),
            skills=ui.skillsEdit.values(),
            languages=ui.languagesEdit.values(),
            interests=ui.interestsEdit.values(),
            availability=copy.copy(ui.availabilityGrid.values()),
            consent_given_on=ui.consentGivenEdit.value(),
            consent_contact_data=ui.consentContactCheck.isChecked(),
            consent_photos=ui.consentPhotosCheck.isChecked(),
            consent_sharing=ui.consentSharingCheck.isChecked(),
            consent_withdrawn_on=ui.consentWithdrawnEdit.value(),
        )

    def validate(self, session: Session, data: VolunteerData) -> None:
        validate_volunteer(data, self.today())

    def store(self, session: Session, data: VolunteerData, record_id: int | None) -> int:
        service = VolunteerService(session)
        if record_id is None:
            return service.create(data, self.today()).id
        return service.update(record_id, data, self.today(), version=self.loaded_version()).id

    def dependents(self, session: Session, record_id: int) -> list[str]:
        lines = VolunteerService(session).dependents(record_id)
        hours = HoursService(session).of_volunteer(record_id)
        if hours:
            lines.append(
                self.tr(
                    "%n hours entries (kept without the name for the statistics)", "", len(hours)
                )
            )
        return lines

    def remove(self, session: Session, record_id: int) -> None:
        VolunteerService(session).delete(record_id, version=self.loaded_version())

    def stored(self, session: Session, record_id: int) -> VolunteerData:
        return VolunteerData.from_volunteer(VolunteerService(session).get(record_id))

    def describe(self) -> str:
        return self._name

    def apply_read_only(self, read_only: bool) -> None:
        self.ui.hoursTable.setEnabled(True)
        self._update_own_buttons()

    def load(self, record_id: int | None) -> None:
        super().load(record_id)
        self._update_own_buttons()

    def _fill_projects(self, volunteer: Volunteer | None) -> None:
        ui = self.ui
        ui.projectsList.clear()
        self._project_ids = []
        if volunteer is not None:
            for link in sorted(volunteer.project_links, key=lambda lk: sort_key(lk.project.title)):
                text = link.project.title + (f" ({link.role})" if link.role else "")
                ui.projectsList.addItem(text)
                self._project_ids.append(link.project_id)
        if not self._project_ids:
            ui.projectsList.addItem(self.tr("(in no project yet)"))

    # --- clearance ----------------------------------------------------------------------------

    def _fill_clearance(self, session: Session, record_id: int | None) -> None:
        if record_id is None:
            self.ui.clearanceLabel.setText(self.tr("Save the volunteer first."))
            return
        volunteer = VolunteerService(session).get(record_id)
        facts = clearance_facts(volunteer)
        text = clearance.describe(facts, self.today())
        current = volunteer.current_clearance
        if current is not None:
            text += "\n" + self.tr("Issued on %1, inspected on %2").replace(
                "%1", f"{current.issued_on:%d.%m.%Y}"
            ).replace("%2", f"{current.inspected_on:%d.%m.%Y}")
            if current.inspected_by:
                text += " " + self.tr("by %1").replace("%1", current.inspected_by)
        self.ui.clearanceLabel.setText(text)

    def clearance_text(self) -> str:
        return self.ui.clearanceLabel.text()

    def record_clearance(self) -> None:
        record_id = self.record_id()
        if record_id is None or self.is_read_only():
            return

        def check(issued: date | None, inspected: date | None, by: str) -> None:
            with self.database.read() as session:
                VolunteerService(session).validate_clearance(issued, inspected, by)

        dialog = dialogs.ClearanceRecordDialog(check, self.today(), self)
        if not common.run_dialog(dialog):
            return
        issued, inspected, clean, by = dialog.values()
        try:
            with self.database.write() as session:
                VolunteerService(session).record_clearance(
                    record_id,
                    issued,  # type: ignore[arg-type]  # checked by the dialog
                    inspected,  # type: ignore[arg-type]
                    clean,
                    by,
                )
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Record clearance"), error.message)
        with self.database.read() as session:
            self._fill_clearance(session, record_id)

    # --- hours --------------------------------------------------------------------------------

    def _fill_hours(self, session: Session, record_id: int | None) -> None:
        entries = HoursService(session).of_volunteer(record_id) if record_id is not None else []
        rows = [
            [
                f"{e.day:%d.%m.%Y}",
                e.project.title if e.project is not None else "",
                f"{e.hours:g}".replace(".", ","),
                e.note,
            ]
            for e in entries
        ]
        common.set_rows(self.ui.hoursTable, rows, [e.id for e in entries])
        total = sum(e.hours for e in entries)
        self.ui.hoursTotalLabel.setText(
            self.tr("%n entries, %2 hours in total", "", len(entries)).replace(
                "%2", f"{total:g}".replace(".", ",")
            )
        )
        self._update_own_buttons()

    def add_hours(self) -> None:
        record_id = self.record_id()
        if record_id is None or self.is_read_only():
            return
        with self.database.read() as session:
            own = set(self._project_ids)
            projects = sorted(
                ((p.id, p.title) for p in ProjectService(session).list()),
                key=lambda entry: (entry[0] not in own, sort_key(entry[1])),
            )

        def check(
            day: date | None, project_id: int | None, hours: float, note: str, join: bool
        ) -> None:
            with self.database.read() as session:
                HoursService(session).validate(
                    HoursData(day, hours, record_id, project_id, note),  # type: ignore[arg-type]
                    join_project=join,
                    today=self.today(),
                )

        dialog = dialogs.HoursDialog(projects, check, self.today(), self)
        if not common.run_dialog(dialog):
            return
        day, project_id, hours, note = dialog.values()
        try:
            with self.database.write() as session:
                HoursService(session).add(
                    HoursData(day, hours, record_id, project_id, note),  # type: ignore[arg-type]
                    join_project=dialog.join_project,
                    today=self.today(),
                )
        except DomainError as error:
            QMessageBox.warning(self, self.tr("Log hours"), error.message)
        with self.database.read() as session:
            self._fill_hours(session, record_id)
            # A volunteer added to the project on the way shows it at once.
            self._fill_projects(VolunteerService(session).get(record_id))

    def remove_hours(self) -> None:
        entry_id = common.selected_key(self.ui.hoursTable)
        if entry_id is None or self.is_read_only():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove entry"),
            self.tr("Remove the selected hours entry?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.database.write() as session:
            HoursService(session).delete(int(entry_id))
            self._fill_hours(session, self.record_id())

    def _update_own_buttons(self) -> None:
        stored = self.record_id() is not None
        writable = not self.is_read_only()
        self.ui.addHoursButton.setEnabled(stored and writable)
        self.ui.removeHoursButton.setEnabled(
            stored and writable and common.selected_row(self.ui.hoursTable) >= 0
        )
        self.ui.recordClearanceButton.setEnabled(stored and writable)
