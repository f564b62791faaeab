"""Automatic column mapping from German and English headers, and remembered mappings."""

from __future__ import annotations

from nfg_desktop.io.mapping import auto_map, mapping_for, remember_mapping
from nfg_desktop.store.database import Database


def test_german_partner_headers() -> None:
    headers = [
        "Einrichtung",
        "Art",
        "Str.",
        "PLZ",
        "Ort",
        "Tel.",
        "Mail",
        "Ansprechpartner",
        "Telefon (Ansprechpartner)",
        "Kontakt-E-Mail",
        "Funktion",
        "Lieblingsfarbe",
    ]
    assert auto_map("partners", headers) == [
        "name",
        "kind",
        "street",
        "postal_code",
        "city",
        "phone",
        "email",
        "contact_name",
        "contact_phone",
        "contact_email",
        "contact_function",
        "",
    ]


def test_english_headers_and_each_field_only_once() -> None:
    headers = ["Organization", "Street", "ZIP code", "City", "Phone", "E-mail", "Email", "Notes"]
    assert auto_map("partners", headers) == [
        "name",
        "street",
        "postal_code",
        "city",
        "phone",
        "email",
        "",
        "notes",
    ]


def test_volunteer_name_columns() -> None:
    assert auto_map("volunteers", ["Vorname", "Name", "Jahrgang"]) == [
        "first_name",
        "last_name",
        "birth_year",
    ]
    assert auto_map("volunteers", ["Name", "Geburtsdatum", "Handy"]) == [
        "full_name",
        "birth_year",
        "phone",
    ]


def test_corrected_mapping_is_remembered_for_the_same_headers(db: Database) -> None:
    headers = ["Wer", "Wo", "Mail"]
    with db.read() as session:
        mapping, remembered = mapping_for(session, "partners", headers)
    assert (mapping, remembered) == (["", "", "email"], False)
    with db.write() as session:
        remember_mapping(session, "partners", headers, ["name", "city", "email"])
    with db.read() as session:
        assert mapping_for(session, "partners", headers) == (["name", "city", "email"], True)
        # other headers, or the other kind, are not affected
        assert mapping_for(session, "partners", ["Wer", "Wo"])[1] is False
        assert mapping_for(session, "volunteers", headers)[1] is False
    with db.write() as session:
        remember_mapping(session, "partners", headers, ["name", "", "email"])
    with db.read() as session:
        assert mapping_for(session, "partners", headers)[0] == ["name", "", "email"]
