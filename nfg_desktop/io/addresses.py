"""E-mail addresses of a selection: for "E-Mail an Auswahl" (mailto: with BCC) and
"Adressen kopieren" (``; `` separated, as Outlook takes them).

Partners: the organisation's address, else the primary contact's where consent covers it.
Volunteers: only where consent covers contact data.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import quote

from sqlalchemy.orm import Session

from nfg_desktop.domain.consent import consent_of
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.services.volunteers import VolunteerService

# Windows hands mailto: links of more than about 2,000 characters to the mail program cut off.
MAILTO_LIMIT = 2000


@dataclass
class Addresses:
    emails: list[str] = field(default_factory=list)
    without: list[str] = field(default_factory=list)  # names without a usable address

    def clipboard_text(self) -> str:
        return "; ".join(self.emails)

    def mailto_url(self) -> str:
        """``mailto:?bcc=a@x.de,b@y.de`` (RFC 6068); everyone in BCC."""
        return "mailto:?bcc=" + ",".join(quote(email, safe="@.+-_") for email in self.emails)

    def fits_mailto(self) -> bool:
        return len(self.mailto_url()) <= MAILTO_LIMIT


def _add(result: Addresses, seen: set[str], email: str, name: str) -> None:
    if not email:
        result.without.append(name)
        return
    key = email.casefold()
    if key not in seen:
        seen.add(key)
        result.emails.append(email)


def partner_addresses(session: Session, ids: list[int], today: date | None = None) -> Addresses:
    today = today or date.today()
    result, seen = Addresses(), set[str]()
    for partner in PartnerService(session).list(ids=ids):
        email = partner.email
        contact = partner.primary_contact
        if not email and contact is not None and consent_of(contact).covers_contact_data(today):
            email = contact.email
        _add(result, seen, email, partner.name)
    return result


def volunteer_addresses(session: Session, ids: list[int], today: date | None = None) -> Addresses:
    today = today or date.today()
    result, seen = Addresses(), set[str]()
    for volunteer in VolunteerService(session).list(ids=ids):
        if volunteer.anonymised:
            continue
        covered = consent_of(volunteer).covers_contact_data(today)
        _add(result, seen, volunteer.email if covered else "", volunteer.full_name)
    return result


def addresses_of(
    session: Session, kind: str, ids: list[int], today: date | None = None
) -> Addresses:
    if kind in ("partner", "partners"):
        return partner_addresses(session, ids, today)
    if kind in ("volunteer", "volunteers"):
        return volunteer_addresses(session, ids, today)
    return Addresses()
