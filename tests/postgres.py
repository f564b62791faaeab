"""A throw-away PostgreSQL cluster for the tests: the distribution's own server, no mock.

One cluster per test session: ``initdb`` into a temporary folder, ``pg_ctl start`` on 127.0.0.1
with a free port (and a Unix socket in that folder), stopped at the end. ``initdb`` refuses to
run as root, so as root the server runs as the ``postgres`` user the Debian package creates.
Each test gets a fresh, empty database of its own (fixture ``pg_url``).

Needs the Debian package ``postgresql`` (``.ci/run`` installs it); without it the tests fail
with a message naming the package.
"""

from __future__ import annotations

import atexit
import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "nfg_test"


def _bin_dir() -> Path:
    """The newest installed server's programs (Debian keeps them out of PATH)."""

    def version(initdb: str) -> int:
        name = Path(initdb).parent.parent.name
        return int(name) if name.isdigit() else 0

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=version)
    if candidates:
        return Path(candidates[-1]).parent
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise RuntimeError(
        "PostgreSQL fehlt für diese Tests: bitte das Debian-Paket 'postgresql' installieren "
        "(sudo apt-get install postgresql)."
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class PostgresCluster:
    folder: Path
    port: int
    bin_dir: Path
    run_as: str | None  # the OS user the server runs as when we are root

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        command = [str(self.bin_dir / args[0]), *args[1:]]
        if self.run_as:
            command = ["runuser", "-u", self.run_as, "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def start(self) -> None:
        done = self._run(
            "initdb", "-D", str(self.data), "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr or done.stdout}")
        self._start_server()

    def _start_server(self) -> None:
        # Durability is not under test here; fsync off keeps the suite fast on small machines.
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        log = self.folder / "server.log"
        data = str(self.data)
        done = self._run("pg_ctl", "-D", data, "-l", str(log), "-o", options, "-w", "start")
        if done.returncode != 0:
            text = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr}{text}")

    def stop(self) -> None:
        # "fast": commits are written out first (the cluster runs with synchronous_commit off,
        # so an immediate stop could lose the last ones, as a crash would).
        if (self.data / "postmaster.pid").exists():
            self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def restart(self) -> None:
        """Stop and start the same cluster (connection-loss tests)."""
        self.stop()
        self._start_server()

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        return f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        """Run one statement as the superuser outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=database, autocommit=True
        ) as connection:
            connection.execute(sql)  # type: ignore[arg-type]

    def create_database(self, name: str | None = None, template: str | None = None) -> str:
        """A new database (a copy of ``template`` if given: no one may be connected to it)."""
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        copy = f' TEMPLATE "{template}"' if template else ""
        self.admin(f'CREATE DATABASE "{name}"{copy}')
        return name

    def empty_database(self, name: str, keep: tuple[str, ...] = ("alembic_version",)) -> None:
        """Delete every row (except in ``keep``) and restart every sequence: the database is
        as new, with its schema. Much cheaper than a new database from a template (which
        copies every file) for the few rows a test writes. Connections left open by the
        previous user are ended first, so that none holds a lock."""
        import psycopg

        with psycopg.connect(
            host="127.0.0.1", port=self.port, user=SUPERUSER, dbname=name
        ) as connection:
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            tables = connection.execute(
                "SELECT quote_ident(tablename) FROM pg_tables WHERE schemaname = 'public' "
                "AND NOT tablename = ANY(%s)",
                (list(keep),),
            ).fetchall()
            # Replica mode skips foreign-key checks and triggers: any order will do.
            connection.execute("SET LOCAL session_replication_role = replica")
            for (table,) in tables:
                connection.execute(f"DELETE FROM {table}")  # type: ignore[arg-type]
            connection.execute(
                "SELECT setval(oid::regclass, 1, false) FROM pg_class WHERE relkind = 'S'"
            )

    def drop_database(self, name: str) -> None:
        self.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_cluster() -> PostgresCluster:
    bin_dir = _bin_dir()
    folder = Path(tempfile.mkdtemp(prefix="nfg-pg-"))
    run_as = None
    if os.geteuid() == 0:
        run_as = "postgres"
        entry = pwd.getpwnam(run_as)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        folder.chmod(0o700)
    cluster = PostgresCluster(folder, _free_port(), bin_dir, run_as)
    cluster.start()
    atexit.register(_remove, cluster)
    return cluster


def _remove(cluster: PostgresCluster) -> None:
    cluster.stop()
    shutil.rmtree(cluster.folder, ignore_errors=True)
