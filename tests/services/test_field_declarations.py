"""The field declarations are the one source: the model, the services, the lists, the export, the
import, the history and the Auskunft all say what ``domain/fields.py`` says."""

from __future__ import annotations

from dataclasses import fields as dataclass_fields
from datetime import date

import pytest

from nfg_desktop.domain.fields import (
    CONTACT,
    CONTACT_LABEL_PREFIX,
    CONTACT_PREFIX,
    LISTS,
    MEETING,
    PARTNER,
    PROJECT,
    TRAINING,
    VOLUNTEER,
    Entity,
    FieldGroup,
)
from nfg_desktop.io import exporting
from nfg_desktop.io.mapping import FIELDS, PARTNERS, VOLUNTEERS
from nfg_desktop.services import history, rows
from nfg_desktop.services.disclosure import build_disclosure
from nfg_desktop.services.meetings import MeetingData
from nfg_desktop.services.partners import ContactData, PartnerData
from nfg_desktop.services.projects import ProjectData
from nfg_desktop.services.trainings import TrainingData
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import ContactPerson, Meeting, Partner, Project, Training, Volunteer

ENTITIES = [
    (MEETING, Meeting, MeetingData),
    (TRAINING, Training, TrainingData),
    (PROJECT, Project, ProjectData),
    (PARTNER, Partner, PartnerData),
    (CONTACT, ContactPerson, ContactData),
    (VOLUNTEER, Volunteer, VolunteerData),
]


@pytest.mark.parametrize(("entity", "model", "data"), ENTITIES, ids=lambda x: str(x)[:20])
def test_every_stored_field_is_a_model_column_and_a_service_field(
    entity: Entity, model: type, data: type
) -> None:
    columns = set(model.__table__.columns.keys())  # type: ignore[attr-defined]
    names = {f.name for f in dataclass_fields(data)}
    for name in entity.stored():
        assert name in columns, name
        assert name in names, name
    # and every column a person or partner form edits is declared
    own = columns - {"id", "partner_id", "created_at", "updated_at", "version", "anonymised"}
    assert own <= set(entity.stored())


def test_every_declared_field_is_exported_under_its_label(db: Database) -> None:
    today = date(2026, 6, 1)
    with db.read() as session:
        partners = exporting.partners_table(session, None, today).headers
        contacts = exporting.contacts_table(session, None, today).headers
        volunteers = exporting.volunteers_table(session, None, today).headers
        projects = exporting.projects_table(session, None, today).headers
        meetings = exporting.meetings_table(session, None, today).headers
    assert partners == [f.label for f in PARTNER.exported()] + [
        CONTACT_LABEL_PREFIX + f.label for f in CONTACT.exported() if f.imported
    ]
    assert contacts == ["Organisation", *(f.label for f in CONTACT.exported())]
    assert volunteers == [f.label for f in VOLUNTEER.exported()] + ["Führungszeugnis"]
    assert projects == [f.label for f in PROJECT.exported()]
    assert meetings == [f.label for f in MEETING.exported()]
    assert "Ortsteil" in partners and "Ortsteil" in volunteers


def test_the_import_maps_every_declared_name() -> None:
    expected = {
        PARTNERS: [(f.name, f.names()) for f in PARTNER.imported()]
        + [
            (CONTACT_PREFIX + f.name, (CONTACT_LABEL_PREFIX + f.label, *f.synonyms))
            for f in CONTACT.imported()
        ],
        VOLUNTEERS: [(f.name, f.names()) for f in VOLUNTEER.imported()],
    }
    for kind, specs in FIELDS.items():
        assert [(spec.key, spec.names()) for spec in specs] == expected[kind]


def test_the_lists_show_the_declared_columns(db: Database) -> None:
    for kind, entity in LISTS.items():
        assert rows.COLUMNS[kind] == tuple(c.key for c in entity.columns)
        assert all(column.width > 0 and column.title for column in entity.columns)
    with db.write() as session:
        VolunteerService(session).create(
            VolunteerData(first_name="Ana", last_name="Berg", city="Horb", locality="Dettingen"),
            today=date(2026, 6, 1),
        )
    with db.read() as session:
        (row,) = rows.load_rows(session, "volunteer")
    for index, column in enumerate(VOLUNTEER.columns):
        if column.field in ("first_name", "last_name", "city", "locality"):
            assert (
                row.cells[index]
                == {
                    "first_name": "Ana",
                    "last_name": "Berg",
                    "city": "Horb",
                    "locality": "Dettingen",
                }[column.field]
            )


def test_the_history_labels_every_declared_field_as_declared() -> None:
    for entity in (PARTNER, CONTACT, VOLUNTEER, PROJECT, MEETING, TRAINING):
        for declared in entity.fields:
            if declared.stored:
                assert history.field_label(declared.name) == declared.history_label


def test_the_auskunft_lists_the_declared_fields_of_a_volunteer(db: Database) -> None:
    with db.write() as session:
        volunteer = VolunteerService(session).create(
            VolunteerData(first_name="Ana", last_name="Berg"), today=date(2026, 6, 1)
        )
        volunteer_id = volunteer.id
    with db.read() as session:
        master = build_disclosure(session, "volunteer", volunteer_id).sections[0]
    labels = [label for label, _value in master.fields]
    declared = [f.label for f in VOLUNTEER.in_group(FieldGroup.MASTER) if f.stored]
    assert labels[1 : 1 + len(declared)] == declared
