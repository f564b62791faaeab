"""Every sorted list uses German alphabetical order (DIN 5007-1), first name after last name;
searches fold umlauts written as ae/oe/ue and ß as ss."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from nfg_desktop.io.exporting import export
from nfg_desktop.reports import ReportOptions, render
from nfg_desktop.services import pickers
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.services.rows import load_rows
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from tests.reports.helpers import all_text

TODAY = date(2026, 11, 25)
PEOPLE = [
    ("Lena", "Zimmermann"),
    ("Ayşe", "Öztürk"),
    ("Zoë", "Ährenfeld"),
    ("Paul", "Großmann"),
    ("Ida", "Gößwein"),
    ("Berta", "Müller"),
    ("Carl", "Muller"),
    ("Anna", "Müller"),
]
IN_ORDER = [
    "Zoë Ährenfeld",
    "Ida Gößwein",
    "Paul Großmann",
    "Anna Müller",
    "Berta Müller",
    "Carl Muller",
    "Ayşe Öztürk",
    "Lena Zimmermann",
]
PARTNERS = ["Zeitbank", "Ökumenischer Kreis", "Arbeiterwohlfahrt", "Ältestenrat", "Awo Ulm"]
PARTNERS_IN_ORDER = [
    "Ältestenrat",
    "Arbeiterwohlfahrt",
    "Awo Ulm",
    "Ökumenischer Kreis",
    "Zeitbank",
]


def _fill(db: Database) -> None:
    with db.write() as session:
        volunteers = VolunteerService(session)
        for first, last in PEOPLE:
            volunteers.create(VolunteerData(first_name=first, last_name=last), today=TODAY)
        partners = PartnerService(session)
        for name in PARTNERS:
            partners.create(PartnerData(name=name, city="Müllheim", street="Hauptstraße 1"))


def test_services_list_people_and_partners_in_german_order(db: Database) -> None:
    _fill(db)
    with db.read() as session:
        assert [v.full_name for v in VolunteerService(session).list()] == IN_ORDER
        assert [p.name for p in PartnerService(session).list()] == PARTNERS_IN_ORDER
        assert [name for _id, name, _kind in pickers.partners(session)] == PARTNERS_IN_ORDER
        assert [name for _id, name, _status in pickers.volunteers(session)] == [
            ", ".join(reversed(name.split(" ", 1))) for name in IN_ORDER
        ]


def test_window_rows_sort_by_last_then_first_name(db: Database) -> None:
    _fill(db)
    with db.read() as session:
        rows = load_rows(session, "volunteer")
        partners = load_rows(session, "partner")
    by_last = sorted(rows, key=lambda row: row.keys[0])
    assert [f"{row.cells[1]} {row.cells[0]}" for row in by_last] == IN_ORDER
    by_first = sorted(rows, key=lambda row: row.keys[1])
    assert [row.cells[1] for row in by_first][:3] == ["Anna", "Ayşe", "Berta"]
    assert [row.cells[0] for row in sorted(partners, key=lambda r: r.keys[0])] == (
        PARTNERS_IN_ORDER
    )


def test_volunteer_list_printout_and_export_in_german_order(db: Database, tmp_path: Path) -> None:
    _fill(db)
    with db.read() as session:
        pdf = render("volunteer-list", session, ReportOptions(today=TODAY))
        path = tmp_path / "ehrenamtliche.csv"
        export(session, "volunteers", path, today=TODAY)
    text = all_text(pdf)
    positions = [text.index(name) for name in IN_ORDER]
    assert positions == sorted(positions)
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    assert [f"{row[0]} {row[1]}" for row in rows[1:]] == IN_ORDER


def test_service_search_folds_umlaut_spellings(db: Database) -> None:
    _fill(db)
    with db.read() as session:
        partners = PartnerService(session)
        assert len(partners.list(search="muellheim")) == len(PARTNERS)
        assert len(partners.list(search="MULLHEIM strasse")) == len(PARTNERS)
        assert [p.name for p in partners.list(search="Oekumenisch")] == ["Ökumenischer Kreis"]
        volunteers = VolunteerService(session)
        assert [v.full_name for v in volunteers.list(search="Oeztuerk")] == ["Ayşe Öztürk"]
        assert [v.full_name for v in volunteers.list(search="Aehrenfeld")] == ["Zoë Ährenfeld"]


def test_the_shown_contact_and_the_tags_follow_german_order_not_the_database(
    db: Database,
) -> None:
    """Which contact a partner's row shows and the order of a volunteer's skills come from
    DIN 5007-1, not from the database's collation (SQLite's byte order puts Ä after Z)."""
    from sqlalchemy import update

    from nfg_desktop.domain.choices import TagKind
    from nfg_desktop.services.partners import ContactData
    from nfg_desktop.services.rows import COLUMNS
    from nfg_desktop.store.models import ContactPerson

    with db.write() as session:
        PartnerService(session).create(
            PartnerData(
                name="Kreis",
                contacts=[ContactData(last_name="Zander"), ContactData(last_name="Ärmel")],
            )
        )
        # none is the primary one any more (as after the primary contact was anonymised)
        session.execute(update(ContactPerson).values(is_primary=False))
        VolunteerService(session).create(
            VolunteerData(
                first_name="Ida", last_name="Ort", skills=["Zeichnen", "Ährenkranz binden"]
            ),
            today=TODAY,
        )
    with db.read() as session:
        partner = load_rows(session, "partner")[0]
        volunteer = load_rows(session, "volunteer")[0]
        tags = VolunteerService(session).tags_by_volunteer()
    assert partner.cells[COLUMNS["partner"].index("contact")] == "Ärmel"
    assert volunteer.cells[COLUMNS["volunteer"].index("tags")].startswith(
        "Ährenkranz binden, Zeichnen"
    )
    assert [values for (_id, kind), values in tags.items() if kind == TagKind.SKILL.value] == [
        ["Ährenkranz binden", "Zeichnen"]
    ]


def test_a_project_title_differing_only_in_case_or_accents_is_a_duplicate(db: Database) -> None:
    import pytest

    from nfg_desktop.domain.errors import ValidationError
    from nfg_desktop.services.projects import ProjectData, ProjectService

    with db.write() as session:
        ProjectService(session).create(ProjectData(title="Äpfel für Alle", kind="Sonstiges"))
    for title in ("äpfel für alle", "ÄPFEL FÜR ALLE", "Apfel fur alle"):
        with db.write() as session, pytest.raises(ValidationError, match="gibt es schon"):
            ProjectService(session).create(ProjectData(title=title, kind="Sonstiges"))
