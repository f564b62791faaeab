"""Import: the same service rules, duplicates within the file and against the database,
duplicate policies, all-or-nothing, and the summary with its error list."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.io import importing
from nfg_desktop.io.importing import Action, RowStatus, dry_run_summary, execute, prepare
from nfg_desktop.io.mapping import auto_map
from nfg_desktop.io.readers import read_table
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import Partner, Volunteer
from tests.io import samples

TODAY = date(2026, 11, 25)


def plan_for(db: Database, kind: str, path: Path, action: Action = Action.SKIP, sheet=None):  # type: ignore[no-untyped-def]
    table = read_table(path, sheet)
    with db.read() as session:
        return prepare(session, kind, table, auto_map(kind, table.headers), TODAY, action)


def import_file(db: Database, kind: str, path: Path, action: Action = Action.SKIP, sheet=None):  # type: ignore[no-untyped-def]
    table = read_table(path, sheet)
    with db.write() as session:
        plan = prepare(session, kind, table, auto_map(kind, table.headers), TODAY, action)
        return execute(session, plan, TODAY)


def partners(db: Database) -> dict[str, PartnerData]:
    """Stored partners as plain data (sessions expire their objects when they close)."""
    with db.read() as session:
        return {p.name: PartnerData.from_partner(p) for p in PartnerService(session).list()}


def test_preview_classifies_every_row_with_a_german_reason(db: Database, tmp_path: Path) -> None:
    plan = plan_for(db, "partners", samples.partners_cp1252_csv(tmp_path / "p.csv"))
    by_number = {row.number: row for row in plan.rows}
    assert plan.status_of(by_number[2]) == RowStatus.NEW
    assert plan.status_of(by_number[3]) == RowStatus.INVALID
    assert plan.reason_of(by_number[3]) == "Name: Bitte ausfüllen."
    assert "„tsv@@example“ ist keine gültige E-Mail-Adresse" in plan.reason_of(by_number[4])
    assert "„31.02.2025“ ist kein gültiges Datum" in plan.reason_of(by_number[5])
    assert plan.status_of(by_number[6]) == RowStatus.DUPLICATE
    assert plan.reason_of(by_number[6]) == "gleicher Name und Ort wie Zeile 2; wird übersprungen"
    assert plan.status_of(by_number[7]) == RowStatus.DUPLICATE
    assert "gleiche E-Mail-Adresse wie Zeile 2" in plan.reason_of(by_number[7])
    assert plan.counts()[RowStatus.INVALID] == 3
    assert partners(db) == {}  # the preview writes nothing


def test_import_stores_valid_rows_with_cleaned_values(db: Database, tmp_path: Path) -> None:
    summary = import_file(db, "partners", samples.partners_cp1252_csv(tmp_path / "p.csv"))
    assert (summary.created, summary.updated, summary.skipped, summary.invalid) == (1, 0, 2, 3)
    caritas = partners(db)["Caritasverband Süd"]
    assert caritas.phone == "07071 12345"
    assert caritas.partner_since == date(2025, 12, 31)
    assert caritas.notes == "zwei Zeilen\nzweite Zeile"
    assert [(c.first_name, c.last_name, c.is_primary) for c in caritas.contacts or []] == [
        ("Jördis", "Weiß", True)
    ]


def test_xlsx_date_cells_and_postal_codes_get_their_zero_back(db: Database, tmp_path: Path) -> None:
    path = samples.partners_xlsx(tmp_path / "p.xlsx")
    summary = import_file(db, "partners", path)
    assert (summary.created, summary.skipped, summary.invalid) == (2, 1, 2)
    broken = next(line for line in summary.lines if line.name == "Bürgerverein")
    assert broken.number == 8
    assert "„31.02.2024“ ist kein gültiges Datum" in broken.reason
    assert "„x@“ ist keine gültige E-Mail-Adresse" in broken.reason
    stored = partners(db)
    mgh = stored["Mehrgenerationenhaus Dresden"]
    assert mgh.postal_code == "01067"
    assert mgh.phone == "03514567"
    assert mgh.agreement_on == date(2024, 3, 1)
    assert mgh.kind == "Mehrgenerationenhaus/Familienzentrum"
    assert stored["Seniorenzentrum Abendrot"].agreement_on == date(2023, 6, 15)


def test_volunteers_from_utf8_csv(db: Database, tmp_path: Path) -> None:
    path = samples.volunteers_utf8_bom_csv(tmp_path / "v.csv")
    plan = plan_for(db, "volunteers", path)
    statuses = [plan.status_of(row) for row in plan.rows]
    assert statuses == [RowStatus.NEW, RowStatus.INVALID, RowStatus.NEW, RowStatus.DUPLICATE]
    assert "Geburtsjahr: muss zwischen 1900 und 2026 liegen." in plan.reason_of(plan.rows[1])
    assert "gleicher Name und gleiches Geburtsjahr wie Zeile 2" in plan.reason_of(plan.rows[3])
    import_file(db, "volunteers", path)
    with db.read() as session:
        people = {v.last_name: v for v in VolunteerService(session).list()}
        sukru = people["Yıldırım"]
        assert (sukru.first_name, sukru.birth_year, sukru.postal_code) == ("Şükrü", 1956, "01067")
        assert sukru.tag_values("Sprache") == ["Deutsch", "Türkisch"]
        assert sukru.notes == "kann donnerstags\nund freitags"
        assert people["Lan"].first_name == "Nguyễn Thị"


def test_birth_date_keeps_only_the_year(db: Database, tmp_path: Path) -> None:
    path = samples.partners_xlsx(tmp_path / "p.xlsx")
    import_file(db, "volunteers", path, sheet="Ehrenamt")
    with db.read() as session:
        (anna,) = VolunteerService(session).list()
        assert (anna.first_name, anna.last_name, anna.birth_year) == ("Anna", "Schmidt", 1961)


def _store_caritas(db: Database) -> int:
    with db.write() as session:
        partner = PartnerService(session).create(
            PartnerData(
                name="Caritasverband Süd",
                kind="Wohlfahrtsverband",
                city="Tübingen",
                phone="07071 999",
                contacts=[ContactData(last_name="Weiß", first_name="Jördis")],
            )
        )
        return partner.id


def test_duplicates_against_the_database(db: Database, tmp_path: Path) -> None:
    stored_id = _store_caritas(db)
    plan = plan_for(db, "partners", samples.partners_cp1252_csv(tmp_path / "p.csv"))
    first = plan.rows[0]
    assert first.match is not None and first.match.stored_id == stored_id
    assert plan.reason_of(first) == (
        "gleicher Name und Ort wie dem gespeicherten Partner „Caritasverband Süd“; "
        "wird übersprungen"
    )
    # the later duplicates of that row point at the stored partner as well
    assert plan.rows[4].match is not None and plan.rows[4].match.stored_id == stored_id


def test_policy_update_fills_only_empty_fields(db: Database, tmp_path: Path) -> None:
    _store_caritas(db)
    summary = import_file(
        db, "partners", samples.partners_cp1252_csv(tmp_path / "p.csv"), Action.UPDATE
    )
    assert (summary.created, summary.updated) == (0, 3)
    caritas = partners(db)["Caritasverband Süd"]
    assert caritas.phone == "07071 999"  # kept
    assert caritas.street == "Hauptstraße 5"  # filled
    assert caritas.email == "info@caritas-sued.example"
    names = sorted(f"{c.first_name} {c.last_name}" for c in caritas.contacts or [])
    assert names == ["Hans Groß", "Jördis Weiß"]  # the second contact person was added
    assert len(partners(db)) == 1


def test_policy_overwrite_replaces_with_the_files_values(db: Database, tmp_path: Path) -> None:
    _store_caritas(db)
    path = tmp_path / "p.csv"
    path.write_text("Name;Ort;Telefon;Art;Webseite\nCaritasverband Süd;Tübingen;07071 12345;;\n")
    summary = import_file(db, "partners", path, Action.OVERWRITE)
    assert summary.updated == 1
    caritas = partners(db)["Caritasverband Süd"]
    assert caritas.phone == "07071 12345"
    assert caritas.kind == "Wohlfahrtsverband"  # an empty cell never erases a stored value


def test_policy_create_anyway(db: Database, tmp_path: Path) -> None:
    _store_caritas(db)
    summary = import_file(
        db, "partners", samples.partners_cp1252_csv(tmp_path / "p.csv"), Action.CREATE
    )
    assert summary.created == 3
    with db.read() as session:
        assert session.query(Partner).count() == 4


def test_per_row_choice_overrides_the_default(db: Database, tmp_path: Path) -> None:
    _store_caritas(db)
    table = read_table(samples.partners_cp1252_csv(tmp_path / "p.csv"))
    with db.write() as session:
        plan = prepare(session, "partners", table, auto_map("partners", table.headers), TODAY)
        plan.rows[0].action = Action.OVERWRITE
        assert plan.status_of(plan.rows[0]) == RowStatus.UPDATE
        assert plan.status_of(plan.rows[4]) == RowStatus.DUPLICATE
        summary = execute(session, plan, TODAY)
    assert (summary.updated, summary.skipped) == (1, 2)
    assert partners(db)["Caritasverband Süd"].phone == "07071 12345"


def test_all_or_nothing(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure after some records were already written (flushed) leaves nothing behind."""
    _store_caritas(db)
    path = samples.partners_cp1252_csv(tmp_path / "p.csv")
    original = PartnerService.update

    def failing_update(self: PartnerService, partner_id: int, data: PartnerData) -> Partner:
        assert self.session.query(Partner).count() > 1  # new rows are already in the session
        original(self, partner_id, data)
        raise DomainError("Festplatte voll")

    monkeypatch.setattr(PartnerService, "update", failing_update)
    table = read_table(path)
    with pytest.raises(DomainError), db.write() as session:
        plan = prepare(session, "partners", table, auto_map("partners", table.headers), TODAY)
        plan.rows[4].action = Action.CREATE  # a new partner, written before the update
        plan.rows[5].action = Action.UPDATE  # the last row updates the stored partner
        execute(session, plan, TODAY)
    assert set(partners(db)) == {"Caritasverband Süd"}
    assert partners(db)["Caritasverband Süd"].street == ""


def test_dry_run_summary_and_error_list(db: Database, tmp_path: Path) -> None:
    plan = plan_for(db, "partners", samples.partners_cp1252_csv(tmp_path / "p.csv"))
    summary = dry_run_summary(plan)
    assert not summary.stored
    assert summary.text().startswith(
        "Probelauf Netzwerkpartner – nichts gespeichert: 1 würden angelegt, 0 aktualisiert, "
        "2 übersprungen; 3 ungültig."
    )
    target = tmp_path / "fehler.csv"
    summary.write_error_csv(target)
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Zeile", "Status", "Grund", "Name"]
    assert rows[1][:3] == ["3", "ungültig", "Name: Bitte ausfüllen."]
    assert rows[1][3:6] == ["", "Verein", "Ringstr. 1"]  # the original cells, to correct them
    assert [row[0] for row in rows[1:]] == ["3", "4", "5", "6", "7"]


def test_duplicate_detection_uses_keys_not_pairs(db: Database) -> None:
    with db.write() as session:
        for number in range(300):
            session.add(Partner(name=f"Verein {number}", city="Ulm", email=f"v{number}@ex.de"))
    from nfg_desktop.io.readers import Table

    rows: list[list[object]] = [[f"verein {n}", "ULM", ""] for n in range(0, 600, 2)]
    rows += [["Neu", "Ulm", "v7@ex.de"]]
    table = Table(["Name", "Ort", "E-Mail"], rows, list(range(2, len(rows) + 2)))  # type: ignore[arg-type]
    with db.read() as session:
        plan = prepare(session, "partners", table, ["name", "city", "email"], TODAY)
    counts = plan.counts()
    assert counts[RowStatus.DUPLICATE] == 151  # 150 by name and place, one by e-mail
    assert counts[RowStatus.NEW] == 150


def test_volunteer_update_keeps_stored_values(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        VolunteerService(session).create(
            VolunteerData(
                first_name="Şükrü", last_name="Yıldırım", birth_year=1956, phone="0351 1"
            ),
            TODAY,
        )
    path = samples.volunteers_utf8_bom_csv(tmp_path / "v.csv")
    summary = import_file(db, "volunteers", path, Action.UPDATE)
    assert (summary.created, summary.updated, summary.invalid) == (1, 2, 1)
    with db.read() as session:
        stored = {v.last_name: (v.phone, v.email) for v in session.query(Volunteer)}
    assert stored["Yıldırım"] == ("0351 1", "sy@example.org")


def test_row_without_mapped_values_is_invalid(db: Database) -> None:
    from nfg_desktop.io.readers import Table

    table = Table(["Name", "Sonstwas"], [["", "x"]], [2])
    with db.read() as session:
        plan = prepare(session, "partners", table, ["name", ""], TODAY)
    assert plan.reason_of(plan.rows[0]) == "Zeile enthält keine zugeordneten Werte."


def test_summary_line_text(db: Database, tmp_path: Path) -> None:
    summary = import_file(db, "partners", samples.partners_cp1252_csv(tmp_path / "p.csv"))
    text = summary.text()
    assert text.splitlines()[0] == (
        "Import Netzwerkpartner: 1 angelegt, 0 aktualisiert, 2 übersprungen, 3 ungültig."
    )
    assert (
        "  Zeile 6 „caritasverband süd“: übersprungen – gleicher Name und Ort wie Zeile 2" in text
    )
    assert importing.STATUS_LABELS[RowStatus.UPDATE] == "Aktualisierung"


def test_a_plan_is_current_until_the_stored_records_change(db: Database, tmp_path: Path) -> None:
    path = samples.partners_cp1252_csv(tmp_path / "p.csv")
    plan = plan_for(db, "partners", path)
    with db.read() as session:
        assert importing.is_current(session, plan, TODAY)
        assert not importing.is_current(session, plan, date(2026, 11, 26))
    with db.write() as session:
        PartnerService(session).create(PartnerData(name="Anderer Verein", city="Ulm"))
    with db.read() as session:
        assert not importing.is_current(session, plan, TODAY)
        assert importing.is_current(session, plan_for(db, "partners", path), TODAY)


def test_duplicates_fold_umlaut_spellings_and_legal_forms(db: Database) -> None:
    from nfg_desktop.io.readers import Table

    with db.write() as session:
        session.add(Partner(name="Familienzentrum Sonnenschein", city="Müllheim"))
        session.add(Volunteer(first_name="Jürgen", last_name="Müller", birth_year=1960))
    partner_rows: list[list[object]] = [
        ["Familienzentrum Sonnenschein e. V.", "Muellheim"],
        ["Familienzentrum Sonnenschein gGmbH", "MÜLLHEIM"],
        ["Familienzentrum Sonne", "Müllheim"],
    ]
    table = Table(["Name", "Ort"], partner_rows, [2, 3, 4])  # type: ignore[arg-type]
    person_rows: list[list[object]] = [["Juergen", "Mueller", 1960], ["Jürgen", "Müller", 1961]]
    people = Table(["Vorname", "Nachname", "Geburtsjahr"], person_rows, [2, 3])  # type: ignore[arg-type]
    with db.read() as session:
        plan = prepare(session, "partners", table, ["name", "city"], TODAY)
        persons = prepare(session, "volunteers", people, ["first_name", "last_name", "birth_year"])
    assert [plan.status_of(row) for row in plan.rows] == [
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
    ]
    assert [persons.status_of(row) for row in persons.rows] == [RowStatus.DUPLICATE, RowStatus.NEW]
