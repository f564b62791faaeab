"""Helpers every service uses: loading by id, settings, choice options, text search."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import BUILTIN_CHOICES, ChoiceList
from nfg_desktop.domain.collation import german_sorted, matches, search_terms, search_text
from nfg_desktop.domain.errors import NotFoundError
from nfg_desktop.domain.validation import clean_text
from nfg_desktop.store.models import Base, CustomChoice, Setting

ModelT = TypeVar("ModelT", bound=Base)


# Record ids are SQLite's signed 64-bit integers; a larger number cannot name a record.
MAX_RECORD_ID = 2**63 - 1


def get_or_fail(session: Session, model: type[ModelT], record_id: int, label: str) -> ModelT:
    record = session.get(model, record_id) if 0 < record_id <= MAX_RECORD_ID else None
    if record is None:
        raise NotFoundError(f"{label} mit der Nummer {record_id} gibt es nicht.")
    return record


def setting_value(session: Session, key: str) -> str | None:
    """A stored setting's text, None if it was never stored."""
    setting = session.get(Setting, key)
    return None if setting is None else setting.value


def store_setting(session: Session, key: str, value: str) -> None:
    setting = session.get(Setting, key)
    if setting is None:
        session.add(Setting(key=key, value=value))
    else:
        setting.value = value
    session.flush()


def choice_options(session: Session, list_name: ChoiceList) -> list[str]:
    """The built-in entries of an extendable list, then the user's own, alphabetically."""
    builtin = list(BUILTIN_CHOICES[list_name])
    custom = german_sorted(
        session.scalars(
            select(CustomChoice.label).where(CustomChoice.list_name == list_name.value)
        ).all(),
        key=str,
    )
    return builtin + [label for label in custom if label not in builtin]


def add_choice(session: Session, list_name: ChoiceList, label: str) -> str:
    """Remember a new entry of an extendable list (e.g. an own partner kind)."""
    text = clean_text(label)
    if not text:
        return text
    # Known entries are looked up once per session (an import adds thousands of records).
    cache: dict[ChoiceList, set[str]] = session.info.setdefault("choice_options", {})
    known = cache.get(list_name)
    if known is None:
        known = cache[list_name] = set(choice_options(session, list_name))
    if text in known:
        return text
    session.add(CustomChoice(list_name=list_name.value, label=text))
    session.flush()
    known.add(text)
    return text


def searched(
    records: Iterable[ModelT], text: str | None, texts: Callable[[ModelT], Iterable[str | None]]
) -> list[ModelT]:
    """The records whose ``texts`` hold every word of ``text`` (folded: Müller ~ mueller)."""
    terms = search_terms(text or "")
    if not terms:
        return list(records)
    return [
        record
        for record in records
        if matches(terms, search_text("\n".join(t for t in texts(record) if t)))
    ]
