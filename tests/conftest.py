"""Shared fixtures: offscreen Qt, a private NFG_HOME, and a fresh database per test."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A German system, as our users' PCs: the window speaks German unless a test chooses
# English (Qt takes the system's language from LANGUAGE first).
os.environ["LANGUAGE"] = "de"

import pytest  # noqa: E402

from nfg_desktop.store.database import Database, open_database  # noqa: E402

if TYPE_CHECKING:
    from tests.postgres import PostgresCluster


@pytest.fixture(autouse=True)
def nfg_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tests never touch the real user folders."""
    home = tmp_path_factory.mktemp("nfg_home")
    monkeypatch.setenv("NFG_HOME", str(home))
    monkeypatch.delenv("NFG_DB", raising=False)
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "netzwerk.sqlite"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


@pytest.fixture
def demo_db(db: Database) -> Database:
    from datetime import date

    from nfg_desktop.services.demo import build_demo

    with db.write() as session:
        build_demo(session, scale=1, today=date(2026, 11, 25))
    return db


@pytest.fixture
def no_os_locks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A drive without file locks (some NAS boxes, FUSE mounts): flock fails with ENOLCK."""
    import errno

    from nfg_desktop.store import lock

    def refuse(fd: int, exclusive: bool = True) -> bool:
        raise lock.NoLocksError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock, "_os_lock", refuse)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresCluster]:
    """The session's throw-away PostgreSQL server (started on first use, stopped at the end)."""
    from tests.postgres import start_cluster

    try:
        cluster = start_cluster()
    except RuntimeError as error:
        pytest.fail(str(error), pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: PostgresCluster) -> Iterator[str]:
    """A fresh, empty database on the test server, as a SQLAlchemy URL (psycopg 3)."""
    name = pg_cluster.create_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture(scope="session")
def pg_schema_database(pg_cluster: PostgresCluster) -> str:
    """One database with the complete schema for the session, emptied for each test that
    uses it (``pg_schema_url``): emptying costs ~20 ms, a new database from a template ~1 s."""
    from nfg_desktop.store.database import open_url

    name = pg_cluster.create_database()
    open_url(pg_cluster.url(name)).close()
    return name


@pytest.fixture
def pg_schema_url(pg_cluster: PostgresCluster, pg_schema_database: str) -> str:
    """A database on the test server that holds the current schema and no rows."""
    pg_cluster.empty_database(pg_schema_database)
    return pg_cluster.url(pg_schema_database)


# --- both back ends: tests/services and tests/io ask for ``db`` through ``backend`` ------------

BACKENDS = ("sqlite", "postgres")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Every test that uses ``backend`` (through ``db``) runs on SQLite and on PostgreSQL,
    except those marked ``sqlite_only`` (they are about the SQLite file itself)."""
    if "backend" not in metafunc.fixturenames:
        return
    only_sqlite = metafunc.definition.get_closest_marker("sqlite_only") is not None
    params = [
        pytest.param(name, marks=[pytest.mark.postgres] if name == "postgres" else [], id=name)
        for name in BACKENDS
        if not (only_sqlite and name != "sqlite")
    ]
    metafunc.parametrize("backend", params, indirect=True)


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def backend_db(backend: str, request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh network on ``backend``: a new SQLite file, or a new database on the server."""
    if backend == "sqlite":
        database = open_database(request.getfixturevalue("db_path"))
    else:
        from nfg_desktop.store.database import open_url

        database = open_url(request.getfixturevalue("pg_schema_url"))
    yield database
    database.close()


@pytest.fixture
def history_user(db: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    """The name the change history records for this test's changes: the computer's user (set
    to „k.koordination“ here) in a file, the login on a server (issue 18)."""
    import getpass

    from sqlalchemy import text

    monkeypatch.setattr(getpass, "getuser", lambda: "k.koordination")
    if db.on_server:
        with db.read() as session:
            return str(session.execute(text("SELECT session_user")).scalar())
    return "k.koordination"
