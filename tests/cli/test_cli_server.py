"""`copy`, `backup` and `restore` with a PostgreSQL server, and a read-only server user, run as
real commands."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from nfg_desktop.services.demo import build_demo
from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store import backup
from nfg_desktop.store.database import open_database, open_url
from tests.cli.conftest import CliRunner
from tests.postgres_roles import ServerSetup, server_fixture  # noqa: F401 (a fixture)

pytestmark = pytest.mark.postgres


def demo_file(path: Path) -> Path:
    database = open_database(path)
    with database.write() as session:
        build_demo(session, scale=1, today=date(2026, 11, 25))
    database.close()
    return path


def partner_names(path: Path) -> list[str]:
    connection = sqlite3.connect(path)
    try:
        return [row[0] for row in connection.execute("SELECT name FROM partner ORDER BY id")]
    finally:
        connection.close()


def test_copy_to_a_server_and_back(cli: CliRunner, pg_url: str, tmp_path: Path) -> None:
    source = demo_file(tmp_path / "netzwerk.sqlite")
    there = cli("copy", str(source), pg_url)
    assert there.returncode == 0, there.stderr
    assert "Partner: " in there.stdout
    assert "gleich viele wie in der Quelle" in there.stdout

    back = tmp_path / "zurueck.sqlite"
    again = cli("copy", pg_url, str(back))
    assert again.returncode == 0, again.stderr
    assert partner_names(back) == partner_names(source)

    refused = cli("copy", str(source), pg_url)
    assert refused.returncode == 1
    assert refused.stderr.startswith("Fehler: ")
    assert "enthält schon ein Netzwerk" in refused.stderr


def test_backup_of_a_server_and_restore_with_and_without_replace(
    cli: CliRunner, pg_url: str, tmp_path: Path
) -> None:
    source = demo_file(tmp_path / "netzwerk.sqlite")
    restored = cli("--db-url", pg_url, "restore", str(source))
    assert restored.returncode == 0, restored.stderr

    made = cli("--db-url", pg_url, "backup", "--to", str(tmp_path / "stick"))
    assert made.returncode == 0, made.stderr
    copy = Path(made.stdout.strip())
    assert copy.parent == tmp_path / "stick"
    backup.check_backup_file(copy)
    assert partner_names(copy) == partner_names(source)

    database = open_url(pg_url)
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Später dazugekommen"))
    database.close()

    refused = cli("--db-url", pg_url, "restore", str(copy))
    assert refused.returncode == 1
    assert "--replace" in refused.stderr
    listed = cli("--db-url", pg_url, "list", "partners")
    assert "Später dazugekommen" in listed.stdout

    replaced = cli("--db-url", pg_url, "restore", "--replace", str(copy))
    assert replaced.returncode == 0, replaced.stderr
    assert "Der vorherige Stand ist gesichert" in replaced.stdout
    listed = cli("--db-url", pg_url, "list", "partners")
    assert "Später dazugekommen" not in listed.stdout
    previous = Path(replaced.stdout.strip().splitlines()[-1].split(": ", 1)[1])
    assert "Später dazugekommen" in partner_names(previous)


def test_the_command_line_of_a_reader_lists_and_refuses_changes(
    server: ServerSetup,
    cli: CliRunner,
) -> None:
    database = open_url(server.add_user(server.editor_role))
    with database.write() as session:
        PartnerService(session).create(PartnerData(name="Seniorenbüro"))
    database.close()
    mayor = server.add_user(server.reader_role)

    listed = cli("--db-url", mayor, "list", "partners")
    assert listed.returncode == 0, listed.stderr
    assert "Seniorenbüro" in listed.stdout
    assert listed.stderr == ""

    refused = cli("--db-url", mayor, "demo")
    assert refused.returncode == 1
    assert refused.stderr.startswith("Fehler: ")
    assert "Leserechte" in refused.stderr
    assert "Traceback" not in refused.stderr
