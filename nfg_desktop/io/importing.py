"""Importing partners (with a contact person per row) and volunteers from a table.

``prepare`` turns every row into service data, checks it with the same service rules as the forms
(``validate_partner``, ``validate_volunteer``) and finds duplicates within the file and against the
database through indexed keys (never pairwise). Nothing is written until ``execute`` runs inside
one ``database.write()`` transaction: everything confirmed is stored, or nothing.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import (
    DAY_PARTS,
    FOCUS_AREAS,
    PARTNER_STATUSES,
    SECTORS,
    TARGET_GROUPS,
    VOLUNTEER_STATUSES,
    WEEKDAYS,
    PartnerStatus,
    VolunteerStatus,
)
from nfg_desktop.domain.collation import fold_spelling
from nfg_desktop.domain.errors import ValidationError
from nfg_desktop.domain.fields import CONTACT_PREFIX, PARTNER, VOLUNTEER
from nfg_desktop.domain.validation import FieldErrors, clean_text, split_person_name
from nfg_desktop.gcpolicy import collector_paused
from nfg_desktop.io import cells
from nfg_desktop.io.cells import Cell
from nfg_desktop.io.formulas import neutralise
from nfg_desktop.io.kinds import kind_resolver
from nfg_desktop.io.mapping import KIND_LABELS, PARTNERS, Mapping
from nfg_desktop.io.readers import Table
from nfg_desktop.services.partners import (
    ContactData,
    PartnerData,
    PartnerService,
    validate_partner,
)
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService, validate_volunteer
from nfg_desktop.store.models import Partner, Volunteer


class Action(StrEnum):
    """What happens with a row that duplicates a stored record or an earlier row."""

    SKIP = "skip"
    UPDATE = "update"  # fill the empty fields of the existing record
    OVERWRITE = "overwrite"  # the file's non-empty values replace the stored ones
    CREATE = "create"  # create a new record anyway


ACTION_LABELS = {
    Action.SKIP: "überspringen",
    Action.UPDATE: "leere Felder ergänzen",
    Action.OVERWRITE: "überschreiben",
    Action.CREATE: "trotzdem neu anlegen",
}
_ACTION_REASONS = {
    Action.SKIP: "wird übersprungen",
    Action.UPDATE: "leere Felder werden ergänzt",
    Action.OVERWRITE: "wird mit den Werten der Datei überschrieben",
    Action.CREATE: "wird trotzdem neu angelegt",
}


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    DUPLICATE = "duplicate"
    INVALID = "invalid"


STATUS_LABELS = {
    RowStatus.NEW: "neu",
    RowStatus.UPDATE: "Aktualisierung",
    RowStatus.DUPLICATE: "Duplikat",
    RowStatus.INVALID: "ungültig",
}


@dataclass
class Match:
    """A row duplicates a stored record (``stored_id``) or an earlier row (``row_index``)."""

    description: str
    stored_id: int | None = None
    row_index: int | None = None


@dataclass
class PlannedRow:
    index: int
    number: int  # the row number the user sees in Excel
    cells: list[Cell]
    values: dict[str, Cell]
    data: PartnerData | VolunteerData | None = None
    errors: dict[str, str] = field(default_factory=dict)
    match: Match | None = None
    action: Action | None = None  # the user's choice for this row; None: the plan's default
    name: str = ""


@dataclass
class ImportPlan:
    kind: str
    headers: list[str]
    mapping: Mapping
    rows: list[PlannedRow]
    default_action: Action = Action.SKIP
    source: str = ""
    # What the rows were checked against: the stored records' duplicate keys, and the day.
    stored: dict[tuple[str, ...], tuple[int, str]] = field(default_factory=dict, repr=False)
    checked_on: date | None = None

    def action_of(self, row: PlannedRow) -> Action:
        return row.action or self.default_action

    def status_of(self, row: PlannedRow) -> RowStatus:
        if row.errors:
            return RowStatus.INVALID
        if row.match is None:
            return RowStatus.NEW
        action = self.action_of(row)
        if action == Action.SKIP:
            return RowStatus.DUPLICATE
        if action == Action.CREATE:
            return RowStatus.NEW
        return RowStatus.UPDATE

    def reason_of(self, row: PlannedRow) -> str:
        if row.errors:
            return error_text(row.errors)
        if row.match is None:
            return ""
        return f"{row.match.description}; {_ACTION_REASONS[self.action_of(row)]}"

    def counts(self) -> Counter[RowStatus]:
        return Counter(self.status_of(row) for row in self.rows)

    @property
    def has_invalid(self) -> bool:
        return any(row.errors for row in self.rows)


@dataclass
class SummaryLine:
    number: int
    status: str
    name: str
    reason: str
    cells: list[Cell]


@dataclass
class ImportSummary:
    kind: str
    headers: list[str]
    created: int = 0
    updated: int = 0
    skipped: int = 0
    invalid: int = 0
    stored: bool = True
    lines: list[SummaryLine] = field(default_factory=list)
    created_ids: list[int] = field(default_factory=list)

    def text(self) -> str:
        label = KIND_LABELS[self.kind]
        if self.stored:
            head = (
                f"Import {label}: {self.created} angelegt, {self.updated} aktualisiert, "
                f"{self.skipped} übersprungen, {self.invalid} ungültig."
            )
        else:
            head = (
                f"Probelauf {label} – nichts gespeichert: {self.created} würden angelegt, "
                f"{self.updated} aktualisiert, {self.skipped} übersprungen; "
                f"{self.invalid} ungültig."
            )
        lines = [head]
        for line in self.lines:
            name = f" „{line.name}“" if line.name else ""
            lines.append(f"  Zeile {line.number}{name}: {line.status} – {line.reason}")
        return "\n".join(lines)

    def write_error_csv(self, path: Path) -> None:
        """The rows that were not stored as new, with the reason and the original cells."""
        with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
            writer.writerow(["Zeile", "Status", "Grund", *map(neutralise, self.headers)])
            for line in self.lines:
                # the cells come from a file anyone may have written: no formula runs in Excel
                writer.writerow(
                    [
                        line.number,
                        line.status,
                        neutralise(line.reason),
                        *(neutralise(cells.text(c)) for c in line.cells),
                    ]
                )


def error_text(errors: dict[str, str]) -> str:
    parts = []
    for key, message in errors.items():
        if key.startswith("contacts") and "Ansprechperson" not in message:
            message = f"Ansprechperson – {message}"
        parts.append(message)
    return " ".join(parts)


# --- rows -> service data ----------------------------------------------------------------------


def _values(mapped: list[tuple[int, str]], row: list[Cell]) -> dict[str, Cell]:
    """The row's non-empty cells by field; ``mapped``: (column, field) of the mapped columns."""
    values: dict[str, Cell] = {}
    width = len(row)
    for index, key in mapped:
        if index < width:
            cell = row[index]
            if not cells.is_empty(cell):
                values[key] = cell
    return values


def _convert(errors: FieldErrors, key: str, func: Any, default: Any = None) -> Any:
    try:
        return func()
    except ValidationError as error:
        for name, message in error.field_errors.items():
            errors.add(name, message)
        return default


def _day(errors: FieldErrors, values: dict[str, Cell], key: str, label: str) -> date | None:
    if key not in values:  # empty cells are left out of ``values``
        return None
    result: date | None = _convert(errors, key, lambda: cells.date_of(key, label, values.get(key)))
    return result


def _getter(values: dict[str, Cell]) -> Callable[[str], str]:
    """``get(key)``: the cell as text, "" when it is empty (empty cells are left out)."""

    def get(key: str) -> str:
        return cells.text(values.get(key))

    return get


def partner_data(values: dict[str, Cell], errors: FieldErrors) -> PartnerData:
    get = _getter(values)

    contact = None
    if any(key.startswith("contact_") for key in values):
        first, last = split_person_name(get("contact_name"))
        if "contact_first_name" in values:
            first = get("contact_first_name")
        if "contact_last_name" in values:
            last = get("contact_last_name")
        contact = ContactData(
            last_name=last,
            first_name=first,
            function=get(CONTACT_PREFIX + "function"),
            phone=cells.phone(values.get("contact_phone")),  # type: ignore[arg-type]
            email=get("contact_email"),
            is_primary=True,
            consent_given_on=_day(errors, values, "contact_consent_given_on", "Einwilligung am"),
            consent_contact_data=_flag(errors, values, "contact_consent_contact_data"),
            consent_photos=_flag(errors, values, "contact_consent_photos"),
            consent_sharing=_flag(errors, values, "contact_consent_sharing"),
            consent_withdrawn_on=_day(
                errors, values, "contact_consent_withdrawn_on", "Widerrufen am"
            ),
        )
    return PartnerData(
        name=get("name"),
        kind=clean_text(get("kind")) or "Sonstige",
        sector=cells.canonical(get("sector"), SECTORS) if "sector" in values else "",
        **{f.name: get(f.name) for f in PARTNER.plain_texts()},
        postal_code=cells.postal_code(values.get("postal_code")),
        phone=cells.phone(values.get("phone")),  # type: ignore[arg-type]
        email=get("email"),
        website=get("website"),
        status=(cells.canonical(get("status"), PARTNER_STATUSES) if "status" in values else "")
        or PartnerStatus.AKTIV.value,
        partner_since=_day(errors, values, "partner_since", "Partner seit"),
        agreement_on=_day(errors, values, "agreement_on", "Kooperationsvereinbarung"),
        notes=cells.multiline(values["notes"]) if "notes" in values else "",
        focus_areas=[cells.canonical(v, FOCUS_AREAS) for v in _list(values, "focus_areas")],
        target_groups=[cells.canonical(v, TARGET_GROUPS) for v in _list(values, "target_groups")],
        contacts=[contact] if contact is not None else None,
    )


def volunteer_data(values: dict[str, Cell], errors: FieldErrors) -> VolunteerData:
    get = _getter(values)

    first, last = split_person_name(get("full_name"))
    if "first_name" in values:
        first = get("first_name")
    if "last_name" in values:
        last = get("last_name")
    return VolunteerData(
        first_name=first,
        last_name=last,
        birth_year=_convert(
            errors, "birth_year", lambda: cells.year_of("birth_year", values.get("birth_year"))
        ),
        **{f.name: get(f.name) for f in VOLUNTEER.plain_texts()},
        postal_code=cells.postal_code(values.get("postal_code")),
        phone=cells.phone(values.get("phone")),  # type: ignore[arg-type]
        email=get("email"),
        status=cells.canonical(get("status"), VOLUNTEER_STATUSES)
        or VolunteerStatus.INTERESSIERT.value,
        active_since=_day(errors, values, "active_since", "Aktiv seit"),
        left_on=_day(errors, values, "left_on", "Ausgeschieden am"),
        notes=cells.multiline(values.get("notes")),
        skills=_list(values, "skills"),
        languages=_list(values, "languages"),
        interests=_list(values, "interests"),
        availability=[_slot(item) for item in _list(values, "availability")],
        consent_given_on=_day(errors, values, "consent_given_on", "Einwilligung am"),
        consent_contact_data=_flag(errors, values, "consent_contact_data"),
        consent_photos=_flag(errors, values, "consent_photos"),
        consent_sharing=_flag(errors, values, "consent_sharing"),
        consent_withdrawn_on=_day(errors, values, "consent_withdrawn_on", "Widerrufen am"),
    )


_FLAG_LABELS = {
    "consent_contact_data": "Einwilligung Kontaktdaten",
    "consent_photos": "Einwilligung Fotos",
    "consent_sharing": "Einwilligung Weitergabe",
}


def _flag(errors: FieldErrors, values: dict[str, Cell], key: str) -> bool:
    if key not in values:  # empty cells are left out of ``values``
        return False
    label = _FLAG_LABELS[key.removeprefix("contact_")]
    return bool(
        _convert(errors, key, lambda: cells.bool_of(key, label, values.get(key)), default=False)
    )


def _list(values: dict[str, Cell], key: str) -> list[str]:
    if key not in values:  # empty cells are left out of ``values``
        return []
    return cells.list_of(values[key])


def _slot(item: str) -> tuple[str, str]:
    parts = item.split()
    if len(parts) != 2:
        return (item, "")
    return (cells.canonical(parts[0], WEEKDAYS), cells.canonical(parts[1], DAY_PARTS))


# --- duplicate keys ----------------------------------------------------------------------------


_NOT_ALPHANUMERIC = re.compile(r"[^0-9a-z]+")


def _name_key(text_value: str) -> str:
    # Runs of anything else become one space: only the spaces at either end are left to strip.
    return _NOT_ALPHANUMERIC.sub(" ", fold_spelling(text_value)).strip(" ")


# Legal forms at the end of a name („Familienzentrum Sonnenschein e. V.“), as _name_key spells
# them: one partner with or without them.
_LEGAL_FORM = re.compile(
    r"(?: (?:e v|eingetragener verein|g?gmbh|gemeinnutzige gmbh|mbh|e g|eg|gug|ug"
    r"|haftungsbeschrankt|stiftung|gemeinnutzige stiftung|ag|gag|kdor|k d o r))+$"
)


def _partner_name_key(name: str) -> str:
    key = _name_key(name)
    return _LEGAL_FORM.sub("", key) or key


def partner_keys(name: str, city: str, email: str) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [("name", _partner_name_key(name), _name_key(city))]
    if email:
        keys.append(("email", email.strip().casefold()))
    return keys


def volunteer_keys(
    first: str, last: str, birth_year: int | None, email: str
) -> list[tuple[str, ...]]:
    keys: list[tuple[str, ...]] = [
        ("name", _name_key(first), _name_key(last), str(birth_year or ""))
    ]
    if email:
        keys.append(("email", email.strip().casefold()))
    return keys


def _stored_index(session: Session, kind: str) -> dict[tuple[str, ...], tuple[int, str]]:
    index: dict[tuple[str, ...], tuple[int, str]] = {}
    if kind == PARTNERS:
        for pid, name, city, email in PartnerService(session).identities():
            for key in partner_keys(name, city, email):
                index.setdefault(key, (pid, name))
    else:
        for vid, first, last, year, email in VolunteerService(session).identities():
            for key in volunteer_keys(first, last, year, email):
                index.setdefault(key, (vid, f"{first} {last}".strip()))
    return index


def _describe(kind: str, key: tuple[str, ...], what: str) -> str:
    if key[0] == "email":
        return f"gleiche E-Mail-Adresse wie {what}"
    if kind == PARTNERS:
        return f"gleicher Name und Ort wie {what}"
    return f"gleicher Name und gleiches Geburtsjahr wie {what}"


# --- prepare and execute -----------------------------------------------------------------------


@collector_paused()
def prepare(
    session: Session,
    kind: str,
    table: Table,
    mapping: Mapping,
    today: date | None = None,
    default_action: Action = Action.SKIP,
    kinds: dict[str, str] | None = None,
) -> ImportPlan:
    """Check every row and find duplicates; writes nothing.

    Partner kinds are matched by ``kind_resolver`` (``kinds``: the user's choices for kinds
    of the file, see ``io.kinds``)."""
    stored = _stored_index(session, kind)
    resolve_kind = kind_resolver(session, kinds) if kind == PARTNERS else None
    in_file: dict[tuple[str, ...], int] = {}
    rows: list[PlannedRow] = []
    mapped = [(column, key) for column, key in enumerate(mapping) if key]
    for index, (number, raw) in enumerate(zip(table.row_numbers, table.rows, strict=True)):
        row = PlannedRow(index=index, number=number, cells=raw, values=_values(mapped, raw))
        rows.append(row)
        _check_row(session, kind, row, today, resolve_kind)
        if row.errors or row.data is None:
            continue
        keys = _keys_of(row.data)
        for key in keys:
            if key in stored:
                stored_id, name = stored[key]
                what = (
                    "dem gespeicherten Partner" if kind == PARTNERS else "der gespeicherten Person"
                )
                row.match = Match(_describe(kind, key, f"{what} „{name}“"), stored_id=stored_id)
                break
            if key in in_file:
                earlier = rows[in_file[key]]
                if earlier.match is not None and earlier.match.stored_id is not None:
                    row.match = replace(earlier.match)
                else:
                    description = _describe(kind, key, f"Zeile {earlier.number}")
                    row.match = Match(description, row_index=earlier.index)
                break
        for key in keys:
            in_file.setdefault(key, index)
    return ImportPlan(
        kind=kind,
        headers=list(table.headers),
        mapping=list(mapping),
        rows=rows,
        default_action=default_action,
        source=table.source,
        stored=stored,
        checked_on=today or date.today(),
    )


def is_current(session: Session, plan: ImportPlan, today: date | None = None) -> bool:
    """Whether ``prepare`` would make the same plan now: the stored records it was checked
    against have the same duplicate keys and it is the same day (the rules use the date).

    The check reads the keys again (a fraction of ``prepare``): the command line checks the
    file before it backs up, then stores in a new transaction without checking it twice."""
    return plan.checked_on == (today or date.today()) and plan.stored == _stored_index(
        session, plan.kind
    )


def _check_row(
    session: Session,
    kind: str,
    row: PlannedRow,
    today: date | None,
    resolve_kind: Callable[[str], str] | None = None,
) -> None:
    errors = FieldErrors()
    if not row.values:
        errors.add("row", "Zeile enthält keine zugeordneten Werte.")
        row.errors = errors.errors
        return
    data: PartnerData | VolunteerData
    try:
        if kind == PARTNERS:
            data = partner_data(row.values, errors)
            if resolve_kind is not None:
                data = replace(data, kind=resolve_kind(data.kind) or data.kind)
            row.name = clean_text(data.name)
            data = validate_partner(session, data)
        else:
            data = volunteer_data(row.values, errors)
            row.name = clean_text(f"{data.first_name} {data.last_name}")
            data = validate_volunteer(data, today)
    except ValidationError as error:
        for key, message in error.field_errors.items():
            errors.add(key, message)
    else:
        row.data = data
    if errors.errors:
        row.errors = errors.errors
        row.data = None


def _keys_of(data: PartnerData | VolunteerData) -> list[tuple[str, ...]]:
    if isinstance(data, PartnerData):
        return partner_keys(data.name, data.city, data.email)
    return volunteer_keys(data.first_name, data.last_name, data.birth_year, data.email)


@collector_paused()
def execute(session: Session, plan: ImportPlan, today: date | None = None) -> ImportSummary:
    """Store the plan in the caller's transaction; invalid and skipped rows are left out.

    New records are created in batches (bulk inserts with their history, through the services'
    ``create_many``); a batch is stored before a row updates a record, so updates always see the
    rows above them.
    """
    summary = ImportSummary(kind=plan.kind, headers=plan.headers)
    records: dict[int, int] = {}  # row index -> id of the record it created or updated
    partners = PartnerService(session)
    volunteers = VolunteerService(session)
    pending: list[PlannedRow] = []

    def store_pending() -> None:
        if not pending:
            return
        if plan.kind == PARTNERS:
            ids = partners.create_many(
                [row.data for row in pending if isinstance(row.data, PartnerData)],
                validated=True,
            )
        else:
            ids = volunteers.create_many(
                [row.data for row in pending if isinstance(row.data, VolunteerData)],
                today,
                validated=True,
            )
        for row, record_id in zip(pending, ids, strict=True):
            records[row.index] = record_id
            summary.created_ids.append(record_id)
        pending.clear()

    for row in plan.rows:
        status = plan.status_of(row)
        if status == RowStatus.INVALID:
            summary.invalid += 1
            summary.lines.append(_line(plan, row, "ungültig"))
            continue
        if status == RowStatus.DUPLICATE:
            summary.skipped += 1
            summary.lines.append(_line(plan, row, "übersprungen"))
            continue
        assert row.data is not None
        if status == RowStatus.NEW:
            pending.append(row)
            summary.created += 1
            if row.match is not None:
                summary.lines.append(_line(plan, row, "neu angelegt"))
            continue
        store_pending()
        assert row.match is not None
        overwrite = plan.action_of(row) == Action.OVERWRITE
        if row.match.stored_id is not None:
            target_id: int | None = row.match.stored_id
        else:
            target_id = records.get(row.match.row_index or 0)
        target: Partner | Volunteer | None = None
        if target_id is not None:
            target = (
                partners.find(target_id) if plan.kind == PARTNERS else volunteers.find(target_id)
            )
        if target is None:  # the stored record is gone meanwhile: create it
            pending.append(row)
            summary.created += 1
            continue
        if isinstance(target, Partner):
            assert isinstance(row.data, PartnerData)
            merged = merge_partner(PartnerData.from_partner(target), row, overwrite)
            records[row.index] = partners.update(target.id, merged).id
        else:
            assert isinstance(row.data, VolunteerData)
            merged_v = merge_volunteer(VolunteerData.from_volunteer(target), row, overwrite)
            records[row.index] = volunteers.update(target.id, merged_v, today).id
        summary.updated += 1
        summary.lines.append(_line(plan, row, "aktualisiert"))
    store_pending()
    return summary


def dry_run_summary(plan: ImportPlan) -> ImportSummary:
    """What ``execute`` would do, without writing."""
    summary = ImportSummary(kind=plan.kind, headers=plan.headers, stored=False)
    for row in plan.rows:
        status = plan.status_of(row)
        if status == RowStatus.INVALID:
            summary.invalid += 1
            summary.lines.append(_line(plan, row, "ungültig"))
        elif status == RowStatus.DUPLICATE:
            summary.skipped += 1
            summary.lines.append(_line(plan, row, "würde übersprungen"))
        elif status == RowStatus.UPDATE:
            summary.updated += 1
            summary.lines.append(_line(plan, row, "würde aktualisiert"))
        else:
            summary.created += 1
            if row.match is not None:
                summary.lines.append(_line(plan, row, "würde neu angelegt"))
    return summary


def _line(plan: ImportPlan, row: PlannedRow, status: str) -> SummaryLine:
    if row.errors:
        reason = error_text(row.errors)
    else:
        reason = row.match.description if row.match is not None else ""
    return SummaryLine(row.number, status, row.name, reason, row.cells)


# --- merging into existing records -------------------------------------------------------------

_PARTNER_FIELDS = {f.name for f in fields(PartnerData)} - {"contacts"}
_VOLUNTEER_FIELDS = {f.name for f in fields(VolunteerData)}
_CONTACT_FIELDS = {f.name for f in fields(ContactData)} - {"id", "is_primary"}


def _is_blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value is False


def _merge_fields(target: Any, source: Any, names: set[str], overwrite: bool) -> None:
    for name in names:
        new = getattr(source, name)
        if _is_blank(new):
            continue
        if overwrite or _is_blank(getattr(target, name)):
            setattr(target, name, new)


def _provided(row: PlannedRow, prefix: str = "") -> set[str]:
    """The data fields the file filled for this row (empty cells never erase anything)."""
    names = set()
    for key in row.values:
        if prefix and not key.startswith(prefix):
            continue
        if not prefix and key.startswith("contact_"):
            continue
        name = key.removeprefix(prefix)
        if name == "full_name":
            names |= {"first_name", "last_name"}
        elif name == "name" and prefix:
            names |= {"first_name", "last_name"}
        else:
            names.add(name)
    return names


def merge_partner(current: PartnerData, row: PlannedRow, overwrite: bool) -> PartnerData:
    source = row.data
    assert isinstance(source, PartnerData)
    merged = replace(current)
    _merge_fields(merged, source, _PARTNER_FIELDS & _provided(row), overwrite)
    if source.contacts:
        incoming = source.contacts[0]
        contacts = list(merged.contacts or [])
        person = fold_spelling(f"{incoming.first_name} {incoming.last_name}")
        existing = next(
            (c for c in contacts if fold_spelling(f"{c.first_name} {c.last_name}") == person), None
        )
        if existing is None:
            contacts.append(replace(incoming, is_primary=not contacts))
        else:
            _merge_fields(
                existing, incoming, _CONTACT_FIELDS & _provided(row, "contact_"), overwrite
            )
        merged.contacts = contacts
    return merged


def merge_volunteer(current: VolunteerData, row: PlannedRow, overwrite: bool) -> VolunteerData:
    source = row.data
    assert isinstance(source, VolunteerData)
    merged = replace(current)
    _merge_fields(merged, source, _VOLUNTEER_FIELDS & _provided(row), overwrite)
    return merged
