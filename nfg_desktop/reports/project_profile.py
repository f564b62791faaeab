"""Projektsteckbrief: one page per project, what other sites ask for in an exchange."""

from __future__ import annotations

from reportlab.lib.units import mm
from sqlalchemy.orm import Session

from nfg_desktop.reports.language import Texts, texts
from nfg_desktop.reports.options import ReportOptions
from nfg_desktop.reports.page import ReportInfo, draw_empty, render_canvas
from nfg_desktop.reports.table import Column, Span, TableWriter
from nfg_desktop.services import letterhead, reporting
from nfg_desktop.services.projects import ProjectService
from nfg_desktop.services.reporting import ProjectProfile

TITLE = "Projektsteckbrief"


def _period(profile: ProjectProfile, t: Texts) -> str:
    start, end = t.date(profile.start_date), t.date(profile.end_date)
    if profile.start_date and profile.end_date:
        return t("{start} bis {end}", start=start, end=end)
    if profile.start_date:
        return t("seit {start}", start=start)
    if profile.end_date:
        return t("bis {end}", end=end)
    return t("noch offen")


def _need(profile: ProjectProfile, t: Texts) -> list[Span]:
    spans = []
    if profile.need_count:
        count = t.count(profile.need_count, "weitere/r Ehrenamtliche/r", "weitere Ehrenamtliche")
        spans.append(Span(t("{count} gesucht", count=count)))
    else:
        spans.append(Span(t("zurzeit kein zusätzlicher Bedarf")))
    if profile.needed_skills:
        spans.append(Span(t("Gefragt: {skills}", skills=", ".join(profile.needed_skills))))
    if profile.need_notes:
        spans.append(Span(profile.need_notes, small=True))
    return spans


def _contact(profile: ProjectProfile) -> list[Span]:
    if not profile.contact_name:
        return [Span("–", muted=True)]
    spans = [Span(profile.contact_name, bold=True), Span(profile.contact_organisation)]
    for value in (profile.contact_phone, profile.contact_email):
        if value:
            spans.append(Span(value))
    return spans


def _facts(profile: ProjectProfile, t: Texts) -> list[tuple[str, list[Span]]]:
    volunteers = t(
        "{count} sich im Projekt.",
        count=t.count(
            profile.volunteer_count, "Ehrenamtliche/r engagiert", "Ehrenamtliche engagieren"
        ),
    )
    children = (
        t("ja – Ehrenamtliche brauchen ein erweitertes Führungszeugnis (§ 72a SGB VIII)")
        if profile.works_with_children
        else t("nein")
    )
    return [
        (t("Art"), [Span(t.value(profile.kind))]),
        (t("Status"), [Span(t.value(profile.status))]),
        (t("Zeitraum"), [Span(_period(profile, t))]),
        (t("Ort"), [Span(profile.place or "–")]),
        (t("Schwerpunkte"), [Span(t.values(profile.focus_areas) or "–")]),
        (t("Zielgruppen"), [Span(t.values(profile.target_groups) or "–")]),
        (t("Mit Kindern oder Jugendlichen"), [Span(children)]),
        (t("Ehrenamtliche"), [Span(volunteers)]),
        (t("Bedarf"), _need(profile, t)),
        (t("Kontakt"), _contact(profile)),
    ]


def _draw_profile(table: TableWriter, profile: ProjectProfile, t: Texts) -> None:
    table.open_without_header()
    table.paragraph(profile.title, size=15, muted=False, bold=True)
    table.skip(3 * mm)
    for label, value in _facts(profile, t):
        table.row([Span(label, bold=True), value])
    for heading, text in ((t("Ziele"), profile.goals), (t("Beschreibung"), profile.description)):
        if not text:
            continue
        table.skip(3 * mm)
        table.group_heading(heading)
        table.skip(1 * mm)
        table.paragraph(text, size=9.5, muted=False)
        table.end_group()
    table.skip(3 * mm)
    table.group_heading(t("Partner ({count})", count=len(profile.partners)))
    if not profile.partners:
        table.paragraph(t("Noch keine Partner eingetragen."), size=9.5)
    for name, role in profile.partners:
        table.row([Span(t.value(role), muted=True), Span(name)])
    table.end_group()


def build(session: Session, options: ReportOptions) -> bytes:
    ids = options.ids
    if options.project_id is not None:
        ProjectService(session).get(options.project_id)  # a clear message if it is gone
        ids = [options.project_id]
    profiles = reporting.project_profiles(session, options.today, ids=ids)
    t = texts(options.language)
    head = letterhead.read(session)
    info = ReportInfo(
        title=t(TITLE),
        subtitle=profiles[0].title if len(profiles) == 1 else "",
        network=head.network,
        logo=head.logo,
        today=options.today,
        landscape=options.landscape,
        language=options.language,
    )

    def draw(canvas, frame):  # type: ignore[no-untyped-def]
        if not profiles:
            draw_empty(canvas, frame)
            return
        for index, profile in enumerate(profiles):
            if index:
                canvas.showPage()
            table = TableWriter(
                canvas, frame, [Column("", 26), Column("", 74)], size=9.5, headers=False
            )
            _draw_profile(table, profile, t)
            table.finish()

    return render_canvas(info, draw)
