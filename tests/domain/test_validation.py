from datetime import date

import pytest

from nfg_desktop.domain.choices import FocusArea, match_choice
from nfg_desktop.domain.errors import ValidationError
from nfg_desktop.domain.validation import (
    check_birth_year,
    check_date,
    check_date_order,
    check_email,
    check_phone,
    check_postal_code,
    check_required,
    normalise_phone,
    split_person_name,
)


@pytest.mark.parametrize(
    "value", ["info@caritas-musterhausen.de", "a.b+c@sub.example.org", "mailto:x@y.de"]
)
def test_valid_emails_are_kept(value: str) -> None:
    assert check_email("email", value) == value.removeprefix("mailto:")


@pytest.mark.parametrize("value", ["info@", "info@example", "a b@example.org", "x@@y.de", "@y.de"])
def test_invalid_email_names_the_field(value: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_email("email", value)
    assert caught.value.field == "email"
    assert "E-Mail" in caught.value.message


def test_postal_code_gets_leading_zero_back_and_rejects_other_lengths() -> None:
    assert check_postal_code("postal_code", "1067") == "01067"
    assert check_postal_code("postal_code", 1067) == "01067"
    assert check_postal_code("postal_code", " 72070 ") == "72070"
    assert check_postal_code("postal_code", "") == ""
    for bad in ("123", "720700", "7207A"):
        with pytest.raises(ValidationError) as caught:
            check_postal_code("postal_code", bad)
        assert "PLZ" in caught.value.message


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("(07123) 45 67-89", "07123 456789"),
        ("07123/456789", "07123 456789"),
        ("+49 (0)7123 456789", "07123 456789"),
        ("0049 7123 456789", "07123 456789"),
        ("07123456789", "07123456789"),
        (7123456789, "07123456789"),
        ("+43 1 5134567", "+43 1 5134567"),
        ("", ""),
    ],
)
def test_phone_numbers_in_any_shape_are_normalised(raw: str | int, expected: str) -> None:
    assert normalise_phone(raw) == expected


def test_phone_without_digits_is_refused() -> None:
    with pytest.raises(ValidationError):
        check_phone("phone", "keine Nummer")


def test_required_field_message_names_the_label() -> None:
    with pytest.raises(ValidationError) as caught:
        check_required("name", "Name", "   ")
    assert caught.value.field_errors == {"name": "Name: Bitte ausfüllen."}
    assert check_required("name", "Name", "  Caritas   Musterhausen ") == "Caritas Musterhausen"


def test_dates_outside_sane_range_and_end_before_start_are_refused() -> None:
    with pytest.raises(ValidationError):
        check_date("start", date(1899, 12, 31), "Beginn")
    assert check_date("start", date(2025, 1, 1), "Beginn") == date(2025, 1, 1)
    with pytest.raises(ValidationError) as caught:
        check_date_order("start", date(2025, 5, 1), "end", date(2025, 4, 30))
    assert caught.value.field == "end"
    check_date_order("start", date(2025, 5, 1), "end", date(2025, 5, 1))


def test_birth_year_range() -> None:
    assert check_birth_year("birth_year", "1950", today=date(2026, 1, 1)) == 1950
    assert check_birth_year("birth_year", None) is None
    for bad in ("1899", "2027", "neunzehnhundert"):
        with pytest.raises(ValidationError):
            check_birth_year("birth_year", bad, today=date(2026, 1, 1))


def test_person_names_are_split() -> None:
    assert split_person_name("Anna Maria Müller") == ("Anna Maria", "Müller")
    assert split_person_name("Müller, Anna") == ("Anna", "Müller")
    assert split_person_name("Frau Nguyễn Thị Lan") == ("Nguyễn Thị", "Lan")
    assert split_person_name("Yıldırım") == ("", "Yıldırım")


def test_choice_matching_accepts_case_and_unique_prefix() -> None:
    options = list(FocusArea)
    assert match_choice("familien", options) == "Familien unterstützen"
    assert match_choice("KINDER FÖRDERN", options) == "Kinder fördern"
    assert match_choice("x", options) is None
