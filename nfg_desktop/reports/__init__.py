"""The printouts: seven PDF reports (and the Auskunft in disclosure.py), Qt-free, reading

``REPORTS`` names each report (the id is the `report KIND` of the command line), its German title,
the options it takes and the lists it fits; ``render()`` makes the PDF as bytes, ``render_noted()``
also says which characters no font could show (``Rendered.note`` for the user).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import TYPE_CHECKING

from nfg_desktop.domain.choices import FocusArea, PartnerStatus, VolunteerStatus, match_choice
from nfg_desktop.domain.errors import DomainError, ValidationError
from nfg_desktop.reports.options import ReportOptions

if TYPE_CHECKING:
    from nfg_desktop.services.plain_rows import RowSource

__all__ = [
    "REPORTS",
    "ReportKind",
    "ReportOptions",
    "Rendered",
    "render",
    "render_noted",
    "reports_for_list",
]


@dataclass(frozen=True)
class ReportKind:
    id: str
    title: str
    description: str
    # Option names (fields of ReportOptions) this report uses.
    options: tuple[str, ...]
    # Record kinds of the lists whose selection it prints ("partner", "volunteer", ...).
    fits: tuple[str, ...]
    # The module in nfg_desktop/reports/ with ``build(session, options) -> bytes``; imported
    # only when the report is made, so that starting the program stays quick.
    module: str
    statuses: tuple[str, ...] = ()
    # Reads through the tables alone (``services.report_rows``, ``services.letterhead``), so
    # ``build`` also takes a plain connection: the command line gives it one, and printing then
    # never imports the ORM (about 0.1 s of the command's start).
    tables_only: bool = False

    def build(self, session: RowSource, options: ReportOptions) -> bytes:
        module = importlib.import_module(f"nfg_desktop.reports.{self.module}")
        data: bytes = module.build(session, options)
        return data


REPORTS: dict[str, ReportKind] = {
    report.id: report
    for report in (
        ReportKind(
            "partner-list",
            "Partnerliste",
            "Die Partner für ein Treffen, nach Art oder Schwerpunkt gruppiert, mit "
            "Ansprechperson, Telefon, E-Mail und Adresse.",
            ("group_by", "status", "focus", "landscape"),
            ("partner",),
            "partner_list",
            tuple(PartnerStatus),
            tables_only=True,
        ),
        ReportKind(
            "attendance",
            "Teilnehmerliste",
            "Anwesenheitsliste eines Termins zum Unterschreiben, mit Leerzeilen für "
            "Spontangäste und Datenschutzhinweis.",
            ("meeting_id", "phone", "blank_rows", "landscape"),
            ("meeting",),
            "attendance",
        ),
        ReportKind(
            "project-profile",
            "Projektsteckbrief",
            "Eine Seite je Projekt für den Austausch mit anderen Standorten.",
            ("project_id",),
            ("project",),
            "project_profile",
        ),
        ReportKind(
            "volunteer-list",
            "Ehrenamtlichenliste",
            "Vertraulich: Ehrenamtliche mit Kontaktdaten (nur mit Einwilligung) und dem Stand "
            "des Führungszeugnisses.",
            ("status", "landscape"),
            ("volunteer",),
            "volunteer_list",
            tuple(VolunteerStatus),
        ),
        ReportKind(
            "annual-report",
            "Jahresbericht",
            "Die Zahlen eines Jahres mit Diagrammen: Partner, Projekte, Ehrenamtliche, "
            "Stunden und Termine.",
            ("year",),
            (),
            "annual_report",
        ),
        ReportKind(
            "labels",
            "Adressetiketten",
            "Partneradressen auf Etikettenbogen 3 × 8 (70 × 37 mm, z. B. Zweckform 3474).",
            ("status", "focus", "start_label"),
            ("partner",),
            "labels",
            tuple(PartnerStatus),
        ),
        ReportKind(
            "network-map",
            "Netzwerkkarte",
            "Das Netzwerk auf einer Seite (große Netzwerke auf mehreren): Schwerpunkte und "
            "Projekte mit ihren Partnern.",
            ("status", "focus"),
            ("partner",),
            "network_map",
            tuple(PartnerStatus),
        ),
    )
}


def reports_for_list(record_kind: str) -> list[ReportKind]:
    """The reports that print the selected or filtered records of a list."""
    return [report for report in REPORTS.values() if record_kind in report.fits]


def report_kind(kind_id: str) -> ReportKind:
    report = REPORTS.get(kind_id)
    if report is None:
        raise DomainError(
            f"Einen Bericht „{kind_id}“ gibt es nicht. Möglich sind: {', '.join(REPORTS)}."
        )
    return report


def _check(report: ReportKind, options: ReportOptions) -> None:
    options.check()
    errors: dict[str, str] = {}
    if options.status:
        status = match_choice(options.status, report.statuses) if report.statuses else None
        if status is None:
            allowed = ", ".join(report.statuses) or "keiner"
            errors["status"] = f"Status „{options.status}“ passt nicht. Möglich: {allowed}."
        else:
            options.status = status
    if options.focus:
        focus = match_choice(options.focus, tuple(FocusArea))
        if focus is None:
            errors["focus"] = (
                f"Schwerpunkt „{options.focus}“ gibt es nicht. Möglich: {', '.join(FocusArea)}."
            )
        else:
            options.focus = focus
    if errors:
        raise ValidationError(errors)


def render(kind_id: str, session: RowSource, options: ReportOptions) -> bytes:
    """The PDF of report ``kind_id`` (raises DomainError with a German message)."""
    from nfg_desktop.gcpolicy import collector_paused

    report = report_kind(kind_id)
    _check(report, options)
    # Thousands of rows and lines that stay until the PDF is written, hardly any cycles.
    with collector_paused():
        return report.build(session, options)


@dataclass(frozen=True)
class Rendered:
    """A finished PDF and the characters in it that no font could show (empty boxes)."""

    data: bytes
    missing_glyphs: frozenset[str] = frozenset()

    @property
    def note(self) -> str:
        """The German note for the user ("" when every character printed)."""
        from nfg_desktop.reports.fonts import missing_note  # reportlab only when printing

        return missing_note(self.missing_glyphs)


def render_noted(kind_id: str, session: RowSource, options: ReportOptions) -> Rendered:
    """Like ``render()``, noting the characters that printed as empty boxes."""
    from nfg_desktop.reports.fonts import recording_missing  # reportlab only when printing

    with recording_missing() as missing:
        data = render(kind_id, session, options)
    return Rendered(data, frozenset(missing))
