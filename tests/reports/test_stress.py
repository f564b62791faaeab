"""Extreme data: 200-character names and 5,000-character texts still print completely."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from nfg_desktop.reports import REPORTS, ReportOptions, render
from nfg_desktop.reports.labels import LABEL_HEIGHT, LABEL_WIDTH, PAD_X, PAD_Y, layout
from nfg_desktop.reports.page import MARGIN
from nfg_desktop.reports.text import width_of
from nfg_desktop.services.meetings import InvitationData, MeetingData, MeetingService
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.projects import ProjectData, ProjectPartnerData, ProjectService
from nfg_desktop.services.reporting import AddressLabel
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from tests.reports.helpers import (
    all_text,
    body_text,
    check_page_numbers,
    column_lines,
    column_text,
    drawn_lines,
    flat,
    reader,
)

TODAY = date(2026, 11, 25)
WORDS = "Generationen Şükrü Yıldırım Łukasz Wróbel Nguyễn Thị Lan Größmann Straße Zoë Ährenfeld"


def long_text(length: int, seed: int = 0) -> str:
    words = WORDS.split()
    parts: list[str] = []
    index = seed
    while len(" ".join(parts)) < length:
        parts.append(f"{words[index % len(words)]}{index}")
        index += 1
    return " ".join(parts)[:length].strip()


@pytest.fixture
def stress_db(db: Database) -> Database:
    with db.write() as session:
        partners = PartnerService(session)
        ids = []
        for number in range(3):
            partner = partners.create(
                PartnerData(
                    name=long_text(200, number),
                    kind="Verein",
                    street=long_text(150, 7),
                    postal_code="79847",
                    city=long_text(120, 3),
                    phone="07123 4567",
                    email=f"{'x' * 60}{number}@{'sehr-lange-domain-' * 5}example.org",
                    notes=long_text(5000, 11),
                    focus_areas=["Gemeinschaft stärken", "Kinder fördern"],
                    contacts=[
                        ContactData(
                            last_name=long_text(100, 5),
                            first_name=long_text(100, 9),
                            phone="0711 999",
                            email="lang@example.org",
                            consent_given_on=TODAY,
                            consent_contact_data=True,
                        )
                    ],
                )
            )
            ids.append(partner.id)
        volunteer = VolunteerService(session).create(
            VolunteerData(
                first_name=long_text(100, 1),
                last_name=long_text(100, 2),
                birth_year=1950,
                street=long_text(150, 4),
                postal_code="79847",
                city="Musterhausen",
                phone="0711 12345",
                email="ehrenamt@example.org",
                status="aktiv",
                notes=long_text(5000, 13),
                consent_given_on=TODAY,
                consent_contact_data=True,
            ),
            today=TODAY,
        )
        ProjectService(session).create(
            ProjectData(
                title=long_text(200, 17),
                kind="Sonstiges",
                status="läuft",
                description=long_text(5000, 19),
                goals=long_text(5000, 23),
                need_count=3,
                need_notes=long_text(5000, 29),
                focus_areas=["Kinder fördern"],
                partners=[ProjectPartnerData(ids[0], "Träger")]
                + [ProjectPartnerData(i) for i in ids[1:]],
            ),
            today=TODAY,
        )
        MeetingService(session).create(
            MeetingData(
                title=long_text(200, 31),
                starts_at=datetime(2026, 3, 1, 18, 0),
                place=long_text(200, 37),
                invitations=[InvitationData(volunteer_id=volunteer.id)]
                + [InvitationData(partner_id=i) for i in ids],
            )
        )
    return db


def make(db: Database, kind: str, **options: object) -> bytes:
    with db.read() as session:
        return render(kind, session, ReportOptions(today=TODAY, **options))  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(REPORTS))
def test_every_report_survives_extreme_data(stress_db: Database, kind: str) -> None:
    data = make(stress_db, kind, meeting_id=1, year=2026)
    pdf = reader(data)
    assert len(pdf.pages) >= 1
    if kind != "labels":
        check_page_numbers(data)
    # Nothing is drawn outside the page or into the margins beside the text.
    width = float(pdf.pages[0].mediabox.width)
    for x in _text_positions(data):
        assert 0 <= x < width


def _text_positions(data: bytes) -> list[float]:
    positions: list[float] = []
    for page in reader(data).pages:

        def visit(text: str, cm: list[float], tm: list[float], *_args: object) -> None:
            if text.strip():
                positions.append(tm[4] * cm[0] + cm[4])

        page.extract_text(visitor_text=visit)
    return positions


def test_long_names_wrap_completely_in_the_partner_list(stress_db: Database) -> None:
    data = make(stress_db, "partner-list")
    with stress_db.read() as session:
        partners = [(p.name, p.street, p.email) for p in PartnerService(session).list()]
    names = column_text(data, MARGIN, MARGIN + 100)
    for name, street, email in partners:
        assert flat(name) in names
        assert street in flat(all_text(data))
        squeezed = "".join(column_lines(data, 0, 10_000)).replace(" ", "")
        assert email in squeezed


def test_long_texts_of_a_project_print_completely(stress_db: Database) -> None:
    data = make(stress_db, "project-profile")
    with stress_db.read() as session:
        project = ProjectService(session).list()[0]
        title, description, goals, need = (
            project.title,
            project.description,
            project.goals,
            project.need_notes,
        )
    text = body_text(data)
    assert check_page_numbers(data) >= 3
    for value in (description, goals):
        assert flat(value) in text
    # The need notes sit in a table cell taller than a page: split, but all there.
    cell = flat(" ".join(column_lines(data, MARGIN + 100, 10_000, body_only=True)))
    assert flat(need) in cell
    assert flat(title) in flat(" ".join(drawn_lines(data)))


def test_long_volunteer_name_in_the_volunteer_list(stress_db: Database) -> None:
    data = make(stress_db, "volunteer-list")
    with stress_db.read() as session:
        volunteer = VolunteerService(session).list()[0]
        name = volunteer.full_name
    assert len(name) > 200
    assert flat(name) in column_text(data, MARGIN, MARGIN + 100)


def test_label_text_never_leaves_the_label() -> None:
    width = LABEL_WIDTH - 2 * PAD_X
    height = LABEL_HEIGHT - 2 * PAD_Y
    for label in (
        AddressLabel("Kurz", "", "Weg 1", "79847 Ort"),
        AddressLabel(long_text(300), long_text(120), long_text(200), long_text(200)),
        AddressLabel("W" * 120, "z. Hd. " + "M" * 80, "Straße 1", "79847 Musterhausen"),
    ):
        size, lines = layout(label)
        assert size >= 7
        assert len(lines) * size * 1.2 <= height + 0.01
        for font, text in lines:
            assert width_of(text, font, size) <= width + 0.01
    size, lines = layout(AddressLabel("Kurz", "", "Weg 1", "79847 Ort"))
    assert size == 10 and [t for _f, t in lines] == ["Kurz", "Weg 1", "79847 Ort"]


def test_more_than_one_font_subset_prints_exactly(db: Database) -> None:
    """Over 256 different characters need several font subsets; every name still prints."""
    alphabets = [
        "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ",
        "ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋ",
        "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψω",
        "АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя",
        "ẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰự",
    ]
    names = []
    with db.write() as session:
        partners = PartnerService(session)
        for alphabet in alphabets:
            for start in range(0, len(alphabet), 12):
                name = f"Verein {alphabet[start : start + 12]}"
                partners.create(PartnerData(name=name, kind="Verein"))
                names.append(name)
    assert len(set("".join(alphabets))) > 300
    data = make(db, "partner-list")
    # pypdf returns a line in pieces where the subset changes: compare without spaces.
    column = column_text(data, MARGIN, MARGIN + 100).replace(" ", "")
    for name in names:
        assert name.replace(" ", "") in column
