"""Printouts in German (the default, unchanged) and in English (issue 19)."""

from __future__ import annotations

from nfg_desktop.store.database import Database
from tests.reports.german_snapshot import DISCLOSURES, FOLDER, VARIANTS, all_texts


def test_german_text_of_every_printout_is_unchanged(demo_db: Database) -> None:
    texts = all_texts(demo_db)
    assert sorted(texts) == sorted([v[0] for v in VARIANTS] + [d[0] for d in DISCLOSURES])
    for name, text in texts.items():
        expected = (FOLDER / f"{name}.txt").read_text(encoding="utf-8")
        assert text == expected, name
