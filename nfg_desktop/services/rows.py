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
from nfg_desktop.domain.fields import LISTS, PARTNER, VOLUNTEER, Entity
from nfg_desktop.domain.formatting import german_date, german_datetime
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


def _text_keys(cells: Iterable[str]) -> tuple[str, ...]:
    """The German sort key of each cell (DIN 5007-1: Ährenfeld before Zimmermann)."""
    keys = _PACKED_KEY
    return tuple([keys[cell] for cell in cells])


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
    """The stored fields the list's declared columns show."""
    return tuple(column.field for column in entity.columns if column.field)


def _plan(entity: Entity) -> tuple[tuple[str, bool], ...]:
    """Per column: the declared field it shows (True) or the key of its computed text (False)."""
    return tuple((column.field or column.key, bool(column.field)) for column in entity.columns)


_PLANS = {entity.table: _plan(entity) for entity in LISTS.values()}


def _text(value: Any) -> str:
    return value if isinstance(value, str) else str(value) if value else ""


def _cells(entity: Entity, values: dict[str, Any], computed: dict[str, str]) -> tuple[str, ...]:
    """The display texts of a row: declared fields as stored, the other columns ``computed``."""
    return tuple(
        [_text(values[name]) if stored else computed[name] for name, stored in _PLANS[entity.table]]
    )


def _filter_values(entity: Entity, values: dict[str, Any]) -> tuple[str, ...]:
    return tuple(values[column.field] or "" for column in entity.filters())


def partner_rows(session: Session) -> list[ListRow]:
    focus = _grouped(session.execute(select(PartnerFocus.partner_id, PartnerFocus.focus)).all())
    contacts: dict[int, tuple[str, str, str]] = {}
    contact_query = select(
        ContactPerson.partner_id,
        ContactPerson.first_name,
        ContactPerson.last_name,
        ContactPerson.phone,
        ContactPerson.email,
    ).order_by(ContactPerson.is_primary.desc(), ContactPerson.last_name)
    for partner_id, first, last, phone, email in session.execute(contact_query):
        contacts.setdefault(partner_id, (f"{first} {last}".strip(), phone, email))
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
        cells = _cells(PARTNER, values, computed)
        result.append(
            ListRow(
                id=pid,
                cells=cells,
                keys=_text_keys(cells),
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
    query = select(
        Project.id,
        Project.title,
        Project.kind,
        Project.status,
        Project.place,
        Project.start_date,
        Project.end_date,
        Project.need_count,
        Project.need_notes,
    )
    result: list[ListRow] = []
    for pid, title, kind, status, place, start, end, need, need_notes in session.execute(query):
        areas = sorted(focus.get(pid, []))
        count = helpers.get(pid, 0)
        cells = (
            title,
            kind,
            status,
            leads.get(pid, ""),
            place,
            german_date(start),
            german_date(end),
            str(count),
            str(need) if need else "",
            ", ".join(areas),
        )
        keys: list[SortKey] = list(_text_keys(cells))
        keys[5], keys[6], keys[7], keys[8] = _date_key(start), _date_key(end), count, need
        result.append(
            ListRow(
                id=pid,
                cells=cells,
                keys=tuple(keys),
                search=_search(cells, need_notes),
                status=status,
                kind=kind,
                focus=frozenset(areas),
            )
        )
    return result


def volunteer_rows(session: Session, today: date | None = None) -> list[ListRow]:
    today = today or date.today()
    tags: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for vid, kind, value in session.execute(
        select(VolunteerTag.volunteer_id, VolunteerTag.kind, VolunteerTag.value).order_by(
            VolunteerTag.value
        )
    ):
        tags[vid][kind].append(value)
    latest = latest_clearances(session)
    shown = _shown_fields(VOLUNTEER)
    names = tuple(dict.fromkeys((*shown, "status", "street", "postal_code")))
    query = select(Volunteer.id, *(getattr(Volunteer, name) for name in names))
    columns = COLUMNS["volunteer"]
    last_at, first_at, year_at = (
        columns.index("last_name"),
        columns.index("first_name"),
        columns.index("birth_year"),
    )
    result: list[ListRow] = []
    for vid, *stored in session.execute(query):
        values = dict(zip(names, stored, strict=True))
        own = tags.get(vid, {})
        skills = own.get(TagKind.SKILL.value, [])
        languages = own.get(TagKind.LANGUAGE.value, [])
        interests = own.get(TagKind.INTEREST.value, [])
        state = clearance.state(latest.get(vid), today)
        computed = {"tags": ", ".join([*skills, *languages]), "clearance": state.value}
        cells = _cells(VOLUNTEER, values, computed)
        keys: list[SortKey] = list(_text_keys(cells))
        last_key, first_key = _SORT_KEY[values["last_name"]], _SORT_KEY[values["first_name"]]
        keys[last_at] = packed_key(combined_key(last_key, first_key))
        keys[first_at] = packed_key(combined_key(first_key, last_key))
        keys[year_at] = values["birth_year"] or 0
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
    query = select(Meeting.id, Meeting.starts_at, Meeting.title, Meeting.kind, Meeting.place)
    result: list[ListRow] = []
    for mid, starts, title, kind, place in session.execute(query):
        cells = (
            german_datetime(starts),
            title,
            kind,
            place,
            str(invited.get(mid, 0)),
            str(attended.get(mid, 0)),
        )
        keys: list[SortKey] = list(_text_keys(cells))
        keys[0], keys[4], keys[5] = _date_key(starts), invited.get(mid, 0), attended.get(mid, 0)
        result.append(
            ListRow(id=mid, cells=cells, keys=tuple(keys), search=_search(cells), kind=kind)
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
    query = select(Training.id, Training.day, Training.title, Training.focus, Training.provider)
    result: list[ListRow] = []
    for tid, day, title, focus, provider in session.execute(query):
        cells = (german_date(day), title, focus, provider, str(attendees.get(tid, 0)))
        keys: list[SortKey] = list(_text_keys(cells))
        keys[0], keys[4] = _date_key(day), attendees.get(tid, 0)
        result.append(
            ListRow(
                id=tid,
                cells=cells,
                keys=tuple(keys),
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
