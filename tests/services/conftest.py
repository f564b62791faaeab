"""The tests here run on both back ends: ``db`` is a SQLite file or a PostgreSQL database
(ids ``sqlite`` / ``postgres``; see ``pytest_generate_tests`` in tests/conftest.py)."""

from __future__ import annotations

import pytest

from nfg_desktop.store.database import Database


@pytest.fixture
def db(backend_db: Database) -> Database:
    return backend_db
