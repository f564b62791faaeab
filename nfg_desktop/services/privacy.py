"""Data protection (DSGVO): erase and anonymise a person, retention, consent and clearance checks.

- ``erase``: the person and their personal data go for good (Art. 17); logged hours stay as
  anonymous figures (with the birth year, for the statistics by generation).
- ``anonymise``: name and contact data are replaced by a neutral placeholder; birth year, hours,
  project places, meeting and training attendance stay, so the statistics stay right.
- Both purge the person's values from the change history. ``wipe_traces`` then rebuilds the file
  (VACUUM, WAL checkpoint) so that nothing of them is left in its bytes; on a server it vacuums
  the tables (the rows themselves are gone for every user with the commit).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload

from nfg_desktop import logs
from nfg_desktop.domain import clearance
from nfg_desktop.domain.choices import ChoiceList, TagKind, VolunteerStatus
from nfg_desktop.domain.clearance import add_months
from nfg_desktop.domain.collation import german_sorted, sort_key
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.domain.fields import CONTACT, VOLUNTEER
from nfg_desktop.domain.formatting import german_count
from nfg_desktop.services import history
from nfg_desktop.services.common import get_or_fail, setting_value, store_setting
from nfg_desktop.services.plain_rows import column_rows
from nfg_desktop.store.database import Database
from nfg_desktop.store.history import ANONYMISE, ERASE, add_note
from nfg_desktop.store.models import (
    Base,
    ContactPerson,
    CustomChoice,
    HoursEntry,
    MeetingInvitation,
    Partner,
    PoliceClearance,
    Project,
    ProjectVolunteer,
    TrainingAttendee,
    Volunteer,
    VolunteerTag,
)

log = logging.getLogger(__name__)

PersonKind = Literal["volunteer", "contact"]
PERSON_KINDS: tuple[PersonKind, ...] = ("volunteer", "contact")
ENTITY_OF_KIND = {"volunteer": "volunteer", "contact": "contact_person"}

RETENTION_SETTING = "privacy.retention_years"
DEFAULT_RETENTION_YEARS = 2
ANONYMOUS_FIRST_NAME = "Anonymisiert"


def anonymous_last_name(record_id: int) -> str:
    return f"Nr. {record_id}"


@dataclass(frozen=True)
class PersonEntry:
    """One person in a list of the overview (kind "volunteer" or "contact")."""

    kind: PersonKind
    record_id: int
    name: str
    detail: str = ""
    partner_id: int | None = None  # the partner form that shows a contact person


def get_person(session: Session, kind: str, record_id: int) -> Volunteer | ContactPerson:
    if kind == "volunteer":
        return get_or_fail(session, Volunteer, record_id, "Eine/n Ehrenamtliche/n")
    if kind == "contact":
        return get_or_fail(session, ContactPerson, record_id, "Eine Ansprechperson")
    raise DomainError(f"Unbekannte Art „{kind}“: erlaubt sind volunteer und contact.")


def identifying_texts(person: Volunteer | ContactPerson) -> list[str]:
    """Texts that name the person, to be removed from the history with them."""
    texts = [
        person.full_name,
        f"{person.last_name}, {person.first_name}",
        f"{person.last_name} {person.first_name}",
        person.email,
        person.phone,
    ]
    if isinstance(person, Volunteer):
        texts.append(person.street)
    return [t for t in texts if t.strip(", ")]


# --- what will happen (confirmation texts) ---------------------------------------------------


def _counts(session: Session, kind: str, record_id: int) -> dict[str, int]:
    def count(model: type, column: InstrumentedAttribute[Any]) -> int:
        query = select(func.count()).select_from(model).where(column == record_id)
        return int(session.scalar(query) or 0)

    if kind == "volunteer":
        return {
            "hours": count(HoursEntry, HoursEntry.volunteer_id),
            "invitations": count(MeetingInvitation, MeetingInvitation.volunteer_id),
            "trainings": count(TrainingAttendee, TrainingAttendee.volunteer_id),
            "projects": count(ProjectVolunteer, ProjectVolunteer.volunteer_id),
            "clearances": count(PoliceClearance, PoliceClearance.volunteer_id),
        }
    return {
        "invitations": count(MeetingInvitation, MeetingInvitation.contact_id),
        "projects": count(Project, Project.contact_id),
    }


NOUNS = {
    "hours": ("Stundeneintrag", "Stundeneinträge"),
    "projects": ("Projektzuordnung", "Projektzuordnungen"),
    "invitations": ("Einladung/Anwesenheit", "Einladungen/Anwesenheiten"),
    "trainings": ("Qualifizierungsteilnahme", "Qualifizierungsteilnahmen"),
    "clearances": ("Eintrag zum Führungszeugnis", "Einträge zum Führungszeugnis"),
    "contact_projects": ("Projekt", "Projekten"),
}


def _n(counts: dict[str, int], key: str, noun: str | None = None) -> str:
    """„1 Stundeneintrag“, „2 Stundeneinträge“, „keine Stundeneinträge“."""
    count = counts[key]
    singular, plural = NOUNS[noun or key]
    if count == 0:
        return f"keine {plural}" if (noun or key) != "contact_projects" else f"keinen {plural}"
    return german_count(count, singular, plural)


def describe_erase(session: Session, kind: str, record_id: int) -> list[str]:
    """German lines saying exactly what erasing this person does."""
    person = get_person(session, kind, record_id)
    c = _counts(session, kind, record_id)
    lines = [f"„{person.full_name}“ wird mit allen persönlichen Daten endgültig gelöscht."]
    if kind == "volunteer":
        lines += [
            f"Erhalten bleiben ohne Namen für die Statistik: {_n(c, 'hours')} (Datum, Projekt, "
            "Stunden, Geburtsjahr); ihre Notizen werden geleert.",
            f"Gelöscht werden {_n(c, 'projects')}, {_n(c, 'invitations')}, "
            f"{_n(c, 'trainings')} und {_n(c, 'clearances')} (die Anwesenheitszahlen sinken "
            "entsprechend; „Anonymisieren“ behält sie).",
        ]
    else:
        lines += [
            f"Gelöscht werden {_n(c, 'invitations')}; bei "
            f"{_n(c, 'projects', 'contact_projects')} wird die Person als Kontakt entfernt.",
        ]
    lines += _common_lines()
    return lines


def describe_anonymise(session: Session, kind: str, record_id: int) -> list[str]:
    person = get_person(session, kind, record_id)
    c = _counts(session, kind, record_id)
    placeholder = f"{ANONYMOUS_FIRST_NAME} {anonymous_last_name(record_id)}"
    if kind == "volunteer":
        lines = [
            f"„{person.full_name}“ heißt danach „{placeholder}“. Adresse, Telefon, E-Mail, "
            "Notizen, Fähigkeiten, Sprachen, Interessen, Verfügbarkeit und die Einwilligung "
            "werden gelöscht, ebenso die Einträge zum Führungszeugnis.",
            f"Erhalten bleiben für die Statistik: Geburtsjahr, Status, Zeitraum der Mitarbeit, "
            f"{_n(c, 'hours')} (Notizen werden geleert), {_n(c, 'projects')}, "
            f"{_n(c, 'invitations')} und {_n(c, 'trainings')}.",
        ]
    else:
        lines = [
            f"„{person.full_name}“ heißt danach „{placeholder}“. Funktion, Telefon, E-Mail und "
            "die Einwilligung werden gelöscht.",
            f"Erhalten bleiben für die Statistik: {_n(c, 'invitations')}.",
        ]
    return lines + _common_lines()


def _common_lines() -> list[str]:
    return [
        "Die persönlichen Angaben werden auch aus dem Änderungsverlauf entfernt, und die Datei "
        "wird neu geschrieben, damit keine Spur in ihr zurückbleibt.",
        "Das lässt sich nicht rückgängig machen. Sicherungskopien, die vorher erstellt wurden, "
        "enthalten die Daten weiterhin.",
    ]


# --- erase and anonymise ---------------------------------------------------------------------


def erase(session: Session, kind: str, record_id: int) -> str:
    """Erase a person (Art. 17). Returns a German one-line summary. Call ``wipe_traces`` after
    the transaction was committed."""
    person = get_person(session, kind, record_id)
    texts = identifying_texts(person)
    name = person.full_name
    entity = ENTITY_OF_KIND[kind]
    if isinstance(person, Volunteer):
        own_choices = _tag_choices(person)
        _erase_volunteer(session, person)
        session.flush()
        _drop_unused_choices(session, own_choices)
    else:
        _erase_contact(session, person)
    session.flush()
    history.purge_person(session, entity, record_id, texts)
    add_note(session, ERASE, entity, record_id)
    log.info("Person gelöscht (Art. 17): %s %s", entity, record_id)
    return f"„{name}“ wurde gelöscht."


# Free tags that also extend a choice list (typed skills and languages become offered entries).
_CHOICE_LIST_OF_TAG = {
    TagKind.SKILL.value: ChoiceList.SKILL,
    TagKind.LANGUAGE.value: ChoiceList.LANGUAGE,
}


def _tag_choices(volunteer: Volunteer) -> set[tuple[str, str]]:
    """The (tag kind, value) pairs of a volunteer that may have added a choice entry."""
    return {(tag.kind, tag.value) for tag in volunteer.tags if tag.kind in _CHOICE_LIST_OF_TAG}


def _drop_unused_choices(session: Session, tags: set[tuple[str, str]]) -> None:
    """A typed entry of a choice list goes with the last person who used it: a rare skill or
    language can name a person as well as their name does."""
    for kind, value in tags:
        still_used = session.scalar(
            select(VolunteerTag.volunteer_id)
            .where(VolunteerTag.kind == kind, VolunteerTag.value == value)
            .limit(1)
        )
        if still_used is None:
            session.execute(
                delete(CustomChoice).where(
                    CustomChoice.list_name == _CHOICE_LIST_OF_TAG[kind].value,
                    CustomChoice.label == value,
                )
            )


def _erase_volunteer(session: Session, volunteer: Volunteer) -> None:
    for entry in session.scalars(select(HoursEntry).where(HoursEntry.volunteer_id == volunteer.id)):
        if entry.birth_year is None:
            entry.birth_year = volunteer.birth_year
        entry.note = ""
        entry.volunteer_id = None
    session.flush()
    session.delete(volunteer)


def _erase_contact(session: Session, contact: ContactPerson) -> None:
    for project in session.scalars(select(Project).where(Project.contact_id == contact.id)):
        project.contact_id = None
    session.flush()
    partner = contact.partner
    partner.contacts.remove(contact)
    session.delete(contact)


def anonymise(session: Session, kind: str, record_id: int) -> str:
    """Replace name and contact data by a neutral placeholder; keep what statistics need."""
    person = get_person(session, kind, record_id)
    if person.anonymised:
        raise DomainError(f"„{person.full_name}“ ist bereits anonymisiert.")
    texts = identifying_texts(person)
    name = person.full_name
    entity = ENTITY_OF_KIND[kind]
    person.first_name = ANONYMOUS_FIRST_NAME
    person.last_name = anonymous_last_name(record_id)
    # Every declared contact datum (address, Ortsteil, phone, e-mail) goes.
    for name in (VOLUNTEER if isinstance(person, Volunteer) else CONTACT).guarded:
        setattr(person, name, "")
    person.consent_given_on = None
    person.consent_contact_data = False
    person.consent_photos = False
    person.consent_sharing = False
    person.consent_withdrawn_on = None
    person.anonymised = True
    if isinstance(person, Volunteer):
        person.notes = ""
        own_choices = _tag_choices(person)
        person.tags = []
        session.flush()
        _drop_unused_choices(session, own_choices)
        person.availability = []
        person.clearances = []
        for link in person.project_links:
            link.clearance_override_reason = ""
        session.execute(
            update(HoursEntry)
            .where(HoursEntry.volunteer_id == record_id)
            .values(
                note="",
                birth_year=func.coalesce(HoursEntry.birth_year, person.birth_year),
                # a Core update counts the versions up itself (see models.Timestamped)
                version=HoursEntry.version + 1,
            )
        )
    else:
        person.function = ""
        person.is_primary = False
    session.flush()
    history.purge_person(session, entity, record_id, texts)
    add_note(session, ANONYMISE, entity, record_id)
    log.info("Person anonymisiert (Art. 17): %s %s", entity, record_id)
    return f"„{name}“ wurde anonymisiert und heißt jetzt „{person.full_name}“."


def wipe_traces(database: Database) -> None:
    """Rebuild the file so that deleted data is gone from its bytes (VACUUM, then the write-ahead
    log is copied back and truncated); run after the commit.

    On a server the deleted rows are gone for every user with the commit; VACUUM then prunes
    their dead versions from the tables' pages now rather than whenever autovacuum comes by
    (it cannot run inside a transaction). The server's write-ahead log and its backups are
    the IT's to rotate, as for any deleted row on that server.
    """
    if database.engine.dialect.name != "sqlite":
        tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
        with database.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as server:
            server.exec_driver_sql(f"VACUUM {tables}")
        return
    raw = database.engine.raw_connection()
    try:
        connection = raw.driver_connection
        assert connection is not None
        connection.execute("PRAGMA secure_delete = ON")
        connection.execute("VACUUM")
        for _attempt in range(3):
            busy = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy is None or busy[0] == 0:
                break
    finally:
        raw.close()


def erase_and_wipe(database: Database, kind: str, record_id: int, anonymise_only: bool) -> str:
    """One user action: erase or anonymise in one transaction, then wipe the traces."""
    with database.write() as session:
        texts = identifying_texts(get_person(session, kind, record_id))
        if anonymise_only:
            message = anonymise(session, kind, record_id)
        else:
            message = erase(session, kind, record_id)
    wipe_traces(database)
    logs.scrub_log_files(texts)
    return message


# --- retention -------------------------------------------------------------------------------


def retention_years(session: Session) -> int:
    value = setting_value(session, RETENTION_SETTING)
    try:
        years = int(value) if value is not None else DEFAULT_RETENTION_YEARS
    except ValueError:
        years = DEFAULT_RETENTION_YEARS
    return years if years >= 0 else DEFAULT_RETENTION_YEARS


def set_retention_years(session: Session, years: int) -> None:
    if not 0 <= years <= 50:
        raise DomainError("Aufbewahrungsfrist: bitte 0 bis 50 Jahre angeben.", "retention_years")
    store_setting(session, RETENTION_SETTING, str(years))


def retention_candidates(session: Session, today: date | None = None) -> list[PersonEntry]:
    """Volunteers who left more than the retention period ago and are not anonymised yet."""
    today = today or date.today()
    years = retention_years(session)
    limit = add_months(today, -12 * years)
    rows = session.execute(
        select(Volunteer.id, Volunteer.first_name, Volunteer.last_name, Volunteer.left_on).where(
            Volunteer.status == VolunteerStatus.AUSGESCHIEDEN.value,
            Volunteer.left_on.is_not(None),
            Volunteer.left_on < limit,
            Volunteer.anonymised.is_(False),
        )
    ).all()
    rows = sorted(rows, key=lambda row: (row[3], sort_key(row[2], row[1])))
    return [
        PersonEntry(
            "volunteer", vid, f"{first} {last}".strip(), f"ausgeschieden am {left:%d.%m.%Y}"
        )
        for vid, first, last, left in rows
    ]


# --- consent ---------------------------------------------------------------------------------


def people_without_consent(session: Session, today: date | None = None) -> list[PersonEntry]:
    """Volunteers (not left, not anonymised) and contact persons without active consent.

    Column queries only: instant also on a district's network with tens of thousands of people.
    """
    today = today or date.today()
    return volunteers_without_consent(session, today) + contacts_without_consent(session, today)


def volunteers_without_consent(session: Session, today: date) -> list[PersonEntry]:
    """Volunteers (not left, not anonymised) without active consent, by name."""
    no_active_consent = or_(
        Volunteer.consent_given_on.is_(None), Volunteer.consent_withdrawn_on <= today
    )
    rows = column_rows(
        session,
        select(
            Volunteer.id, Volunteer.first_name, Volunteer.last_name, Volunteer.consent_withdrawn_on
        ).where(
            Volunteer.anonymised.is_(False),
            Volunteer.status != VolunteerStatus.AUSGESCHIEDEN.value,
            no_active_consent,
        ),
    )
    rows = german_sorted(rows, key=lambda row: (row[2], row[1]))
    return [
        PersonEntry("volunteer", vid, f"{first} {last}".strip(), _why(withdrawn, today))
        for vid, first, last, withdrawn in rows
    ]


def contacts_without_consent(session: Session, today: date) -> list[PersonEntry]:
    """Contact persons (not anonymised) without active consent, by name."""
    rows = column_rows(
        session,
        select(
            ContactPerson.id,
            ContactPerson.first_name,
            ContactPerson.last_name,
            ContactPerson.consent_withdrawn_on,
            Partner.name,
            Partner.id,
        )
        .join(Partner, Partner.id == ContactPerson.partner_id)
        .where(
            ContactPerson.anonymised.is_(False),
            or_(
                ContactPerson.consent_given_on.is_(None),
                ContactPerson.consent_withdrawn_on <= today,
            ),
        ),
    )
    rows = german_sorted(rows, key=lambda row: (row[2], row[1]))
    return [
        PersonEntry(
            "contact",
            cid,
            f"{first} {last}".strip(),
            f"{partner}: {_why(withdrawn, today)}",
            partner_id,
        )
        for cid, first, last, withdrawn, partner, partner_id in rows
    ]


def _why(withdrawn: date | None, today: date) -> str:
    if withdrawn is not None and withdrawn <= today:
        return f"Einwilligung widerrufen am {withdrawn:%d.%m.%Y}"
    return "keine Einwilligung erfasst"


# --- police clearances -----------------------------------------------------------------------


@dataclass(frozen=True)
class DeletedClearances:
    volunteer_id: int
    name: str
    left_on: date
    count: int

    def message(self) -> str:
        return (
            f"{self.name} (ausgeschieden am {self.left_on:%d.%m.%Y}): "
            f"{german_count(self.count, 'Eintrag', 'Einträge')} zum Führungszeugnis gelöscht"
        )


def delete_due_clearances(session: Session, today: date | None = None) -> list[DeletedClearances]:
    """Delete the clearance records of volunteers who left three months ago or longer (also from
    the history), and return what was deleted so that the user can be told."""
    today = today or date.today()
    latest_left = add_months(today, -clearance.DELETE_MONTHS_AFTER_LEAVING)
    volunteers = session.scalars(
        select(Volunteer)
        .where(
            Volunteer.left_on.is_not(None),
            Volunteer.left_on <= latest_left,
            Volunteer.id.in_(select(PoliceClearance.volunteer_id)),
        )
        .options(selectinload(Volunteer.clearances))
    ).all()
    volunteers = german_sorted(volunteers, key=lambda v: (v.last_name, v.first_name))
    deleted: list[DeletedClearances] = []
    keys: set[tuple[str, int]] = set()
    for volunteer in volunteers:
        assert volunteer.left_on is not None
        if clearance.deletion_due(volunteer.left_on) > today:
            continue
        records = list(volunteer.clearances)
        keys |= {("police_clearance", record.id) for record in records}
        deleted.append(
            DeletedClearances(volunteer.id, volunteer.full_name, volunteer.left_on, len(records))
        )
        volunteer.clearances = []
    if deleted:
        session.flush()
        history.purge_records(session, keys)
        for item in deleted:
            add_note(session, history.CLEARANCE_EXPIRY, "volunteer", item.volunteer_id)
    return deleted


def startup_clearance_cleanup(database: Database, today: date | None = None) -> list[str]:
    """At program start: delete clearance records that are due; German lines for the user."""
    if database.read_only:
        return []
    with database.write() as session:
        deleted = delete_due_clearances(session, today)
    if deleted:
        wipe_traces(database)
    for item in deleted:
        # The log names record ids only, never a person (see logs.scrub_log_files).
        log.warning(
            "Führungszeugnis-Einträge gelöscht (3 Monate nach dem Ausscheiden): "
            "Ehrenamtliche/r Nr. %s, Einträge: %s",
            item.volunteer_id,
            item.count,
        )
    return [item.message() for item in deleted]
