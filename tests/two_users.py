"""Two users on one network: two ``Database`` objects on the same file, or on the same server
database with a login of their own each (the test server's superuser and „anna“)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from nfg_desktop.store.database import Database, open_database, open_url
from tests.postgres import PostgresCluster

SECOND_USER = "anna"


@dataclass
class TwoUsers:
    first: Database
    second: Database
    backend: str  # "sqlite" or "postgresql"
    url: str  # how a further program opens the same network (path or URL)


def add_second_user(cluster: PostgresCluster, database: str) -> str:
    cluster.admin(
        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'anna') THEN "
        "CREATE ROLE anna LOGIN; END IF; END $$"
    )
    cluster.admin("GRANT ALL ON ALL TABLES IN SCHEMA public TO anna", database)
    cluster.admin("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO anna", database)
    return cluster.url(database, user=SECOND_USER)


@contextmanager
def two_users(backend: str, tmp_path: Path, cluster: PostgresCluster | None) -> Iterator[TwoUsers]:
    if backend == "sqlite":
        path = tmp_path / "gemeinsam.sqlite"
        first = open_database(path)
        second = open_database(path)
        url = str(path)
    else:
        assert cluster is not None
        name = cluster.create_database()
        first = open_url(cluster.url(name))  # creates the schema
        url = add_second_user(cluster, name)
        second = open_url(url)
    try:
        yield TwoUsers(first, second, backend, url)
    finally:
        first.close()
        second.close()
        if cluster is not None and backend != "sqlite":
            cluster.drop_database(name)


BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def users(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[TwoUsers]:
    """Two users of one network, on a file and on the test server (import it into a test
    module to use it)."""
    backend = request.param
    cluster = request.getfixturevalue("pg_cluster") if backend == "postgresql" else None
    with two_users(backend, tmp_path, cluster) as pair:
        yield pair
