from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from nfg_desktop.domain.choices import PartnerKind, ProjectKind
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.services.demo import build_demo
from nfg_desktop.services.statistics import entity_counts
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import Partner, Project, Volunteer


def test_demo_network_is_realistic(demo_db: Database) -> None:
    with demo_db.read() as session:
        counts = entity_counts(session)
        assert counts["Partner"] == 40
        assert counts["Projekte"] == 8
        assert counts["Ehrenamtliche"] == 120
        assert counts["Stundeneinträge"] > 1000
        assert counts["Termine"] > 0 and counts["Qualifizierungen"] > 0
        kinds = set(session.scalars(select(Partner.kind)))
        assert kinds == set(PartnerKind)
        assert set(session.scalars(select(Project.kind))) == set(ProjectKind)
        names = {f"{v.first_name} {v.last_name}" for v in session.scalars(select(Volunteer))}
        assert {"Şükrü Yıldırım", "Łukasz Wróbel", "Nguyễn Thị Lan"} <= names
        birth_years = list(session.scalars(select(Volunteer.birth_year)))
        assert min(birth_years) <= 2026 - 75 and max(birth_years) >= 2026 - 25


def test_demo_refuses_a_database_with_data(demo_db: Database) -> None:
    with pytest.raises(DomainError) as caught, demo_db.write() as session:
        build_demo(session, today=date(2026, 11, 25))
    assert "schon Daten" in caught.value.message


def test_demo_scale_multiplies(db: Database) -> None:
    with db.write() as session:
        summary = build_demo(session, scale=3, today=date(2026, 11, 25))
    assert (summary.partners, summary.projects, summary.volunteers) == (120, 24, 360)
    with db.read() as session:
        titles = list(session.scalars(select(Project.title)))
    assert len(titles) == len(set(titles))


def test_the_demo_has_no_clearance_records_that_the_law_deletes_at_once(db: Database) -> None:
    """Opening the demo once listed 744 deletions (scale 100): records of volunteers who left
    three months ago or longer are not created; those who left recently keep theirs."""
    from nfg_desktop.services.privacy import delete_due_clearances
    from nfg_desktop.store.models import PoliceClearance, Volunteer

    today = date(2026, 11, 25)
    with db.write() as session:
        build_demo(session, scale=3, today=today)
        leavers = session.scalar(
            select(func.count()).select_from(Volunteer).where(Volunteer.left_on.is_not(None))
        )
        assert leavers
        assert delete_due_clearances(session, today) == []
        assert session.scalar(select(func.count()).select_from(PoliceClearance))
