"""The seven reports on the demo network: contents, consent, page numbers, layout rules."""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4

from nfg_desktop.domain.consent import consent_of
from nfg_desktop.domain.errors import DomainError, NotFoundError, ValidationError
from nfg_desktop.reports import REPORTS, ReportOptions, render, reports_for_list
from nfg_desktop.reports.fonts import REGULAR, register_fonts
from nfg_desktop.reports.page import FOOTER_HEIGHT, MARGIN, Frame, ReportInfo, content_frame
from nfg_desktop.reports.text import width_of
from nfg_desktop.services.meetings import InvitationData, MeetingData, MeetingService
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.services.reporting import network_graph
from nfg_desktop.services.volunteers import VolunteerService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import Project
from tests.reports.helpers import (
    all_text,
    check_page_numbers,
    column_text,
    crosses,
    drawing,
    drawn_lines,
    flat,
    page_texts,
    reader,
    sized_lines,
)

TODAY = date(2026, 11, 25)
NETWORK = "Runder Tisch der Generationen Musterhausen"
SPECIAL_NAMES = ["Şükrü Yıldırım", "Łukasz Wróbel", "Nguyễn Thị Lan", "Zoë Ährenfeld"]
EXTRA = {"attendance": {"meeting_id": 3}, "annual-report": {"year": 2026}}


def make(db: Database, kind: str, **options: object) -> bytes:
    with db.read() as session:
        return render(kind, session, ReportOptions(today=TODAY, **options))  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(REPORTS))
def test_every_report_has_header_footer_and_metadata(demo_db: Database, kind: str) -> None:
    data = make(demo_db, kind, **EXTRA.get(kind, {}))
    pdf = reader(data)
    title = REPORTS[kind].title
    assert pdf.metadata is not None
    assert pdf.metadata.title.startswith(title)
    assert pdf.metadata.author == NETWORK
    assert pdf.metadata.creation_date is not None
    for page in pdf.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert sorted((round(width), round(height))) == sorted((round(A4[0]), round(A4[1])))
    if kind == "labels":  # the label sheet is printed edge to edge
        return
    check_page_numbers(data)
    for text in page_texts(data):
        assert NETWORK in text
        assert title in text
        assert "25.11.2026" in text


@pytest.mark.parametrize("kind", list(REPORTS))
def test_fonts_are_embedded_unicode_truetype(demo_db: Database, kind: str) -> None:
    data = make(demo_db, kind, **EXTRA.get(kind, {}))
    fonts = set()
    for page in reader(data).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(font["/BaseFont"])
            assert font["/Subtype"] == "/TrueType"
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
    assert any("DejaVuSans" in name for name in fonts)


def test_partner_list_prints_every_name_exactly(demo_db: Database) -> None:
    data = make(demo_db, "partner-list")
    with demo_db.read() as session:
        partners = PartnerService(session).list()
        names = [p.name for p in partners]
    # The name column starts at the left margin.
    column = column_text(data, MARGIN, MARGIN + 100)
    for name in names:
        assert flat(name) in column, name
    text = all_text(data)
    for heading in ("Kommunalverwaltung", "Wohlfahrtsverband", "Kirchengemeinde"):
        assert f"{heading} (" in text


def test_partner_list_hides_contact_details_without_consent(demo_db: Database) -> None:
    with demo_db.read() as session:
        partners = PartnerService(session).list()
        without = [
            (c.phone, c.email)
            for p in partners
            for c in p.contacts
            if not consent_of(c).covers_contact_data(TODAY)
        ]
        with_consent = [
            c.email
            for p in partners
            if (c := p.primary_contact) is not None and consent_of(c).covers_contact_data(TODAY)
        ]
    assert without and with_consent
    text = flat(all_text(make(demo_db, "partner-list")).replace("\n", ""))
    squeezed = text.replace(" ", "")
    for phone, email in without:
        assert phone.replace(" ", "") not in squeezed
        if email not in with_consent:  # the demo has namesakes with the same address
            assert email not in squeezed
    for email in with_consent:
        assert email in squeezed


def test_partner_list_labels_contact_details_in_readable_type(demo_db: Database) -> None:
    rows = _partner_rows(demo_db)
    data = make(demo_db, "partner-list")
    lines = dict(sized_lines(data))
    phones = [r.contact_phone for r in rows if r.contact_phone and r.contact_phone != r.phone]
    assert phones
    for phone in phones:
        assert lines.get(f"Tel. {phone}") == 8.5, phone
    starts = [text for text in lines if text.startswith("E-Mail ")]
    assert len(starts) >= len(phones)
    assert all(lines[text] == 8.5 for text in starts if "musterhausen" in text)


def _partner_rows(db: Database) -> list[Any]:
    from nfg_desktop.services.report_rows import partner_rows

    with db.read() as session:
        return partner_rows(session, TODAY)


def test_partner_list_breaks_emails_only_at_at_signs_and_dots(demo_db: Database) -> None:
    rows = _partner_rows(demo_db)
    emails = {r.email for r in rows if r.email} | {r.contact_email for r in rows if r.contact_email}
    joined = "|".join(drawn_lines(make(demo_db, "partner-list")))
    broken = 0
    for email in emails:
        # A line break ("|") may only come after "@" or before ".".
        pattern = "".join(
            re.escape(char) + (r"\|?" if char == "@" else "") if char != "." else r"\|?\."
            for char in email
        )
        assert re.search(pattern, joined), email
        broken += email not in joined
    assert broken > 10  # the demo's long addresses do break, and only there


def test_partner_list_keeps_e_v_together(db: Database) -> None:
    from nfg_desktop.services.partners import PartnerData

    words = "Förderverein der Grundschule am Lindenplatz in Musterhausen".split()
    # Names of every width step: somewhere a line would end between "e." and "V.".
    names = [
        f"{' '.join(words[:count])} {'i' * narrow} e. V."
        for count in range(1, len(words) + 1)
        for narrow in range(1, 16)
    ]
    with db.write() as session:
        for name in names:
            PartnerService(session).create(PartnerData(name, kind="Verein"))
    lines = drawn_lines(make(db, "partner-list"))
    assert not [line for line in lines if line.endswith(" e.") or line.startswith("V.")]
    text = flat(all_text(make(db, "partner-list")))
    for name in names:
        assert flat(name) in text


def test_partner_list_group_heading_never_ends_a_page(demo_db: Database) -> None:
    data = make(demo_db, "partner-list", landscape=True)
    headings = re.compile(r".+ \(\d+\)$")  # "Verein (5)"
    footer = MARGIN + FOOTER_HEIGHT
    for page in reader(data).pages:
        lowest: list[tuple[float, str]] = []

        def visit(
            text: str, cm: list[float], tm: list[float], *_args: object, found: list = lowest
        ) -> None:
            y = tm[5] * cm[3] + cm[5]
            if text.strip() and y > footer:
                found.append((y, flat(text)))

        page.extract_text(visitor_text=visit)
        _y, last = min(lowest)
        assert not headings.match(last), last


def test_partner_list_filters_and_grouping(demo_db: Database) -> None:
    with demo_db.read() as session:
        dormant = [p.name for p in PartnerService(session).list(status="ruhend")]
        others = [p.name for p in PartnerService(session).list() if p.status != "ruhend"]
        families = PartnerService(session).list(focus="Familien unterstützen")
    data = make(demo_db, "partner-list", status="ruhend", landscape=True)
    column = column_text(data, MARGIN, MARGIN + 120)
    for name in dormant:
        assert flat(name) in column
    for name in others:
        if not any(name in kept for kept in dormant):
            assert flat(name) not in column
    page = reader(data).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)

    grouped = all_text(make(demo_db, "partner-list", group_by="focus", focus="familien"))
    assert "Familien unterstützen (" in grouped
    assert "Kinder fördern (" not in grouped
    assert "Partnerliste: nach Schwerpunkt, Familien unterstützen" in grouped
    assert len(families) > 0


def test_partner_list_of_selected_ids_and_empty_selection(demo_db: Database) -> None:
    with demo_db.read() as session:
        (first_id, first), (_, second) = [(p.id, p.name) for p in PartnerService(session).list()][
            :2
        ]
    text = all_text(make(demo_db, "partner-list", ids=[first_id]))
    assert flat(first) in flat(text)
    assert flat(second) not in flat(text)
    empty = make(demo_db, "partner-list", ids=[])
    assert check_page_numbers(empty) == 1
    assert "keine Einträge" in all_text(empty)


def test_volunteer_list_names_consent_and_confidential(demo_db: Database) -> None:
    data = make(demo_db, "volunteer-list")
    text = all_text(data)
    for name in SPECIAL_NAMES:
        assert name in text
    with demo_db.read() as session:
        volunteers = VolunteerService(session).list()
        rows = [
            (v.full_name, v.phone, v.email, v.street, consent_of(v).covers_contact_data(TODAY))
            for v in volunteers
        ]
    column = column_text(data, MARGIN, MARGIN + 100)
    lines = set(drawn_lines(data))
    squeezed = text.replace("\n", "").replace(" ", "")
    shown = {value for row in rows if row[4] for value in row[1:4]}
    for name, phone, email, street, consent in rows:
        assert name in column
        if consent:
            assert email in squeezed
            assert street in lines and phone in lines
        else:
            for value in (phone, email, street):
                if value not in shown:
                    assert value not in lines
                    assert value.replace(" ", "") not in squeezed
    assert text.count("keine Einwilligung") == sum(1 for row in rows if not row[4])
    for page in page_texts(data):
        assert "vertraulich" in page


def test_attendance_sheet(demo_db: Database) -> None:
    with demo_db.read() as session:
        invitations = MeetingService(session).invitations(3)
        people = []
        for invitation in invitations:
            person = invitation.contact or invitation.volunteer
            hidden = person is not None and not consent_of(person).covers_contact_data(TODAY)
            people.append((invitation.person_name, person.phone if hidden and person else ""))
    data = make(demo_db, "attendance", meeting_id=3, phone=True, blank_rows=12)
    text = all_text(data)
    for name, _phone in people:
        assert name in text
    assert any(phone for _name, phone in people)
    for _name, phone in people:
        if phone:
            assert phone not in text
    assert "keine Einwilligung" in text
    last_number = len(people) + 12
    assert f"\n{last_number}\n" in f"\n{text}\n" or f"{last_number} " in text
    assert "Unterschrift" in text
    assert "Datenschutzhinweis" in text
    assert "Telefon" in drawn_lines(data)
    without_phone = make(demo_db, "attendance", meeting_id=3)
    assert "Telefon" not in drawn_lines(without_phone)
    assert "keine Einwilligung" not in all_text(without_phone)


def test_attendance_names_an_invited_organisation_and_the_title_once(demo_db: Database) -> None:
    with demo_db.write() as session:
        service = MeetingService(session)
        meeting = service.get(3)
        title = meeting.title
        data = MeetingData.from_meeting(meeting)
        invited = {i.partner_id for i in meeting.invitations}
        partner = next(p for p in PartnerService(session).list() if p.id not in invited)
        organisation = partner.name
        assert data.invitations is not None
        data.invitations.append(InvitationData(partner_id=partner.id))
        service.update(3, data)
    pdf = make(demo_db, "attendance", meeting_id=3)
    # The name column follows the narrow "Nr." column.
    names = column_text(pdf, MARGIN + 20, MARGIN + 160)
    assert f"Vertretung {flat(organisation)}" in names
    first_page = page_texts(pdf)[0]
    assert first_page.count(title) == 1


def test_attendance_needs_an_existing_meeting(demo_db: Database) -> None:
    with pytest.raises(NotFoundError, match="Termin mit der Nummer 999"):
        make(demo_db, "attendance", meeting_id=999)
    with pytest.raises(DomainError, match="Termin"):
        make(demo_db, "attendance")


def test_project_profile_one_page_per_project(demo_db: Database) -> None:
    with demo_db.read() as session:
        projects = session.query(Project).order_by(Project.title).all()
        expected = [(p.title, [link.partner.name for link in p.partner_links]) for p in projects]
        first_id = projects[0].id
    data = make(demo_db, "project-profile")
    texts = page_texts(data)
    assert len(texts) == len(expected)
    for text, (title, partners) in zip(texts, expected, strict=True):
        assert title in text
        for partner in partners:
            assert flat(partner) in flat(text)
    single = make(demo_db, "project-profile", project_id=first_id)
    assert check_page_numbers(single) == 1
    with pytest.raises(NotFoundError):
        make(demo_db, "project-profile", project_id=9999)


def test_annual_report_figures_and_charts(demo_db: Database) -> None:
    data = make(demo_db, "annual-report", year=2026)
    text = all_text(data)
    assert "Jahresbericht: 2026" in text
    for heading in (
        "Partner nach Art",
        "Partner nach Schwerpunkt",
        "Projekte nach Status",
        "Stunden nach Monat",
        "Stunden nach Projekt",
        "Termine und Teilnahme",
        "Neue Partner im Jahr 2026",
    ):
        assert heading in text
    for month in ("Jan", "Jun", "Dez"):
        assert month in text
    assert "unter 18" in text or "18–29" in text
    # Every page carries drawings (bars, pies) besides text.
    assert b"re" in reader(data).pages[0].get_contents().get_data()


def test_annual_report_pies_add_up_and_focus_areas_are_bars(demo_db: Database) -> None:
    text = all_text(make(demo_db, "annual-report", year=2026))
    shares = [int(share) for share in re.findall(r"\((\d+) %\)", text)]
    assert shares and sum(shares) == 100  # the only pie left: projects by status
    with demo_db.read() as session:
        focus_areas = {f for p in PartnerService(session).list() for f in p.focus_areas}
    for area in focus_areas:
        assert area in text
        assert not re.search(rf"{area}: \d+ \(", text)  # no pie legend for focus areas


def test_whole_percentages_always_add_up_to_100() -> None:
    from nfg_desktop.reports.charts import whole_percentages

    assert whole_percentages([1, 5, 1, 1]) == [13, 63, 12, 12]
    assert whole_percentages([1, 1, 1]) == [34, 33, 33]
    assert whole_percentages([0, 0]) == [0, 0]
    for values in ([3, 3, 3, 3, 3, 3, 3], [1] * 7, [2, 7, 11, 13, 1], [999, 1, 1]):
        assert sum(whole_percentages(values)) == 100


def test_annual_report_hours_per_project_right_aligned(demo_db: Database) -> None:
    data = make(demo_db, "annual-report", year=2026)
    with demo_db.read() as session:
        from nfg_desktop.services.reporting import annual_figures

        hours = annual_figures(session, 2026).hours_by_project
    found: list[tuple[float, float, str]] = []  # (x, y, text) after the heading
    pages = reader(data).pages
    heading_page = next(i for i, t in enumerate(page_texts(data)) if "Stunden je Projekt" in t)

    def visit(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
        if text.strip():
            found.append((tm[4] + cm[4], tm[5] + cm[5], flat(text)))

    pages[heading_page].extract_text(visitor_text=visit)
    start = max(i for i, (_x, _y, t) in enumerate(found) if t == "Stunden je Projekt")
    rows = found[start + 1 :]
    register_fonts()
    rights = []
    for title in hours:
        (x, y, _t) = next(item for item in rows if item[2] == flat(title))
        figures = [item for item in rows if abs(item[1] - y) < 0.5 and item[2] != flat(title)]
        assert len(figures) == 1, title  # one number beside the title, no empty cell
        fx, _fy, figure = figures[0]
        assert re.fullmatch(r"[\d.]+,\d", figure)
        assert fx < x
        rights.append(fx + width_of(figure, REGULAR, 9))
    assert max(rights) - min(rights) < 0.5  # right-aligned


def test_annual_report_future_meetings_count_no_attendance(demo_db: Database) -> None:
    with demo_db.read() as session:
        meetings = MeetingService(session).list()
        future = [m for m in meetings if m.starts_at.date() > TODAY and m.starts_at.year == 2026]
        invited = len(future[0].invitations) if future else 0
    assert future
    text = flat(all_text(make(demo_db, "annual-report", year=2026)))
    assert not re.search(rf"(?<!\d)0 von {invited} Eingeladenen", text)
    assert f"{invited} eingeladen, findet noch statt" in text


def test_labels_start_position_and_pages(demo_db: Database) -> None:
    with demo_db.read() as session:
        count = len(PartnerService(session).list())
    data = make(demo_db, "labels", start_label=5)
    pages = reader(data).pages
    assert len(pages) == -(-(count + 4) // 24)
    text = flat(all_text(data))
    assert "z. Hd." in text
    with pytest.raises(ValidationError):
        make(demo_db, "labels", start_label=25)


def test_network_map_is_one_page_with_every_name_in_full(demo_db: Database) -> None:
    data = make(demo_db, "network-map")
    assert check_page_numbers(data) == 1
    text = flat(all_text(data))
    with demo_db.read() as session:
        graph = network_graph(session)
    assert len(graph.partners) >= 30 and len(graph.projects) >= 7
    for partner in graph.partners:
        assert flat(partner.name) in text, partner.name
    for project in graph.projects:
        assert flat(project.title) in text, project.title
    for area in graph.focus_areas:
        assert area in text
    assert "…" not in text


def test_network_map_lines_never_cross_a_box_in_the_pdf(demo_db: Database) -> None:
    """Read back from the page's drawing: no stroked line runs through a box or a name's ground."""
    data = make(demo_db, "network-map")
    segments, rects = drawing(data)
    with demo_db.read() as session:
        graph = network_graph(session)
    links = sum(len(p.partner_ids) for p in graph.projects)
    assert len(segments) >= links  # every line of the map is seen
    boxes = len(graph.partners) + len(graph.projects) + len(graph.focus_areas)
    assert len(rects) >= boxes  # every name's ground and every box is seen
    for segment in segments:
        for rect in rects:
            assert not crosses(segment, rect), (segment, rect)


def _check_layout(pages: list[Any], frame: Frame) -> None:
    for page in pages:
        for box in page.boxes:
            assert frame.left <= box.x and box.right <= frame.right, box
            assert frame.bottom <= box.y and box.top <= frame.top, box
        for first, second in itertools.combinations(page.boxes, 2):
            apart = (
                first.right <= second.x
                or second.right <= first.x
                or first.top <= second.y
                or second.top <= first.y
            )
            assert apart, (first, second)
        for connector in page.connectors:
            segment = (*connector.start, *connector.end)
            for box in page.boxes:
                assert not crosses(segment, (box.x, box.y, box.right, box.top), inset=0.01), (
                    connector.partner.text,
                    connector.node.text,
                    box.text,
                )


def test_network_map_layout_keeps_lines_out_of_boxes(demo_db: Database) -> None:
    from nfg_desktop.reports.network_map import layout_pages

    with demo_db.read() as session:
        graph = network_graph(session)
    frame = content_frame(ReportInfo("x", "y", TODAY, landscape=True))
    pages = layout_pages(graph, frame)
    assert len(pages) == 1
    _check_layout(pages, frame)
    (page,) = pages
    partner_boxes = [box for box in page.boxes if box.kind == "partner"]
    assert sorted(box.key for box in partner_boxes) == sorted(p.id for p in graph.partners)
    names = {p.id: p.name for p in graph.partners}
    for box in partner_boxes:
        assert box.text == flat(names[int(box.key)])  # wrapped, never shortened
        assert all(size >= 8 for _text, _font, size in box.lines)  # easy to read
    links = {(pid, p.id) for p in graph.projects for pid in p.partner_ids}
    drawn = {(c.partner.key, c.node.key) for c in page.connectors if c.node.kind == "project"}
    assert drawn == links


def test_network_map_of_all_40_partners_and_8_projects_fits_one_page(demo_db: Database) -> None:
    """Even with the partners who left and the finished projects the demo is one page."""
    from sqlalchemy.orm import selectinload

    from nfg_desktop.reports.network_map import layout_pages
    from nfg_desktop.services.reporting import MapPartner, MapProject, NetworkGraph
    from nfg_desktop.store.models import Partner

    with demo_db.read() as session:
        partners = [
            MapPartner(p.id, p.name, p.status, tuple(p.focus_areas))
            for p in session.query(Partner).all()
        ]
        projects = [
            MapProject(
                p.id,
                p.title,
                tuple(p.focus_areas),
                tuple(link.partner_id for link in p.partner_links),
            )
            for p in session.query(Project).options(selectinload(Project.partner_links))
        ]
        areas = network_graph(session).focus_areas
    assert (len(partners), len(projects)) == (40, 8)
    frame = content_frame(ReportInfo("x", "y", TODAY, landscape=True))
    pages = layout_pages(NetworkGraph(areas, partners, projects), frame)
    assert len(pages) == 1
    _check_layout(pages, frame)
    sizes = {size for box in pages[0].boxes for _text, _font, size in box.lines}
    assert min(sizes) >= 7 and max(sizes) >= 8


def test_network_map_of_200_partners_goes_on_over_readable_pages(db: Database) -> None:
    from nfg_desktop.reports.network_map import layout_pages
    from nfg_desktop.services.demo import build_demo

    with db.write() as session:
        build_demo(session, scale=5, today=TODAY)
    data = make(db, "network-map")
    total = check_page_numbers(data)
    assert 1 < total <= 6
    with db.read() as session:
        graph = network_graph(session)
    assert len(graph.partners) > 150
    frame = content_frame(ReportInfo("x", "y", TODAY, landscape=True))
    pages = layout_pages(graph, frame)
    assert len(pages) == total
    _check_layout(pages, frame)
    shown = {box.key for page in pages for box in page.boxes if box.kind == "partner"}
    assert shown == {p.id for p in graph.partners}
    for page in pages:
        assert all(size >= 7 for box in page.boxes for _text, _font, size in box.lines)
    text = flat(all_text(data))
    assert "…" not in text
    for partner in graph.partners:
        assert flat(partner.name) in text
    for number in range(total):
        segments, rects = drawing(data, number)
        for segment in segments:
            assert not any(crosses(segment, rect) for rect in rects)


def test_unknown_report_and_wrong_options(demo_db: Database) -> None:
    with pytest.raises(DomainError, match="Bericht „bogus“"):
        make(demo_db, "bogus")
    with pytest.raises(ValidationError, match="Status"):
        make(demo_db, "volunteer-list", status="ruhend")
    with pytest.raises(ValidationError, match="Schwerpunkt"):
        make(demo_db, "partner-list", focus="Sport")


def test_reports_offered_for_lists() -> None:
    assert [r.id for r in reports_for_list("partner")] == [
        "partner-list",
        "labels",
        "network-map",
    ]
    assert [r.id for r in reports_for_list("meeting")] == ["attendance"]


@st.composite
def _graphs(draw: st.DrawFn) -> Any:
    from nfg_desktop.domain.choices import FocusArea
    from nfg_desktop.services.reporting import MapPartner, MapProject, NetworkGraph

    areas = list(FocusArea)
    words = st.sampled_from(
        ["Verein", "Musterhausen", "Kirchengemeinde", "St.", "e. V.", "Förderkreis", "Amt für"]
        + ["Familie,", "Senioren", "und", "Soziales", "Mehrgenerationenhaus", "gGmbH", "Şükrü"]
    )
    name = st.lists(words, min_size=1, max_size=9).map(" ".join)
    focus = st.lists(st.sampled_from(areas), max_size=3, unique=True).map(tuple)
    count = draw(st.integers(1, 90))
    partners = [
        MapPartner(i, draw(name), draw(st.sampled_from(["aktiv", "ruhend"])), draw(focus))
        for i in range(1, count + 1)
    ]
    ids = st.lists(st.integers(1, count), max_size=6, unique=True).map(tuple)
    projects = [
        MapProject(1000 + i, draw(name), draw(focus), draw(ids))
        for i in range(draw(st.integers(0, 16)))
    ]
    used = {f for p in partners for f in p.focus_areas} | {
        f for p in projects for f in p.focus_areas
    }
    return NetworkGraph(tuple(a for a in areas if a in used), partners, projects)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph=_graphs())
def test_network_map_layout_of_any_network(graph: Any) -> None:
    """Any network: every partner and project shown in full, no line under a box, no overlap."""
    from nfg_desktop.reports.network_map import layout_pages

    frame = content_frame(ReportInfo("x", "y", TODAY, landscape=True))
    pages = layout_pages(graph, frame)
    _check_layout(pages, frame)
    shown = {(b.kind, b.key): b.text for page in pages for b in page.boxes}
    for partner in graph.partners:
        assert shown[("partner", partner.id)] == flat(partner.name)
    for project in graph.projects:
        assert flat(project.title) in shown[("project", project.id)]
    links = {(pid, p.id) for p in graph.projects for pid in p.partner_ids}
    drawn = {(c.partner.key, c.node.key) for page in pages for c in page.connectors}
    assert links <= drawn


def test_network_map_counts_in_german(db: Database) -> None:
    """„1 Partner · 1 Projekt“, never „1 Projekte“ (one helper for counted nouns)."""
    from nfg_desktop.services.partners import PartnerData
    from nfg_desktop.services.projects import ProjectData, ProjectPartnerData, ProjectService

    with db.write() as session:
        partner = PartnerService(session).create(PartnerData(name="Tafel Au", status="aktiv"))
        ProjectService(session).create(
            ProjectData(
                title="Lesepaten",
                status="läuft",
                partners=[ProjectPartnerData(partner.id, "Träger")],
            )
        )
    text = flat(all_text(make(db, "network-map")))
    assert "1 Partner · 1 Projekt" in text
    assert "1 Projekte" not in text
