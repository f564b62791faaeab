"""Auskunft (Art. 15 DSGVO): everything stored about one volunteer or contact person.

``build_disclosure`` collects it into sections of labelled fields and tables; the report module
renders them as PDF, ``as_json`` as a machine-readable document. Values keep their types
(dates, numbers, booleans); the renderers format them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nfg_desktop.domain import clearance
from nfg_desktop.domain.choices import TagKind
from nfg_desktop.domain.collation import german_sorted
from nfg_desktop.domain.fields import CONTACT, VOLUNTEER, Entity, FieldGroup
from nfg_desktop.services import history
from nfg_desktop.services.network import NetworkService
from nfg_desktop.services.privacy import ENTITY_OF_KIND, get_person
from nfg_desktop.store.models import (
    ContactPerson,
    HoursEntry,
    Meeting,
    MeetingInvitation,
    Project,
    ProjectVolunteer,
    Training,
    TrainingAttendee,
    Volunteer,
)

Value = str | int | float | bool | date | datetime | None


@dataclass
class Section:
    title: str
    fields: list[tuple[str, Value]] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)
    rows: list[list[Value]] = field(default_factory=list)
    empty_text: str = "keine Einträge"

    @property
    def is_table(self) -> bool:
        return bool(self.columns)


@dataclass
class Disclosure:
    kind: str
    record_id: int
    person_name: str
    created_on: date
    controller: str
    sections: list[Section]


def build_disclosure(
    session: Session, kind: str, record_id: int, today: date | None = None
) -> Disclosure:
    today = today or date.today()
    person = get_person(session, kind, record_id)
    network = NetworkService(session).data()  # reads only: the file may be open read-only
    controller = ", ".join(p for p in (network.name, network.municipality) if p)
    if isinstance(person, Volunteer):
        sections = _volunteer_sections(session, person, today)
    else:
        sections = _contact_sections(session, person)
    sections.append(_history_section(session, ENTITY_OF_KIND[kind], record_id))
    return Disclosure(kind, record_id, person.full_name, today, controller, sections)


def _declared(entity: Entity, record: object) -> list[tuple[str, Value]]:
    """The record's declared own fields (not its consent), labelled as declared."""
    return [
        (f.label, getattr(record, f.name)) for f in entity.in_group(FieldGroup.MASTER) if f.stored
    ]


def _consent_section(person: Volunteer | ContactPerson) -> Section:
    return Section(
        "Einwilligung",
        [
            ("Einwilligung erteilt am", person.consent_given_on),
            ("Kontaktdaten im Netzwerk", person.consent_contact_data),
            ("Fotos", person.consent_photos),
            ("Weitergabe an Partner", person.consent_sharing),
            ("Widerrufen am", person.consent_withdrawn_on),
        ],
    )


def _volunteer_sections(session: Session, volunteer: Volunteer, today: date) -> list[Section]:
    master = Section(
        "Stammdaten",
        [
            ("Nummer", volunteer.id),
            *_declared(VOLUNTEER, volunteer),
            ("Fähigkeiten", ", ".join(volunteer.tag_values(TagKind.SKILL))),
            ("Sprachen", ", ".join(volunteer.tag_values(TagKind.LANGUAGE))),
            ("Interessen", ", ".join(volunteer.tag_values(TagKind.INTEREST))),
            (
                "Verfügbarkeit",
                ", ".join(f"{a.weekday} {a.day_part}" for a in volunteer.availability),
            ),
            ("Anonymisiert", volunteer.anonymised),
            ("Angelegt am", volunteer.created_at),
            ("Zuletzt geändert am", volunteer.updated_at),
        ],
    )
    clearances = Section(
        "Erweitertes Führungszeugnis",
        columns=["Ausgestellt am", "Eingesehen am", "Einwandfrei", "Eingesehen von", "Gültig bis"],
        rows=[
            [
                c.issued_on,
                c.inspected_on,
                c.clean,
                c.inspected_by,
                clearance.valid_until(c.inspected_on),
            ]
            for c in volunteer.clearances
        ],
    )
    links = session.scalars(
        select(ProjectVolunteer)
        .where(ProjectVolunteer.volunteer_id == volunteer.id)
        .options(selectinload(ProjectVolunteer.project))
    ).all()
    projects = Section(
        "Projekte",
        columns=["Projekt", "Rolle", "Seit", "Begründung ohne gültiges Führungszeugnis"],
        rows=[
            [link.project.title, link.role, link.since, link.clearance_override_reason]
            for link in german_sorted(links, key=lambda link: link.project.title)
        ],
    )
    hours_rows = session.execute(
        select(HoursEntry.day, Project.title, HoursEntry.hours, HoursEntry.note)
        .outerjoin(Project, HoursEntry.project_id == Project.id)
        .where(HoursEntry.volunteer_id == volunteer.id)
        .order_by(HoursEntry.day)
    ).all()
    hours = Section(
        "Einsätze (Stunden)",
        columns=["Datum", "Projekt", "Stunden", "Notiz"],
        rows=[[day, title or "", amount, note] for day, title, amount, note in hours_rows],
    )
    if hours_rows:
        hours.fields = [("Stunden insgesamt", round(sum(r[2] for r in hours_rows), 2))]
    meetings = _meetings_section(session, MeetingInvitation.volunteer_id == volunteer.id)
    training_rows = session.execute(
        select(Training.title, Training.day, Training.provider, Training.focus)
        .join(TrainingAttendee, TrainingAttendee.training_id == Training.id)
        .where(TrainingAttendee.volunteer_id == volunteer.id)
        .order_by(Training.day)
    ).all()
    trainings = Section(
        "Qualifizierungen",
        columns=["Qualifizierung", "Datum", "Anbieter", "Schwerpunkt"],
        rows=[list(row) for row in training_rows],
    )
    return [master, _consent_section(volunteer), clearances, projects, hours, meetings, trainings]


def _meetings_section(session: Session, condition: Any) -> Section:
    rows = session.execute(
        select(
            Meeting.title,
            Meeting.starts_at,
            Meeting.kind,
            Meeting.place,
            MeetingInvitation.attended,
        )
        .join(MeetingInvitation, MeetingInvitation.meeting_id == Meeting.id)
        .where(condition)
        .order_by(Meeting.starts_at)
    ).all()
    return Section(
        "Termine (Einladungen und Anwesenheit)",
        columns=["Termin", "Beginn", "Art", "Ort", "Anwesend"],
        rows=[list(row) for row in rows],
    )


def _contact_sections(session: Session, contact: ContactPerson) -> list[Section]:
    declared = _declared(CONTACT, contact)
    names, rest = declared[:2], declared[2:]  # the organisation follows the name
    master = Section(
        "Stammdaten",
        [
            ("Nummer", contact.id),
            *names,
            ("Organisation", contact.partner.name),
            *rest,
            ("Anonymisiert", contact.anonymised),
            ("Angelegt am", contact.created_at),
            ("Zuletzt geändert am", contact.updated_at),
        ],
    )
    project_rows = session.execute(
        select(Project.title, Project.status).where(Project.contact_id == contact.id)
    ).all()
    project_rows = german_sorted(project_rows, key=lambda row: row[0])
    projects = Section(
        "Projekte (als Kontakt)",
        columns=["Projekt", "Status"],
        rows=[list(row) for row in project_rows],
    )
    meetings = _meetings_section(session, MeetingInvitation.contact_id == contact.id)
    return [master, _consent_section(contact), projects, meetings]


def _history_section(session: Session, entity: str, record_id: int) -> Section:
    records = history.history_of(session, entity, record_id)
    return Section(
        "Änderungsverlauf",
        columns=[
            "Zeitpunkt",
            "Benutzer",
            "Vorgang",
            "Datensatz",
            "Feld",
            "Alter Wert",
            "Neuer Wert",
        ],
        rows=[
            [
                r.at,
                r.user,
                history.action_label(r.action),
                f"{history.entity_label(r.entity)} {r.entity_id}",
                history.field_label(r.field),
                r.old_value,
                r.new_value,
            ]
            for r in reversed(records)
        ],
    )


# --- JSON ------------------------------------------------------------------------------------


def json_value(value: Value) -> Any:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def as_json(disclosure: Disclosure) -> dict[str, Any]:
    """A machine-readable document: sections as objects (fields) or lists of rows."""
    document: dict[str, Any] = {
        "Auskunft nach Art. 15 DSGVO": {
            "Person": disclosure.person_name,
            "Art": "Ehrenamtliche/r" if disclosure.kind == "volunteer" else "Ansprechperson",
            "Nummer": disclosure.record_id,
            "Verantwortliche Stelle": disclosure.controller,
            "Erstellt am": disclosure.created_on.isoformat(),
        }
    }
    for section in disclosure.sections:
        if section.is_table:
            rows = [
                {
                    column: json_value(value)
                    for column, value in zip(section.columns, row, strict=True)
                }
                for row in section.rows
            ]
            if section.fields:
                document[section.title] = {
                    **{label: json_value(value) for label, value in section.fields},
                    "Einträge": rows,
                }
            else:
                document[section.title] = rows
        else:
            document[section.title] = {label: json_value(value) for label, value in section.fields}
    return document
