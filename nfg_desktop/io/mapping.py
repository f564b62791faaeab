"""Which column holds which field: automatic mapping from German and English headers, and the
mappings a user corrected, remembered per set of headers in the data file (``Setting`` rows)."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from nfg_desktop.domain.collation import fold
from nfg_desktop.domain.fields import (
    CONTACT,
    CONTACT_LABEL_PREFIX,
    CONTACT_PREFIX,
    PARTNER,
    VOLUNTEER,
    Entity,
)
from nfg_desktop.services.common import setting_value, store_setting

PARTNERS = "partners"
VOLUNTEERS = "volunteers"
IMPORT_KINDS = (PARTNERS, VOLUNTEERS)
KIND_LABELS = {PARTNERS: "Netzwerkpartner", VOLUNTEERS: "Ehrenamtliche"}


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str  # German; also the header our own exports write
    synonyms: tuple[str, ...] = ()

    def names(self) -> tuple[str, ...]:
        return (self.label, *self.synonyms)


def _specs(entity: Entity, key_prefix: str = "", label_prefix: str = "") -> tuple[FieldSpec, ...]:
    """The import fields of a declared entity (``domain/fields.py``)."""
    return tuple(
        FieldSpec(key_prefix + f.name, label_prefix + f.label, f.synonyms)
        for f in entity.imported()
    )


PARTNER_FIELDS: tuple[FieldSpec, ...] = _specs(PARTNER) + _specs(
    CONTACT, CONTACT_PREFIX, CONTACT_LABEL_PREFIX
)
VOLUNTEER_FIELDS: tuple[FieldSpec, ...] = _specs(VOLUNTEER)

FIELDS = {PARTNERS: PARTNER_FIELDS, VOLUNTEERS: VOLUNTEER_FIELDS}

# Mapping: one entry per column, the field key or "" (column not imported).
Mapping = list[str]


def field_specs(kind: str) -> tuple[FieldSpec, ...]:
    return FIELDS[kind]


def field_label(kind: str, key: str) -> str:
    for spec in FIELDS[kind]:
        if spec.key == key:
            return spec.label
    return key


def normalise_header(header: str) -> str:
    return re.sub(r"[^0-9a-z]", "", fold(header))


_CONTACT_WORDS = ("ansprech", "kontakt", "contact")


def auto_map(kind: str, headers: list[str]) -> Mapping:
    """Map each header to a field by its German or English name; unknown columns stay ""."""
    lookup: dict[str, str] = {}
    for spec in FIELDS[kind]:
        for name in spec.names():
            lookup.setdefault(normalise_header(name), spec.key)
    mapping: Mapping = []
    used: set[str] = set()
    for header in headers:
        key = lookup.get(normalise_header(header), "")
        if not key and kind == PARTNERS:
            key = _contact_compound(header, lookup)
        if key in used:
            key = ""
        if key:
            used.add(key)
        mapping.append(key)
    if kind == VOLUNTEERS and "full_name" in mapping and "first_name" in mapping:
        # "Vorname" + "Name": there "Name" is the last name
        index = mapping.index("full_name")
        mapping[index] = "" if "last_name" in mapping else "last_name"
    return mapping


def _contact_compound(header: str, lookup: dict[str, str]) -> str:
    """ "Telefon (Ansprechpartner)", "Kontakt-Mail" -> the contact person's field."""
    norm = normalise_header(header)
    for word in _CONTACT_WORDS:
        if word in norm:
            for token in re.split(r"[\s/()\-_:,]+", header):
                key = lookup.get(normalise_header(token), "")
                if (
                    key
                    and not key.startswith("contact_")
                    and key
                    in {
                        "phone",
                        "email",
                        "name",
                    }
                ):
                    return "contact_" + key
    return ""


def _setting_key(kind: str, headers: list[str]) -> str:
    digest = hashlib.sha1(
        "\x1f".join(normalise_header(h) for h in headers).encode("utf-8")
    ).hexdigest()[:16]
    return f"import.mapping.{kind}.{digest}"


def remembered_mapping(session: Session, kind: str, headers: list[str]) -> Mapping | None:
    value = setting_value(session, _setting_key(kind, headers))
    if value is None:
        return None
    try:
        stored = json.loads(value)
    except ValueError:
        return None
    valid = {spec.key for spec in FIELDS[kind]}
    if not isinstance(stored, list) or len(stored) != len(headers):
        return None
    return [key if isinstance(key, str) and key in valid else "" for key in stored]


def remember_mapping(session: Session, kind: str, headers: list[str], mapping: Mapping) -> None:
    store_setting(session, _setting_key(kind, headers), json.dumps(list(mapping)))


def mapping_for(session: Session, kind: str, headers: list[str]) -> tuple[Mapping, bool]:
    """The remembered mapping for these headers if there is one (True), else the automatic one."""
    remembered = remembered_mapping(session, kind, headers)
    if remembered is not None:
        return remembered, True
    return auto_map(kind, headers), False
