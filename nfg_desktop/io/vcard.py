"""Partners and contact persons as vCard 4.0 (RFC 6350): one ``.vcf`` file for a selection.

A contact person's phone and e-mail are only written where their consent covers contact data.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from nfg_desktop.domain.consent import consent_of
from nfg_desktop.io.textformat import compound, escape, lines_to_text
from nfg_desktop.store.models import ContactPerson, Partner

_NAMESPACE = uuid.UUID("5b0f8f0e-8a57-4d0c-9a61-6f1e3c2f7a10")
PRODID = "-//NFG Desktop//Netzwerk fuer Generationen//DE"


def _uid(kind: str, record_id: int) -> str:
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{kind}:{record_id}')}"


def _address(partner: Partner) -> list[str]:
    if not (partner.street or partner.postal_code or partner.city):
        return []
    value = compound("", "", partner.street, partner.city, "", partner.postal_code, "Deutschland")
    return [f"ADR;TYPE=work:{value}"]


def partner_card(partner: Partner) -> list[str]:
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"PRODID:{PRODID}",
        "KIND:org",
        f"FN:{escape(partner.name)}",
        f"ORG:{compound(partner.name)}",
        f"UID:{_uid('partner', partner.id)}",
    ]
    lines += _address(partner)
    if partner.phone:
        lines.append(f"TEL;TYPE=work,voice:{escape(partner.phone)}")
    if partner.email:
        lines.append(f"EMAIL;TYPE=work:{escape(partner.email)}")
    if partner.website:
        url = partner.website
        if "://" not in url:
            url = "https://" + url
        lines.append(f"URL:{url}")
    if partner.kind:
        lines.append(f"CATEGORIES:{escape(partner.kind)}")
    lines.append("END:VCARD")
    return lines


def contact_card(contact: ContactPerson, today: date) -> list[str]:
    partner = contact.partner
    lines = [
        "BEGIN:VCARD",
        "VERSION:4.0",
        f"PRODID:{PRODID}",
        "KIND:individual",
        f"FN:{escape(contact.full_name)}",
        f"N:{compound(contact.last_name, contact.first_name, '', '', '')}",
        f"ORG:{compound(partner.name)}",
        f"UID:{_uid('contact', contact.id)}",
    ]
    if contact.function:
        lines.append(f"TITLE:{escape(contact.function)}")
    if consent_of(contact).covers_contact_data(today):
        if contact.phone:
            lines.append(f"TEL;TYPE=work,voice:{escape(contact.phone)}")
        if contact.email:
            lines.append(f"EMAIL;TYPE=work:{escape(contact.email)}")
    lines += _address(partner)
    lines.append("END:VCARD")
    return lines


def partners_vcf(partners: Iterable[Partner], today: date) -> str:
    """One card per organisation followed by the cards of its contact persons."""
    lines: list[str] = []
    for partner in partners:
        lines += partner_card(partner)
        for contact in partner.contacts:
            if not contact.anonymised:
                lines += contact_card(contact, today)
    return lines_to_text(lines)


def contacts_vcf(contacts: Iterable[ContactPerson], today: date) -> str:
    lines: list[str] = []
    for contact in contacts:
        lines += contact_card(contact, today)
    return lines_to_text(lines)
