"""Partnerliste: the partners for a meeting, grouped by kind or focus area."""

from __future__ import annotations

from typing import TYPE_CHECKING

from nfg_desktop.domain.choices import PartnerStatus
from nfg_desktop.domain.fields import CONTACT, PARTNER
from nfg_desktop.reports.fonts import REGULAR
from nfg_desktop.reports.language import Texts, texts
from nfg_desktop.reports.options import ReportOptions
from nfg_desktop.reports.page import ReportInfo, draw_empty, render_canvas
from nfg_desktop.reports.table import Column, Span, TableWriter
from nfg_desktop.reports.text import GLUE, widest_email_part
from nfg_desktop.services import letterhead, report_rows
from nfg_desktop.services.report_rows import PartnerRow

if TYPE_CHECKING:
    from nfg_desktop.services.plain_rows import RowSource

TITLE = "Partnerliste"
SIZE = 8.5
# The headings that name declared fields, in the declaration's words.
_PARTNER = PARTNER.label
_CONTACT = CONTACT.label
_EMAIL = PARTNER.field("email").label
_REACHABLE = f"{PARTNER.field('phone').label} / {_EMAIL}"
_FOCUS = PARTNER.field("focus_areas").label


def _subtitle(options: ReportOptions, t: Texts) -> str:
    parts = [t("nach Schwerpunkt") if options.group_by == "focus" else t("nach Art")]
    if options.status:
        parts.append(t("Status {status}", status=t.value(options.status)))
    if options.focus:
        parts.append(t.value(options.focus))
    return ", ".join(parts)


def _columns(landscape: bool, t: Texts) -> list[Column]:
    # Widths in points of the content frame. Phone and e-mail of the organisation share one
    # column, labelled like the contact person's under their name; both columns hold a part of
    # an e-mail address between "@" and dots (in small type if need be), the partner column
    # a word like „Nachbarschaftsinitiative“ in bold, the address column „79847 Musterhausen“.
    if landscape:
        return [
            Column(t(_PARTNER), 135),
            Column(t("Adresse"), 100),
            Column(t(_CONTACT), 200),
            Column(t(_REACHABLE), 212),
            Column(t(_FOCUS), 110),
        ]
    return [
        Column(t(_PARTNER), 124),
        Column(t("Adresse"), 95),
        Column(t(_CONTACT), 145.5),
        Column(t(_REACHABLE), 145.5),
    ]


def _reachable(phone: str, email: str, width: float, t: Texts) -> list[Span]:
    """„Tel. …“ and „E-Mail …“ lines; a phone number never breaks, an address only at @ and
    dots, in small type only when one of its parts is wider than the column."""
    spans = []
    if phone:
        spans.append(Span(f"{t('Tel.')}{GLUE}{phone.replace(' ', GLUE)}"))
    if email:
        small = widest_email_part(email, REGULAR, SIZE) > width
        spans.append(Span(f"{t(_EMAIL)}{GLUE}{email}", small=small))
    return spans


def _cells(
    row: PartnerRow, group_by: str, landscape: bool, widths: list[float], t: Texts
) -> list[list[Span]]:
    name = [Span(row.name, bold=True)]
    extra = []
    if group_by == "focus":
        extra.append(t.value(row.kind))
    elif not landscape:
        extra.append(t.values(row.focus_areas))
    if row.status != PartnerStatus.AKTIV:
        extra.append(t.value(row.status))
    detail = " · ".join(e for e in extra if e)
    if detail:
        name.append(Span(detail, small=True, muted=True))
    contact = [Span(row.contact_name)] if row.contact_name else []
    if row.contact_function:
        contact.append(Span(row.contact_function, small=True, muted=True))
    contact += _reachable(
        row.contact_phone if row.contact_phone != row.phone else "",
        row.contact_email if row.contact_email != row.email else "",
        widths[2],
        t,
    )
    cells = [
        name,
        [Span(row.street), Span(row.town_line)],
        contact,
        _reachable(row.phone, row.email, widths[3], t),
    ]
    if landscape:
        cells.append([Span(t.values(row.focus_areas))])
    return cells


def build(source: RowSource, options: ReportOptions) -> bytes:
    rows = report_rows.partner_rows(
        source, options.today, status=options.status, focus=options.focus, ids=options.ids
    )
    t = texts(options.language)
    head = letterhead.read(source)
    info = ReportInfo(
        title=t(TITLE),
        subtitle=_subtitle(options, t),
        network=head.network,
        logo=head.logo,
        today=options.today,
        landscape=options.landscape,
        language=options.language,
    )
    groups = report_rows.group_partners(rows, options.group_by)
    if options.group_by == "focus" and options.focus:
        groups = [(title, members) for title, members in groups if title == options.focus]

    def draw(canvas, frame):  # type: ignore[no-untyped-def]
        if not rows:
            draw_empty(canvas, frame)
            return
        table = TableWriter(canvas, frame, _columns(options.landscape, t), size=SIZE)
        widths = [width - 2 * table.padding for width in table.widths]
        for title, members in groups:
            rows_cells = [
                _cells(row, options.group_by, options.landscape, widths, t) for row in members
            ]
            table.group_heading(f"{t.value(title)} ({len(members)})", rows_cells[0])
            for cells in rows_cells:
                table.row(cells)
            table.end_group()
        table.finish()

    return render_canvas(info, draw)
