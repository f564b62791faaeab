"""Consent filtering in every output on main: exports (xlsx, csv, vCard) and address lists.

Contact data of a person appears only where their consent covers it on the given day.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from nfg_desktop.io import addresses, exporting
from nfg_desktop.reports import ReportOptions, render
from nfg_desktop.services.meetings import InvitationData, MeetingData, MeetingService
from nfg_desktop.services.partners import ContactData, PartnerData, PartnerService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database

TODAY = date(2026, 11, 25)
PEOPLE = {
    # name: (consent given, contact data covered, withdrawn on) -> visible?
    "Mitwillen": (date(2025, 1, 1), True, None, True),
    "Ohnewillen": (None, False, None, False),
    "Widerruf": (date(2025, 1, 1), True, date(2026, 11, 1), False),
    "Nurfotos": (date(2025, 1, 1), False, None, False),
    "Kuenftig": (date(2025, 1, 1), True, date(2026, 12, 1), True),
}


def _email(name: str, kind: str) -> str:
    return f"{name.lower()}.{kind}@beispiel.example"


def _phone(index: int, kind: str) -> str:
    return f"0711 {'1' if kind == 'v' else '2'}0000{index}"


@pytest.fixture
def people(db: Database) -> Database:
    with db.write() as session:
        contacts = []
        for index, (name, (given, covered, withdrawn, _visible)) in enumerate(PEOPLE.items()):
            VolunteerService(session).create(
                VolunteerData(
                    first_name="Vera",
                    last_name=name,
                    phone=_phone(index, "v"),
                    email=_email(name, "v"),
                    street=f"Geheimweg {index + 1}",
                    consent_given_on=given,
                    consent_contact_data=covered,
                    consent_withdrawn_on=withdrawn,
                ),
                today=TODAY,
            )
            partner = PartnerService(session).create(
                PartnerData(
                    f"Verein {name}",
                    contacts=[
                        ContactData(
                            name,
                            "Karl",
                            phone=_phone(index, "c"),
                            email=_email(name, "c"),
                            consent_given_on=given,
                            consent_contact_data=covered,
                            consent_withdrawn_on=withdrawn,
                            is_primary=True,
                        )
                    ],
                )
            )
            contacts.append((partner.id, partner.contacts[0].id))
        volunteers = [v.id for v in VolunteerService(session).list()]
        MeetingService(session).create(
            MeetingData(
                "Netzwerktreffen",
                datetime(2026, 12, 1, 18, 0),
                invitations=[InvitationData(volunteer_id=v) for v in volunteers]
                + [InvitationData(partner_id=p, contact_id=c) for p, c in contacts],
            )
        )
    return db


def _check(text: str, kind: str) -> None:
    for index, (name, (*_facts, visible)) in enumerate(PEOPLE.items()):
        for secret in (_email(name, kind), _phone(index, kind)):
            assert (secret in text) is visible, f"{secret} visible={visible}"


def _xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    return "\n".join(
        str(cell) for sheet in book for row in sheet.iter_rows(values_only=True) for cell in row
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_volunteer_exports(people: Database, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"ehrenamtliche{suffix}"
    with people.read() as session:
        assert exporting.export(session, "volunteers", target, today=TODAY) == len(PEOPLE)
    text = target.read_text("utf-8-sig") if suffix == ".csv" else _xlsx_text(target)
    _check(text, "v")
    assert "Geheimweg 1" in text and "Geheimweg 2" not in text


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".vcf"])
def test_contact_exports(people: Database, tmp_path: Path, suffix: str) -> None:
    target = tmp_path / f"kontakte{suffix}"
    with people.read() as session:
        exporting.export(session, "contacts", target, today=TODAY)
    text = _xlsx_text(target) if suffix == ".xlsx" else target.read_text("utf-8-sig")
    _check(text, "c")


def test_address_lists(people: Database) -> None:
    with people.read() as session:
        volunteer_ids = [v.id for v in VolunteerService(session).list()]
        found = addresses.volunteer_addresses(session, volunteer_ids, TODAY)
    visible = {_email(n, "v") for n, (*_f, v) in PEOPLE.items() if v}
    assert set(found.emails) == visible


def _pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "bericht.pdf"
    path.write_bytes(data)
    return "\n".join(page.extract_text() for page in PdfReader(path).pages).replace("\n", " ")


def test_volunteer_list_pdf(people: Database, tmp_path: Path) -> None:
    with people.read() as session:
        data = render("volunteer-list", session, ReportOptions(today=TODAY, landscape=True))
    text = _pdf_text(data, tmp_path)
    _check(text, "v")
    assert "keine Einwilligung" in text


def test_partner_list_pdf(people: Database, tmp_path: Path) -> None:
    with people.read() as session:
        data = render("partner-list", session, ReportOptions(today=TODAY, landscape=True))
    _check(_pdf_text(data, tmp_path), "c")


def test_attendance_sheet_pdf_with_phone_numbers(people: Database, tmp_path: Path) -> None:
    with people.read() as session:
        meeting_id = MeetingService(session).list()[0].id
        data = render(
            "attendance",
            session,
            ReportOptions(today=TODAY, meeting_id=meeting_id, phone=True, landscape=True),
        )
    text = _pdf_text(data, tmp_path)
    for index, (name, (*_facts, visible)) in enumerate(PEOPLE.items()):
        assert name in text
        for kind in ("v", "c"):
            assert (_phone(index, kind) in text) is visible, (name, kind)
