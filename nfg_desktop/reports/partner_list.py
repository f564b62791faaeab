"""Partnerliste: the partners for a meeting, grouped by kind or focus area."""

from __future__ import annotations

from sqlalchemy.orm import Session

from nfg_desktop.reports.options import ReportOptions
from nfg_desktop.reports.page import ReportInfo, draw_empty, render_canvas
from nfg_desktop.reports.table import Column, Span, TableWriter
from nfg_desktop.services import reporting
from nfg_desktop.services.reporting import PartnerRow

TITLE = "Partnerliste"


def _subtitle(options: ReportOptions) -> str:
    parts = ["nach Schwerpunkt" if options.group_by == "focus" else "nach Art"]
    if options.status:
        parts.append(f"Status {options.status}")
    if options.focus:
        parts.append(options.focus)
    return ", ".join(parts)


def _columns(landscape: bool) -> list[Column]:
    if landscape:
        return [
            Column("Partner", 28),
            Column("Adresse", 18),
            Column("Ansprechperson", 18),
            Column("Telefon", 13),
            Column("E-Mail", 30),
            Column("Schwerpunkte", 18),
        ]
    return [
        Column("Partner", 30),
        Column("Adresse", 20),
        Column("Ansprechperson", 20),
        Column("Telefon", 16),
        Column("E-Mail", 24),
    ]


def _cells(row: PartnerRow, group_by: str, landscape: bool) -> list[list[Span]]:
    name = [Span(row.name, bold=True)]
    extra = []
    if group_by == "focus":
        extra.append(row.kind)
    elif not landscape:
        extra.append(", ".join(row.focus_areas))
    if row.status != "aktiv":
        extra.append(row.status)
    detail = " · ".join(e for e in extra if e)
    if detail:
        name.append(Span(detail, small=True, muted=True))
    contact = [Span(row.contact_name)] if row.contact_name else []
    if row.contact_function:
        contact.append(Span(row.contact_function, small=True, muted=True))
    phone = [Span(row.phone)] if row.phone else []
    if row.contact_phone and row.contact_phone != row.phone:
        phone.append(Span(row.contact_phone, small=True))
    email = [Span(row.email)] if row.email else []
    if row.contact_email and row.contact_email != row.email:
        email.append(Span(row.contact_email, small=True))
    cells = [name, [Span(row.street), Span(row.town_line)], contact, phone, email]
    if landscape:
        cells.append([Span(", ".join(row.focus_areas))])
    return cells


def build(session: Session, options: ReportOptions) -> bytes:
    rows = reporting.partner_rows(
        session, options.today, status=options.status, focus=options.focus, ids=options.ids
    )
    info = ReportInfo(
        title=TITLE,
        subtitle=_subtitle(options),
        network=reporting.network_name(session),
        logo=reporting.network_logo(session),
        today=options.today,
        landscape=options.landscape,
    )
    groups = reporting.group_partners(rows, options.group_by)
    if options.group_by == "focus" and options.focus:
        groups = [(title, members) for title, members in groups if title == options.focus]

    def draw(canvas, frame):  # type: ignore[no-untyped-def]
        if not rows:
            draw_empty(canvas, frame)
            return
        table = TableWriter(canvas, frame, _columns(options.landscape))
        for title, members in groups:
            table.group_heading(f"{title} ({len(members)})")
            for row in members:
                table.row(_cells(row, options.group_by, options.landscape))
            table.end_group()
        table.finish()

    return render_canvas(info, draw)
