"""`--db-url` on the command line: a server that refuses says why in one German line."""

from __future__ import annotations

import pytest

from tests.cli.conftest import CliRunner
from tests.postgres import PostgresCluster

pytestmark = pytest.mark.postgres


def test_a_missing_server_database_is_one_german_line(
    cli: CliRunner, pg_cluster: PostgresCluster
) -> None:
    done = cli("--db-url", pg_cluster.url("gibtsnicht"), "list", "partners")
    assert done.returncode == 1
    assert done.stderr.strip() == (
        "Fehler: Die Datenbank „gibtsnicht“ gibt es auf dem Server nicht. Bitte prüfen Sie den "
        "Namen, oder lassen Sie sie von Ihrer IT anlegen."
    )
    assert "Traceback" not in done.stderr


def test_a_closed_port_is_one_german_line(cli: CliRunner, pg_cluster: PostgresCluster) -> None:
    url = pg_cluster.url("postgres").replace(f":{pg_cluster.port}/", ":1/")
    done = cli("--db-url", url, "list", "partners")
    assert done.returncode == 1
    assert "nimmt auf Port 1 keine Verbindungen an" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
