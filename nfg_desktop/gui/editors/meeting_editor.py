"""The form of a meeting: kind, time, place, invitations with attendance, agenda, minutes."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QTableWidgetItem, QWidget
from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import ChoiceList, MeetingKind
from nfg_desktop.domain.collation import sort_key
from nfg_desktop.gui.editors import common, dialogs
from nfg_desktop.gui.forms.ui_meeting_editor import Ui_MeetingEditor
from nfg_desktop.gui.language.messages import shown, shown_value
from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.services import pickers
from nfg_desktop.services.common import choice_options
from nfg_desktop.services.meetings import InvitationData, MeetingData, MeetingService
from nfg_desktop.services.network import NetworkService
from nfg_desktop.store.database import Database


@dataclass
class Invited:
    data: InvitationData
    name: str
    organisation: str


class MeetingEditor(RecordEditor):
    kind = "meeting"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_MeetingEditor()
        self.ui.setupUi(self)
        self.now = datetime.now
        self._title = ""
        self._invited: list[Invited] = []
        ui = self.ui
        common.setup_table(ui.invitationsTable, stretch=(1, 2))
        for name, widget in (
            ("title", ui.titleEdit),
            ("kind", ui.kindCombo),
            ("starts_at", ui.dayEdit),
            # Part of "starts_at" (its errors show below the day); registered to be watched
            # and locked like the others.
            ("start_time", ui.startTimeEdit),
            ("ends_at", ui.endsEdit),
            ("place", ui.placeEdit),
            ("invitations", ui.invitationsTable),
            ("agenda", ui.agendaEdit),
            ("minutes", ui.minutesEdit),
        ):
            self.register_field(name, widget)
        ui.dayEdit.set_required(True)
        ui.dayEdit.on_changed(self.on_form_changed)
        ui.endsEdit.on_changed(self.on_form_changed)
        ui.invitationsTable.itemChanged.connect(self._attendance_changed)
        ui.invitationsTable.itemSelectionChanged.connect(self._update_own_buttons)
        ui.invitePartnersButton.clicked.connect(self.invite_partners)
        ui.invitePeopleButton.clicked.connect(self.invite_people)
        ui.removeInvitationButton.clicked.connect(self.remove_invitation)
        self._update_own_buttons()
        common.prepare_editor(self)

    # --- RecordEditor hooks -------------------------------------------------------------------

    def fill(self, session: Session, record_id: int | None) -> None:
        ui = self.ui
        self._invited = []
        if record_id is None:
            start = (self.now() + timedelta(days=7)).replace(
                hour=18, minute=0, second=0, microsecond=0
            )
            data = MeetingData(
                title="",
                starts_at=start,
                kind=MeetingKind.NETZWERKTREFFEN.value,
                invitations=[],
            )
        else:
            service = MeetingService(session)
            data = MeetingData.from_meeting(service.get(record_id))
            for invitation in service.invitations(record_id):
                self._invited.append(
                    Invited(
                        InvitationData(
                            invitation.partner_id,
                            invitation.contact_id,
                            invitation.volunteer_id,
                            invitation.coordinator_id,
                            invitation.attended,
                        ),
                        invitation.person_name or shown(invitation.organisation_name),
                        shown(invitation.organisation_name) if invitation.person_name else "",
                    )
                )
        self._title = data.title
        ui.titleEdit.setText(data.title)
        common.fill_combo(ui.kindCombo, choice_options(session, ChoiceList.MEETING_KIND), data.kind)
        ui.dayEdit.set_value(data.starts_at.date())
        ui.startTimeEdit.setTime(QTime(data.starts_at.hour, data.starts_at.minute))
        ui.endsEdit.set_value(data.ends_at.time() if data.ends_at else None)
        ui.placeEdit.setText(data.place)
        ui.agendaEdit.setPlainText(data.agenda)
        ui.minutesEdit.setPlainText(data.minutes)
        self._show_invited()
        common.show_text_starts(self)

    def collect(self) -> MeetingData:
        ui = self.ui
        day = ui.dayEdit.value()
        start = ui.startTimeEdit.time()
        # No date (or an unreadable one): the service names the missing start.
        starts = datetime.combine(day, time(start.hour(), start.minute())) if day else None
        end_time = ui.endsEdit.value()
        return MeetingData(
            title=ui.titleEdit.text(),
            starts_at=starts,  # type: ignore[arg-type]
            kind=common.combo_value(ui.kindCombo),
            ends_at=datetime.combine(day, end_time) if day and end_time else None,
            place=ui.placeEdit.text(),
            agenda=ui.agendaEdit.toPlainText(),
            minutes=ui.minutesEdit.toPlainText(),
            invitations=[copy.copy(invited.data) for invited in self._invited],
        )

    def validate(self, session: Session, data: MeetingData) -> None:
        MeetingService(session).validate(data)

    def store(self, session: Session, data: MeetingData, record_id: int | None) -> int:
        service = MeetingService(session)
        if record_id is None:
            return service.create(data).id
        return service.update(record_id, data, version=self.loaded_version()).id

    def dependents(self, session: Session, record_id: int) -> list[str]:
        return MeetingService(session).dependents(record_id)

    def remove(self, session: Session, record_id: int) -> None:
        MeetingService(session).delete(record_id, version=self.loaded_version())

    def stored(self, session: Session, record_id: int) -> MeetingData:
        return MeetingData.from_meeting(MeetingService(session).get(record_id))

    def describe(self) -> str:
        return self.tr("“%1”").replace("%1", self._title) if self._title else ""

    def apply_read_only(self, read_only: bool) -> None:
        self.ui.invitationsTable.setEnabled(True)
        self._show_invited()

    # --- invitations --------------------------------------------------------------------------

    def _show_invited(self) -> None:
        table = self.ui.invitationsTable
        rows = [["", invited.name, invited.organisation] for invited in self._invited]
        common.set_rows(table, rows, [invited.data.key() for invited in self._invited])
        table.blockSignals(True)
        for row, invited in enumerate(self._invited):
            item = table.item(row, 0)
            flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
            if not self.is_read_only():
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags)
            item.setCheckState(
                Qt.CheckState.Checked if invited.data.attended else Qt.CheckState.Unchecked
            )
            item.setToolTip(self.tr("Attended"))
        table.blockSignals(False)
        self._show_attendance()

    def _show_attendance(self) -> None:
        attended = sum(1 for invited in self._invited if invited.data.attended)
        self.ui.attendanceLabel.setText(
            self.tr("%1 invited, %2 attended")
            .replace("%1", str(len(self._invited)))
            .replace("%2", str(attended))
        )
        self._update_own_buttons()

    def _attendance_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        row = item.row()
        if 0 <= row < len(self._invited):
            self._invited[row].data.attended = item.checkState() == Qt.CheckState.Checked
            self._show_attendance()
            self.on_form_changed()

    def set_attended(self, row: int, attended: bool) -> None:
        """Tick the attendance box of ``row`` as a click would."""
        self.ui.invitationsTable.item(row, 0).setCheckState(
            Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked
        )

    def _taken(self) -> set[object]:
        return {invited.data.key() for invited in self._invited}

    def _add(self, chosen: list[dialogs.Candidate]) -> None:
        for key, name, organisation in chosen:
            partner_id, contact_id, volunteer_id, coordinator_id = key  # type: ignore[misc]
            data = InvitationData(partner_id, contact_id, volunteer_id, coordinator_id)
            self._invited.append(Invited(data, name, organisation))
        self._invited.sort(key=lambda i: sort_key(i.organisation, i.name))
        self._show_invited()
        self.on_form_changed()

    def _partners(self) -> list[dialogs.Candidate]:
        with self.database.read() as session:
            entries = pickers.partners(session, include_left=False)
        return [((pid, None, None, None), name, shown_value(kind)) for pid, name, kind in entries]

    def _contacts(self) -> list[dialogs.Candidate]:
        with self.database.read() as session:
            entries = pickers.contacts(session)
        return [((None, cid, None, None), name, org) for cid, name, org in entries]

    def _volunteers(self) -> list[dialogs.Candidate]:
        with self.database.read() as session:
            entries = pickers.volunteers(session)
        return [((None, None, vid, None), name, "") for vid, name, _status in entries]

    def _coordinators(self) -> list[dialogs.Candidate]:
        with self.database.read() as session:
            return [
                ((None, None, None, c.id), c.name, c.organisation or c.department)
                for c in NetworkService(session).coordinators()
            ]

    def invite_partners(self) -> None:
        if self.is_read_only():
            return
        dialog = dialogs.InviteDialog(
            self.tr("Invite partners"),
            {self.tr("Partner organisations"): self._partners},
            self._taken(),
            self,
        )
        if common.run_dialog(dialog):
            self._add(dialog.chosen())

    def invite_people(self) -> None:
        if self.is_read_only():
            return
        dialog = dialogs.InviteDialog(
            self.tr("Invite people"),
            {
                self.tr("Contact persons of partners"): self._contacts,
                self.tr("Volunteers"): self._volunteers,
                self.tr("Coordination"): self._coordinators,
            },
            self._taken(),
            self,
        )
        if common.run_dialog(dialog):
            self._add(dialog.chosen())

    def remove_invitation(self) -> None:
        row = common.selected_row(self.ui.invitationsTable)
        if self.is_read_only() or row < 0:
            return
        del self._invited[row]
        self._show_invited()
        self.on_form_changed()

    def _update_own_buttons(self) -> None:
        writable = not self.is_read_only()
        self.ui.invitePartnersButton.setEnabled(writable)
        self.ui.invitePeopleButton.setEnabled(writable)
        self.ui.removeInvitationButton.setEnabled(
            writable and common.selected_row(self.ui.invitationsTable) >= 0
        )
