"""What io/ and reports/ read through the services (issue 17): settings, the import's duplicate
keys, the exports' rows."""

from __future__ import annotations

from datetime import date

from sqlalchemy import inspect

from nfg_desktop.domain.choices import TagKind
from nfg_desktop.services.common import setting_value, store_setting
from nfg_desktop.services.hours import HoursData, HoursService
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.projects import (
    ProjectData,
    ProjectPartnerData,
    ProjectService,
    ProjectVolunteerData,
)
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database

TODAY = date(2026, 11, 20)


def test_a_setting_is_stored_once_and_replaced(db: Database) -> None:
    with db.write() as session:
        assert setting_value(session, "import.test") is None
        store_setting(session, "import.test", "eins")
        store_setting(session, "import.test", "zwei")
    with db.read() as session:
        assert setting_value(session, "import.test") == "zwei"


def test_partner_identities_and_find(db: Database) -> None:
    with db.write() as session:
        partners = PartnerService(session)
        first = partners.create(PartnerData(name="Tafel", city="Ulm", email="t@example.org"))
        second = partners.create(PartnerData(name="Bücherei", city="Aalen"))
        first_id, second_id = first.id, second.id
    with db.read() as session:
        partners = PartnerService(session)
        assert [tuple(row) for row in partners.identities()] == [
            (first_id, "Tafel", "Ulm", "t@example.org"),
            (second_id, "Bücherei", "Aalen", ""),
        ]
        found = partners.find(second_id)
        assert found is not None and found.name == "Bücherei"
        assert partners.find(second_id + 100) is None


def test_contacts_by_organisation_primary_first_without_anonymised(db: Database) -> None:
    with db.write() as session:
        partners = PartnerService(session)
        tafel = partners.create(
            PartnerData(
                name="Tafel",
                contacts=[
                    ContactData(last_name="Zeller", first_name="Uwe"),
                    ContactData(last_name="Bauer", first_name="Eva"),
                    ContactData(last_name="Mayer", first_name="Ina", is_primary=True),
                ],
            )
        )
        amt = partners.create(
            PartnerData(name="Ämterhaus", contacts=[ContactData(last_name="Kurz")])
        )
        next(c for c in tafel.contacts if c.last_name == "Zeller").anonymised = True
        tafel_id, amt_id = tafel.id, amt.id
    with db.read() as session:
        partners = PartnerService(session)
        assert [(c.partner.name, c.last_name) for c in partners.contacts()] == [
            ("Ämterhaus", "Kurz"),
            ("Tafel", "Mayer"),
            ("Tafel", "Bauer"),
        ]
        assert [c.last_name for c in partners.contacts([tafel_id])] == ["Mayer", "Bauer"]
        assert [c.last_name for c in partners.contacts([amt_id])] == ["Kurz"]


def test_volunteer_reads_leave_out_the_anonymised(db: Database) -> None:
    with db.write() as session:
        volunteers = VolunteerService(session)
        anna = volunteers.create(
            VolunteerData(
                first_name="Anna",
                last_name="Ährenfeld",
                birth_year=1960,
                email="anna@example.org",
                skills=["Vorlesen", "Backen"],
                languages=["Englisch"],
                availability=[("Mo", "vormittags"), ("Mi", "abends")],
            ),
            today=TODAY,
        )
        gone = volunteers.create(VolunteerData(first_name="Bert", last_name="Berg"), today=TODAY)
        gone.anonymised = True
        anna_id, gone_id = anna.id, gone.id
    with db.read() as session:
        volunteers = VolunteerService(session)
        assert [tuple(row) for row in volunteers.identities()] == [
            (anna_id, "Anna", "Ährenfeld", 1960, "anna@example.org")
        ]
        rows = volunteers.column_values(("id", "last_name", "email"))
        assert [(row.id, row.last_name, row.email) for row in rows] == [
            (anna_id, "Ährenfeld", "anna@example.org")
        ]
        tags = volunteers.tags_by_volunteer()
        assert tags[(anna_id, TagKind.SKILL)] == ["Backen", "Vorlesen"]
        assert tags[(anna_id, TagKind.LANGUAGE)] == ["Englisch"]
        assert sorted(volunteers.availability_by_volunteer()[anna_id]) == [
            ("Mi", "abends"),
            ("Mo", "vormittags"),
        ]
        assert volunteers.find(gone_id) is not None
        assert volunteers.find(gone_id + 100) is None


def test_projects_with_links_come_loaded_and_sorted(db: Database) -> None:
    with db.write() as session:
        partner = PartnerService(session).create(PartnerData(name="Tafel"))
        volunteer = VolunteerService(session).create(
            VolunteerData(first_name="Anna", last_name="Ährenfeld"), today=TODAY
        )
        projects = ProjectService(session)
        projects.create(ProjectData(title="Zeitbank"), today=TODAY)
        projects.create(
            ProjectData(
                title="Lesepaten",
                partners=[ProjectPartnerData(partner.id)],
                volunteers=[ProjectVolunteerData(volunteer.id)],
            ),
            today=TODAY,
        )
    with db.read() as session:
        listed = ProjectService(session).list(with_links=True)
        assert [p.title for p in listed] == ["Lesepaten", "Zeitbank"]
        state = inspect(listed[0])
        assert "partner_links" not in state.unloaded
        assert "volunteer_links" not in state.unloaded
        assert [link.partner.name for link in listed[0].partner_links] == ["Tafel"]
        assert len(listed[0].volunteer_links) == 1


def test_hours_listing_names_volunteer_and_project_by_day(db: Database) -> None:
    with db.write() as session:
        volunteer = VolunteerService(session).create(
            VolunteerData(first_name="Anna", last_name="Ährenfeld"), today=TODAY
        )
        project = ProjectService(session).create(ProjectData(title="Lesepaten"), today=TODAY)
        hours = HoursService(session)
        hours.add(
            HoursData(TODAY, 2.5, volunteer.id, project.id, "Vorlesen"),
            join_project=True,
            today=TODAY,
        )
        bert = VolunteerService(session).create(
            VolunteerData(first_name="Bert", last_name="Berg"), today=TODAY
        )
        hours.add(HoursData(date(2026, 11, 2), 1.0, bert.id), today=TODAY)
        VolunteerService(session).delete(bert.id)  # the hours stay, without a name
        volunteer_id = volunteer.id
    with db.read() as session:
        rows = [tuple(row)[1:] for row in HoursService(session).listing()]
    assert rows == [
        (date(2026, 11, 2), None, None, None, None, None, 1.0, ""),
        (TODAY, volunteer_id, "Anna", "Ährenfeld", False, "Lesepaten", 2.5, "Vorlesen"),
    ]
