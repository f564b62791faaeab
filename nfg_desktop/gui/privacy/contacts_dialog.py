"""Data protection for the contact persons of one partner: Auskunft, erase, anonymise, history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from nfg_desktop.domain.collation import german_sorted
from nfg_desktop.domain.consent import consent_of
from nfg_desktop.gui.privacy.actions import PrivacyActions
from nfg_desktop.store.models import ContactPerson

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactPrivacyDialog(QDialog):
    def __init__(
        self, actions: PrivacyActions, partner_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactPrivacyDialog")
        self.actions = actions
        self.partner_id = partner_id
        self.changed = False  # a contact person was erased or anonymised
        self.setWindowTitle(self.tr("Data protection: contact persons"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose a contact person of this partner:"), self))
        self.contacts = QListWidget(self)
        self.contacts.setObjectName("contactList")
        layout.addWidget(self.contacts, 1)
        row = QHBoxLayout()
        self.disclose_button = QPushButton(self.tr("Information…"), self)
        self.erase_button = QPushButton(self.tr("Erase (Art. 17)…"), self)
        self.anonymise_button = QPushButton(self.tr("Anonymise…"), self)
        self.history_button = QPushButton(self.tr("History"), self)
        for button, handler in (
            (self.disclose_button, self._disclose),
            (self.erase_button, self._erase),
            (self.anonymise_button, self._anonymise),
            (self.history_button, self._history),
        ):
            button.clicked.connect(handler)
            row.addWidget(button)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.contacts.currentRowChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.contacts.clear()
        with self.actions.database.read() as session:
            contacts = german_sorted(
                session.scalars(
                    select(ContactPerson).where(ContactPerson.partner_id == self.partner_id)
                ).all(),
                key=lambda c: (c.last_name, c.first_name),
            )
            for contact in contacts:
                consent = (
                    self.tr("consent given")
                    if consent_of(contact).active()
                    else self.tr("no consent")
                )
                text = f"{contact.full_name}"
                if contact.function:
                    text += f" ({contact.function})"
                item = QListWidgetItem(f"{text} – {consent}")
                item.setData(ID_ROLE, contact.id)
                self.contacts.addItem(item)
        if self.contacts.count():
            self.contacts.setCurrentRow(0)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.contacts.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        for button in (
            self.disclose_button,
            self.erase_button,
            self.anonymise_button,
            self.history_button,
        ):
            button.setEnabled(chosen)

    def _disclose(self) -> None:
        if (contact_id := self.selected_id()) is not None:
            self.actions.disclose("contact", contact_id)

    def _erase(self) -> None:
        if (contact_id := self.selected_id()) is not None:
            if self.actions.erase("contact", contact_id):
                self.changed = True
                self.reload()

    def _anonymise(self) -> None:
        if (contact_id := self.selected_id()) is not None:
            if self.actions.anonymise("contact", contact_id):
                self.changed = True
                self.reload()

    def _history(self) -> None:
        if (contact_id := self.selected_id()) is not None:
            item = self.contacts.currentItem()
            self.actions.show_history("contact_person", contact_id, item.text().split(" – ")[0])
