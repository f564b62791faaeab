"""Ehrenamtlichenliste: for the coordinators' desk, marked "vertraulich".

Contact data only where consent covers it, otherwise "keine Einwilligung"; the police clearance
status (only whether it is valid and until when, never more).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from nfg_desktop.domain.clearance import ClearanceState
from nfg_desktop.domain.consent import NO_CONSENT_TEXT
from nfg_desktop.domain.fields import VOLUNTEER
from nfg_desktop.reports.language import Texts, texts
from nfg_desktop.reports.options import ReportOptions
from nfg_desktop.reports.page import ReportInfo, draw_empty, render_canvas
from nfg_desktop.reports.table import Column, Span, TableWriter
from nfg_desktop.reports.text import GLUE
from nfg_desktop.services import letterhead, reporting
from nfg_desktop.services.reporting import VolunteerRow

TITLE = "Ehrenamtlichenliste"
NOTE = (
    "Vertraulich: nur für die Netzwerkkoordination, nicht zum Aushängen oder Weitergeben. "
    "Kontaktdaten stehen nur dort, wo die Einwilligung sie abdeckt."
)


def _columns(landscape: bool, t: Texts) -> list[Column]:
    columns = [
        Column(t("Name"), 24),
        Column(t("Adresse"), 22),
        Column(t(VOLUNTEER.field("phone").label), 14),
        Column(t(VOLUNTEER.field("email").label), 27),
        Column(t("Führungszeugnis"), 19),
    ]
    if landscape:
        columns.append(Column(t("Projekte"), 30))
    return columns


# The state of a police clearance in the column headed „Führungszeugnis“.
_CLEARANCE = {
    ClearanceState.VALID: "gültig bis {day}",
    ClearanceState.EXPIRING: "läuft am {day} ab",
    ClearanceState.EXPIRED: "abgelaufen seit {day}",
    ClearanceState.NOT_CLEAN: "nicht einwandfrei",
    ClearanceState.MISSING: "fehlt",
}


def _clearance(row: VolunteerRow, t: Texts) -> str:
    if not t.english:  # the domain's own words
        if row.clearance_state == "fehlt":
            return "fehlt"
        return row.clearance_text.removeprefix("Führungszeugnis ")
    day = t.date(row.clearance_until).replace(" ", GLUE)  # "2 Jul 2031" stays on one line
    return t(_CLEARANCE[ClearanceState(row.clearance_state)], day=day)


def _cells(row: VolunteerRow, landscape: bool, t: Texts) -> list[list[Span]]:
    details = [t.value(row.status)]
    if row.birth_year:
        details.append(t("Jg. {year}", year=row.birth_year))
    name = [Span(row.name, bold=True), Span(" · ".join(details), small=True, muted=True)]
    if row.consent:
        address = [Span(row.street), Span(row.town_line)]
        phone = [Span(row.phone)]
        email = [Span(row.email)]
    else:
        address = [Span(t(NO_CONSENT_TEXT), muted=True)]
        phone = [Span("–", muted=True)]
        email = [Span("–", muted=True)]
    clearance = [Span(_clearance(row, t), bold=row.clearance_state != "gültig")]
    cells = [name, address, phone, email, clearance]
    if landscape:
        cells.append([Span(", ".join(row.projects))])
    return cells


def build(session: Session, options: ReportOptions) -> bytes:
    rows = reporting.volunteer_rows(session, options.today, status=options.status, ids=options.ids)
    t = texts(options.language)
    status = t("Status {status}", status=t.value(options.status)) if options.status else ""
    head = letterhead.read(session)
    info = ReportInfo(
        title=t(TITLE),
        subtitle=status,
        network=head.network,
        logo=head.logo,
        today=options.today,
        landscape=options.landscape,
        confidential=True,
        language=options.language,
    )

    def draw(canvas, frame):  # type: ignore[no-untyped-def]
        if not rows:
            draw_empty(canvas, frame)
            return
        table = TableWriter(canvas, frame, _columns(options.landscape, t))
        table.group_heading(t.count(len(rows), "Ehrenamtliche/r", "Ehrenamtliche"))
        table.end_group()
        for row in rows:
            table.row(_cells(row, options.landscape, t))
        table.skip(6)
        table.paragraph(t(NOTE))
        table.finish()

    return render_canvas(info, draw)
