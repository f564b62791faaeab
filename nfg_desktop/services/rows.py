"""The rows of the five lists of the window, loaded up front in a few queries each.

Qt-free: the window's table models only hold these rows. Each row carries its display text per
column, a sort key per column, one folded search text (visible text plus tags, so a search never
queries the database) and the values the list's filters look at.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nfg_desktop.domain import clearance
from nfg_desktop.domain.choices import PartnerRole, TagKind
from nfg_desktop.domain.collation import combined_key, packed_key, search_text, sort_key
from nfg_desktop.domain.fields import (
    LISTS,
    MEETING,
    PARTNER,
    PROJECT,
    TRAINING,
    VOLUNTEER,
    Entity,
    FieldKind,
)
from nfg_desktop.domain.formatting import german_date, german_datetime
from nfg_desktop.services.plain_rows import shown_contacts
from nfg_desktop.services.volunteers import latest_clearances
from nfg_desktop.store.models import (
    ContactPerson,
    Meeting,
    MeetingInvitation,
    Partner,
    PartnerFocus,
    Project,
    ProjectFocus,
    ProjectPartner,
    ProjectVolunteer,
    Training,
    TrainingAttendee,
    Volunteer,
    VolunteerTag,
)

SortKey = str | int | float


@dataclass(slots=True)
class ListRow:
    id: int
    cells: tuple[str, ...]
    keys: tuple[SortKey, ...]
    search: str
    status: str = ""
    kind: str = ""
    focus: frozenset[str] = frozenset()
    # The values of the list's declared filters (``Entity.filters()``), in their order.
    filters: tuple[str, ...] = ()


# Column keys per list, in display order (declared in domain/fields.py; the window translates
# their headings).
COLUMNS: dict[str, tuple[str, ...]] = {kind: entity.column_keys() for kind, entity in LISTS.items()}


class _Cache(dict[str, Any]):
    """One function's results with memory: cities, states, kinds and many names repeat."""

    def __init__(self, function: Callable[[str], Any]) -> None:
        super().__init__()
        self._function = function

    def __missing__(self, text: str) -> Any:
        if len(self) > 200_000:
            self.clear()
        value = self[text] = self._function(text)
        return value


_SEARCH_TEXT = _Cache(search_text)
_SORT_KEY = _Cache(sort_key)
_PACKED_KEY = _Cache(lambda text: packed_key(sort_key(text)))


def _date_key(day: date | datetime | None) -> str:
    return day.isoformat() if day is not None else ""


def _search(cells: Iterable[str], *extra: str) -> str:
    """The folded search text: the cells plus ``extra`` (e.g. tags, street)."""
    texts = _SEARCH_TEXT
    return "\n".join([texts[text] for text in (*cells, *extra) if text])


def _grouped(rows: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    grouped: dict[int, list[str]] = defaultdict(list)
    for owner, value in rows:
        grouped[owner].append(value)
    return grouped


def _counts(rows: Iterable[tuple[int, int]]) -> dict[int, int]:
    return {owner: int(count) for owner, count in rows}


def _shown_fields(entity: Entity) -> tuple[str, ...]:
    """The stored fields the list's declared columns show (read in its query)."""
    return tuple(
        column.field
        for column in entity.columns
        if column.field and entity.field(column.field).stored
    )


# How a column shows its value: as text, date, date and time, count, or number (blank when 0).
_TEXT, _DATE, _DATETIME, _COUNT, _NUMBER = range(5)
_SHOWN_AS = {
    FieldKind.DATE: _DATE,
    FieldKind.DATETIME: _DATETIME,
    FieldKind.COUNT: _COUNT,
    FieldKind.NUMBER: _NUMBER,
    FieldKind.YEAR: _NUMBER,
}


def _plan(entity: Entity) -> tuple[tuple[str, int], ...]:
    """Per column: the name of its value (a declared field or a computed text) and how it is
    shown."""
    return tuple(
        (column.field, _SHOWN_AS.get(entity.field(column.field).kind, _TEXT))
        if column.field
        else (column.key, _TEXT)
        for column in entity.columns
    )


_PLANS = {entity.table: _plan(entity) for entity in LISTS.values()}


def _row_texts(
    entity: Entity, values: dict[str, Any]
) -> tuple[tuple[str, ...], tuple[SortKey, ...]]:
    """The display texts and sort keys of a row from its values by column (declared or computed):
    dates shown German and sorted by date, numbers sorted as numbers, texts by German order."""
    cells: list[str] = []
    keys: list[SortKey] = []
    packed = _PACKED_KEY
    for name, shown in _PLANS[entity.table]:
        value = values[name]
        if shown == _TEXT:
            text = value or ""
            cells.append(text)
            keys.append(packed[text])
        elif shown == _NUMBER:
            cells.append(str(value) if value else "")
            keys.append(value or 0)
        elif shown == _COUNT:
            cells.append(str(value))
            keys.append(value)
        else:
            cells.append(german_date(value) if shown == _DATE else german_datetime(value))
            keys.append(_date_key(value))
    return tuple(cells), tuple(keys)


_FILTERED = {entity.table: tuple(c.field for c in entity.filters()) for entity in LISTS.values()}


def _filter_values(entity: Entity, values: dict[str, Any]) -> tuple[str, ...]:
    return tuple([values[name] or "" for name in _FILTERED[entity.table]])


def partner_rows(session: Session) -> list[ListRow]:
    focus = _grouped(session.execute(select(PartnerFocus.partner_id, PartnerFocus.focus)).all())
    contacts: dict[int, tuple[str, str, str]] = {}
    contact_query = select(
        ContactPerson.partner_id,
        ContactPerson.first_name,
        ContactPerson.last_name,
        ContactPerson.phone,
        ContactPerson.email,
        ContactPerson.is_primary,
    )
    for partner_id, row in shown_contacts(session.execute(contact_query).all()).items():
        full_name = f"{row.first_name} {row.last_name}".strip()
        contacts[partner_id] = (full_name, row.phone, row.email)
    shown = _shown_fields(PARTNER)
    names = tuple(dict.fromkeys((*shown, "phone", "email", "street", "postal_code")))
    query = select(Partner.id, *(getattr(Partner, name) for name in names))
    result: list[ListRow] = []
    for pid, *stored in session.execute(query):
        values = dict(zip(names, stored, strict=True))
        contact, contact_phone, contact_email = contacts.get(pid, ("", "", ""))
        areas = sorted(focus.get(pid, []))
        computed = {
            "contact": contact,
            "phone": values["phone"] or contact_phone,
            "email": values["email"] or contact_email,
            "focus": ", ".join(areas),
        }
        values.update(computed)
        cells, keys = _row_texts(PARTNER, values)
        result.append(
            ListRow(
                id=pid,
                cells=cells,
                keys=keys,
                search=_search(
                    cells, values["street"], values["postal_code"], contact_phone, contact_email
                ),
                status=values["status"],
                kind=values["kind"],
                focus=frozenset(areas),
                filters=_filter_values(PARTNER, values),
            )
        )
    return result


def project_rows(session: Session) -> list[ListRow]:
    focus = _grouped(session.execute(select(ProjectFocus.project_id, ProjectFocus.focus)).all())
    leads = dict(
        session.execute(
            select(ProjectPartner.project_id, Partner.name)
            .join(Partner, Partner.id == ProjectPartner.partner_id)
            .where(ProjectPartner.role == PartnerRole.TRAEGER)
        ).all()
    )
    helpers = _counts(
        session.execute(
            select(ProjectVolunteer.project_id, func.count()).group_by(ProjectVolunteer.project_id)
        ).all()
    )
    shown = _shown_fields(PROJECT)
    names = tuple(dict.fromkeys((*shown, "status", "kind", "need_notes")))
    query = select(Project.id, *(getattr(Project, name) for name in names))
    result: list[ListRow] = []
    for pid, *stored in session.execute(query):
        values = dict(zip(names, stored, strict=True))
        areas = sorted(focus.get(pid, []))
        values["lead"] = leads.get(pid, "")
        values["volunteer_count"] = helpers.get(pid, 0)
        values["focus"] = ", ".join(areas)
        cells, keys = _row_texts(PROJECT, values)
        result.append(
            ListRow(
                id=pid,
                cells=cells,
                keys=keys,
                search=_search(cells, values["need_notes"]),
                status=values["status"],
                kind=values["kind"],
                focus=frozenset(areas),
            )
        )
    return result


def volunteer_rows(session: Session, today: date | None = None) -> list[ListRow]:
    today = today or date.today()
    tags: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    stored = session.execute(
        select(VolunteerTag.volunteer_id, VolunteerTag.kind, VolunteerTag.value)
    ).all()
    # German order (not the database's collation); the keys are remembered between loads.
    for vid, kind, value in sorted(stored, key=lambda row: _SORT_KEY[row[2]]):
        tags[vid][kind].append(value)
    latest = latest_clearances(session)
    shown = _shown_fields(VOLUNTEER)
    names = tuple(dict.fromkeys((*shown, "status", "street", "postal_code")))
    query = select(Volunteer.id, *(getattr(Volunteer, name) for name in names))
    columns = COLUMNS["volunteer"]
    last_at, first_at = columns.index("last_name"), columns.index("first_name")
    result: list[ListRow] = []
    for vid, *stored in session.execute(query):
        values = dict(zip(names, stored, strict=True))
        own = tags.get(vid, {})
        skills = own.get(TagKind.SKILL.value, [])
        languages = own.get(TagKind.LANGUAGE.value, [])
        interests = own.get(TagKind.INTEREST.value, [])
        state = clearance.state(latest.get(vid), today)
        computed = {"tags": ", ".join([*skills, *languages]), "clearance": state.value}
        values.update(computed)
        cells, row_keys = _row_texts(VOLUNTEER, values)
        keys = list(row_keys)
        # A name sorts with the other name as its tie-break.
        last_key, first_key = _SORT_KEY[values["last_name"]], _SORT_KEY[values["first_name"]]
        keys[last_at] = packed_key(combined_key(last_key, first_key))
        keys[first_at] = packed_key(combined_key(first_key, last_key))
        result.append(
            ListRow(
                id=vid,
                cells=cells,
                keys=tuple(keys),
                search=_search(cells, values["street"], values["postal_code"], *interests),
                status=values["status"],
                kind=state.value,
                filters=_filter_values(VOLUNTEER, values),
            )
        )
    return result


def meeting_rows(session: Session) -> list[ListRow]:
    invited = _counts(
        session.execute(
            select(MeetingInvitation.meeting_id, func.count()).group_by(
                MeetingInvitation.meeting_id
            )
        ).all()
    )
    attended = _counts(
        session.execute(
            select(MeetingInvitation.meeting_id, func.count())
            .where(MeetingInvitation.attended.is_(True))
            .group_by(MeetingInvitation.meeting_id)
        ).all()
    )
    names = _shown_fields(MEETING)
    query = select(Meeting.id, *(getattr(Meeting, name) for name in names))
    result: list[ListRow] = []
    for mid, *stored in session.execute(query):
        values = dict(zip(names, stored, strict=True))
        values["invited_count"] = invited.get(mid, 0)
        values["attended_count"] = attended.get(mid, 0)
        cells, keys = _row_texts(MEETING, values)
        result.append(
            ListRow(id=mid, cells=cells, keys=keys, search=_search(cells), kind=values["kind"])
        )
    return result


def training_rows(session: Session) -> list[ListRow]:
    attendees = _counts(
        session.execute(
            select(TrainingAttendee.training_id, func.count()).group_by(
                TrainingAttendee.training_id
            )
        ).all()
    )
    names = _shown_fields(TRAINING)
    query = select(Training.id, *(getattr(Training, name) for name in names))
    result: list[ListRow] = []
    for tid, *stored in session.execute(query):
        values = dict(zip(names, stored, strict=True))
        values["attendee_count"] = attendees.get(tid, 0)
        cells, keys = _row_texts(TRAINING, values)
        focus = values["focus"]
        result.append(
            ListRow(
                id=tid,
                cells=cells,
                keys=keys,
                search=_search(cells),
                focus=frozenset([focus]) if focus else frozenset(),
            )
        )
    return result


# The tables whose change makes a list reload.
TABLES: dict[str, frozenset[str]] = {
    "partner": frozenset({"partner", "partner_focus", "contact_person", "partner_target_group"}),
    "project": frozenset(
        {"project", "project_focus", "project_partner", "project_volunteer", "partner"}
    ),
    "volunteer": frozenset({"volunteer", "volunteer_tag", "police_clearance"}),
    "meeting": frozenset({"meeting", "meeting_invitation"}),
    "training": frozenset({"training", "training_attendee"}),
}

LOADERS: dict[str, Callable[[Session], list[ListRow]]] = {
    "partner": partner_rows,
    "project": project_rows,
    "volunteer": volunteer_rows,
    "meeting": meeting_rows,
    "training": training_rows,
}


def load_rows(session: Session, kind: str) -> list[ListRow]:
    return LOADERS[kind](session)
