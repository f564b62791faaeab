"""The form of a partner organisation with its contact persons."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import (
    ChoiceList,
    FocusArea,
    PartnerKind,
    PartnerStatus,
    Sector,
    TargetGroup,
)
from nfg_desktop.gui.editors import common, dialogs
from nfg_desktop.gui.forms.ui_partner_editor import Ui_PartnerEditor
from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.services.common import choice_options
from nfg_desktop.services.network import NetworkService
from nfg_desktop.services.partners import (
    ContactData,
    PartnerData,
    PartnerService,
    validate_partner,
)
from nfg_desktop.store.database import Database


class PartnerEditor(RecordEditor):
    kind = "partner"

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        self.ui = Ui_PartnerEditor()
        self.ui.setupUi(self)
        self._contacts: list[ContactData] = []
        self._name = ""
        ui = self.ui
        ui.focusChecks.set_options(list(FocusArea))
        ui.targetChecks.set_options(list(TargetGroup))
        ui.targetChecks.place_after(ui.focusChecks.place_after(ui.websiteEdit))
        common.setup_table(ui.contactsTable, stretch=(0, 3))
        for name, widget in (
            ("name", ui.nameEdit),
            ("kind", ui.kindCombo),
            ("sector", ui.sectorCombo),
            ("status", ui.statusCombo),
            ("partner_since", ui.partnerSinceEdit),
            ("agreement_on", ui.agreementEdit),
            ("street", ui.streetEdit),
            ("postal_code", ui.postalCodeEdit),
            ("city", ui.cityEdit),
            ("locality", ui.localityCombo),
            ("phone", ui.phoneEdit),
            ("email", ui.emailEdit),
            ("website", ui.websiteEdit),
            ("focus_areas", ui.focusChecks),
            ("target_groups", ui.targetChecks),
            ("contacts", ui.contactsTable),
            ("notes", ui.notesEdit),
        ):
            self.register_field(name, widget)
        for widget in (ui.partnerSinceEdit, ui.agreementEdit, ui.focusChecks, ui.targetChecks):
            widget.on_changed(self.on_form_changed)
        ui.addContactButton.clicked.connect(self.add_contact)
        ui.editContactButton.clicked.connect(self.edit_contact)
        ui.removeContactButton.clicked.connect(self.remove_contact)
        ui.primaryContactButton.clicked.connect(self.make_primary)
        ui.contactsTable.doubleClicked.connect(lambda _index: self.edit_contact())
        ui.contactsTable.itemSelectionChanged.connect(self._update_contact_buttons)
        self._update_contact_buttons()
        common.prepare_editor(self)

    # --- RecordEditor hooks -------------------------------------------------------------------

    def fill(self, session: Session, record_id: int | None) -> None:
        ui = self.ui
        if record_id is None:
            data = PartnerData(name="", kind=PartnerKind.SONSTIGE.value, contacts=[])
        else:
            data = PartnerData.from_partner(PartnerService(session).get(record_id))
        self._name = data.name
        ui.nameEdit.setText(data.name)
        common.fill_combo(ui.kindCombo, choice_options(session, ChoiceList.PARTNER_KIND), data.kind)
        common.fill_combo(ui.sectorCombo, list(Sector), data.sector, empty=self.tr("(not set)"))
        common.fill_combo(ui.statusCombo, list(PartnerStatus), data.status)
        ui.partnerSinceEdit.set_value(data.partner_since)
        ui.agreementEdit.set_value(data.agreement_on)
        ui.streetEdit.setText(data.street)
        ui.postalCodeEdit.setText(data.postal_code)
        ui.cityEdit.setText(data.city)
        common.fill_combo(ui.localityCombo, NetworkService(session).localities(), data.locality)
        ui.phoneEdit.setText(data.phone)
        ui.emailEdit.setText(data.email)
        ui.websiteEdit.setText(data.website)
        ui.focusChecks.set_values(data.focus_areas)
        ui.targetChecks.set_values(data.target_groups)
        ui.notesEdit.setPlainText(data.notes)
        self._contacts = list(data.contacts or [])
        self._show_contacts()
        common.show_text_starts(self)

    def collect(self) -> PartnerData:
        ui = self.ui
        return PartnerData(
            name=ui.nameEdit.text(),
            kind=common.combo_value(ui.kindCombo),
            sector=common.combo_value(ui.sectorCombo),
            street=ui.streetEdit.text(),
            postal_code=ui.postalCodeEdit.text(),
            city=ui.cityEdit.text(),
            locality=common.combo_value(ui.localityCombo),
            phone=ui.phoneEdit.text(),
            email=ui.emailEdit.text(),
            website=ui.websiteEdit.text(),
            status=common.combo_value(ui.statusCombo),
            partner_since=ui.partnerSinceEdit.value(),
            agreement_on=ui.agreementEdit.value(),
            notes=ui.notesEdit.toPlainText(),
            focus_areas=ui.focusChecks.values(),
            target_groups=ui.targetChecks.values(),
            contacts=copy.deepcopy(self._contacts),
        )

    def validate(self, session: Session, data: PartnerData) -> None:
        validate_partner(session, data)

    def store(self, session: Session, data: PartnerData, record_id: int | None) -> int:
        service = PartnerService(session)
        if record_id is None:
            return service.create(data).id
        return service.update(record_id, data, version=self.loaded_version()).id

    def dependents(self, session: Session, record_id: int) -> list[str]:
        return PartnerService(session).dependents(record_id)

    def remove(self, session: Session, record_id: int) -> None:
        PartnerService(session).delete(record_id, version=self.loaded_version())

    def stored(self, session: Session, record_id: int) -> PartnerData:
        return PartnerData.from_partner(PartnerService(session).get(record_id))

    def describe(self) -> str:
        return f"„{self._name}“" if self._name else ""

    def apply_read_only(self, read_only: bool) -> None:
        self.ui.contactsTable.setEnabled(True)
        self._update_contact_buttons()

    # --- contact persons ----------------------------------------------------------------------

    def _show_contacts(self) -> None:
        rows = [
            [
                f"{c.first_name} {c.last_name}".strip(),
                c.function,
                c.phone,
                c.email,
                self.tr("yes") if c.is_primary else "",
            ]
            for c in self._contacts
        ]
        common.set_rows(self.ui.contactsTable, rows, list(range(len(rows))))
        self._update_contact_buttons()

    def _update_contact_buttons(self) -> None:
        writable = not self.is_read_only()
        selected = common.selected_row(self.ui.contactsTable) >= 0
        self.ui.addContactButton.setEnabled(writable)
        self.ui.editContactButton.setEnabled(writable and selected)
        self.ui.removeContactButton.setEnabled(writable and selected)
        self.ui.primaryContactButton.setEnabled(writable and selected)

    def _contacts_changed(self, select: int | None = None) -> None:
        self._show_contacts()
        if select is not None and 0 <= select < len(self._contacts):
            self.ui.contactsTable.selectRow(select)
        self.on_form_changed()

    def add_contact(self) -> None:
        if self.is_read_only():
            return
        dialog = dialogs.ContactDialog(None, self)
        if not common.run_dialog(dialog) or dialog.result_data is None:
            return
        contact = dialog.result_data
        if not self._contacts:
            contact.is_primary = True
        if contact.is_primary:
            for other in self._contacts:
                other.is_primary = False
        self._contacts.append(contact)
        self._contacts_changed(len(self._contacts) - 1)

    def edit_contact(self) -> None:
        row = common.selected_row(self.ui.contactsTable)
        if self.is_read_only() or row < 0:
            return
        dialog = dialogs.ContactDialog(copy.deepcopy(self._contacts[row]), self)
        if not common.run_dialog(dialog) or dialog.result_data is None:
            return
        contact = dialog.result_data
        if contact.is_primary:
            for other in self._contacts:
                other.is_primary = False
        self._contacts[row] = contact
        self._contacts_changed(row)

    def remove_contact(self) -> None:
        row = common.selected_row(self.ui.contactsTable)
        if self.is_read_only() or row < 0:
            return
        removed = self._contacts.pop(row)
        if removed.is_primary and self._contacts:
            self._contacts[0].is_primary = True
        self._contacts_changed(min(row, len(self._contacts) - 1))

    def make_primary(self) -> None:
        row = common.selected_row(self.ui.contactsTable)
        if self.is_read_only() or row < 0:
            return
        for index, contact in enumerate(self._contacts):
            contact.is_primary = index == row
        self._contacts_changed(row)
