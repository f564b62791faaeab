"""The form of a training (Qualifizierung): title, date, focus area, provider, attendees."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import FocusArea
from nfg_desktop.domain.collation import sort_key
from nfg_desktop.gui.editors import common, dialogs
from nfg_desktop.gui.forms.ui_training_editor import Ui_TrainingEditor
from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.services import pickers
from nfg_desktop.services.network import NetworkService
from nfg_desktop.services.trainings import TrainingData, TrainingService
from nfg_desktop.store.database import Database

# Attendee keys: ("coordinator", id) or ("volunteer", id).
AttendeeKey = tuple[str, int]


class TrainingEditor(RecordEditor):
    kind = "training"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_TrainingEditor()
        self.ui.setupUi(self)
        self.today = date.today
        self._title = ""
        self._attendees: list[tuple[AttendeeKey, str]] = []
        ui = self.ui
        common.setup_table(ui.attendeesTable)
        for name, widget in (
            ("title", ui.titleEdit),
            ("day", ui.dayEdit),
            ("focus", ui.focusCombo),
            ("provider", ui.providerEdit),
            ("attendees", ui.attendeesTable),
            ("notes", ui.notesEdit),
        ):
            self.register_field(name, widget)
        ui.dayEdit.set_required(True)
        ui.dayEdit.on_changed(self.on_form_changed)
        ui.attendeesTable.itemSelectionChanged.connect(self._update_own_buttons)
        ui.addAttendeesButton.clicked.connect(self.add_attendees)
        ui.removeAttendeeButton.clicked.connect(self.remove_attendee)
        self._update_own_buttons()
        common.prepare_editor(self)

    # --- RecordEditor hooks -------------------------------------------------------------------

    def fill(self, session: Session, record_id: int | None) -> None:
        ui = self.ui
        self._attendees = []
        if record_id is None:
            data = TrainingData(title="", day=self.today())
        else:
            training = TrainingService(session).get(record_id)
            data = TrainingData.from_training(training)
            for attendee in training.attendees:
                if attendee.coordinator_id is not None:
                    self._attendees.append(
                        (("coordinator", attendee.coordinator_id), attendee.person_name)
                    )
                elif attendee.volunteer_id is not None:
                    self._attendees.append(
                        (("volunteer", attendee.volunteer_id), attendee.person_name)
                    )
        self._title = data.title
        ui.titleEdit.setText(data.title)
        ui.dayEdit.set_value(data.day)
        common.fill_combo(ui.focusCombo, list(FocusArea), data.focus, empty=self.tr("(none)"))
        ui.providerEdit.setText(data.provider)
        ui.notesEdit.setPlainText(data.notes)
        self._show_attendees()
        common.show_text_starts(self)

    def collect(self) -> TrainingData:
        ui = self.ui
        return TrainingData(
            title=ui.titleEdit.text(),
            day=ui.dayEdit.value(),  # type: ignore[arg-type]  # None: the service names it
            focus=common.combo_value(ui.focusCombo),
            provider=ui.providerEdit.text(),
            notes=ui.notesEdit.toPlainText(),
            volunteer_ids=[key[1] for key, _name in self._attendees if key[0] == "volunteer"],
            coordinator_ids=[key[1] for key, _name in self._attendees if key[0] == "coordinator"],
        )

    def validate(self, session: Session, data: TrainingData) -> None:
        TrainingService(session).validate(data)

    def store(self, session: Session, data: TrainingData, record_id: int | None) -> int:
        service = TrainingService(session)
        if record_id is None:
            return service.create(data).id
        return service.update(record_id, data, version=self.loaded_version()).id

    def dependents(self, session: Session, record_id: int) -> list[str]:
        return TrainingService(session).dependents(record_id)

    def remove(self, session: Session, record_id: int) -> None:
        TrainingService(session).delete(record_id, version=self.loaded_version())

    def stored(self, session: Session, record_id: int) -> TrainingData:
        return TrainingData.from_training(TrainingService(session).get(record_id))

    def describe(self) -> str:
        return f"„{self._title}“" if self._title else ""

    def apply_read_only(self, read_only: bool) -> None:
        self.ui.attendeesTable.setEnabled(True)
        self._update_own_buttons()

    # --- attendees ----------------------------------------------------------------------------

    def _group_name(self, key: AttendeeKey) -> str:
        return self.tr("Coordination") if key[0] == "coordinator" else self.tr("Volunteer")

    def _show_attendees(self) -> None:
        self._attendees.sort(key=lambda entry: (entry[0][0], sort_key(entry[1])))
        rows = [[name, self._group_name(key)] for key, name in self._attendees]
        common.set_rows(self.ui.attendeesTable, rows, [key for key, _name in self._attendees])
        self.ui.attendeesCountLabel.setText(self.tr("%n attendees", "", len(self._attendees)))
        self._update_own_buttons()

    def _coordinators(self) -> list[dialogs.Candidate]:
        with self.database.read() as session:
            return [
                (("coordinator", c.id), c.name, c.organisation or c.department)
                for c in NetworkService(session).coordinators()
            ]

    def _volunteers(self) -> list[dialogs.Candidate]:
        with self.database.read() as session:
            entries = pickers.volunteers(session)
        return [(("volunteer", vid), name, "") for vid, name, _status in entries]

    def add_attendees(self) -> None:
        if self.is_read_only():
            return
        dialog = dialogs.InviteDialog(
            self.tr("Add attendees"),
            {self.tr("Volunteers"): self._volunteers, self.tr("Coordination"): self._coordinators},
            {key for key, _name in self._attendees},
            self,
        )
        if not common.run_dialog(dialog):
            return
        for key, name, _detail in dialog.chosen():
            self._attendees.append((key, name))  # type: ignore[arg-type]
        self._show_attendees()
        self.on_form_changed()

    def remove_attendee(self) -> None:
        key = common.selected_key(self.ui.attendeesTable)
        if self.is_read_only() or key is None:
            return
        self._attendees = [entry for entry in self._attendees if entry[0] != tuple(key)]
        self._show_attendees()
        self.on_form_changed()

    def _update_own_buttons(self) -> None:
        writable = not self.is_read_only()
        self.ui.addAttendeesButton.setEnabled(writable)
        self.ui.removeAttendeeButton.setEnabled(
            writable and common.selected_row(self.ui.attendeesTable) >= 0
        )
