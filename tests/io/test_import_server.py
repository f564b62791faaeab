"""Imports into a network on a PostgreSQL server (issue 18): two at once, one killed half-way.

The real command line in subprocesses (``nfg-desktop --db-url URL import partners FILE``)
against the tests' throw-away server.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.cli.conftest import REPO, console_script

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

PARTNERS_PER_FILE = 3000


def _partner_file(path: Path, prefix: str, count: int) -> Path:
    """``count`` partners with a contact person each, all named after ``prefix``."""
    lines = ["Name;Art;Ort;E-Mail;Ansprechpartner"]
    for number in range(1, count + 1):
        lines.append(
            f"{prefix} Verein {number};Verein;Tübingen;"
            f"{prefix.lower()}{number}@verein.example;Frau Anna {prefix}{number}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _start_import(url: str, path: Path, nfg_home: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, NFG_HOME=str(nfg_home), PYTHONPATH=str(REPO))
    env.pop("NFG_DB", None)
    return subprocess.Popen(
        [*console_script(), "--db-url", url, "import", "partners", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )


def _scalar(url: str, sql: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(sql)).scalar_one())
    finally:
        engine.dispose()


def _counts(url: str) -> dict[str, int]:
    return {
        "partners": _scalar(url, "SELECT count(*) FROM partner"),
        "contacts": _scalar(url, "SELECT count(*) FROM contact_person"),
        "created": _scalar(
            url,
            "SELECT count(DISTINCT entity_id) FROM change_record "
            "WHERE entity = 'partner' AND action = 'create'",
        ),
    }


def test_two_imports_at_once_store_every_partner_once(
    pg_schema_url: str, nfg_home: Path, tmp_path: Path
) -> None:
    files = [
        _partner_file(tmp_path / f"{prefix}.csv", prefix, PARTNERS_PER_FILE)
        for prefix in ("Nord", "Süd")
    ]
    running = [_start_import(pg_schema_url, path, nfg_home) for path in files]
    for process in running:
        out, err = process.communicate(timeout=600)
        assert process.returncode == 0, err
    total = 2 * PARTNERS_PER_FILE
    assert _counts(pg_schema_url) == {"partners": total, "contacts": total, "created": total}
    for prefix in ("Nord", "Süd"):
        # every partner got its own contact person (no id taken twice)
        mismatched = _scalar(
            pg_schema_url,
            "SELECT count(*) FROM partner p JOIN contact_person c ON c.partner_id = p.id "
            f"WHERE p.name LIKE '{prefix} Verein %' AND c.last_name NOT LIKE '{prefix}%'",
        )
        assert mismatched == 0


def _import_is_writing(url: str) -> bool:
    return bool(
        _scalar(
            url,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL",
        )
    )


def _wait_for_other_connections_to_end(url: str) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        others = _scalar(
            url,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()",
        )
        if not others:
            return
        time.sleep(0.05)
    raise AssertionError("the killed import's connection is still open on the server")


def test_an_import_killed_half_way_leaves_nothing_behind(
    pg_schema_url: str, nfg_home: Path, tmp_path: Path
) -> None:
    path = _partner_file(tmp_path / "gross.csv", "West", PARTNERS_PER_FILE)
    process = _start_import(pg_schema_url, path, nfg_home)
    try:
        deadline = time.monotonic() + 300
        while not _import_is_writing(pg_schema_url):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the import never started writing"
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        process.communicate()
    assert process.returncode == -signal.SIGKILL
    _wait_for_other_connections_to_end(pg_schema_url)
    counts = _counts(pg_schema_url)
    # killed inside its transaction: nothing; killed just after the commit: all of it
    assert counts in (dict.fromkeys(counts, 0), dict.fromkeys(counts, PARTNERS_PER_FILE))
