"""Consent (Einwilligung) of a volunteer or contact person: what it covers on a given day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class ConsentFacts:
    given_on: date | None
    contact_data: bool
    photos: bool
    sharing: bool
    withdrawn_on: date | None

    def active(self, today: date | None = None) -> bool:
        if self.given_on is None:
            return False
        if self.withdrawn_on is not None and self.withdrawn_on <= (today or date.today()):
            return False
        return True

    def covers_contact_data(self, today: date | None = None) -> bool:
        return self.active(today) and self.contact_data


def consent_of(person: object) -> ConsentFacts:
    """The consent facts of a volunteer or contact person."""
    return ConsentFacts(
        given_on=getattr(person, "consent_given_on", None),
        contact_data=bool(getattr(person, "consent_contact_data", False)),
        photos=bool(getattr(person, "consent_photos", False)),
        sharing=bool(getattr(person, "consent_sharing", False)),
        withdrawn_on=getattr(person, "consent_withdrawn_on", None),
    )


NO_CONSENT_TEXT = "keine Einwilligung"
