"""Erased people leave no trace in the log files or in the choice lists (issue 15, items 9-10)."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from nfg_desktop import logs, paths
from nfg_desktop.domain.choices import ChoiceList
from nfg_desktop.services import privacy
from nfg_desktop.services.common import choice_options
from nfg_desktop.services.volunteers import VolunteerData, VolunteerService
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import CustomChoice
from tests.services.privacy_helpers import (
    SECRET_EMAIL,
    SECRET_LAST,
    SECRET_NAME,
    add_person,
    stored_bytes,
)

TODAY = date(2026, 11, 25)


@pytest.fixture
def log_file() -> Path:
    """The program's real log file (below the test's NFG_HOME), as the entry point sets it up."""
    root = logging.getLogger()
    before = list(root.handlers)
    path = logs.setup_logging()
    assert path is not None
    yield path
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


def _log_text() -> str:
    return "".join(p.read_text(encoding="utf-8") for p in paths.log_dir().glob("nfg-desktop.log*"))


def _volunteer(db: Database, **values: object) -> int:
    data = VolunteerData(first_name="Marta", last_name="Prüfling", birth_year=1970)
    for key, value in values.items():
        setattr(data, key, value)
    with db.write() as session:
        return VolunteerService(session).create(data, today=TODAY).id


def test_clearance_cleanup_logs_record_ids_never_names(db: Database, log_file: Path) -> None:
    vid = _volunteer(db, last_name="Ährenfeld-Zwiebel", status="aktiv")
    with db.write() as session:
        VolunteerService(session).record_clearance(
            vid, date(2026, 1, 5), date(2026, 1, 20), True, "Herr Prüfer"
        )
    with db.write() as session:
        service = VolunteerService(session)
        data = VolunteerData.from_volunteer(service.get(vid))
        data.status = "ausgeschieden"
        data.left_on = date(2026, 2, 1)
        service.update(vid, data, today=TODAY)

    lines = privacy.startup_clearance_cleanup(db, TODAY)

    assert "Ährenfeld-Zwiebel" in lines[0]  # the user is told who it was
    text = _log_text()
    assert f"Nr. {vid}" in text
    assert "Ährenfeld-Zwiebel" not in text and "Marta" not in text


@pytest.mark.parametrize("anonymise_only", [False, True])
def test_erasure_removes_the_person_from_existing_log_files(
    demo_db: Database, log_file: Path, anonymise_only: bool
) -> None:
    person = add_person(demo_db)
    # Lines an older version or an error message may have written.
    logging.getLogger("nfg_desktop.test").warning("Nicht abgefangene Meldung: „%s“", SECRET_NAME)
    logging.getLogger("nfg_desktop.test").warning("E-Mail %s unzustellbar", SECRET_EMAIL)
    rotated = log_file.with_name(log_file.name + ".1")
    rotated.write_text(f"2025-01-01 INFO x: {SECRET_LAST}, Zenobia gespeichert\n", "utf-8")
    assert SECRET_NAME in _log_text()

    privacy.erase_and_wipe(demo_db, "volunteer", person.volunteer_id, anonymise_only)

    text = _log_text()
    for secret in (SECRET_NAME, SECRET_EMAIL, f"{SECRET_LAST}, Zenobia"):
        assert secret not in text
    assert "Nicht abgefangene Meldung: „[gelöscht]“" in text
    # The handler still appends to the same file afterwards.
    logging.getLogger("nfg_desktop.test").warning("danach")
    assert "danach" in log_file.read_text(encoding="utf-8")


def test_scrub_ignores_texts_too_short_to_mean_a_person(log_file: Path) -> None:
    logging.getLogger("nfg_desktop.test").warning("Datei geöffnet")
    assert logs.scrub_log_files(["", " ", "a", "Da"]) == 0
    assert "Datei geöffnet" in _log_text()


@pytest.mark.parametrize("anonymise_only", [False, True])
def test_typed_choices_go_with_the_last_person_who_used_them(
    db: Database, anonymise_only: bool
) -> None:
    alone = _volunteer(
        db,
        last_name="Einzig",
        skills=["Zauberflötenbau"],
        languages=["Nordfriesisch-Föhr"],
    )
    shared_a = _volunteer(db, last_name="Teilt", skills=["Kamishibai"])
    _volunteer(db, last_name="Auch", skills=["Kamishibai"])
    with db.read() as session:
        assert "Zauberflötenbau" in choice_options(session, ChoiceList.SKILL)
        assert "Nordfriesisch-Föhr" in choice_options(session, ChoiceList.LANGUAGE)

    privacy.erase_and_wipe(db, "volunteer", alone, anonymise_only)
    privacy.erase_and_wipe(db, "volunteer", shared_a, anonymise_only)

    with db.read() as session:
        skills = choice_options(session, ChoiceList.SKILL)
        labels = set(session.scalars(select(CustomChoice.label)))
    assert "Zauberflötenbau" not in skills
    assert "Nordfriesisch-Föhr" not in labels
    assert "Kamishibai" in skills  # still used by another volunteer
    raw = stored_bytes(db)
    assert "Zauberflötenbau".encode() not in raw
    assert "Nordfriesisch-Föhr".encode() not in raw
