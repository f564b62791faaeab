"""Field rules shared by forms, imports and the command line.

Each ``check_*`` function returns the cleaned value or raises ``ValidationError`` for its field.
``FieldErrors`` collects several failures so a form can mark every offending field at once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Concatenate, ParamSpec, TypeVar

from nfg_desktop.domain.dates import EARLIEST_DATE, LATEST_DATE
from nfg_desktop.domain.errors import DomainError, ValidationError
from nfg_desktop.domain.fields import Field

T = TypeVar("T")
P = ParamSpec("P")


# Deliberately simple: one @, no spaces, a dot in the domain part, no leading/trailing dots.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$")
_POSTAL_CODE = re.compile(r"^\d{5}$")
_URL = re.compile(r"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]{2,}$", re.IGNORECASE)
_DIGIT_RUNS = re.compile(r"\d+")
_NOT_DIGIT = re.compile(r"\D")


class FieldErrors:
    """Collect field errors, then raise them together."""

    __slots__ = ("errors",)

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def check(self, field: str, func: Callable[[], T]) -> T | None:
        return self.call(lambda _field: func(), field)

    def call(
        self, rule: Callable[Concatenate[str, P], T], field: str, *args: P.args, **kwargs: P.kwargs
    ) -> T | None:
        """``check(field, lambda: rule(field, ...))`` without the lambda (imports check many
        thousands of fields)."""
        try:
            return rule(field, *args, **kwargs)
        except DomainError as error:
            self.errors.setdefault(error.field or field, error.message)
            return None

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def _fail(field: str, message: str) -> ValidationError:
    return ValidationError({field: message})


def clean_text(value: str | None) -> str:
    """Strip and collapse inner runs of whitespace on one line; keep the text otherwise as typed."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def clean_multiline(value: str | None) -> str:
    if value is None or value == "":
        return ""
    lines = [line.rstrip() for line in str(value).replace("\r\n", "\n").split("\n")]
    return "\n".join(lines).strip()


def check_required(field: str, label: str, value: str | None, max_length: int = 200) -> str:
    text = clean_text(value)
    if not text:
        raise _fail(field, f"{label}: Bitte ausfüllen.")
    if len(text) > max_length:
        raise _fail(field, f"{label}: höchstens {max_length} Zeichen.")
    return text


def check_optional_text(field: str, label: str, value: str | None, max_length: int = 200) -> str:
    text = clean_text(value)
    if len(text) > max_length:
        raise _fail(field, f"{label}: höchstens {max_length} Zeichen.")
    return text


def check_email(field: str, value: str | None, label: str = "E-Mail") -> str:
    text = clean_text(value)
    if text.lower().startswith("mailto:"):
        text = text[7:]
    if not text:
        return ""
    if len(text) > 254 or not _EMAIL.match(text):
        raise _fail(field, f"{label}: „{text}“ ist keine gültige E-Mail-Adresse.")
    return text


def check_postal_code(field: str, value: str | int | None, label: str = "PLZ") -> str:
    if value is None:
        return ""
    text = clean_text(str(value)).replace(" ", "")
    if not text:
        return ""
    if text.isdigit() and len(text) == 4:
        # Excel drops the leading zero of codes such as 01067 (Dresden).
        text = "0" + text
    if not _POSTAL_CODE.match(text):
        raise _fail(field, f"{label}: „{text}“ ist keine deutsche Postleitzahl (5 Ziffern).")
    return text


def check_website(field: str, value: str | None, label: str = "Webseite") -> str:
    text = clean_text(value).replace(" ", "")
    if not text:
        return ""
    if not _URL.match(text):
        raise _fail(field, f"{label}: „{text}“ ist keine gültige Internetadresse.")
    return text


def normalise_phone(value: str | int | float | None) -> str:
    """Bring a phone number into one readable shape, e.g. ``07123 456789`` or ``+43 1 5134567``.

    Numbers come in every shape (``(07123) 45 67-89``, ``+49 (0)7123/456789``, ``0049 7123 456``).
    German numbers are written national (``0`` prefix) with a space after the area code where the
    input separated it; foreign numbers keep their ``+`` country code and the typed grouping.
    """
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        # Excel turned 07123456 into the number 7123456.
        text = str(value)
        return text if text.startswith("0") else "0" + text
    raw = str(value).replace("(0)", " ").strip()
    international = raw.startswith(("+", "00"))
    groups: list[str] = _DIGIT_RUNS.findall(raw)
    if not groups:
        return ""
    if international:
        if groups[0].startswith("00"):
            groups[0] = groups[0][2:]
        if groups[0] == "49" and len(groups) > 1:
            groups = ["0" + groups[1], *groups[2:]]
        elif groups[0].startswith("49") and len(groups[0]) > 2:
            groups = ["0" + groups[0][2:], *groups[1:]]
        else:
            return "+" + " ".join(g for g in groups if g)
    if len(groups) >= 2 and groups[0].startswith("0") and len(groups[0]) <= 6:
        return groups[0] + " " + "".join(groups[1:])
    return "".join(groups)


def check_phone(field: str, value: str | int | float | None, label: str = "Telefon") -> str:
    if value is None or not str(value).strip():
        return ""
    text = normalise_phone(value)
    digits = _NOT_DIGIT.sub("", text)
    if len(digits) < 3 or len(digits) > 20:
        raise _fail(field, f"{label}: „{value}“ ist keine gültige Telefonnummer.")
    return text


def check_date(field: str, value: date | None, label: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise _fail(field, f"{label}: kein gültiges Datum.")
    if value < EARLIEST_DATE or value > LATEST_DATE:
        raise _fail(
            field, f"{label}: {value:%d.%m.%Y} liegt außerhalb des möglichen Bereichs (1900–2100)."
        )
    return value


def check_date_order(
    start_field: str, start: date | None, end_field: str, end: date | None, end_label: str = "Ende"
) -> None:
    if start is not None and end is not None and end < start:
        raise _fail(end_field, f"{end_label}: darf nicht vor dem Beginn liegen.")


def check_birth_year(field: str, value: int | str | None, today: date | None = None) -> int | None:
    if value is None or value == "":
        return None
    try:
        year = int(str(value).strip())
    except ValueError:
        raise _fail(field, f"Geburtsjahr: „{value}“ ist keine Jahreszahl.") from None
    this_year = (today or date.today()).year
    if year < 1900 or year > this_year:
        raise _fail(field, f"Geburtsjahr: muss zwischen 1900 und {this_year} liegen.")
    return year


def check_choice(field: str, label: str, value: str | None, options: list[str]) -> str:
    text = clean_text(value)
    if not text:
        raise _fail(field, f"{label}: Bitte auswählen.")
    if text not in options:
        raise _fail(field, f"{label}: „{text}“ ist kein gültiger Eintrag.")
    return text


def check_choices(
    field: str, label: str, values: list[str] | None, options: list[str]
) -> list[str]:
    chosen: list[str] = []
    for value in values or []:
        text = clean_text(value)
        if text not in options:
            raise _fail(field, f"{label}: „{text}“ ist kein gültiger Eintrag.")
        if text not in chosen:
            chosen.append(text)
    return chosen


def check_non_negative_int(field: str, label: str, value: int | None) -> int:
    if value is None:
        return 0
    if int(value) < 0:
        raise _fail(field, f"{label}: darf nicht negativ sein.")
    return int(value)


def split_person_name(full_name: str) -> tuple[str, str]:
    """Split "Dr. Anna Maria Müller" into ("Dr. Anna Maria", "Müller"); "Müller, Anna" too."""
    text = clean_text(full_name)
    if "," in text:
        last, _, first = text.partition(",")
        return clean_text(first), clean_text(last)
    parts = text.split(" ")
    for prefix in ("Frau", "Herr", "Hr.", "Fr."):
        if parts and parts[0] == prefix and len(parts) > 1:
            parts = parts[1:]
    if len(parts) == 1:
        return "", parts[0]
    return " ".join(parts[:-1]), parts[-1]


def check_plain_texts(
    errors: FieldErrors, fields: Iterable[Field], values: object, prefix: str = ""
) -> dict[str, str]:
    """Check the declared plain texts of ``values`` (length only); the cleaned texts by name."""
    checked: dict[str, str] = {}
    for declared in fields:
        text = errors.call(
            check_optional_text,
            prefix + declared.name,
            declared.label,
            getattr(values, declared.name),
            declared.max_length,
        )
        checked[declared.name] = text or ""
    return checked
