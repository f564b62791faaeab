"""Names in every script the families of a network write: fallback fonts, right-to-left order,
and characters no font has are reported instead of printing silently as empty boxes."""

from __future__ import annotations

import io
import logging
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from nfg_desktop.reports import ReportOptions, render_noted
from nfg_desktop.reports import disclosure as disclosure_report
from nfg_desktop.reports.fonts import REGULAR, font_choice
from nfg_desktop.reports.page import ReportCanvas, ReportInfo
from nfg_desktop.reports.text import display_order, width_of
from nfg_desktop.services.disclosure import build_disclosure
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from tests.reports.helpers import all_text, reader


def missing_glyphs(text: str, font_name: str = REGULAR) -> set[str]:
    """Characters of ``text`` that no report font can show."""
    choice = font_choice(font_name)
    return {
        ch for ch in text if not ch.isspace() and (choice[ord(ch)] and ord(ch) in choice.missing)
    }


TODAY = date(2026, 11, 25)
LEFT_TO_RIGHT = ["Nguyễn Thị Lan", "Алексей", "王小明", "山田太郎", "ዮናስ ተስፋይ", "Familie 😀👍 Herz"]
RIGHT_TO_LEFT = ["محمد الأحمد", "مریم رضایی"]
NO_FONT = "Privat\ue000zeichen"  # a private-use character: no font has it


def logical(text: str) -> str:
    """Arabic joined forms back to letters (pypdf returns the presentation forms drawn)."""
    return unicodedata.normalize("NFKC", text)


def embedded_fonts(data: bytes) -> set[str]:
    return {
        str(font.get_object()["/BaseFont"])
        for page in reader(data).pages
        for font in page["/Resources"]["/Font"].values()
    }


def add_partners(db: Database, names: list[str]) -> None:
    with db.write() as session:
        partners = PartnerService(session)
        for name in names:
            partners.create(PartnerData(name=name, kind="Verein", city="Stuttgart"))


def partner_list(db: Database):  # type: ignore[no-untyped-def]
    with db.read() as session:
        return render_noted("partner-list", session, ReportOptions(today=TODAY))


def test_every_script_prints_with_an_embedded_font(db: Database) -> None:
    add_partners(db, LEFT_TO_RIGHT + RIGHT_TO_LEFT)
    rendered = partner_list(db)
    assert rendered.missing_glyphs == frozenset()
    assert rendered.note == ""
    for name in LEFT_TO_RIGHT + RIGHT_TO_LEFT:
        assert missing_glyphs(name) == set(), name
        assert missing_glyphs(name, "NFGSans-Bold") == set(), name
    fonts = embedded_fonts(rendered.data)
    for family in ("DejaVuSans", "NotoSansArabic", "NotoSansEthiopic", "DroidSansFallback"):
        assert any(family in font for font in fonts), (family, fonts)
    assert any("Symbola" in font for font in fonts), fonts
    text = all_text(rendered.data)
    for name in LEFT_TO_RIGHT:  # CJK and emoji too: copying and searching find them
        assert name in text, name


def test_arabic_and_persian_read_right_to_left(db: Database) -> None:
    add_partners(db, RIGHT_TO_LEFT)
    text = logical(all_text(partner_list(db).data))
    for name in RIGHT_TO_LEFT:
        words = name.split()
        # Each word comes back in its own letters' order (it was drawn right to left, joined);
        # pypdf reads the words from left to right as drawn, so the first word is last.
        assert " ".join(reversed(words)) in text, name
        for word in words:
            assert word[::-1] not in text  # the old bug: letters drawn in typed order


def test_display_order_joins_and_reverses_arabic_only() -> None:
    assert display_order("Nguyễn Thị Lan") == "Nguyễn Thị Lan"
    shown = display_order("محمد الأحمد")
    # visual order, left to right; the lam-alef ligature keeps its two letters in typed order
    assert logical(shown) == "دمحلأا دمحم"
    assert all(0xFB50 <= ord(c) <= 0xFEFF for c in shown if not c.isspace())  # joined forms
    # Mixed text keeps the Latin part where it is, the Arabic name reads from the right.
    assert logical(display_order("Familie محمد, Stuttgart")) == "Familie دمحم, Stuttgart"


def test_fallback_characters_are_measured_in_their_own_font() -> None:
    # An ideograph is a full em wide in its font; the box of the main font would be narrower.
    assert width_of("王", "NFGSans", 10) == pytest.approx(10, abs=0.5)
    assert width_of("王小明", "NFGSans", 10) == pytest.approx(3 * width_of("王", "NFGSans", 10))
    # The canvas measures the same way (the network map aligns names with it).
    canvas = ReportCanvas(io.BytesIO(), ReportInfo("Titel", "Netzwerk", TODAY))
    assert canvas.stringWidth("王小明", "NFGSans", 10) == width_of("王小明", "NFGSans", 10)
    canvas.setFont("NFGSans-Bold", 12)
    assert canvas.stringWidth("محمد") == width_of("محمد", "NFGSans-Bold", 12)


def test_a_character_no_font_has_is_reported(
    db: Database, caplog: pytest.LogCaptureFixture
) -> None:
    add_partners(db, [NO_FONT, "Kim 김"])
    with caplog.at_level(logging.WARNING, logger="nfg_desktop.reports.fonts"):
        rendered = partner_list(db)
    assert rendered.missing_glyphs == frozenset({"\ue000", "김"})
    assert "U+E000" in rendered.note and "U+AE40" in rendered.note
    assert "leere Kästchen" in rendered.note
    logged = " ".join(record.getMessage() for record in caplog.records)
    assert "HANGUL" in logged and "U+E000" in logged
    assert "김" not in logged  # the log holds no names, not even parts of them
    # reportlab draws such a character with the font's empty glyph (extracted as NUL)
    assert "Privat\x00zeichen" in all_text(rendered.data)


def test_disclosure_has_metadata_and_every_script(db: Database, tmp_path: Path) -> None:
    with db.write() as session:
        volunteer = VolunteerService(session).create(
            VolunteerData(first_name="مریم", last_name="رضایی", notes="王小明 😀")
        )
        volunteer_id = volunteer.id
    with db.read() as session:
        disclosure = build_disclosure(session, "volunteer", volunteer_id)
    data = disclosure_report.write(disclosure, tmp_path / "auskunft.pdf").read_bytes()
    pdf = reader(data)
    assert pdf.metadata is not None
    assert pdf.metadata.title == f"{disclosure_report.TITLE} – {disclosure.person_name}"
    assert pdf.metadata.author == disclosure.controller
    assert pdf.metadata.creator == "NFG Desktop"
    text = all_text(data)
    assert "王小明 😀" in text
    assert "رضایی مریم" in logical(text)  # drawn right to left: first name on the right
    fonts = embedded_fonts(data)
    assert any("NotoSansArabic" in font for font in fonts)
    assert any("DroidSansFallback" in font for font in fonts)


def test_long_arabic_text_in_the_disclosure_starts_on_the_first_line(
    db: Database, tmp_path: Path
) -> None:
    # Put into display order before wrapping, the last words came out on the first line.
    note = " ".join(["محمد"] * 60 + ["مریم"])
    with db.write() as session:
        volunteer_id = (
            VolunteerService(session)
            .create(VolunteerData(first_name="Lan", last_name="Nguyễn", notes=note))
            .id
        )
    with db.read() as session:
        disclosure = build_disclosure(session, "volunteer", volunteer_id)
    data = disclosure_report.write(disclosure, tmp_path / "auskunft.pdf").read_bytes()
    lines = [logical(line) for line in all_text(data).splitlines()]
    note_lines = [i for i, line in enumerate(lines) if "محمد" in line or "مریم" in line]
    assert len(note_lines) >= 2  # wrapped
    assert "مریم" in lines[note_lines[-1]]
    assert "مریم" not in lines[note_lines[0]]
