from __future__ import annotations

import pytest

from nfg_desktop.domain.choices import ChoiceList
from nfg_desktop.domain.errors import InUseError, NotFoundError, ValidationError
from nfg_desktop.services.common import choice_options
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.projects import ProjectData, ProjectPartnerData, ProjectService
from nfg_desktop.store.database import Database


def _partner(**overrides: object) -> PartnerData:
    values: dict[str, object] = {
        "name": "Caritasverband Beispielkreis e. V.",
        "kind": "Wohlfahrtsverband",
        "sector": "Wohlfahrt",
        "street": "Kirchplatz 3",
        "postal_code": "72070",
        "city": "Musterhausen",
        "phone": "(07123) 45 67-89",
        "email": "info@caritas.example",
        "focus_areas": ["Familien unterstützen"],
        "target_groups": ["Familien", "Senioren"],
        "contacts": [
            ContactData(last_name="Wróbel", first_name="Łukasz", function="Leitung"),
            ContactData(last_name="Yıldırım", first_name="Şükrü", is_primary=True),
        ],
    }
    values.update(overrides)
    return PartnerData(**values)  # type: ignore[arg-type]


def test_create_stores_every_field_and_normalises(db: Database) -> None:
    with db.write() as session:
        partner_id = PartnerService(session).create(_partner()).id
    with db.read() as session:
        partner = PartnerService(session).get(partner_id)
        assert partner.name == "Caritasverband Beispielkreis e. V."
        assert partner.phone == "07123 456789"
        assert sorted(partner.target_groups) == ["Familien", "Senioren"]
        assert partner.focus_areas == ["Familien unterstützen"]
        assert [c.full_name for c in partner.contacts] == ["Şükrü Yıldırım", "Łukasz Wróbel"]
        assert partner.primary_contact is not None
        assert partner.primary_contact.last_name == "Yıldırım"
        assert partner.created_at is not None and partner.updated_at is not None


def test_invalid_fields_are_all_reported_and_nothing_is_stored(db: Database) -> None:
    with pytest.raises(ValidationError) as caught, db.write() as session:
        PartnerService(session).create(
            _partner(name=" ", email="info@", postal_code="123", focus_areas=["Sport"])
        )
    assert set(caught.value.field_errors) == {"name", "email", "postal_code", "focus_areas"}
    assert caught.value.field_errors["name"] == "Name: Bitte ausfüllen."
    with db.read() as session:
        assert PartnerService(session).list() == []


def test_only_one_primary_contact(db: Database) -> None:
    contacts = [
        ContactData(last_name="A", is_primary=True),
        ContactData(last_name="B", is_primary=True),
    ]
    with pytest.raises(ValidationError) as caught, db.write() as session:
        PartnerService(session).create(_partner(contacts=contacts))
    assert "contacts" in caught.value.field_errors


def test_contact_fields_are_validated_with_their_row(db: Database) -> None:
    contacts = [ContactData(last_name="Weber", email="kaputt")]
    with pytest.raises(ValidationError) as caught, db.write() as session:
        PartnerService(session).create(_partner(contacts=contacts))
    assert "contacts[0].email" in caught.value.field_errors


def test_update_keeps_contact_ids_and_removes_dropped_contacts(db: Database) -> None:
    with db.write() as session:
        partner = PartnerService(session).create(_partner())
        partner_id = partner.id
        kept_id = partner.contacts[0].id
    with db.write() as session:
        service = PartnerService(session)
        data = PartnerData.from_partner(service.get(partner_id))
        assert data.contacts is not None
        data.contacts = [c for c in data.contacts if c.id == kept_id]
        data.contacts[0].function = "Geschäftsführung"
        data.status = "ruhend"
        service.update(partner_id, data)
    with db.read() as session:
        partner = PartnerService(session).get(partner_id)
        assert [c.id for c in partner.contacts] == [kept_id]
        assert partner.contacts[0].function == "Geschäftsführung"
        assert partner.contacts[0].is_primary
        assert partner.status == "ruhend"


def test_own_partner_kind_is_remembered(db: Database) -> None:
    with db.write() as session:
        PartnerService(session).create(_partner(kind="Bürgerbus-Verein"))
    with db.read() as session:
        kinds = choice_options(session, ChoiceList.PARTNER_KIND)
    assert "Bürgerbus-Verein" in kinds
    assert kinds[0] == "Kommunalverwaltung"


def test_delete_is_refused_while_a_project_uses_the_partner(db: Database) -> None:
    with db.write() as session:
        partner_id = PartnerService(session).create(_partner()).id
        ProjectService(session).create(
            ProjectData(
                title="Lesepaten",
                partners=[ProjectPartnerData(partner_id, "Träger")],
            )
        )
    with pytest.raises(InUseError) as caught, db.write() as session:
        PartnerService(session).delete(partner_id)
    assert "Lesepaten" in caught.value.message
    with db.read() as session:
        assert PartnerService(session).dependents(partner_id)[0] == "Projekt „Lesepaten“ (Träger)"
        assert PartnerService(session).get(partner_id).name


def test_delete_removes_partner_with_contacts(db: Database) -> None:
    with db.write() as session:
        partner_id = PartnerService(session).create(_partner()).id
    with db.write() as session:
        PartnerService(session).delete(partner_id)
    with db.read() as session, pytest.raises(NotFoundError):
        PartnerService(session).get(partner_id)


def test_list_filters_and_searches(db: Database) -> None:
    with db.write() as session:
        service = PartnerService(session)
        service.create(_partner())
        service.create(
            _partner(
                name="TSV 1896 Musterhausen",
                email="info@tsv.example",
                kind="Verein",
                status="angefragt",
                focus_areas=["Kinder fördern"],
                contacts=[],
            )
        )
    with db.read() as session:
        service = PartnerService(session)
        assert [p.name for p in service.list(search="1896")] == ["TSV 1896 Musterhausen"]
        assert [p.name for p in service.list(search="caritas musterhausen")] == [
            "Caritasverband Beispielkreis e. V."
        ]
        assert [p.name for p in service.list(status="angefragt")] == ["TSV 1896 Musterhausen"]
        assert [p.kind for p in service.list(focus="Familien unterstützen")] == [
            "Wohlfahrtsverband"
        ]
        assert len(service.list(kind="Verein")) == 1
