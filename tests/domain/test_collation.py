"""German alphabetical order (DIN 5007-1) and the search fold."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from nfg_desktop.domain.collation import (
    fold,
    fold_spelling,
    german_sorted,
    matches,
    packed_key,
    search_terms,
    search_text,
    sort_key,
)

NAMES = ["Zimmermann", "Öztürk", "Ährenfeld", "Großmann", "Gößwein", "Abel", "Otto", "Gross"]


def test_umlauts_sort_as_their_plain_letters_and_sz_as_ss() -> None:
    assert german_sorted(NAMES, key=lambda name: name) == [
        "Abel",
        "Ährenfeld",
        "Gößwein",
        "Gross",
        "Großmann",
        "Otto",
        "Öztürk",
        "Zimmermann",
    ]


def test_case_and_accents_only_break_ties() -> None:
    assert german_sorted(["müller", "Müller", "Muller", "Mulder"], key=lambda n: n) == [
        "Mulder",
        "Muller",
        "Müller",
        "müller",
    ]
    assert german_sorted(["Maße", "Masse", "masse"], key=lambda n: n) == ["Masse", "masse", "Maße"]


def test_first_name_after_last_name() -> None:
    people = [("Müller", "Berta"), ("Muller", "Carl"), ("Müller", "Anna"), ("Ohm", "Ute")]
    assert german_sorted(people, key=lambda p: p) == [
        ("Müller", "Anna"),
        ("Müller", "Berta"),
        ("Muller", "Carl"),
        ("Ohm", "Ute"),
    ]


_GERMAN = st.text(alphabet="aAbBoOsSuUzZäÄöÖüÜßéÉ -", max_size=8)
_PLAIN = {"ä": "a", "Ä": "A", "ö": "o", "Ö": "O", "ü": "u", "Ü": "U", "ß": "ss", "é": "e", "É": "E"}


def _plain(text: str) -> str:
    return "".join(_PLAIN.get(ch, ch) for ch in text).lower()


@given(_GERMAN, _GERMAN)
def test_key_is_a_total_order_following_the_letters(a: str, b: str) -> None:
    # Only equal texts are equal; otherwise the plain letters decide, case and accents after.
    assert (sort_key(a) == sort_key(b)) == (a == b)
    if _plain(a) < _plain(b):
        assert sort_key(a) < sort_key(b)


@given(_GERMAN, _GERMAN, _GERMAN, _GERMAN)
def test_name_key_compares_all_letters_before_any_tie(
    last_a: str, first_a: str, last_b: str, first_b: str
) -> None:
    a, b = sort_key(last_a, first_a), sort_key(last_b, first_b)
    assert (a == b) == ((last_a, first_a) == (last_b, first_b))
    if (_plain(last_a), _plain(first_a)) < (_plain(last_b), _plain(first_b)):
        assert a < b


@given(_GERMAN, _GERMAN, _GERMAN, _GERMAN)
def test_packed_key_keeps_the_order_of_the_key(
    last_a: str, first_a: str, last_b: str, first_b: str
) -> None:
    a, b = sort_key(last_a, first_a), sort_key(last_b, first_b)
    assert (packed_key(a) < packed_key(b)) == (a < b)
    assert (packed_key(sort_key(last_a)) < packed_key(sort_key(last_b))) == (
        sort_key(last_a) < sort_key(last_b)
    )


def test_fold_ignores_case_accents_and_sz() -> None:
    assert fold("MÜLLHEIM") == fold("müllheim") == "mullheim"
    assert fold("Straße") == "strasse"
    assert fold("Nguyễn Thị Lan") == "nguyen thi lan"


def test_spelling_fold_reads_ae_oe_ue_as_umlauts_but_not_in_au_eu_qu() -> None:
    assert fold_spelling("Mueller") == fold_spelling("Müller") == "muller"
    assert fold_spelling("Aegidius") == "agidius"
    assert fold_spelling("Goethe") == "gothe"
    assert fold_spelling("Bauer") == "bauer"
    assert fold_spelling("Feuerwehr") == "feuerwehr"
    assert fold_spelling("Quelle") == "quelle"


def _finds(query: str, text: str) -> bool:
    return matches(search_terms(query), search_text(text))


def test_search_finds_umlauts_written_either_way() -> None:
    assert _finds("mullheim", "Müllheim")
    assert _finds("Muellheim", "Müllheim")
    assert _finds("Müllheim", "Muellheim")
    assert _finds("Aegidius", "St. Ägidius")
    assert _finds("Strasse", "Hauptstraße")
    assert _finds("Straße", "Hauptstrasse")
    # Typing on through a word that only looks like an umlaut spelling.
    assert _finds("Manu", "Manuel") and _finds("Manue", "Manuel") and _finds("Manuel", "Manuel")
    assert not _finds("Mueller", "Miller")
