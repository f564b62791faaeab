"""Light lists for choosing people and organisations in the forms (id, text, detail).

One query each, no ORM objects: the pickers list thousands of entries on a district's file.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import PartnerStatus, VolunteerStatus
from nfg_desktop.domain.collation import german_sorted
from nfg_desktop.services.plain_rows import column_rows
from nfg_desktop.store.models import ContactPerson, Partner, Volunteer

Entry = tuple[int, str, str]


def partners(session: Session, include_left: bool = True) -> list[Entry]:
    """(id, name, kind) of the partner organisations, by name."""
    query = select(Partner.id, Partner.name, Partner.kind)
    if not include_left:
        query = query.where(Partner.status != PartnerStatus.AUSGESCHIEDEN.value)
    rows = german_sorted(column_rows(session, query), key=lambda row: row[1])
    return [(row[0], row[1], row[2]) for row in rows]


def contacts(session: Session, partner_ids: list[int] | None = None) -> list[Entry]:
    """(id, full name, organisation) of the contact persons (not anonymised)."""
    query = (
        select(ContactPerson.id, ContactPerson.first_name, ContactPerson.last_name, Partner.name)
        .join(Partner, ContactPerson.partner_id == Partner.id)
        .where(~ContactPerson.anonymised)
    )
    if partner_ids is not None:
        query = query.where(ContactPerson.partner_id.in_(partner_ids))
    rows = german_sorted(column_rows(session, query), key=lambda row: (row[3], row[2], row[1]))
    return [(row[0], f"{row[1]} {row[2]}".strip(), row[3]) for row in rows]


def volunteers(session: Session, include_left: bool = False) -> list[Entry]:
    """(id, "Last name, first name", status) of the volunteers (not anonymised), by name."""
    query = select(Volunteer.id, Volunteer.last_name, Volunteer.first_name, Volunteer.status).where(
        ~Volunteer.anonymised
    )
    if not include_left:
        query = query.where(Volunteer.status != VolunteerStatus.AUSGESCHIEDEN.value)
    rows = german_sorted(column_rows(session, query), key=lambda row: (row[1], row[2]))
    return [(row[0], f"{row[1]}, {row[2]}", row[3]) for row in rows]
