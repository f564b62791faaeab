"""The IT's setup (packaging/postgres/setup.sql and benutzer.sql) run with psql on the test
server, with names of its own (roles belong to the whole cluster)."""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.postgres import SUPERUSER, PostgresCluster

SCRIPTS = Path(__file__).resolve().parents[1] / "packaging" / "postgres"


@dataclass
class ServerSetup:
    cluster: PostgresCluster
    database: str
    editor_role: str
    reader_role: str

    def psql(self, script: str, **variables: str) -> None:
        command = [
            str(self.cluster.bin_dir / "psql"), "-X", "-q", "-h", "127.0.0.1",
            "-p", str(self.cluster.port), "-U", SUPERUSER, "-d", "postgres",
            "-f", str(SCRIPTS / script),
        ]  # fmt: skip
        for name, value in variables.items():
            command += ["-v", f"{name}={value}"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"psql {script}: {done.stderr}")

    def add_user(self, role: str) -> str:
        """A login for one person in ``role``; returns its URL (the test server trusts)."""
        user = f"u_{uuid.uuid4().hex[:8]}"
        self.psql("benutzer.sql", benutzer=user, passwort="geheim", rolle=role)
        return self.cluster.url(self.database, user=user)

    def remove(self) -> None:
        self.cluster.drop_database(self.database)
        self.cluster.admin(
            f'DROP OWNED BY "{self.editor_role}", "{self.reader_role}" CASCADE', "postgres"
        )


def set_up_server(cluster: PostgresCluster) -> ServerSetup:
    tag = uuid.uuid4().hex[:8]
    setup = ServerSetup(cluster, f"nfg_{tag}", f"bearbeiten_{tag}", f"lesen_{tag}")
    setup.psql(
        "setup.sql",
        datenbank=setup.database,
        bearbeiten=setup.editor_role,
        lesen=setup.reader_role,
    )
    return setup


@pytest.fixture(name="server")
def server_fixture(pg_cluster: PostgresCluster) -> Iterator[ServerSetup]:
    """A database set up by the IT's script, removed with its roles afterwards."""
    setup = set_up_server(pg_cluster)
    yield setup
    setup.remove()
