"""Teilnehmerliste: the attendance sheet of one meeting, with room to sign."""

from __future__ import annotations

from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from nfg_desktop.domain.consent import NO_CONSENT_TEXT
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.reports.language import Texts, texts
from nfg_desktop.reports.options import ReportOptions
from nfg_desktop.reports.page import ReportInfo, render_canvas
from nfg_desktop.reports.table import Column, Span, TableWriter
from nfg_desktop.services import letterhead, reporting
from nfg_desktop.services.reporting import REPRESENTATIVE, AttendanceSheet, Attendee

TITLE = "Teilnehmerliste"
SIGNATURE_ROW_HEIGHT = 10 * mm
PRIVACY_NOTE = (
    "Datenschutzhinweis: Diese Liste dient nur dem Nachweis der Teilnahme an diesem Treffen "
    "(Art. 6 Abs. 1 DSGVO). Sie wird von der Netzwerkkoordination aufbewahrt, nicht "
    "weitergegeben und vernichtet, sobald sie für die Dokumentation nicht mehr gebraucht wird. "
    "Wer sich einträgt, kann jederzeit Auskunft, Berichtigung oder Löschung verlangen."
)
PHONE_NOTE = " Telefonnummern stehen nur dort, wo eine Einwilligung vorliegt."


def _when(sheet: AttendanceSheet, t: Texts) -> str:
    day, start = t.date(sheet.starts_at.date()), f"{sheet.starts_at:%H:%M}"
    if sheet.ends_at is not None:
        return t("{day}, {start}–{end} Uhr", day=day, start=start, end=f"{sheet.ends_at:%H:%M}")
    return t("{day}, {start} Uhr", day=day, start=start)


def _columns(phone: bool, t: Texts) -> list[Column]:
    columns = [
        Column(t("Nr."), 5, align_right=True),
        Column(t("Name"), 28),
        Column(t("Organisation"), 30),
    ]
    if phone:
        columns.append(Column(t("Telefon"), 17))
    columns.append(Column(t("Unterschrift"), 36 if not phone else 30))
    return columns


def _name(attendee: Attendee, t: Texts) -> str:
    """The person, or who comes for an invited organisation („Vertretung …“)."""
    if t.english and attendee.name == REPRESENTATIVE.format(organisation=attendee.organisation):
        return t(REPRESENTATIVE, organisation=attendee.organisation)
    return attendee.name


def _cells(number: int, attendee: Attendee | None, phone: bool, t: Texts) -> list[list[Span]]:
    cells: list[list[Span]] = [[Span(str(number), muted=True)]]
    if attendee is None:
        cells += [[], []]
        if phone:
            cells.append([])
    else:
        cells += [[Span(_name(attendee, t))], [Span(t.value(attendee.organisation))]]
        if phone:
            if attendee.consent:
                cells.append([Span(attendee.phone)])
            else:
                cells.append([Span(t(NO_CONSENT_TEXT), small=True, muted=True)])
    cells.append([])
    return cells


def build(session: Session, options: ReportOptions) -> bytes:
    if options.meeting_id is None:
        raise DomainError("Teilnehmerliste: Bitte einen Termin wählen (--meeting NUMMER).")
    sheet = reporting.attendance_sheet(session, options.meeting_id, options.today)
    t = texts(options.language)
    head = letterhead.read(session)
    info = ReportInfo(
        title=t(TITLE),
        subtitle=sheet.title,
        network=head.network,
        logo=head.logo,
        today=options.today,
        landscape=options.landscape,
        language=options.language,
    )

    def draw(canvas, frame):  # type: ignore[no-untyped-def]
        table = TableWriter(
            canvas, frame, _columns(options.phone, t), size=9.5, zebra=False, grid=True
        )
        # The meeting's facts above the table (on the first page only); its title stands in
        # the page header already.
        table.open_without_header()
        table.paragraph(f"{t.value(sheet.kind)} · {_when(sheet, t)}", size=10, muted=False)
        if sheet.place:
            table.paragraph(t("Ort: {place}", place=sheet.place), size=10, muted=False)
        table.paragraph(
            t(
                "Eingeladen: {count} · Bitte tragen Sie sich ein und unterschreiben Sie.",
                count=len(sheet.attendees),
            ),
            size=9,
        )
        table.skip(4 * mm)
        table.header()
        number = 0
        for attendee in sheet.attendees:
            number += 1
            table.row(_cells(number, attendee, options.phone, t), SIGNATURE_ROW_HEIGHT)
        for _ in range(options.blank_rows):
            number += 1
            table.row(_cells(number, None, options.phone, t), SIGNATURE_ROW_HEIGHT)
        table.skip(5 * mm)
        table.paragraph(t(PRIVACY_NOTE) + (t(PHONE_NOTE) if options.phone else ""))
        table.finish()

    return render_canvas(info, draw)
