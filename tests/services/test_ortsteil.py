"""The Ortsteil (village or district of the municipality), end to end below the window: stored by
the services, listed, exported and imported again, printed, disclosed, recorded in the history,
and added to files of an older version."""

from __future__ import annotations

import csv
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from nfg_desktop.domain.formatting import town_line
from nfg_desktop.io.exporting import export
from nfg_desktop.io.importing import execute, prepare
from nfg_desktop.io.mapping import auto_map
from nfg_desktop.io.readers import read_table
from nfg_desktop.reports import ReportOptions, render
from nfg_desktop.reports import disclosure as disclosure_report
from nfg_desktop.services import history
from nfg_desktop.services.disclosure import build_disclosure
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.services.rows import COLUMNS, load_rows
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database, open_database
from nfg_desktop.store.models import ChangeRecord, Partner, Volunteer
from tests.store.old_files import file_at_revision

TODAY = date(2026, 6, 1)


def _partner(db: Database, name: str = "Heimatverein", locality: str = "Altheim") -> int:
    with db.write() as session:
        data = PartnerData(
            name=name, street="Kirchweg 2", postal_code="72160", city="Horb am Neckar"
        )
        data.locality = locality
        return PartnerService(session).create(data).id


def _volunteer(db: Database, locality: str = "Talheim") -> int:
    with db.write() as session:
        data = VolunteerData(
            first_name="Erika",
            last_name="Muster",
            city="Horb am Neckar",
            consent_given_on=date(2026, 1, 1),
            consent_contact_data=True,
        )
        data.locality = locality
        return VolunteerService(session).create(data, today=TODAY).id


def test_services_store_and_clean_the_ortsteil(db: Database) -> None:
    partner_id = _partner(db, locality="  Altheim  ")
    volunteer_id = _volunteer(db)
    with db.read() as session:
        assert session.get(Partner, partner_id).locality == "Altheim"  # type: ignore[union-attr]
        assert session.get(Volunteer, volunteer_id).locality == "Talheim"  # type: ignore[union-attr]
        assert PartnerData.from_partner(PartnerService(session).get(partner_id)).locality == (
            "Altheim"
        )
        assert [p.id for p in PartnerService(session).list(search="altheim")] == [partner_id]


def test_an_overlong_ortsteil_is_refused_in_german(db: Database) -> None:
    from nfg_desktop.domain.errors import ValidationError

    with db.write() as session, pytest.raises(ValidationError) as caught:
        PartnerService(session).create(PartnerData(name="X", locality="x" * 201))
    assert caught.value.field_errors["locality"] == "Ortsteil: höchstens 200 Zeichen."


def test_the_lists_have_an_ortsteil_column_and_filter_value(db: Database) -> None:
    _partner(db)
    _volunteer(db)
    with db.read() as session:
        for kind, value in (("partner", "Altheim"), ("volunteer", "Talheim")):
            (row,) = load_rows(session, kind)
            assert row.cells[COLUMNS[kind].index("locality")] == value
            assert row.filters == (value,)
            assert value.lower() in row.search


def test_export_header_and_import_round_trip_with_every_synonym(
    db: Database, tmp_path: Path
) -> None:
    _partner(db)
    path = tmp_path / "partner.csv"
    with db.read() as session:
        export(session, "partners", path, today=TODAY)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    at = rows[0].index("Ortsteil")
    assert rows[0][at - 1] == "Ort" and rows[1][at] == "Altheim"

    for synonym in ("Ortsteil", "Teilort", "Stadtteil", "Ortschaft"):
        source = tmp_path / f"{synonym}.csv"
        source.write_text(f"Name;Ort;{synonym}\nVerein {synonym};Horb;Ihlingen\n", "utf-8")
        table = read_table(source)
        assert auto_map("partners", table.headers) == ["name", "city", "locality"]
        with db.write() as session:
            plan = prepare(session, "partners", table, auto_map("partners", table.headers), TODAY)
            execute(session, plan, TODAY)
        with db.read() as session:
            (found,) = PartnerService(session).list(search=f"Verein {synonym}")
            assert found.locality == "Ihlingen"

    # The exported file comes back with its Ortsteil (here into an empty file).
    other = open_database(tmp_path / "leer.sqlite")
    try:
        table = read_table(path)
        with other.write() as session:
            plan = prepare(session, "partners", table, auto_map("partners", table.headers), TODAY)
            execute(session, plan, TODAY)
        with other.read() as session:
            assert [p.locality for p in PartnerService(session).list()] == ["Altheim"]
    finally:
        other.close()


def test_volunteer_export_writes_the_ortsteil_only_with_consent(
    db: Database, tmp_path: Path
) -> None:
    volunteer_id = _volunteer(db)
    path = tmp_path / "ehrenamtliche.csv"
    with db.read() as session:
        export(session, "volunteers", path, today=TODAY)
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][rows[0].index("Ortsteil")] == "Talheim"
    with db.write() as session:
        VolunteerService(session).get(volunteer_id).consent_contact_data = False
    with db.read() as session:
        export(session, "volunteers", path, today=TODAY)
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[1][rows[0].index("Ortsteil")] == ""


def _pdf_text(data: bytes) -> str:
    import io

    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_partner_list_and_labels_print_the_ortsteil(db: Database) -> None:
    _partner(db)
    with db.read() as session:
        for kind in ("partner-list", "labels"):
            text = _pdf_text(render(kind, session, ReportOptions(today=TODAY)))
            assert "72160 Horb am Neckar (Altheim)" in text, kind


def test_town_line_names_the_ortsteil_once() -> None:
    assert town_line("72160", "Horb", "Altheim") == "72160 Horb (Altheim)"
    assert town_line("72160", "Horb", "Horb") == "72160 Horb"
    assert town_line("", "", "Altheim") == "Altheim"
    assert town_line("72160", "Horb") == "72160 Horb"


def test_the_auskunft_contains_the_ortsteil(db: Database, tmp_path: Path) -> None:
    volunteer_id = _volunteer(db)
    with db.read() as session:
        disclosure = build_disclosure(session, "volunteer", volunteer_id, today=TODAY)
    master = disclosure.sections[0]
    assert ("Ortsteil", "Talheim") in master.fields
    labels = [label for label, _value in master.fields]
    assert labels.index("Ortsteil") == labels.index("Ort") + 1
    pdf = disclosure_report.write(disclosure, tmp_path / "auskunft.pdf")
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Ortsteil" in text and "Talheim" in text


def test_the_history_records_the_ortsteil_with_its_german_label(db: Database) -> None:
    partner_id = _partner(db)
    with db.write() as session:
        data = PartnerData.from_partner(PartnerService(session).get(partner_id))
        data.locality = "Bildechingen"
        PartnerService(session).update(partner_id, data)
    with db.read() as session:
        changes: list[ChangeRecord] = history.history_of(session, "partner", partner_id)
        (change,) = [c for c in changes if c.action == "update" and c.field == "locality"]
        assert (change.old_value, change.new_value) == ("Altheim", "Bildechingen")
        assert history.field_label(change.field) == "Ortsteil"


def test_a_file_of_the_previous_version_keeps_its_data_and_gains_the_ortsteil(
    tmp_path: Path,
) -> None:
    path = tmp_path / "alt.sqlite"
    file_at_revision(path, "0003_network_settings")
    connection = sqlite3.connect(path)
    connection.execute(
        "INSERT INTO partner (id, name, kind, sector, street, postal_code, city, phone, email,"
        " website, status, notes) VALUES (7, 'Alter Verein', 'Verein', '', 'Weg 1', '72160',"
        " 'Horb', '', '', '', 'aktiv', 'seit jeher')"
    )
    connection.execute(
        "INSERT INTO volunteer (id, first_name, last_name, street, postal_code, city, phone,"
        " email, status, notes, consent_contact_data, consent_photos, consent_sharing,"
        " anonymised) VALUES (3, 'Otto', 'Alt', '', '', 'Horb', '', '', 'aktiv', '', 0, 0, 0, 0)"
    )
    connection.commit()
    connection.close()
    database = open_database(path)
    try:
        assert database.migration_backup is not None and database.migration_backup.exists()
        with database.write() as session:
            partner = PartnerService(session).get(7)
            assert (partner.name, partner.city, partner.notes, partner.locality) == (
                "Alter Verein",
                "Horb",
                "seit jeher",
                "",
            )
            data = PartnerData.from_partner(partner)
            data.locality = "Altheim"
            PartnerService(session).update(7, data)
            assert VolunteerService(session).get(3).locality == ""
        with database.read() as session:
            assert PartnerService(session).get(7).locality == "Altheim"
    finally:
        database.close()


def test_anonymising_a_volunteer_removes_the_ortsteil(db: Database) -> None:
    from nfg_desktop.services import privacy

    volunteer_id = _volunteer(db)
    privacy.erase_and_wipe(db, "volunteer", volunteer_id, True)
    with db.read() as session:
        volunteer = session.get(Volunteer, volunteer_id)
        assert volunteer is not None and volunteer.anonymised
        assert (volunteer.city, volunteer.locality) == ("", "")
