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


NO_CONSENT_TEXT = "keine Einwilligung"
