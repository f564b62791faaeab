"""Counted nouns read as German: „1 Eintrag“, „0 Einträge“, „2 Einträge“ (issue 16, item 11)."""

from __future__ import annotations

from datetime import date

from nfg_desktop.domain.formatting import german_count
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.privacy import DeletedClearances
from nfg_desktop.services.projects import ProjectData, ProjectService
from nfg_desktop.store.database import Database


def test_german_count_takes_the_singular_for_exactly_one() -> None:
    assert german_count(1, "Eintrag", "Einträge") == "1 Eintrag"
    assert german_count(0, "Eintrag", "Einträge") == "0 Einträge"
    assert german_count(2, "Projekt", "Projekte") == "2 Projekte"


def test_service_messages_count_in_german(db: Database) -> None:
    with db.write() as session:
        partners = PartnerService(session)
        partner = partners.create(
            PartnerData(name="Tafel", contacts=[ContactData(last_name="Ohm")])
        )
        assert partners.dependents(partner.id) == ["1 Ansprechperson"]
        projects = ProjectService(session)
        project = projects.create(ProjectData(title="Lesepaten"))
        assert projects.dependents(project.id) == []
    one = DeletedClearances(1, "Anna Ohm", date(2026, 1, 31), 1)
    assert one.message().endswith(": 1 Eintrag zum Führungszeugnis gelöscht")
    two = DeletedClearances(1, "Anna Ohm", date(2026, 1, 31), 2)
    assert two.message().endswith(": 2 Einträge zum Führungszeugnis gelöscht")
