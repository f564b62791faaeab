"""`nfg-desktop import ...` and `nfg-desktop export ...` as the issue writes them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from nfg_desktop.__main__ import main
from nfg_desktop.store.database import open_database
from nfg_desktop.store.models import Partner, Volunteer
from tests.cli.conftest import CliRunner
from tests.io import samples


def count(db_path: Path, model: type) -> int:  # type: ignore[type-arg]
    database = open_database(db_path)
    try:
        with database.read() as session:
            return int(session.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        database.close()


def test_invalid_rows_store_nothing_and_exit_1(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = samples.partners_cp1252_csv(tmp_path / "partner.csv")
    assert main(["--db", str(db_path), "import", "partners", str(path)]) == 1
    out, err = capsys.readouterr()
    assert "Gelesen: CSV, Semikolon, Windows-1252; automatische Zuordnung" in out
    assert "  Ansprechpartner → Ansprechperson Name" in out
    assert "  Zeile 3: ungültig – Name: Bitte ausfüllen." in out
    # why nothing was stored is an error: on stderr, apart from the row-by-row report
    assert "Nichts gespeichert: 3 ungültige Zeilen" in err
    assert "Nichts gespeichert" not in out
    assert count(db_path, Partner) == 0


def test_skip_invalid_stores_the_rest(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = samples.partners_cp1252_csv(tmp_path / "partner.csv")
    assert main(["--db", str(db_path), "import", "partners", str(path), "--skip-invalid"]) == 0
    assert "Import Netzwerkpartner: 1 angelegt, 0 aktualisiert, 2 übersprungen, 3 ungültig." in (
        capsys.readouterr().out
    )
    assert count(db_path, Partner) == 1
    # again, with update: the stored partner is found and completed, nothing new
    args = ["--db", str(db_path), "import", "partners", str(path), "--skip-invalid"]
    assert main([*args, "--on-duplicate", "update"]) == 0
    assert "0 angelegt, 3 aktualisiert" in capsys.readouterr().out
    assert main([*args, "--on-duplicate", "create"]) == 0
    assert count(db_path, Partner) == 4


def test_dry_run_stores_nothing(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = samples.partners_xlsx(tmp_path / "liste.xlsx")
    args = ["--db", str(db_path), "import", "volunteers", str(path), "--sheet", "Ehrenamt"]
    assert main([*args, "--dry-run"]) == 0
    assert "Probelauf Ehrenamtliche – nichts gespeichert: 1 würden angelegt" in (
        capsys.readouterr().out
    )
    assert count(db_path, Volunteer) == 0
    assert main(args) == 0
    assert count(db_path, Volunteer) == 1


def test_unknown_sheet_is_a_german_error(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = samples.partners_xlsx(tmp_path / "liste.xlsx")
    assert main(["--db", str(db_path), "import", "partners", str(path), "--sheet", "X"]) == 1
    assert "Fehler: Das Tabellenblatt „X“ gibt es nicht." in capsys.readouterr().err


def test_export_every_list(
    demo_db: object, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for kind in ("partners", "contacts", "volunteers", "projects", "hours", "meetings"):
        for suffix in (".xlsx", ".csv"):
            target = tmp_path / f"{kind}{suffix}"
            assert main(["--db", str(db_path), "export", kind, str(target)]) == 0
            assert target.stat().st_size > 100
    assert "120 Ehrenamtliche gespeichert in" in capsys.readouterr().out
    assert main(["--db", str(db_path), "export", "meetings", str(tmp_path / "t.ics")]) == 0
    assert main(["--db", str(db_path), "export", "contacts", str(tmp_path / "k.vcf")]) == 0
    assert (tmp_path / "t.ics").read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert main(["--db", str(db_path), "export", "hours", str(tmp_path / "h.ics")]) == 1
    assert capsys.readouterr().err.startswith(
        "Fehler: Stunden können nicht als „.ics“ exportiert werden."
    )
    with pytest.raises(SystemExit) as usage:
        main(["--db", str(db_path), "export", "trainings", str(tmp_path / "t.csv")])
    assert usage.value.code == 2


def test_import_through_the_console_script(
    demo_db: object, db_path: Path, tmp_path: Path, cli: CliRunner
) -> None:
    path = tmp_path / "volunteers.xlsx"
    assert main(["--db", str(db_path), "export", "volunteers", str(path)]) == 0
    target = tmp_path / "neu.sqlite"
    result = cli("--db", str(target), "import", "volunteers", str(path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Import Ehrenamtliche: 120 angelegt" in result.stdout
    assert count(target, Volunteer) == 120


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "ohne-ueberschrift.csv",
            b"Treff Ulm;Verein;89073;Ulm\r\nKita Sonne;Kita;89075;Ulm\r\n",
            "Fehler: Zeile 1 enthält keine Überschriften, sondern Daten („89073“).",
        ),
        (
            "anfuehrung.csv",
            b'Name;Ort\r\n"Verein A;Ulm\r\nVerein B;Ulm\r\n',
            "Fehler: Ein Anführungszeichen ab Zeile 2 der Datei wird bis zum Ende der Datei "
            "nicht geschlossen",
        ),
        ("zip.csv", b"PK\x03\x04 kein Archiv", "Fehler: „zip.csv“ ist keine lesbare Excel-Datei"),
        ("programm.csv", b"MZ\x90\x00\x03\x00" * 100, "Fehler: „programm.csv“ ist keine Textdatei"),
    ],
)
def test_hostile_files_are_one_german_line_on_stderr(
    tmp_path: Path,
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert main(["--db", str(db_path), "import", "partners", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(message), err
    assert len(err.strip().splitlines()) == 1
    assert count(db_path, Partner) == 0


def test_a_workbook_with_a_dtd_is_refused_on_the_command_line(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.io import hostile

    path = hostile.dtd_xlsx(tmp_path / "dtd.xlsx")
    assert main(["--db", str(db_path), "import", "partners", str(path)]) == 1
    assert "enthält eine Dokumenttyp-Definition (DTD)" in capsys.readouterr().err


def test_utf16_without_bom_is_stored_right(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "ehrenamt.csv"
    path.write_bytes("Vorname;Nachname\r\nŁukasz;Wróbel\r\n".encode("utf-16-le"))
    assert main(["--db", str(db_path), "import", "volunteers", str(path)]) == 0
    assert "Gelesen: CSV, Semikolon, UTF-16 LE ohne BOM" in capsys.readouterr().out
    database = open_database(db_path)
    try:
        with database.read() as session:
            assert session.scalars(select(Volunteer.first_name)).all() == ["Łukasz"]
    finally:
        database.close()


def test_nothing_to_import_says_so_and_leaves_the_file_alone(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(b"Name;Ort\r\nVerein A;Ulm\r\n")
    assert main(["--db", str(db_path), "import", "partners", str(path)]) == 0
    capsys.readouterr()
    before = db_path.stat().st_mtime_ns
    assert main(["--db", str(db_path), "import", "partners", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Nichts einzulesen: von 1 Zeile ist keine neu oder eine Aktualisierung" in out
    assert "Sicherung vor dem Import" not in out
    assert db_path.stat().st_mtime_ns == before
    assert count(db_path, Partner) == 1
