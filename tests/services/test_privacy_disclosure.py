"""Auskunft (Art. 15): everything stored about a person, as JSON and as readable PDF."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.reports import disclosure as report
from nfg_desktop.services import history
from nfg_desktop.services.disclosure import as_json, build_disclosure
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import (
    ContactPerson,
    HoursEntry,
    MeetingInvitation,
    TrainingAttendee,
    Volunteer,
)
from tests.services.privacy_helpers import (
    CONTACT_LAST,
    SECRET_EMAIL,
    SECRET_NAME,
    add_person,
)


def _json_scalar(value: object) -> object:
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _all_values(document: Any) -> list[object]:
    if isinstance(document, dict):
        return [v for value in document.values() for v in _all_values(value)]
    if isinstance(document, list):
        return [v for value in document for v in _all_values(value)]
    return [document]


def _columns(record: object) -> dict[str, object]:
    table = record.__table__  # type: ignore[attr-defined]
    return {column.key: getattr(record, column.key) for column in table.columns}


def test_volunteer_disclosure_is_complete(demo_db: Database) -> None:
    person = add_person(demo_db)
    with demo_db.read() as session:
        volunteer = session.get(Volunteer, person.volunteer_id)
        assert volunteer is not None
        document = as_json(build_disclosure(session, "volunteer", person.volunteer_id))
        values = _all_values(document)
        # every stored column of the person, including consent
        for key, value in _columns(volunteer).items():
            if value not in (None, "", False):
                assert _json_scalar(value) in values, key
        assert document["Stammdaten"]["Fähigkeiten"] == "Vorlesen"
        assert document["Stammdaten"]["Sprachen"] == "Polnisch"
        assert document["Stammdaten"]["Verfügbarkeit"] == "Mo vormittags"
        assert document["Einwilligung"]["Einwilligung erteilt am"] == "2024-03-01"
        # clearances, projects, hours, meetings, trainings: one row per stored row
        clearance = volunteer.clearances[0]
        assert document["Erweitertes Führungszeugnis"] == [
            {
                "Ausgestellt am": clearance.issued_on.isoformat(),
                "Eingesehen am": clearance.inspected_on.isoformat(),
                "Einwandfrei": True,
                "Eingesehen von": "Sachbearbeiterin Wolkenstein",
                "Gültig bis": "2029-03-01",
            }
        ]
        assert [p["Projekt"] for p in document["Projekte"]] == ["Vorlesepaten Holunderhof"]
        assert document["Projekte"][0]["Rolle"] == "Vorlesepatin"
        hours = session.scalars(
            select(HoursEntry).where(HoursEntry.volunteer_id == person.volunteer_id)
        ).all()
        section = document["Einsätze (Stunden)"]
        assert len(section["Einträge"]) == len(hours) == 2
        assert section["Stunden insgesamt"] == 6.5
        assert {e["Notiz"] for e in section["Einträge"]} == {h.note for h in hours}
        invitations = session.scalars(
            select(MeetingInvitation).where(MeetingInvitation.volunteer_id == person.volunteer_id)
        ).all()
        meetings = document["Termine (Einladungen und Anwesenheit)"]
        assert len(meetings) == len(invitations) == 1
        assert meetings[0]["Anwesend"] is True
        attendances = session.scalars(
            select(TrainingAttendee).where(TrainingAttendee.volunteer_id == person.volunteer_id)
        ).all()
        assert len(document["Qualifizierungen"]) == len(attendances) == 1
        assert document["Qualifizierungen"][0]["Qualifizierung"] == "Kinderschutz-Schulung"
        stored_history = history.history_of(session, "volunteer", person.volunteer_id)
        assert len(document["Änderungsverlauf"]) == len(stored_history) > 10
        assert any(
            row["Neuer Wert"] == SECRET_EMAIL and row["Feld"] == "E-Mail"
            for row in document["Änderungsverlauf"]
        )


def test_contact_disclosure_is_complete(demo_db: Database) -> None:
    person = add_person(demo_db)
    with demo_db.read() as session:
        contact = session.get(ContactPerson, person.contact_id)
        assert contact is not None
        document = as_json(build_disclosure(session, "contact", person.contact_id))
        values = _all_values(document)
        for key, value in _columns(contact).items():
            if value not in (None, "", False) and key != "partner_id":
                assert _json_scalar(value) in values, key
        assert document["Stammdaten"]["Organisation"] == "Bürgerverein Holunderhof"
        assert [p["Projekt"] for p in document["Projekte (als Kontakt)"]] == [
            "Vorlesepaten Holunderhof"
        ]
        assert len(document["Termine (Einladungen und Anwesenheit)"]) == 1
        assert document["Änderungsverlauf"]


def test_json_and_pdf_files(demo_db: Database, tmp_path: Path) -> None:
    person = add_person(demo_db)
    with demo_db.read() as session:
        disclosure = build_disclosure(session, "volunteer", person.volunteer_id)
    json_file = report.write(disclosure, tmp_path / "auskunft.json")
    loaded = json.loads(json_file.read_text(encoding="utf-8"))
    assert loaded["Auskunft nach Art. 15 DSGVO"]["Person"] == SECRET_NAME
    pdf_file = report.write(disclosure, tmp_path / "auskunft.PDF")
    reader = PdfReader(pdf_file)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Auskunft über gespeicherte Daten (Art. 15 DSGVO)" in text
    assert SECRET_NAME in text
    assert SECRET_EMAIL in text
    assert "Vorlesepaten Holunderhof" in text
    assert "Kinderschutz-Schulung" in text
    assert "Änderungsverlauf" in text
    assert f"Seite 1 von {len(reader.pages)}" in text
    fonts = {
        str(font.get("/BaseFont"))
        for page in reader.pages
        for font in (page["/Resources"].get("/Font") or {}).values()
        for font in [font.get_object()]
    }
    assert fonts and not any("Helvetica" in f or "Times" in f for f in fonts)


def test_names_in_other_scripts_print_exactly(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.read() as session:
        volunteer_id = session.scalar(select(Volunteer.id).where(Volunteer.last_name == "Yıldırım"))
        assert volunteer_id is not None
        disclosure = build_disclosure(session, "volunteer", volunteer_id)
    text = "".join(
        page.extract_text()
        for page in PdfReader(report.write(disclosure, tmp_path / "a.pdf")).pages
    )
    assert "Şükrü Yıldırım" in text


def test_a_failed_write_keeps_the_earlier_file(
    demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A write that failed half-way left a broken file in place of the earlier Auskunft.
    person = add_person(demo_db)
    with demo_db.read() as session:
        disclosure = build_disclosure(session, "volunteer", person.volunteer_id)
    folder = tmp_path / "auskunft"
    folder.mkdir()
    target = folder / "auskunft.pdf"
    target.write_bytes(b"%PDF earlier")

    def disk_full(_disclosure: object, path: Path, _language: str = "de") -> Path:
        path.write_bytes(b"%PDF half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "write_pdf", disk_full)
    with pytest.raises(DomainError, match="Datenträger ist voll"):
        report.write(disclosure, target)
    assert target.read_bytes() == b"%PDF earlier"
    assert [p.name for p in folder.iterdir()] == ["auskunft.pdf"]  # no personal data left over


def test_wrong_extension_is_refused(demo_db: Database, tmp_path: Path) -> None:
    person = add_person(demo_db)
    with demo_db.read() as session:
        disclosure = build_disclosure(session, "contact", person.contact_id)
    with pytest.raises(DomainError, match=r"\.pdf .* \.json"):
        report.write(disclosure, tmp_path / "auskunft.txt")
    assert not (tmp_path / "auskunft.txt").exists()
    assert CONTACT_LAST in disclosure.person_name
