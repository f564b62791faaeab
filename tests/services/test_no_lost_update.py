"""Two programs edit the same partners on one server at once: no edit is lost, every refused
save is reported, and the history holds every stored one (issue 18)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store.database import open_url
from nfg_desktop.store.models import ChangeRecord
from tests.postgres import PostgresCluster
from tests.services.edit_worker import parse
from tests.two_users import SECOND_USER, add_second_user

pytestmark = [pytest.mark.postgres, pytest.mark.slow]

EDITS = 500
SHARED = 4
ROOT = Path(__file__).resolve().parents[2]


def test_two_programs_with_500_random_edits_each_lose_nothing(
    pg_cluster: PostgresCluster,
) -> None:
    name = pg_cluster.create_database()
    try:
        _run(pg_cluster, name)
    finally:
        pg_cluster.drop_database(name)


def _run(cluster: PostgresCluster, name: str) -> None:
    first_url = cluster.url(name)
    database = open_url(first_url)
    with database.write() as session:
        ids = [
            PartnerService(session).create(PartnerData(name=f"Partner {n}", contacts=[])).id
            for n in range(SHARED)
        ]
    urls = {"p0": first_url, "p1": add_second_user(cluster, name)}
    start_at = f"{time.time() + 3:.3f}"
    workers = {
        user: subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.services.edit_worker",
                url,
                user,
                str(seed),
                str(EDITS),
                start_at,
                *map(str, ids),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for seed, (user, url) in enumerate(urls.items())
    }
    results = {}
    for user, worker in workers.items():
        out, err = worker.communicate(timeout=300)
        assert worker.returncode == 0, err
        results[user] = json.loads(out)

    with database.read() as session:
        stored = {pid: PartnerService(session).get(pid).notes for pid in ids}
        history_rows = Counter(
            (int(row.entity_id), row.user)
            for row in session.execute(
                select(ChangeRecord.entity_id, ChangeRecord.user).where(
                    ChangeRecord.entity == "partner",
                    ChangeRecord.field == "notes",
                    ChangeRecord.action == "update",
                )
            )
        )
        versions_now = {pid: PartnerService(session).get(pid).version for pid in ids}
        creates = session.scalar(
            select(func.count()).select_from(ChangeRecord).where(ChangeRecord.action == "create")
        )
    database.close()

    logins = {"p0": "nfg_test", "p1": SECOND_USER}
    total_saved = total_conflicts = 0
    for user, result in results.items():
        saved = {int(k): v for k, v in result["saved"].items()}
        conflicts = {int(k): v for k, v in result["conflicts"].items()}
        # every edit either stored or reported as a conflict, none vanished
        assert sum(saved.values()) + sum(conflicts.values()) == EDITS
        # every conflict named a newer version and who made it
        assert result["named"] == sum(conflicts.values())
        for pid in ids:
            # no lost update: the user's counter counts every one of their stored edits
            assert parse(stored[pid])[user] == saved.get(pid, 0), (user, pid, stored[pid])
            # the history holds one row per stored edit, under the user's own login
            assert history_rows[(pid, logins[user])] == saved.get(pid, 0)
        total_saved += sum(saved.values())
        total_conflicts += sum(conflicts.values())
    # each stored edit moved its partner's version on by one
    assert sum(versions_now.values()) - SHARED == total_saved
    assert creates and total_conflicts > 0  # the two really met
    print(f"\nstored {total_saved}, conflicts reported {total_conflicts}")
