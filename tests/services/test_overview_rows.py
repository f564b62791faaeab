"""The Qt-free queries behind the window: the rows of the lists and the overview."""

from __future__ import annotations

from datetime import date

from nfg_desktop.domain.choices import FocusArea, TargetGroup
from nfg_desktop.domain.collation import search_text
from nfg_desktop.services.overview import build_overview
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.services.rows import COLUMNS, load_rows
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database

TODAY = date(2026, 11, 25)


def test_every_list_has_one_cell_and_key_per_column(demo_db: Database) -> None:
    with demo_db.read() as session:
        for kind, columns in COLUMNS.items():
            rows = load_rows(session, kind)
            assert rows, kind
            for row in rows:
                assert len(row.cells) == len(row.keys) == len(columns)
                assert all(search_text(cell) in row.search for cell in row.cells)


def test_volunteer_rows_are_searchable_by_tags_and_street(db: Database) -> None:
    with db.write() as session:
        volunteer = VolunteerService(session).create(
            VolunteerData(
                first_name="Şükrü",
                last_name="Yıldırım",
                street="Lindenstraße 4",
                skills=["Kochen"],
                interests=["Gärtnern"],
            ),
            today=TODAY,
        )
        vid = volunteer.id
    with db.read() as session:
        (row,) = load_rows(session, "volunteer")
    assert row.id == vid
    assert row.cells[0] == "Yıldırım"
    for text in ("sukru", "kochen", "gartnern", "lindenstrasse"):
        assert text in row.search, text
    assert row.kind == "fehlt"  # no police clearance recorded


def test_partner_row_shows_primary_contact_and_focus(db: Database) -> None:
    with db.write() as session:
        PartnerService(session).create(
            PartnerData(
                name="Familienzentrum Sonne",
                focus_areas=[FocusArea.FAMILIEN.value],
                target_groups=[TargetGroup.FAMILIEN.value],
            )
        )
    with db.read() as session:
        (row,) = load_rows(session, "partner")
    assert row.cells[0] == "Familienzentrum Sonne"
    assert row.focus == frozenset({FocusArea.FAMILIEN.value})


def test_overview_counts_alerts_and_coverage(demo_db: Database) -> None:
    with demo_db.read() as session:
        overview = build_overview(session, TODAY)
        partner_total = len(load_rows(session, "partner"))
    assert sum(overview.partner_status.values()) == partner_total
    assert list(overview.partner_status) == ["angefragt", "aktiv", "ruhend", "ausgeschieden"]
    assert all(entry.kind == "meeting" for entry in overview.next_meetings)
    assert overview.clearance_alerts and all(
        e.kind == "volunteer" for e in overview.clearance_alerts
    )
    assert overview.without_consent_total >= len(overview.without_consent) > 0
    assert len(overview.coverage) == len(FocusArea) * len(TargetGroup)


def test_coverage_counts_active_partners_and_shows_gaps(db: Database) -> None:
    with db.write() as session:
        service = PartnerService(session)
        service.create(
            PartnerData(
                name="Seniorentreff",
                status="aktiv",
                focus_areas=[FocusArea.GEMEINSCHAFT.value],
                target_groups=[TargetGroup.SENIOREN.value],
            )
        )
        service.create(
            PartnerData(
                name="Ruhender Verein",
                status="ruhend",
                focus_areas=[FocusArea.KINDER.value],
                target_groups=[TargetGroup.KINDER.value],
            )
        )
    with db.read() as session:
        overview = build_overview(session, TODAY)
    cell = overview.coverage[(FocusArea.GEMEINSCHAFT.value, TargetGroup.SENIOREN.value)]
    assert [entry.text for entry in cell.partners] == ["Seniorentreff"]
    assert (FocusArea.KINDER.value, TargetGroup.KINDER.value) in overview.gaps()
    assert len(overview.gaps()) == len(overview.coverage) - 1
