"""Printouts in German (the default, unchanged) and in English (issue 19)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from sqlalchemy import String, Text, select

from nfg_desktop import reports
from nfg_desktop.domain.errors import ValidationError
from nfg_desktop.reports import ReportOptions, render
from nfg_desktop.reports.language import ENGLISH, ENGLISH_COUNTS, ENGLISH_VALUES, texts
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import Base
from tests.reports.german_snapshot import (
    DISCLOSURES,
    FOLDER,
    TODAY,
    VARIANTS,
    all_texts,
    disclosure_text,
)
from tests.reports.helpers import all_text, flat


def test_german_text_of_every_printout_is_unchanged(demo_db: Database) -> None:
    texts = all_texts(demo_db)
    assert sorted(texts) == sorted([v[0] for v in VARIANTS] + [d[0] for d in DISCLOSURES])
    for name, text in texts.items():
        expected = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
        assert text == expected, name


# --- English -------------------------------------------------------------------------------

# The English headings each printout must show (besides its title and "Page x of y").
ENGLISH_HEADINGS = {
    "partner-list": ["Partner list: by kind", "Address", "Contact person", "Phone / e-mail"],
    "partner-list-focus-landscape": ["by focus area", "Strengthening community (", "Focus areas"],
    "partner-list-status": ["Partner list: by kind, status dormant"],
    "partner-list-empty": ["There are no entries for this selection."],
    "attendance": ["Attendance list", "No.", "Signature", "Data protection notice", "Invited:"],
    "attendance-phone": ["Phone", "no consent", "Phone numbers are only shown where consent"],
    "project-profile": ["Project profile", "Period", "Target groups", "Need", "Partners ("],
    "volunteer-list": ["Volunteer list", "confidential", "Police clearance", "valid until"],
    "volunteer-list-landscape": ["Projects", "status active", "volunteers"],
    "annual-report": ["Annual report: 2026", "The year in figures", "Hours by month", "Dec"],
    "annual-report-empty": ["No meetings this year.", "No new partners this year."],
    "labels": ["Attn. "],
    "labels-empty": ["Address labels: 0 labels 70 × 37 mm from position 1"],
    "network-map": ["Network map", "Partner active", "works in the project", "partners ·"],
    "network-map-focus": ["Supporting children", "focus area, no project"],
    "disclose-volunteer": ["Data subject access", "(Volunteer, number 1)", "Consent", "yes"],
    "disclose-contact": ["Contact person", "Change history", "no entries"],
}
# Columns holding a value the program fixes (a kind, a status, ...), not typed text.
_FIXED_COLUMNS = {"kind", "status", "focus", "target_group", "role", "weekday", "day_part"}


def _words(text: str) -> set[str]:
    return {word for word in re.findall(r"[^\W\d_]{3,}", text)}


def _catalogue_german_words() -> set[str]:
    """Words of the German texts that have an English line, unless English uses them too."""
    german: set[str] = set()
    english: set[str] = set()
    for de, en in [*ENGLISH.items(), *ENGLISH_VALUES.items()]:
        german |= _words(re.sub(r"\{\w+\}", "", de))
        english |= {w.lower() for w in _words(en)}
    for (one, many), (en_one, en_many) in ENGLISH_COUNTS.items():
        german |= _words(f"{one} {many}")
        english |= {w.lower() for w in _words(f"{en_one} {en_many}")}
    return {word for word in german if word.lower() not in english}


def _typed_words(db: Database) -> set[str]:
    """Every word a user (here: the demo) typed into the file: names, titles, places, notes."""
    words: set[str] = set()
    with db.read() as session:
        for table in Base.metadata.sorted_tables:
            columns = [
                c
                for c in table.columns
                if isinstance(c.type, String | Text) and c.name not in _FIXED_COLUMNS
            ]
            for row in session.execute(select(*columns)) if columns else ():
                for value in row:
                    words |= _words(value or "")
    return words


def test_english_printouts_have_english_headings_and_no_fixed_german_words(
    demo_db: Database,
) -> None:
    texts = all_texts(demo_db, language="en")
    fixed_german = _catalogue_german_words() - _typed_words(demo_db)
    assert {"Seite", "Einwilligung", "Unterschrift", "Schwerpunkt", "gültig"} <= fixed_german
    for name, text in texts.items():
        for heading in ENGLISH_HEADINGS[name]:
            assert heading in flat(text), (name, heading)
        if name != "labels":  # the label sheet has no header or footer
            assert re.search(r"Page 1 of \d+", text), name
            assert "Seite" not in text
            assert "25 Nov 2026" in text, name
        german = sorted(_words(text) & fixed_german)
        assert german == [], (name, german)


def test_the_default_printout_is_german(demo_db: Database) -> None:
    with demo_db.read() as session:
        data = render("partner-list", session, ReportOptions(today=TODAY))
    text = all_text(data)
    assert "Partnerliste" in text and "Seite 1 von" in text and "25.11.2026" in text
    assert ReportOptions().language == "de"


def test_an_unknown_language_is_refused(demo_db: Database) -> None:
    with demo_db.read() as session, pytest.raises(ValidationError) as raised:
        render("partner-list", session, ReportOptions(today=TODAY, language="fr"))
    assert "Sprache" in raised.value.message


def test_every_german_text_the_reports_write_has_an_english_line() -> None:
    """``t("…")``, ``t.count(n, "…", "…")`` with literal German in any printout module."""
    missing = []
    for module in Path(reports.__file__).parent.glob("*.py"):
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            literal = [a.value for a in node.args if isinstance(a, ast.Constant)]
            strings = [s for s in literal if isinstance(s, str)]
            if isinstance(func, ast.Name) and func.id == "t" and strings:
                if strings[0] not in ENGLISH and strings[0] not in ENGLISH_VALUES:
                    missing.append((module.name, strings[0]))
            elif isinstance(func, ast.Attribute) and func.attr == "count" and len(strings) == 2:
                if tuple(strings) not in ENGLISH_COUNTS:
                    missing.append((module.name, tuple(strings)))
    assert missing == []


def test_english_dates_numbers_and_counts() -> None:
    t = texts("en")
    assert t.date(TODAY) == "25 Nov 2026"
    assert t.number(1234) == "1,234" and t.hours(1234.5) == "1,234.5"
    assert t.count(1, "Etikett", "Etiketten") == "1 label"
    assert t.count(2, "Etikett", "Etiketten") == "2 labels"
    assert t.value("Kinder fördern") == "Supporting children"
    assert t.value("Mein eigener Schwerpunkt") == "Mein eigener Schwerpunkt"  # typed: as typed
    german = texts("de")
    assert german.date(TODAY) == "25.11.2026" and german.hours(1234.5) == "1.234,5"
    assert german("Seite {number} von {total}", number=1, total=2) == "Seite 1 von 2"


def test_english_auskunft_names_the_history_and_fixed_values_in_english(
    demo_db: Database,
) -> None:
    from nfg_desktop.services.volunteers import VolunteerService

    with demo_db.write() as session:
        volunteer = VolunteerService(session).get(1)
        volunteer.status = "pausiert"
        volunteer.notes = "aktiv im Offenen Treff"  # typed: stays as typed
    english = flat(disclosure_text(demo_db, "volunteer", 1, language="en"))
    assert "Change history" in english and "Volunteer 1" in english
    assert "changed" in english and "active paused" in english.replace("|", "")
    assert "aktiv im Offenen Treff" in english
    assert "Status paused" in english
    german = flat(disclosure_text(demo_db, "volunteer", 1))
    assert "geändert" in german and "aktiv pausiert" in german and "Status pausiert" in german
