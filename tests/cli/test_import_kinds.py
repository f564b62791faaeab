"""Unknown partner kinds of an imported list are reported, mapped and remembered; legal forms
do not hide a duplicate (issue 16, item 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from nfg_desktop.__main__ import main
from nfg_desktop.store.database import open_database
from nfg_desktop.store.models import CustomChoice, Partner

CSV = (
    "Name;Art;Ort\r\n"
    "Familienzentrum Sonnenschein;Familienzentrum;Ulm\r\n"
    "Stadtbibliothek;Bibliothek;Ulm\r\n"
    "Kita Regenbogen;Kita;Ulm\r\n"
    "Familienzentrum Sonnenschein e.V.;Familienzentrum;Ulm\r\n"
    "Lesefreunde gGmbH;Bibliothek;Ulm\r\n"
)


def _stored(db_path: Path) -> tuple[dict[str, str], list[str]]:
    database = open_database(db_path)
    try:
        with database.read() as session:
            kinds = {
                name: kind for name, kind in session.execute(select(Partner.name, Partner.kind))
            }
            custom = list(session.scalars(select(CustomChoice.label)))
    finally:
        database.close()
    return kinds, custom


def test_unknown_kinds_are_reported_mapped_and_remembered(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "partner.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    args = ["--db", str(db_path), "import", "partners", str(path)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Arten, die es noch nicht gibt:" in out
    assert "  Familienzentrum → Mehrgenerationenhaus/Familienzentrum (2 Zeilen)" in out
    assert "  Kita → Kindertageseinrichtung (1 Zeile)" in out
    assert "  Bibliothek → neue eigene Art (2 Zeilen)" in out
    # the same partner with its legal form is a duplicate of the row above
    assert "Zeile 5 „Familienzentrum Sonnenschein e.V.“: würde übersprungen – gleicher Name" in out

    assert main([*args, "--map-kind", "bibliothek=sonstige"]) == 0
    assert "  Bibliothek → Sonstige (2 Zeilen)" in capsys.readouterr().out
    kinds, custom = _stored(db_path)
    assert kinds == {
        "Familienzentrum Sonnenschein": "Mehrgenerationenhaus/Familienzentrum",
        "Stadtbibliothek": "Sonstige",
        "Kita Regenbogen": "Kindertageseinrichtung",
        "Lesefreunde gGmbH": "Sonstige",
    }
    assert custom == []  # no one-off kinds

    # remembered: a later list with „Bibliothek“ maps it without being told
    later = tmp_path / "neu.csv"
    later.write_text("Name;Art;Ort\r\nGemeindebücherei;Bibliothek;Blaustein\r\n", "utf-8-sig")
    assert main(["--db", str(db_path), "import", "partners", str(later)]) == 0
    assert "  Bibliothek → Sonstige (1 Zeile)" in capsys.readouterr().out
    assert _stored(db_path)[0]["Gemeindebücherei"] == "Sonstige"


def test_map_kind_needs_a_known_kind(
    tmp_path: Path, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "partner.csv"
    path.write_text(CSV, encoding="utf-8-sig")
    args = ["--db", str(db_path), "import", "partners", str(path), "--map-kind", "Bibliothek=X"]
    assert main(args) == 1
    assert "bitte NAME=ART mit einer bekannten Art" in capsys.readouterr().err
