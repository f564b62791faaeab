"""Imported records are stored in bulk, but their history is the same as a form's."""

from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from nfg_desktop.io.importing import Action, execute, prepare
from nfg_desktop.io.readers import Table
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import ChangeRecord, ContactPerson, CustomChoice

TODAY = date(2026, 11, 25)

PARTNER_HEADERS = [
    "Name",
    "Art",
    "Straße",
    "PLZ",
    "Ort",
    "E-Mail",
    "Partner seit",
    "Schwerpunkte",
    "Zielgruppen",
    "Ansprechpartner",
    "Funktion",
    "Einwilligung am",
]
PARTNER_MAPPING = [
    "name",
    "kind",
    "street",
    "postal_code",
    "city",
    "email",
    "partner_since",
    "focus_areas",
    "target_groups",
    "contact_name",
    "contact_function",
    "contact_consent_given_on",
]
PARTNER_ROW = [
    "Familienzentrum Süd",
    "Verein",
    "Hauptstraße 3",
    "07123",
    "Tübingen",
    "fz@example.org",
    "01.03.2024",
    "Kinder fördern; Familien unterstützen",
    "Kinder, Familien",
    "Thị Lan Nguyễn",
    "Leitung",
    "02.03.2024",
]
PARTNER_DATA = PartnerData(
    name="Familienzentrum Süd",
    kind="Verein",
    street="Hauptstraße 3",
    postal_code="07123",
    city="Tübingen",
    email="fz@example.org",
    partner_since=date(2024, 3, 1),
    focus_areas=["Kinder fördern", "Familien unterstützen"],
    target_groups=["Kinder", "Familien"],
    contacts=[
        ContactData(
            last_name="Nguyễn",
            first_name="Thị Lan",
            function="Leitung",
            is_primary=True,
            consent_given_on=date(2024, 3, 2),
        )
    ],
)


@pytest.fixture(autouse=True)
def user_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "k.koordination")


@pytest.fixture
def user(history_user: str) -> str:
    """Who the history names (the server login on PostgreSQL)."""
    return history_user


def _history(db: Database, entity: str, entity_id: int) -> list[tuple[str, str, str, str | None]]:
    """(user, action, field, new value) of a record, sorted; every old value must be empty."""
    with db.read() as session:
        rows = session.scalars(
            select(ChangeRecord).where(
                ChangeRecord.entity == entity, ChangeRecord.entity_id == entity_id
            )
        ).all()
        assert all(row.old_value is None and row.at.date() == date.today() for row in rows)
        return sorted((row.user, row.action, row.field, row.new_value) for row in rows)


def _import(db: Database, kind: str, headers: list[str], mapping: list[str], rows: list) -> list:  # type: ignore[type-arg]
    table = Table(headers, rows, list(range(2, len(rows) + 2)))
    with db.write() as session:
        plan = prepare(session, kind, table, mapping, TODAY, Action.CREATE)
        summary = execute(session, plan, TODAY)
    assert summary.created == len(rows)
    return summary.created_ids


def test_imported_partner_has_the_history_of_one_created_in_the_form(
    db: Database, user: str
) -> None:
    with db.write() as session:
        by_form = PartnerService(session).create(PARTNER_DATA)
        form_id, form_contact = by_form.id, by_form.contacts[0].id
    heard: list[set[str]] = []
    db.on_change(heard.append)
    [imported_id] = _import(db, "partners", PARTNER_HEADERS, PARTNER_MAPPING, [PARTNER_ROW])
    assert imported_id != form_id
    assert heard and {"partner", "contact_person", "partner_focus"} <= heard[-1]

    imported = _history(db, "partner", imported_id)
    assert imported == _history(db, "partner", form_id)
    assert (user, "create", "partner_focus", "focus=Kinder fördern") in imported
    assert (user, "create", "partner_target_group", "target_group=Familien") in (imported)
    assert (user, "create", "partner_since", "2024-03-01") in imported

    with db.read() as session:
        contact_id = session.scalars(
            select(ContactPerson.id).where(ContactPerson.partner_id == imported_id)
        ).one()
    contact = _history(db, "contact_person", contact_id)
    expected = [
        row if row[2] != "partner_id" else (*row[:3], str(imported_id))
        for row in _history(db, "contact_person", form_contact)
    ]
    assert contact == sorted(expected)
    assert (user, "create", "last_name", "Nguyễn") in contact
    assert (user, "create", "is_primary", "ja") in contact


def test_imported_partner_is_stored_with_contact_focus_and_target_groups(db: Database) -> None:
    [imported_id] = _import(db, "partners", PARTNER_HEADERS, PARTNER_MAPPING, [PARTNER_ROW])
    with db.read() as session:
        stored = PartnerData.from_partner(PartnerService(session).get(imported_id))
    assert stored.contacts is not None
    assert [c.id for c in stored.contacts] != [None]
    for contact in stored.contacts:
        contact.id = None
    stored.focus_areas.sort()
    stored.target_groups.sort()
    assert stored == replace(
        PARTNER_DATA,
        focus_areas=sorted(PARTNER_DATA.focus_areas),
        target_groups=sorted(PARTNER_DATA.target_groups),
    )


def test_imported_volunteer_has_the_history_of_one_created_in_the_form(
    db: Database, user: str
) -> None:
    data = VolunteerData(
        first_name="Łukasz",
        last_name="Wróbel",
        birth_year=1975,
        email="l.wrobel@example.org",
        skills=["Kochen", "Malen"],
        languages=["Polnisch"],
        availability=[("Mo", "vormittags"), ("Di", "abends")],
        consent_photos=True,
    )
    with db.write() as session:
        form_id = VolunteerService(session).create(data, TODAY).id
    [imported_id] = _import(
        db,
        "volunteers",
        ["Vorname", "Nachname", "Geburtsjahr", "E-Mail", "Fähigkeiten", "Sprachen", "Zeiten", "F"],
        [
            "first_name",
            "last_name",
            "birth_year",
            "email",
            "skills",
            "languages",
            "availability",
            "consent_photos",
        ],
        [
            [
                "Łukasz",
                "Wróbel",
                1975,
                "l.wrobel@example.org",
                "Kochen; Malen",
                "Polnisch",
                "Mo vormittags; Di abends",
                "ja",
            ]
        ],
    )
    imported = _history(db, "volunteer", imported_id)
    assert imported == _history(db, "volunteer", form_id)
    assert (user, "create", "volunteer_tag", "kind=Sprache, value=Polnisch") in (imported)
    assert (
        user,
        "create",
        "volunteer_availability",
        "weekday=Di, day_part=abends",
    ) in (imported)
    with db.read() as session:
        stored = VolunteerData.from_volunteer(VolunteerService(session).get(imported_id))
        choices = set(session.scalars(select(CustomChoice.label)))
    assert (stored.skills, stored.languages, stored.consent_photos) == (
        ["Kochen", "Malen"],
        ["Polnisch"],
        True,
    )
    assert stored.availability == [("Di", "abends"), ("Mo", "vormittags")]
    assert "Malen" in choices  # a new skill joins the choice list, as from the form


def test_deleting_an_imported_partner_removes_its_contact_persons_values(
    db: Database, user: str
) -> None:
    [imported_id] = _import(db, "partners", PARTNER_HEADERS, PARTNER_MAPPING, [PARTNER_ROW])
    with db.read() as session:
        contact_id = session.scalars(
            select(ContactPerson.id).where(ContactPerson.partner_id == imported_id)
        ).one()
    assert any(row[3] == "Nguyễn" for row in _history(db, "contact_person", contact_id))
    with db.write() as session:
        PartnerService(session).delete(imported_id)
    assert _history(db, "contact_person", contact_id) == [(user, "delete", "", None)]
