"""The German text of every printout of the demo network, as it was before the printouts
learned English (issue 19): the German output must not change by a single character.

Regenerate only when a German text is meant to change:
``QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.reports.german_snapshot``
"""

from __future__ import annotations

import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from nfg_desktop.reports import ReportOptions, render
from nfg_desktop.store.database import Database
from tests.reports.helpers import page_texts

TODAY = date(2026, 11, 25)
FOLDER = Path(__file__).parent / "german_text"

# (file name, report, options): every report, and the variants that print other words.
VARIANTS: list[tuple[str, str, dict[str, Any]]] = [
    ("partner-list", "partner-list", {}),
    ("partner-list-focus-landscape", "partner-list", {"group_by": "focus", "landscape": True}),
    ("partner-list-status", "partner-list", {"status": "ruhend"}),
    ("partner-list-empty", "partner-list", {"ids": []}),
    ("attendance", "attendance", {"meeting_id": 3}),
    ("attendance-phone", "attendance", {"meeting_id": 1, "phone": True, "blank_rows": 2}),
    ("project-profile", "project-profile", {}),
    ("volunteer-list", "volunteer-list", {}),
    ("volunteer-list-landscape", "volunteer-list", {"landscape": True, "status": "aktiv"}),
    ("annual-report", "annual-report", {"year": 2026}),
    ("annual-report-empty", "annual-report", {"year": 2020}),
    ("labels", "labels", {"start_label": 5}),
    ("labels-empty", "labels", {"ids": []}),
    ("network-map", "network-map", {}),
    ("network-map-focus", "network-map", {"focus": "Kinder fördern", "status": "aktiv"}),
]
DISCLOSURES = [("disclose-volunteer", "volunteer", 1), ("disclose-contact", "contact", 1)]


def report_text(db: Database, kind: str, options: dict[str, Any], **extra: Any) -> str:
    with db.read() as session:
        data = render(kind, session, ReportOptions(today=TODAY, **options, **extra))
    return "\n\f\n".join(page_texts(data))


def disclosure_text(db: Database, kind: str, record_id: int, **extra: Any) -> str:
    from nfg_desktop.reports import disclosure as report
    from nfg_desktop.services.disclosure import build_disclosure

    with db.read() as session:
        found = build_disclosure(session, kind, record_id, today=TODAY)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "auskunft.pdf"
        report.write(found, target, **extra)
        return _steady("\n\f\n".join(page_texts(target.read_bytes())))


def _steady(text: str) -> str:
    """The Auskunft without what differs from run to run: the moment the demo was built (the
    records' timestamps, in either language's date format). The demo's records have no change
    history, so no user name is printed."""
    from nfg_desktop.reports.language import texts

    now = date.today()
    days = "|".join(re.escape(texts(language).date(now)) for language in ("de", "en"))
    days = f"(?:{days})"
    return re.sub(days + r",? \d\d:\d\d", "<jetzt>", text)


def all_texts(db: Database, **extra: Any) -> dict[str, str]:
    texts = {name: report_text(db, kind, dict(opts), **extra) for name, kind, opts in VARIANTS}
    for name, kind, record_id in DISCLOSURES:
        texts[name] = disclosure_text(db, kind, record_id, **extra)
    return texts


def demo_database(folder: Path) -> Database:
    from nfg_desktop.services.demo import build_demo
    from nfg_desktop.store.database import open_database

    db = open_database(folder / "netzwerk.sqlite")
    with db.write() as session:
        build_demo(session, scale=1, today=TODAY)
    return db


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        import os

        os.environ["NFG_HOME"] = folder
        db = demo_database(Path(folder))
        try:
            for name, text in all_texts(db).items():
                (FOLDER / f"{name}.txt").write_text(text, encoding="utf-8")
        finally:
            db.close()


if __name__ == "__main__":
    main()
