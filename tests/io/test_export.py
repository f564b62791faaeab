"""Exports: formatted xlsx, German CSV, consent, vCard, iCalendar, and the round trip."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.io import addresses, textformat
from nfg_desktop.io.exporting import export
from nfg_desktop.io.importing import execute, prepare
from nfg_desktop.io.mapping import auto_map
from nfg_desktop.io.readers import read_table
from nfg_desktop.services.meetings import MeetingData, MeetingService
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database, open_database
from nfg_desktop.store.models import Volunteer
from tests.io.textformat_reading import unescape, unfold

TODAY = date(2026, 11, 25)
CONSENT = {"consent_given_on": date(2025, 1, 10), "consent_contact_data": True}


def sample_partners() -> list[PartnerData]:
    return [
        PartnerData(
            name="Caritasverband Süd; Tübingen, e.V.",
            kind="Wohlfahrtsverband",
            sector="Wohlfahrt",
            street="Hauptstraße 5",
            postal_code="01067",
            city="Dresden",
            phone="0351 123456",
            email="info@caritas.example",
            website="www.caritas.example",
            status="aktiv",
            partner_since=date(2024, 2, 29),
            agreement_on=date(2025, 1, 1),
            notes="Zeile 1\nZeile 2; mit Semikolon",
            focus_areas=["Familien unterstützen", "Kinder fördern"],
            target_groups=["Familien", "Kinder"],
            contacts=[
                ContactData(
                    last_name="Yıldırım",
                    first_name="Şükrü",
                    function="Leitung",
                    phone="0351 99",
                    email="sy@caritas.example",
                    is_primary=True,
                    consent_photos=True,
                    **CONSENT,
                )
            ],
        ),
        PartnerData(name="Stadt Musterhausen", kind="Eigene Art", status="ruhend", contacts=[]),
    ]


def sample_volunteers() -> list[VolunteerData]:
    return [
        VolunteerData(
            first_name="Nguyễn Thị",
            last_name="Lan",
            birth_year=1990,
            street="Am Bach 3",
            postal_code="79847",
            city="Musterhausen",
            phone="07123 456789",
            email="lan@example.org",
            status="aktiv",
            active_since=date(2023, 5, 1),
            skills=["Kochen", "Vorlesen"],
            languages=["Deutsch", "Vietnamesisch"],
            interests=["Garten"],
            availability=[("Di", "abends"), ("Mo", "vormittags")],
            notes="mag Kinder",
            consent_sharing=True,
            **CONSENT,
        ),
        VolunteerData(
            first_name="Łukasz",
            last_name="Wróbel",
            birth_year=1948,
            status="ausgeschieden",
            left_on=date(2026, 3, 1),
            consent_given_on=date(2024, 1, 1),
            consent_contact_data=True,
            consent_withdrawn_on=date(2026, 1, 1),
        ),
    ]


def fill(db: Database) -> None:
    with db.write() as session:
        for data in sample_partners():
            PartnerService(session).create(data)
        for volunteer in sample_volunteers():
            VolunteerService(session).create(volunteer, TODAY)


def stored_partners(db: Database) -> list[PartnerData]:
    with db.read() as session:
        result = []
        for partner in PartnerService(session).list():
            data = PartnerData.from_partner(partner)
            for contact in data.contacts or []:
                contact.id = None
            result.append(data)
        return result


def stored_volunteers(db: Database) -> list[VolunteerData]:
    with db.read() as session:
        return [VolunteerData.from_volunteer(v) for v in VolunteerService(session).list()]


def reimport(path: Path, kind: str, target: Database) -> None:
    table = read_table(path)
    mapping = auto_map(kind, table.headers)
    with target.write() as session:
        plan = prepare(session, kind, table, mapping, TODAY)
        assert not plan.has_invalid, [plan.reason_of(r) for r in plan.rows]
        execute(session, plan, TODAY)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_round_trip_into_an_empty_database(db: Database, tmp_path: Path, suffix: str) -> None:
    fill(db)
    other = open_database(tmp_path / "leer.sqlite")
    try:
        for kind in ("partners", "volunteers"):
            path = tmp_path / f"{kind}{suffix}"
            with db.read() as session:
                export(session, kind, path, today=TODAY)
            reimport(path, kind, other)
        assert stored_partners(other) == stored_partners(db)
        original = stored_volunteers(db)
        # the withdrawn consent no longer covers contact data: nothing of it left the file
        assert stored_volunteers(other)[0] == original[0]
        assert stored_volunteers(other)[1].email == ""
    finally:
        other.close()


def test_xlsx_is_formatted(db: Database, tmp_path: Path) -> None:
    fill(db)
    path = tmp_path / "partner.xlsx"
    with db.read() as session:
        assert export(session, "partners", path, today=TODAY) == 2
    sheet = load_workbook(path).active
    assert sheet.title == "Netzwerkpartner"
    assert sheet["A1"].value == "Name" and sheet["A1"].font.bold
    assert sheet.auto_filter.ref == "A1:Z3"  # 26 columns since Ortsteil
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["A"].width >= len("Caritasverband Süd; Tübingen, e.V.")
    assert sheet["E2"].value == "01067"  # postal code stays text
    assert sheet["L2"].value == datetime(2024, 2, 29) and sheet["L2"].number_format == "DD.MM.YYYY"


def test_csv_is_german_excel_csv(db: Database, tmp_path: Path) -> None:
    fill(db)
    path = tmp_path / "ehrenamtliche.csv"
    with db.read() as session:
        export(session, "volunteers", path, today=TODAY)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfVorname;Nachname;Geburtsjahr;")
    assert b"\r\n" in raw
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][:3] == ["Nguyễn Thị", "Lan", "1990"]
    assert rows[1][rows[0].index("Aktiv seit")] == "01.05.2023"
    assert rows[1][rows[0].index("Verfügbarkeit")] == "Di abends; Mo vormittags"
    assert rows[1][rows[0].index("Führungszeugnis")] != ""


def test_contact_data_only_where_consent_covers_it(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        VolunteerService(session).create(
            VolunteerData(
                first_name="Ohne",
                last_name="Einwilligung",
                email="ohne@example.org",
                phone="0711 1",
                street="Weg 1",
                city="Ulm",
            ),
            TODAY,
        )
        PartnerService(session).create(
            PartnerData(
                name="Verein",
                email="verein@example.org",
                contacts=[
                    ContactData(last_name="Geheim", email="geheim@example.org", phone="0711 2")
                ],
            )
        )
    for kind in ("volunteers", "contacts", "partners"):
        for suffix in (".csv", ".xlsx"):
            path = tmp_path / f"{kind}{suffix}"
            with db.read() as session:
                export(session, kind, path, today=TODAY)
            table = read_table(path)
            flat = " ".join(str(cell) for row in table.rows for cell in row)
            for secret in ("ohne@example.org", "0711 1", "Weg 1", "geheim@example.org", "0711 2"):
                assert secret not in flat, (kind, suffix, secret)
    path = tmp_path / "kontakte.vcf"
    with db.read() as session:
        export(session, "partners", path, today=TODAY)
    text = path.read_text(encoding="utf-8")
    assert "verein@example.org" in text and "geheim@example.org" not in text
    assert "FN:Geheim" in text


def test_wrong_format_for_a_kind(db: Database, tmp_path: Path) -> None:
    with db.read() as session, pytest.raises(DomainError, match="Möglich: .xlsx, .csv"):
        export(session, "volunteers", tmp_path / "x.vcf")


def test_other_lists_export(demo_db: Database, tmp_path: Path) -> None:
    for kind, first_header in (
        ("projects", "Titel"),
        ("hours", "Datum"),
        ("meetings", "Titel"),
        ("contacts", "Organisation"),
    ):
        path = tmp_path / f"{kind}.xlsx"
        with demo_db.read() as session:
            count = export(session, kind, path, today=TODAY)
        sheet = load_workbook(path, read_only=True).active
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][0] == first_header
        assert len(rows) == count + 1 and count > 0


def test_selection_only(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.read() as session:
        ids = [p.id for p in PartnerService(session).list()][:3]
        names = {p.name for p in PartnerService(session).list(ids=ids)}
        export(session, "partners", tmp_path / "auswahl.csv", ids=ids, today=TODAY)
    table = read_table(tmp_path / "auswahl.csv")
    assert {row[0] for row in table.rows} == names


# --- vCard and iCalendar -------------------------------------------------------------------------


def test_text_escaping_and_folding() -> None:
    assert textformat.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne"
    line = "NOTE:" + "ä" * 100
    folded = textformat.fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert unfold(folded) == [line]


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_folding_and_escaping_round_trip(value: str) -> None:
    value = value.replace("\r", "")
    text = textformat.lines_to_text(["X-TEST:" + textformat.escape(value)])
    assert text.endswith("\r\n")
    for line in text.split("\r\n")[:-1]:
        assert len(line.encode("utf-8")) <= 75
    (content,) = [line for line in unfold(text) if line]
    assert unescape(content.removeprefix("X-TEST:")) == value


def test_vcard_of_partners_and_contacts(db: Database, tmp_path: Path) -> None:
    fill(db)
    path = tmp_path / "partner.vcf"
    with db.read() as session:
        assert export(session, "partners", path, today=TODAY) == 2
    raw = path.read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    lines = unfold(raw.decode("utf-8"))
    assert lines.count("BEGIN:VCARD") == 3  # two organisations, one contact person
    assert "FN:Caritasverband Süd\\; Tübingen\\, e.V." in lines
    assert "ORG:Caritasverband Süd\\; Tübingen\\, e.V." in lines
    assert "ADR;TYPE=work:;;Hauptstraße 5;Dresden;;01067;Deutschland" in lines
    assert "N:Yıldırım;Şükrü;;;" in lines
    assert "EMAIL;TYPE=work:sy@caritas.example" in lines
    assert "TITLE:Leitung" in lines
    assert all(len(line.encode()) <= 75 for line in raw.decode("utf-8").split("\r\n"))


def test_icalendar_of_meetings(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        MeetingService(session).create(
            MeetingData(
                title="Netzwerktreffen Herbst, mit Gästen; bitte anmelden",
                starts_at=datetime(2026, 12, 1, 18, 0),
                ends_at=datetime(2026, 12, 1, 20, 30),
                place="Rathaus, Großer Saal",
                agenda="1. Begrüßung\n2. Projekte " + "sehr lange Tagesordnung " * 5,
            )
        )
        MeetingService(session).create(
            MeetingData(
                title="Steuerungsgruppe",
                kind="Steuerungsgruppe",
                starts_at=datetime(2026, 7, 1, 9, 0),
            )
        )
    path = tmp_path / "termine.ics"
    with db.read() as session:
        assert export(session, "meetings", path) == 2
    raw = path.read_bytes().decode("utf-8")
    assert raw.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")
    assert raw.endswith("END:VCALENDAR\r\n")
    assert all(len(line.encode()) <= 75 for line in raw.split("\r\n"))
    lines = unfold(raw)
    assert lines.count("BEGIN:VEVENT") == 2
    assert "SUMMARY:Netzwerktreffen Herbst\\, mit Gästen\\; bitte anmelden" in lines
    assert "DTSTART;TZID=Europe/Berlin:20261201T180000" in lines
    assert "DTEND;TZID=Europe/Berlin:20261201T203000" in lines
    assert "LOCATION:Rathaus\\, Großer Saal" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert "\\n\\nTagesordnung:\\n1. Begrüßung\\n2. Projekte" in description
    assert "TZID:Europe/Berlin" in lines
    uids = [line for line in lines if line.startswith("UID:")]
    assert len(set(uids)) == 2
    assert sum(1 for line in lines if line.startswith("DTEND")) == 1


# --- e-mail addresses --------------------------------------------------------------------------


def test_addresses_for_mail_and_clipboard(db: Database) -> None:
    fill(db)
    with db.write() as session:
        PartnerService(session).create(PartnerData(name="Ohne Mail"))
    with db.read() as session:
        partner_ids = [p.id for p in PartnerService(session).list()]
        volunteer_ids = [v.id for v in VolunteerService(session).list()]
        found = addresses.addresses_of(session, "partners", partner_ids, TODAY)
        people = addresses.addresses_of(session, "volunteers", volunteer_ids, TODAY)
    assert found.emails == ["info@caritas.example"]
    assert sorted(found.without) == ["Ohne Mail", "Stadt Musterhausen"]
    assert people.emails == ["lan@example.org"]
    assert people.without == ["Łukasz Wróbel"]  # consent withdrawn
    assert people.mailto_url() == "mailto:?bcc=lan@example.org"
    both = addresses.Addresses(emails=["a@x.de", "b+c@y.de"])
    assert both.clipboard_text() == "a@x.de; b+c@y.de"
    assert both.mailto_url() == "mailto:?bcc=a@x.de,b+c@y.de"
    assert both.fits_mailto()
    many = addresses.Addresses(emails=[f"person{n}@example.org" for n in range(200)])
    assert not many.fits_mailto()


# --- arbitrary names survive the CSV round trip ------------------------------------------------

names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp", "Zs", "Co", "Cn")),
    min_size=1,
    max_size=30,
).filter(lambda s: s.strip() == s)


@pytest.fixture
def second_db(tmp_path: Path):  # type: ignore[no-untyped-def]
    database = open_database(tmp_path / "zweite.sqlite")
    yield database
    database.close()


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=names, last=names)
def test_arbitrary_unicode_names_survive_csv(
    db: Database, second_db: Database, tmp_path: Path, first: str, last: str
) -> None:
    for database in (db, second_db):
        with database.write() as session:
            session.query(Volunteer).delete()
    with db.write() as session:
        VolunteerService(session).create(
            VolunteerData(first_name=first, last_name=last, birth_year=1970), TODAY
        )
    path = tmp_path / "v.csv"
    with db.read() as session:
        export(session, "volunteers", path, today=TODAY)
    reimport(path, "volunteers", second_db)
    assert stored_volunteers(second_db) == stored_volunteers(db)


def test_a_failed_export_leaves_no_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(db)
    target = tmp_path / "partner.xlsx"
    target.write_bytes(b"old")

    def broken(*_args: object) -> None:
        raise PermissionError("locked")

    monkeypatch.setattr("nfg_desktop.files.os.replace", broken)
    with db.read() as session, pytest.raises(DomainError, match="noch in Excel geöffnet"):
        export(session, "partners", target, today=TODAY)
    assert target.read_bytes() == b"old"
    assert not [p.name for p in tmp_path.iterdir() if "teil" in p.name]
    with db.read() as session, pytest.raises(DomainError, match="gibt es nicht"):
        export(session, "partners", tmp_path / "fehlt" / "p.csv", today=TODAY)


def test_any_write_error_is_a_german_message(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A write-protected USB stick or a full disk once ended in a traceback instead of a message.
    fill(db)

    def read_only(*_args: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("nfg_desktop.files.os.replace", read_only)
    stick = tmp_path / "stick"
    stick.mkdir()
    for name in ("partner.xlsx", "partner.csv", "partner.vcf"):
        with db.read() as session, pytest.raises(DomainError, match="kann nicht geschrieben"):
            export(session, "partners", stick / name, today=TODAY)
    with db.read() as session, pytest.raises(DomainError) as raised:
        export(session, "partners", stick / "p.xlsx", today=TODAY)
    # German, though the system's own text is English (also on Windows)
    assert "Datenträger ist schreibgeschützt" in raised.value.message
    assert "Read-only" not in raised.value.message
    assert list(stick.iterdir()) == []


any_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n;,\\:"),
    min_size=1,
    max_size=120,
)


@settings(max_examples=60, deadline=None)
@given(title=any_text, place=any_text, name=any_text)
def test_vcard_and_icalendar_read_back_what_was_written(title: str, place: str, name: str) -> None:
    from nfg_desktop.io import ical, vcard
    from nfg_desktop.store.models import Meeting, Partner

    meeting = Meeting(
        id=7,
        title=title,
        kind="Netzwerktreffen",
        place=place,
        agenda="",
        starts_at=datetime(2026, 12, 1, 18, 0),
    )
    text = ical.meetings_ics([meeting])
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    lines = unfold(text)
    summary = next(line for line in lines if line.startswith("SUMMARY:"))
    location = next(line for line in lines if line.startswith("LOCATION:"))
    expected = title.replace("\r\n", "\n").replace("\r", "\n")
    assert unescape(summary.removeprefix("SUMMARY:")) == expected
    assert unescape(location.removeprefix("LOCATION:")) == place.replace("\r\n", "\n").replace(
        "\r", "\n"
    )
    partner = Partner(id=3, name=name, kind="Verein", contacts=[])
    card = unfold(vcard.partners_vcf([partner], TODAY))
    fn = next(line for line in card if line.startswith("FN:"))
    assert unescape(fn.removeprefix("FN:")) == name.replace("\r\n", "\n").replace("\r", "\n")
