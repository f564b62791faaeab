"""`settings`: show and change the network's name, municipality, sender, logo, coordinators."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from nfg_desktop.services.network import NetworkService
from nfg_desktop.store.database import open_database
from nfg_desktop.store.models import ChangeRecord
from tests.cli.conftest import CliRunner


def png(width: int = 120, height: int = 40) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (width, height), (30, 110, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def empty_file(tmp_path: Path) -> Path:
    path = tmp_path / "netz.sqlite"
    open_database(path).close()
    return path


def test_settings_prints_the_defaults_of_a_new_file(cli: CliRunner, tmp_path: Path) -> None:
    path = empty_file(tmp_path)
    result = cli("--db", str(path), "settings")
    assert result.returncode == 0, result.stderr
    assert "Name: Netzwerk für Generationen" in result.stdout
    assert "Kommune: –" in result.stdout
    assert "Koordination: –" in result.stdout


def test_settings_sets_every_field_and_the_history_records_it(
    cli: CliRunner, tmp_path: Path
) -> None:
    path = empty_file(tmp_path)
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    result = cli(
        "--db", str(path), "settings",
        "--name", "Runder Tisch der Generationen Au",
        "--form", "Runder Tisch",
        "--municipality", "Au am Rhein",
        "--district", "Rastatt",
        "--population", "3.412",
        "--program-start", "01.04.2024",
        "--ortsteile", "Au; Neuburgweier;Au",
        "--sender-address", "Gemeinde Au am Rhein;Hauptstraße 1;76474 Au am Rhein",
        "--sender-phone", "07245 9160",
        "--logo", str(logo),
        "--coordinator1-name", "Anna Berg",
        "--coordinator1-function", "Netzwerkkoordinatorin",
        "--coordinator1-department", "Fachbereich Familie",
        "--coordinator1-organisation", "Gemeinde Au am Rhein",
        "--coordinator1-phone", "07245 916-12",
        "--coordinator1-email", "a.berg@au.example",
        "--coordinator2-name", "Şükrü Yıldırım",
        "--coordinator2-organisation", "Familienzentrum Au",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Netzwerk-Einstellungen gespeichert." in result.stdout
    assert "Koordination 2: Şükrü Yıldırım (Familienzentrum Au)" in result.stdout
    database = open_database(path)
    try:
        with database.read() as session:
            data = NetworkService(session).data()
            entities = set(session.scalars(select(ChangeRecord.entity)).all())
            logo_change = session.scalar(
                select(ChangeRecord.new_value).where(ChangeRecord.field == "logo")
            )
    finally:
        database.close()
    assert data.name == "Runder Tisch der Generationen Au"
    assert (data.municipality, data.district, data.population) == ("Au am Rhein", "Rastatt", 3412)
    assert data.program_start == date(2024, 4, 1)
    assert data.localities == ["Au", "Neuburgweier"]
    assert data.sender_address == "Gemeinde Au am Rhein\nHauptstraße 1\n76474 Au am Rhein"
    assert data.sender_phone == "07245 9160"
    assert data.logo == logo.read_bytes()
    first, second = data.coordinators
    assert (first.name, first.function, first.email) == (
        "Anna Berg",
        "Netzwerkkoordinatorin",
        "a.berg@au.example",
    )
    assert second.name == "Şükrü Yıldırım"
    assert {"network", "coordinator"} <= entities
    assert logo_change is not None and logo_change.startswith("Bild (")  # not the bytes

    # Only what is named changes; --no-logo and --no-coordinator2 remove.
    again = cli("--db", str(path), "settings", "--no-logo", "--no-coordinator2", "--district", "")
    assert again.returncode == 0, again.stderr
    shown = cli("--db", str(path), "settings").stdout
    assert "Name: Runder Tisch der Generationen Au" in shown
    assert "Landkreis: –" in shown and "Logo: –" in shown
    assert "Koordination 1: Anna Berg" in shown and "Koordination 2" not in shown


def test_the_printouts_name_the_network_and_show_its_logo(cli: CliRunner, tmp_path: Path) -> None:
    path = empty_file(tmp_path)
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    named = cli("--db", str(path), "settings", "--name", "Bürgernetz Öhringen", "--logo", str(logo))
    assert named.returncode == 0, named.stderr
    pdf = tmp_path / "liste.pdf"
    assert cli("--db", str(path), "report", "partner-list", "-o", str(pdf)).returncode == 0
    page = PdfReader(pdf).pages[0]
    assert "Bürgernetz Öhringen" in page.extract_text()
    assert len(page.images) == 1


def test_wrong_values_are_refused_in_german_and_nothing_is_stored(
    cli: CliRunner, tmp_path: Path
) -> None:
    path = empty_file(tmp_path)
    result = cli(
        "--db", str(path), "settings",
        "--name", "Neu",
        "--coordinator1-email", "kaputt",
        "--sender-phone", "x",
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1
    assert "Koordination 1, Name: Bitte ausfüllen." in result.stderr
    assert "„kaputt“ ist keine gültige E-Mail-Adresse" in result.stderr
    assert "Absender-Telefon" in result.stderr
    assert "Traceback" not in result.stderr
    assert "Name: Netzwerk für Generationen" in cli("--db", str(path), "settings").stdout

    text = tmp_path / "logo.png"
    text.write_text("kein Bild", encoding="utf-8")
    refused = cli("--db", str(path), "settings", "--logo", str(text))
    assert refused.returncode == 1
    assert "kein lesbares Bild" in refused.stderr
    missing = cli("--db", str(path), "settings", "--logo", str(tmp_path / "fehlt.png"))
    assert missing.returncode == 1 and "gibt es nicht" in missing.stderr
    date_error = cli("--db", str(path), "settings", "--program-start", "31.02.2025")
    assert date_error.returncode == 1 and "Programmstart" in date_error.stderr
    usage = cli("--db", str(path), "settings", "--logo", str(text), "--no-logo")
    assert usage.returncode == 2
