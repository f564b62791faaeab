"""The options a report can take (the same for the command line and the window)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from nfg_desktop.domain.errors import ValidationError
from nfg_desktop.reports.language import GERMAN, LANGUAGES

LABELS_PER_SHEET = 24


@dataclass
class ReportOptions:
    today: date = field(default_factory=date.today)
    # The records chosen in a list (selected or filtered); None means all.
    ids: list[int] | None = None
    meeting_id: int | None = None
    project_id: int | None = None
    year: int | None = None
    group_by: str = "kind"  # "kind" or "focus"
    status: str | None = None
    focus: str | None = None
    landscape: bool = False
    blank_rows: int = 10
    start_label: int = 1
    phone: bool = False
    # The printout's language: "de" (the default, the municipality's documents) or "en".
    language: str = GERMAN

    def check(self) -> None:
        errors: dict[str, str] = {}
        if self.group_by not in ("kind", "focus"):
            errors["group_by"] = "Gruppierung: „kind“ (Art) oder „focus“ (Schwerpunkt)."
        if not 0 <= self.blank_rows <= 200:
            errors["blank_rows"] = "Leerzeilen: eine Zahl von 0 bis 200."
        if not 1 <= self.start_label <= LABELS_PER_SHEET:
            errors["start_label"] = (
                f"Startetikett: eine Zahl von 1 bis {LABELS_PER_SHEET} (Position auf dem Bogen)."
            )
        if self.year is not None and not 1990 <= self.year <= 2200:
            errors["year"] = "Jahr: bitte ein Jahr wie 2026 angeben."
        if self.language not in LANGUAGES:
            errors["language"] = "Sprache: „de“ (Deutsch) oder „en“ (Englisch)."
        if errors:
            raise ValidationError(errors)
