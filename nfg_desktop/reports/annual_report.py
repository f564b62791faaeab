"""Jahresbericht: the figures of one year, with charts."""

from __future__ import annotations

from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from nfg_desktop.domain.formatting import german_date
from nfg_desktop.reports import charts
from nfg_desktop.reports.options import ReportOptions
from nfg_desktop.reports.page import ReportInfo, render_canvas
from nfg_desktop.reports.table import Column, Span, TableWriter
from nfg_desktop.services import reporting
from nfg_desktop.services.reporting import AnnualFigures, MeetingFigure

TITLE = "Jahresbericht"
MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
TOP_PROJECTS = 12


def _number(value: float) -> str:
    return charts._number(value)  # noqa: SLF001


def _hours(value: float) -> str:
    """Hours with one decimal, so that right-aligned figures line up at the comma."""
    return f"{value:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _attendance(meeting: MeetingFigure) -> str:
    if meeting.upcoming:
        return f"{meeting.invited} eingeladen, findet noch statt"
    return f"{meeting.attended} von {meeting.invited} Eingeladenen"


def _key_figures(figures: AnnualFigures) -> list[tuple[str, str]]:
    return [
        ("Netzwerkpartner (ohne ausgeschiedene)", _number(figures.partners_total)),
        (f"davon neu im Jahr {figures.year}", _number(len(figures.new_partners))),
        ("Projekte und Angebote", _number(sum(figures.projects_by_status.values()))),
        ("Aktive Ehrenamtliche", _number(figures.volunteers_active)),
        ("Geleistete Stunden", _number(round(figures.hours_total, 1))),
        ("Termine", _number(len(figures.meetings))),
        ("Teilnahmen an Terminen", _number(figures.attended_total)),
    ]


def _projects_for_chart(hours: dict[str, float]) -> dict[str, float]:
    items = list(hours.items())
    if len(items) <= TOP_PROJECTS:
        return dict(items)
    shown = dict(items[: TOP_PROJECTS - 1])
    shown[f"übrige {len(items) - TOP_PROJECTS + 1} Projekte"] = sum(
        v for _, v in items[TOP_PROJECTS - 1 :]
    )
    return shown


def _draw(table: TableWriter, figures: AnnualFigures, width: float) -> None:
    table.open_without_header()
    table.group_heading("Das Jahr in Zahlen")
    table.end_group()
    for label, value in _key_figures(figures):
        table.row([Span(value, bold=True), Span(label)])
    table.skip(5 * mm)
    table.drawing(charts.horizontal_bars(figures.partners_by_kind, width), "Partner nach Art")
    table.skip(5 * mm)
    # Bars, not a pie: a partner with several focus areas counts in each of them.
    table.drawing(
        charts.horizontal_bars(figures.partners_by_focus, width),
        "Partner nach Schwerpunkt (ein Partner kann mehrere haben)",
    )
    table.skip(5 * mm)
    table.drawing(charts.pie(figures.projects_by_status, width, 130), "Projekte nach Status")
    table.skip(5 * mm)
    table.drawing(
        charts.vertical_bars(figures.volunteers_by_generation, width, 150),
        f"Aktive Ehrenamtliche nach Generation (Alter im Jahr {figures.year})",
    )
    table.skip(5 * mm)
    table.drawing(
        charts.vertical_bars(
            dict(zip(MONTHS, figures.hours_by_month, strict=True)), width, 160, hatch=True
        ),
        "Stunden nach Monat",
    )
    table.skip(5 * mm)
    if figures.hours_by_project:
        table.drawing(
            charts.horizontal_bars(_projects_for_chart(figures.hours_by_project), width),
            "Stunden nach Projekt",
        )
    else:
        table.paragraph("Stunden nach Projekt: keine Einträge in diesem Jahr.", size=9.5)
    table.skip(5 * mm)
    table.group_heading(f"Termine und Teilnahme ({len(figures.meetings)})")
    if not figures.meetings:
        table.paragraph("Keine Termine in diesem Jahr.", size=9.5)
    for meeting in figures.meetings:
        table.row(
            [
                Span(german_date(meeting.day)),
                [Span(meeting.title), Span(meeting.kind, small=True, muted=True)],
                Span(_attendance(meeting)),
            ]
        )
    table.end_group()
    table.skip(5 * mm)
    table.group_heading(f"Neue Partner im Jahr {figures.year} ({len(figures.new_partners)})")
    if not figures.new_partners:
        table.paragraph("Keine neuen Partner in diesem Jahr.", size=9.5)
    for name, kind, since in figures.new_partners:
        table.row([Span(german_date(since)), Span(name), Span(kind, muted=True)])
    table.end_group()
    table.skip(5 * mm)
    table.group_heading("Stunden je Projekt")
    if not figures.hours_by_project:
        table.paragraph("Keine Einträge.", size=9.5)
    for title, hours in figures.hours_by_project.items():
        table.row([Span(_hours(hours)), Span(title)])
    table.end_group()


def build(session: Session, options: ReportOptions) -> bytes:
    year = options.year or options.today.year
    figures = reporting.annual_figures(session, year, options.today)
    info = ReportInfo(
        title=TITLE,
        subtitle=str(year),
        network=reporting.network_name(session),
        logo=reporting.network_logo(session),
        today=options.today,
        landscape=options.landscape,
    )

    def draw(canvas, frame):  # type: ignore[no-untyped-def]
        table = TableWriter(
            canvas,
            frame,
            # Figures (and dates) right-aligned in the first column, text beside them.
            [Column("", 16, align_right=True), Column("", 54), Column("", 30)],
            size=9,
            headers=False,
        )
        _draw(table, figures, frame.width)
        table.finish()

    return render_canvas(info, draw)
