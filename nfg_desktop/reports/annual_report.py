"""Jahresbericht: the figures of one year, with charts."""

from __future__ import annotations

from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from nfg_desktop.reports import charts
from nfg_desktop.reports.language import Texts, texts
from nfg_desktop.reports.options import ReportOptions
from nfg_desktop.reports.page import ReportInfo, render_canvas
from nfg_desktop.reports.table import Column, Span, TableWriter
from nfg_desktop.services import letterhead, reporting
from nfg_desktop.services.reporting import NO_PROJECT, AnnualFigures, MeetingFigure

TITLE = "Jahresbericht"
MONTHS = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
TOP_PROJECTS = 12


def _attendance(meeting: MeetingFigure, t: Texts) -> str:
    if meeting.upcoming:
        return t("{invited} eingeladen, findet noch statt", invited=meeting.invited)
    return t(
        "{attended} von {invited} Eingeladenen", attended=meeting.attended, invited=meeting.invited
    )


def _key_figures(figures: AnnualFigures, t: Texts) -> list[tuple[str, str]]:
    return [
        (t("Netzwerkpartner (ohne ausgeschiedene)"), t.number(figures.partners_total)),
        (t("davon neu im Jahr {year}", year=figures.year), t.number(len(figures.new_partners))),
        (t("Projekte und Angebote"), t.number(sum(figures.projects_by_status.values()))),
        (t("Aktive Ehrenamtliche"), t.number(figures.volunteers_active)),
        (t("Geleistete Stunden"), t.number(round(figures.hours_total, 1))),
        (t("Termine"), t.number(len(figures.meetings))),
        (t("Teilnahmen an Terminen"), t.number(figures.attended_total)),
    ]


def _projects_for_chart(hours: dict[str, float], t: Texts) -> dict[str, float]:
    items = [(_project(title, t), value) for title, value in hours.items()]
    if len(items) <= TOP_PROJECTS:
        return dict(items)
    shown = dict(items[: TOP_PROJECTS - 1])
    shown[t("übrige {count} Projekte", count=len(items) - TOP_PROJECTS + 1)] = sum(
        v for _, v in items[TOP_PROJECTS - 1 :]
    )
    return shown


def _project(title: str, t: Texts) -> str:
    """A project's title as typed; the hours without a project in the printout's language."""
    return t.value(title) if title == NO_PROJECT else title


def _in(t: Texts, data: dict[str, float]) -> dict[str, float]:
    """A chart's fixed category names (kinds, statuses, age bands) in the printout's language."""
    return {t.value(name): value for name, value in data.items()}


def _draw(table: TableWriter, figures: AnnualFigures, width: float, t: Texts) -> None:
    table.open_without_header()
    table.group_heading(t("Das Jahr in Zahlen"))
    table.end_group()
    for label, value in _key_figures(figures, t):
        table.row([Span(value, bold=True), Span(label)])
    table.skip(5 * mm)
    table.drawing(
        charts.horizontal_bars(_in(t, figures.partners_by_kind), width, t=t),
        t("Partner nach Art"),
    )
    table.skip(5 * mm)
    # Bars, not a pie: a partner with several focus areas counts in each of them.
    table.drawing(
        charts.horizontal_bars(_in(t, figures.partners_by_focus), width, t=t),
        t("Partner nach Schwerpunkt (ein Partner kann mehrere haben)"),
    )
    table.skip(5 * mm)
    table.drawing(
        charts.pie(_in(t, figures.projects_by_status), width, 130, t=t),
        t("Projekte nach Status"),
    )
    table.skip(5 * mm)
    table.drawing(
        charts.vertical_bars(_in(t, figures.volunteers_by_generation), width, 150, t=t),
        t("Aktive Ehrenamtliche nach Generation (Alter im Jahr {year})", year=figures.year),
    )
    table.skip(5 * mm)
    months = [t(month) for month in MONTHS]
    table.drawing(
        charts.vertical_bars(
            dict(zip(months, figures.hours_by_month, strict=True)), width, 160, hatch=True, t=t
        ),
        t("Stunden nach Monat"),
    )
    table.skip(5 * mm)
    if figures.hours_by_project:
        table.drawing(
            charts.horizontal_bars(_projects_for_chart(figures.hours_by_project, t), width, t=t),
            t("Stunden nach Projekt"),
        )
    else:
        table.paragraph(t("Stunden nach Projekt: keine Einträge in diesem Jahr."), size=9.5)
    table.skip(5 * mm)
    table.group_heading(t("Termine und Teilnahme ({count})", count=len(figures.meetings)))
    if not figures.meetings:
        table.paragraph(t("Keine Termine in diesem Jahr."), size=9.5)
    for meeting in figures.meetings:
        table.row(
            [
                Span(t.date(meeting.day)),
                [Span(meeting.title), Span(t.value(meeting.kind), small=True, muted=True)],
                Span(_attendance(meeting, t)),
            ]
        )
    table.end_group()
    table.skip(5 * mm)
    table.group_heading(
        t(
            "Neue Partner im Jahr {year} ({count})",
            year=figures.year,
            count=len(figures.new_partners),
        )
    )
    if not figures.new_partners:
        table.paragraph(t("Keine neuen Partner in diesem Jahr."), size=9.5)
    for name, kind, since in figures.new_partners:
        table.row([Span(t.date(since)), Span(name), Span(t.value(kind), muted=True)])
    table.end_group()
    table.skip(5 * mm)
    table.group_heading(t("Stunden je Projekt"))
    if not figures.hours_by_project:
        table.paragraph(t("Keine Einträge."), size=9.5)
    for title, hours in figures.hours_by_project.items():
        table.row([Span(t.hours(hours)), Span(_project(title, t))])
    table.end_group()


def build(session: Session, options: ReportOptions) -> bytes:
    year = options.year or options.today.year
    figures = reporting.annual_figures(session, year, options.today)
    t = texts(options.language)
    head = letterhead.read(session)
    info = ReportInfo(
        title=t(TITLE),
        subtitle=str(year),
        network=head.network,
        logo=head.logo,
        today=options.today,
        landscape=options.landscape,
        language=options.language,
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
        _draw(table, figures, frame.width, t)
        table.finish()

    return render_canvas(info, draw)
