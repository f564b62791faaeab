"""Partner kinds of an imported list: matched to the known kinds, to common other names
(„Kita“ is a Kindertageseinrichtung) and to what the user chose for a kind before (remembered in
the data file, like the column mapping). A kind matched by none is kept as a new kind of its own.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from nfg_desktop.domain.choices import ChoiceList, PartnerKind
from nfg_desktop.domain.collation import fold, fold_spelling
from nfg_desktop.domain.validation import clean_text
from nfg_desktop.io import cells
from nfg_desktop.io.mapping import Mapping
from nfg_desktop.io.readers import Table
from nfg_desktop.services.common import choice_options, setting_value, store_setting

SETTING_KEY = "import.partner_kinds"

_OTHER_NAMES: dict[PartnerKind, tuple[str, ...]] = {
    PartnerKind.MEHRGENERATIONENHAUS: (
        "Familienzentrum",
        "Mehrgenerationenhaus",
        "MGH",
        "Familienzentrum/Mehrgenerationenhaus",
        "Eltern-Kind-Zentrum",
        "Familienbildungsstätte",
    ),
    PartnerKind.KITA: (
        "Kita",
        "KiTa",
        "Kindertagesstätte",
        "Kindergarten",
        "Kinderkrippe",
        "Krippe",
        "Kinderhaus",
        "Hort",
    ),
    PartnerKind.KIRCHENGEMEINDE: ("Kirche", "Pfarrei", "Pfarramt", "Kirchengemeinden"),
    PartnerKind.KOMMUNALVERWALTUNG: (
        "Verwaltung",
        "Stadtverwaltung",
        "Gemeindeverwaltung",
        "Rathaus",
        "Kommune",
        "Landratsamt",
    ),
    PartnerKind.SENIORENEINRICHTUNG: (
        "Seniorenheim",
        "Seniorenzentrum",
        "Pflegeheim",
        "Altenheim",
        "Seniorenwohnanlage",
    ),
    PartnerKind.SCHULE: (
        "Grundschule",
        "Realschule",
        "Werkrealschule",
        "Gemeinschaftsschule",
        "Gymnasium",
        "Förderschule",
    ),
    PartnerKind.UNTERNEHMEN: ("Firma", "Betrieb", "Geschäft"),
    PartnerKind.INITIATIVE: ("Initiative", "Bürgerinitiative", "Zivilgesellschaft"),
    PartnerKind.VEREIN: ("e.V.", "Sportverein", "Förderverein"),
    PartnerKind.WOHLFAHRTSVERBAND: ("Wohlfahrt",),
    PartnerKind.SONSTIGE: ("Sonstiges", "Andere", "Andere Einrichtung"),
}
SYNONYMS: dict[str, str] = {
    fold_spelling(name): kind.value for kind, names in _OTHER_NAMES.items() for name in names
}


@dataclass(frozen=True)
class FileKind:
    """A kind written in the file that is not one of the known kinds."""

    text: str  # as in the file
    rows: int  # how many rows name it
    target: str  # the known kind it becomes; "" keeps it as a new kind of its own


def remembered_kinds(session: Session) -> dict[str, str]:
    """The kinds chosen for other names before: folded name -> kind."""
    value = setting_value(session, SETTING_KEY)
    if value is None:
        return {}
    try:
        stored = json.loads(value)
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {k: v for k, v in stored.items() if isinstance(k, str) and isinstance(v, str) and v}


def remember_kinds(session: Session, chosen: dict[str, str]) -> None:
    """Remember what the user chose (name in the file -> kind; "" forgets a name)."""
    remembered = remembered_kinds(session)
    for text, target in chosen.items():
        key = fold_spelling(clean_text(text))
        if target:
            remembered[key] = target
        else:
            remembered.pop(key, None)
    value = json.dumps(remembered, ensure_ascii=False, sort_keys=True)
    store_setting(session, SETTING_KEY, value)


def kind_resolver(session: Session, chosen: dict[str, str] | None = None) -> Callable[[str], str]:
    """A function giving the kind a partner of the file gets for the kind written there.

    Order: a known kind (ignoring case and accents), what ``chosen`` says (the wizard's
    choices, name in the file -> kind, "" = keep as written), what was remembered, a common
    other name; else the text as written (a new kind).
    """
    known = {fold(option): option for option in choice_options(session, ChoiceList.PARTNER_KIND)}
    own = {fold_spelling(clean_text(k)): v for k, v in (chosen or {}).items()}
    remembered = remembered_kinds(session)

    def resolve(text: str) -> str:
        cleaned = clean_text(text)
        if not cleaned:
            return cleaned
        if fold(cleaned) in known:
            return known[fold(cleaned)]
        key = fold_spelling(cleaned)
        if key in own:
            return own[key] or cleaned
        return remembered.get(key) or SYNONYMS.get(key) or cleaned

    return resolve


def file_kinds(session: Session, table: Table, mapping: Mapping) -> list[FileKind]:
    """The kinds in the file's kind column that are not known kinds, with what they become
    (a remembered choice or a common other name, else "": a new kind)."""
    if "kind" not in mapping:
        return []
    column = mapping.index("kind")
    counted: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    for row in table.rows:
        if column < len(row) and not cells.is_empty(row[column]):
            text = clean_text(cells.text(row[column]))
            key = fold_spelling(text)
            spelled.setdefault(key, text)
            counted[key] += 1
    known = {fold(option) for option in choice_options(session, ChoiceList.PARTNER_KIND)}
    resolve = kind_resolver(session)
    found = []
    for key, text in spelled.items():
        if fold(text) in known:
            continue
        target = resolve(text)
        found.append(FileKind(text, counted[key], target if target != text else ""))
    return found
