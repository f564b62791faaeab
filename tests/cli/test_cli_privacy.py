"""`disclose volunteer|contact ID -o FILE` and `erase volunteer|contact ID [--anonymise]`."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from nfg_desktop.store.database import open_database
from tests.cli.conftest import CliRunner
from tests.services.privacy_helpers import (
    SECRET_EMAIL,
    SECRET_NAME,
    add_leavers_with_clearance,
    add_person,
    file_bytes,
)


@pytest.fixture
def person_db(cli: CliRunner, tmp_path: Path) -> tuple[Path, int, int]:
    path = tmp_path / "netz.sqlite"
    assert cli("--db", str(path), "demo").returncode == 0
    database = open_database(path)
    try:
        person = add_person(database)
    finally:
        database.close()
    return path, person.volunteer_id, person.contact_id


def test_disclose_volunteer_as_json_and_pdf(
    cli: CliRunner, person_db: tuple[Path, int, int], tmp_path: Path
) -> None:
    path, volunteer_id, _contact_id = person_db
    target = tmp_path / "auskunft.json"
    result = cli("--db", str(path), "disclose", "volunteer", str(volunteer_id), "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert SECRET_NAME in result.stdout
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["Stammdaten"]["E-Mail"] == SECRET_EMAIL
    assert document["Änderungsverlauf"]
    pdf = tmp_path / "auskunft.pdf"
    result = cli("--db", str(path), "disclose", "volunteer", str(volunteer_id), "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert SECRET_NAME in text and SECRET_EMAIL in text


def test_disclose_warns_about_characters_no_font_has(cli: CliRunner, tmp_path: Path) -> None:
    from nfg_desktop.services.volunteers import VolunteerData, VolunteerService

    path = tmp_path / "netz.sqlite"
    database = open_database(path)
    with database.write() as session:
        volunteer_id = (
            VolunteerService(session)
            .create(
                VolunteerData(first_name="مریم", last_name="رضایی", notes="Privat\ue000zeichen")
            )
            .id
        )
    database.close()
    pdf = tmp_path / "auskunft.pdf"
    result = cli("--db", str(path), "disclose", "volunteer", str(volunteer_id), "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Warnung: ") and "U+E000" in lines[0]
    assert pdf.exists()


def test_disclose_contact(cli: CliRunner, person_db: tuple[Path, int, int], tmp_path: Path) -> None:
    path, _volunteer_id, contact_id = person_db
    target = tmp_path / "kontakt.json"
    result = cli("--db", str(path), "disclose", "contact", str(contact_id), "--output", str(target))
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["Stammdaten"]["Nachname"] == (
        "Wendeltreppe"
    )


def test_disclose_errors_are_german(
    cli: CliRunner, person_db: tuple[Path, int, int], tmp_path: Path
) -> None:
    path, volunteer_id, _ = person_db
    wrong = cli("--db", str(path), "disclose", "volunteer", str(volunteer_id), "-o", "a.txt")
    assert wrong.returncode == 1
    assert wrong.stderr.startswith("Fehler: ") and ".pdf oder .json" in wrong.stderr
    assert not (tmp_path / "a.txt").exists()
    missing = cli("--db", str(path), "disclose", "volunteer", "9999", "-o", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1
    assert "Fehler: Eine/n Ehrenamtliche/n mit der Nummer 9999 gibt es nicht." in missing.stderr
    usage = cli("--db", str(path), "disclose", "partner", "1", "-o", "x.pdf")
    assert usage.returncode == 2
    assert "ungültige Auswahl" in usage.stderr
    no_output = cli("--db", str(path), "disclose", "volunteer", "1")
    assert no_output.returncode == 2


def test_erase_volunteer_leaves_no_trace(cli: CliRunner, person_db: tuple[Path, int, int]) -> None:
    path, volunteer_id, _ = person_db
    assert SECRET_EMAIL.encode() in file_bytes(path)
    result = cli("--db", str(path), "erase", "volunteer", str(volunteer_id))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"„{SECRET_NAME}“ wurde gelöscht."
    raw = file_bytes(path)
    assert SECRET_NAME.encode() not in raw and SECRET_EMAIL.encode() not in raw
    listed = cli("--db", str(path), "list", "volunteers").stdout
    assert SECRET_NAME not in listed
    again = cli("--db", str(path), "erase", "volunteer", str(volunteer_id))
    assert again.returncode == 1 and "gibt es nicht" in again.stderr


def test_erase_anonymise(cli: CliRunner, person_db: tuple[Path, int, int]) -> None:
    path, volunteer_id, contact_id = person_db
    result = cli("--db", str(path), "erase", "volunteer", str(volunteer_id), "--anonymise")
    assert result.returncode == 0, result.stderr
    assert f"Anonymisiert Nr. {volunteer_id}" in result.stdout
    listed = cli("--db", str(path), "list", "volunteers").stdout.splitlines()
    assert f"{volunteer_id}\tAnonymisiert Nr. {volunteer_id}" in listed
    assert SECRET_NAME.encode() not in file_bytes(path)
    contact = cli("--db", str(path), "erase", "contact", str(contact_id), "--anonymise")
    assert contact.returncode == 0, contact.stderr
    assert b"Wendeltreppe" not in file_bytes(path)


def test_help_mentions_the_commands(cli: CliRunner) -> None:
    result = cli("--help")
    assert "disclose" in result.stdout and "erase" in result.stdout
    erase_help = cli("erase", "--help").stdout
    assert "--anonymise" in erase_help and "Nicht rückgängig" in erase_help


def test_cli_start_deletes_due_clearances_and_logs_it(
    cli: CliRunner, tmp_path: Path, nfg_home: Path
) -> None:
    path = tmp_path / "netz.sqlite"
    assert cli("--db", str(path), "demo").returncode == 0
    # The demo creates no records that are due (issue 16): three leavers of March have some.
    database = open_database(path)
    try:
        add_leavers_with_clearance(database, 3)
    finally:
        database.close()
    log_file = nfg_home / "logs" / "nfg-desktop.log"

    def due() -> int:
        with sqlite3.connect(path) as connection:
            return int(
                connection.execute(
                    "SELECT count(*) FROM police_clearance JOIN volunteer v "
                    "ON v.id = volunteer_id WHERE v.left_on <= '2026-08-25'"
                ).fetchone()[0]
            )

    assert due() > 0
    check = cli("--db", str(path), "check")  # read-only: changes nothing
    assert check.returncode == 0 and due() > 0
    listed = cli("--db", str(path), "list", "volunteers")
    assert listed.returncode == 0 and listed.stderr == ""
    assert len(listed.stdout.splitlines()) == 123
    assert due() > 0  # reading commands never write (issue 15, item 5) ...
    source = tmp_path / "partner.csv"
    source.write_text("Name;Ort\nTafel Musterhausen;Musterhausen\n", encoding="utf-8")
    imported = cli("--db", str(path), "import", "partners", str(source))
    assert imported.returncode == 0, imported.stderr
    assert due() == 0  # ... the first command that writes deletes them
    logged = log_file.read_text(encoding="utf-8")
    assert "Führungszeugnis-Einträge gelöscht" in logged and "Ehrenamtliche/r Nr. " in logged
