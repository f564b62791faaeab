"""The rows the printouts read through the tables alone: the partners (partner list, address
labels), and the orders and consent rules that every report's rows share.

Nothing here needs the ORM: the rows come from a session or a plain connection, so that
``report partner-list`` imports neither the ORM nor its classes (``store.models``), about a
tenth of its time. ``services.reporting`` builds the other reports' rows on these.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from nfg_desktop.domain.choices import FocusArea, PartnerKind
from nfg_desktop.domain.collation import SortKey, sort_key
from nfg_desktop.domain.consent import consent_of
from nfg_desktop.domain.fields import CONTACT, CONTACT_PREFIX, PARTNER, Entity
from nfg_desktop.domain.formatting import town_line
from nfg_desktop.services.plain_rows import column_rows, record_rows, shown_contacts
from nfg_desktop.store import tables

if TYPE_CHECKING:
    from nfg_desktop.services.plain_rows import RowSource

NO_FOCUS = "ohne Schwerpunkt"


def consent_shown(
    entity: Entity, person: Any, names: tuple[str, ...], consent: bool
) -> dict[str, Any]:
    """The named fields of a person, those that consent guards blank unless it covers them."""
    if consent:
        return {name: getattr(person, name) for name in names}
    guarded = entity.guarded
    return {name: "" if name in guarded else getattr(person, name) for name in names}


def carried_fields(entity: Entity, row: type) -> tuple[str, ...]:
    """The entity's stored fields that a report row carries under the same name."""
    carried = {f.name for f in fields(row)}
    return tuple(f.name for f in entity.fields if f.stored and f.name in carried)


# --- partners ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    kind: str
    status: str
    focus_areas: tuple[str, ...]
    street: str
    postal_code: str
    city: str
    phone: str
    email: str
    locality: str = ""
    contact_name: str = ""
    contact_function: str = ""
    # Only filled when the contact person's consent covers contact data.
    contact_phone: str = ""
    contact_email: str = ""
    contact_consent: bool = False

    @property
    def town_line(self) -> str:
        return town_line(self.postal_code, self.city, self.locality)


# The partner's columns and its contact person's (``contact_`` + name) that the rows carry.
_PARTNER_READ = carried_fields(PARTNER, PartnerRow)
_CONTACT_READ = tuple(
    f.name
    for f in CONTACT.fields
    if f.stored and CONTACT_PREFIX + f.name in {c.name for c in fields(PartnerRow)}
)


_FOCUS_RANK = {str(focus): rank for rank, focus in enumerate(FocusArea)}
_KIND_RANK = {str(kind): rank for rank, kind in enumerate(PartnerKind)}


@cache  # a handful of focus areas, sorted for every partner
def focus_order(focus: str) -> tuple[int, SortKey]:
    return (_FOCUS_RANK.get(focus, len(_FOCUS_RANK)), sort_key(focus))


def kind_order(kind: str) -> tuple[int, SortKey]:
    return (_KIND_RANK.get(kind, len(_KIND_RANK)), sort_key(kind))


def partner_rows(
    source: RowSource,
    today: date,
    status: str | None = None,
    focus: str | None = None,
    ids: list[int] | None = None,
) -> list[PartnerRow]:
    """Partners sorted by name, with their primary contact (details only with consent).

    Plain column queries rather than ORM objects: a district's 5,000 partners load in a
    fraction of a second.
    """
    # Through the tables, not the classes: no ORM compilation, and a command that only prints
    # never imports the classes nor pays the ORM's one-time set-up of them.
    partner_table = tables.partner.c
    query = select(partner_table.id, *(partner_table[name] for name in _PARTNER_READ))
    if status:
        query = query.where(partner_table.status == status)
    focus_table = tables.partner_focus.c
    if focus:
        query = query.where(
            partner_table.id.in_(select(focus_table.partner_id).where(focus_table.focus == focus))
        )
    wanted = set(ids) if ids is not None else None
    partners = [row for row in record_rows(source, query) if wanted is None or row.id in wanted]
    focus_of: dict[int, list[str]] = defaultdict(list)
    for partner_id, area in column_rows(source, select(focus_table.partner_id, focus_table.focus)):
        focus_of[partner_id].append(area)
    contact_table = tables.contact_person.c
    contacts = record_rows(
        source,
        select(
            contact_table.partner_id,
            contact_table.first_name,
            contact_table.last_name,
            *(contact_table[name] for name in _CONTACT_READ),
            contact_table.anonymised,
            contact_table.consent_given_on,
            contact_table.consent_contact_data,
            contact_table.consent_photos,
            contact_table.consent_sharing,
            contact_table.consent_withdrawn_on,
            contact_table.is_primary,
        ),
    )
    contact_of: dict[int, Any] = shown_contacts(contacts)
    rows = []
    for p in partners:
        contact = contact_of.get(p.id)
        contact_name = ""
        consent = False
        shown: dict[str, Any] = {}
        if contact is not None and not contact.anonymised:
            contact_name = f"{contact.first_name} {contact.last_name}".strip()
            consent = consent_of(contact).covers_contact_data(today)
            shown = consent_shown(CONTACT, contact, _CONTACT_READ, consent)
        rows.append(
            PartnerRow(
                focus_areas=tuple(sorted(focus_of.get(p.id, ()), key=focus_order)),
                contact_name=contact_name,
                contact_consent=consent,
                **p._asdict(),
                **{CONTACT_PREFIX + name: value for name, value in shown.items()},
            )
        )
    rows.sort(key=lambda row: sort_key(row.name))
    return rows


def group_partners(rows: list[PartnerRow], by: str) -> list[tuple[str, list[PartnerRow]]]:
    """Groups in a fixed order: by kind (``kind``) or by focus area (``focus``).

    By focus area a partner appears under each of its focus areas.
    """
    groups: dict[str, list[PartnerRow]] = defaultdict(list)
    if by == "focus":
        for row in rows:
            for focus in row.focus_areas or (NO_FOCUS,):
                groups[focus].append(row)
        order = sorted(groups, key=lambda f: (f == NO_FOCUS, focus_order(f)))
    else:
        for row in rows:
            groups[row.kind].append(row)
        order = sorted(groups, key=kind_order)
    return [(name, groups[name]) for name in order]
