"""German text comparison: the one fold for search and duplicates, the one sort order for lists.

Sorting follows DIN 5007-1 (the order of dictionaries and name lists): ä = a, ö = o, ü = u,
ß = ss, case and accents decide only between names that are otherwise equal. A person sorts by
last name, then first name: ``sort_key(last, first)``.

Searching also accepts the spellings without umlauts: „Muellheim“ finds „Müllheim“, „Aegidius“
finds „Ägidius“, „Strasse“ finds „Straße“ (and the other way round).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# Combining marks left by NFKD (accents of Latin, Vietnamese, ... letters), removed by fold().
_COMBINING = {
    code: None
    for start, end in ((0x300, 0x370), (0x1AB0, 0x1B00), (0x1DC0, 0x1E00), (0x20D0, 0x2100))
    for code in range(start, end)
}


def fold(text: str) -> str:
    """Case- and accent-insensitive key: Müller, MÜLLER, Muller -> muller; Straße -> strasse.

    C-speed (the lists fold some 100,000 strings when they load).
    """
    if text.isascii():  # nothing to decompose (the common case)
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_COMBINING)


# ae, oe, ue written for ä, ö, ü; not the ue of au-e, eu-e and qu-e (Bauer, Feuer, Quelle).
_SPELLED_UMLAUT = re.compile(r"ae|oe|(?<![aeq])ue")


def fold_spelling(text: str) -> str:
    """``fold`` that also reads ae, oe, ue as ä, ö, ü: Mueller, Müller -> muller.

    Looser than ``fold`` (Manuel -> manel): for finding, never for showing or sorting.
    """
    folded = fold(text)
    if "e" not in folded or not ("ae" in folded or "oe" in folded or "ue" in folded):
        return folded
    return _SPELLED_UMLAUT.sub(lambda match: match.group()[0], folded)


# --- search ------------------------------------------------------------------------------------

SearchTerm = tuple[str, ...]  # the spellings of one typed word; a text matches if it holds one


def search_text(text: str) -> str:
    """What a search looks in for ``text``: its fold, and its spelling fold where that differs."""
    folded = fold(text)
    spelled = fold_spelling(text)
    return folded if spelled == folded else f"{folded}\n{spelled}"


def search_terms(query: str) -> list[SearchTerm]:
    """The words of a typed search, each with its spellings (see ``search_text``)."""
    terms: list[SearchTerm] = []
    for word in fold(query).split():
        spelled = fold_spelling(word)
        terms.append((word,) if spelled == word else (word, spelled))
    return terms


def matches(terms: Iterable[SearchTerm], text: str) -> bool:
    """True when the search text (from ``search_text``) holds every term."""
    return all(any(spelling in text for spelling in term) for term in terms)


# --- sorting -----------------------------------------------------------------------------------

SortKey = tuple[str, ...]


def _tie(text: str) -> str:
    # Accents and ß after the plain letters (Muller < Müller, Masse < Maße), case after that.
    return text.lower() if text.isascii() else unicodedata.normalize("NFD", text.lower())


def sort_key(*parts: str) -> SortKey:
    """DIN 5007-1 key of a name made of ``parts`` (e.g. last name, first name).

    All parts compare by their letters first (Müller, Anna < Muller, Berta), then by accents,
    then by case; the text itself last, so that only equal texts have equal keys.
    """
    if len(parts) == 1:
        text = parts[0]
        if text.isascii():  # one lower-case text for both (the lists hold 100,000 keys)
            lower = text.lower()
            return (lower, lower, text)
        return (fold(text), _tie(text), text)
    return combined_key(*[sort_key(part) for part in parts])


def combined_key(*keys: SortKey) -> SortKey:
    """The key of a name from the keys of its parts: ``sort_key(a, b)`` from ``sort_key(a)``
    and ``sort_key(b)`` (for lists that keep the keys of single texts)."""
    if len(keys) == 2:  # a person (12,000 volunteers in a list)
        a, b = keys
        return (a[0], b[0], a[1], b[1], a[2], b[2])
    return tuple([key[level] for level in range(3) for key in keys])


def packed_key(key: SortKey) -> str:
    """``key`` as one text of the same order, for lists that sort 12,000 rows at a click (a
    text compares several times faster than a tuple): its parts joined by NUL, which sorts
    before every character (cleaned text holds none)."""
    return "\x00".join(key)


def german_sorted(items: Iterable[T], key: Callable[[T], str | tuple[str, ...]]) -> list[T]:
    """``items`` in German alphabetical order of ``key`` (a text, or the parts of a name)."""

    known: dict[str | tuple[str, ...], SortKey] = {}  # names and tags repeat

    def full_key(item: T) -> SortKey:
        value = key(item)
        found = known.get(value)
        if found is None:
            found = known[value] = sort_key(value) if isinstance(value, str) else sort_key(*value)
        return found

    return sorted(items, key=full_key)
