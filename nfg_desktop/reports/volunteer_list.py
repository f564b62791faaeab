"""Ehrenamtlichenliste: for the coordinators' desk, marked "vertraulich".

Contact data only where consent covers it, otherwise "keine Einwilligung"; the police clearance
status (only whether it is valid and until when, never more).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from nfg_desktop.domain.consent import NO_CONSENT_TEXT
from nfg_desktop.domain.fields import VOLUNTEER
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.reports.options import ReportOptions
from nfg_desktop.reports.page import ReportInfo, draw_empty, render_canvas
from nfg_desktop.reports.table import Column, Span, TableWriter
from nfg_desktop.services import reporting
from nfg_desktop.services.reporting import VolunteerRow

TITLE = "Ehrenamtlichenliste"
NOTE = (
    "Vertraulich: nur für die Netzwerkkoordination, nicht zum Aushängen oder Weitergeben. "
    "Kontaktdaten stehen nur dort, wo die Einwilligung sie abdeckt."
)


def _columns(landscape: bool) -> list[Column]:
    columns = [
        Column("Name", 24),
        Column("Adresse", 22),
        Column(VOLUNTEER.field("phone").label, 14),
        Column(VOLUNTEER.field("email").label, 27),
        Column("Führungszeugnis", 19),
    ]
    if landscape:
        columns.append(Column("Projekte", 30))
    return columns


def _cells(row: VolunteerRow, landscape: bool) -> list[list[Span]]:
    details = [row.status]
    if row.birth_year:
        details.append(f"Jg. {row.birth_year}")
    name = [Span(row.name, bold=True), Span(" · ".join(details), small=True, muted=True)]
    if row.consent:
        address = [Span(row.street), Span(row.town_line)]
        phone = [Span(row.phone)]
        email = [Span(row.email)]
    else:
        address = [Span(NO_CONSENT_TEXT, muted=True)]
        phone = [Span("–", muted=True)]
        email = [Span("–", muted=True)]
    if row.clearance_state == "fehlt":
        text = "fehlt"
    else:
        text = row.clearance_text.removeprefix("Führungszeugnis ")
    clearance = [Span(text, bold=row.clearance_state != "gültig")]
    cells = [name, address, phone, email, clearance]
    if landscape:
        cells.append([Span(", ".join(row.projects))])
    return cells


def build(session: Session, options: ReportOptions) -> bytes:
    rows = reporting.volunteer_rows(session, options.today, status=options.status, ids=options.ids)
    info = ReportInfo(
        title=TITLE,
        subtitle=f"Status {options.status}" if options.status else "",
        network=reporting.network_name(session),
        logo=reporting.network_logo(session),
        today=options.today,
        landscape=options.landscape,
        confidential=True,
    )

    def draw(canvas, frame):  # type: ignore[no-untyped-def]
        if not rows:
            draw_empty(canvas, frame)
            return
        table = TableWriter(canvas, frame, _columns(options.landscape))
        table.group_heading(german_count(len(rows), "Ehrenamtliche/r", "Ehrenamtliche"))
        table.end_group()
        for row in rows:
            table.row(_cells(row, options.landscape))
        table.skip(6)
        table.paragraph(NOTE)
        table.finish()

    return render_canvas(info, draw)
