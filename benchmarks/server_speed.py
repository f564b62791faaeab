"""The same network on a local PostgreSQL server against the SQLite file (issue 18's figures).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/server_speed.py [--scale 100]
        [--runs 3] [--saves 20]

Starts a throw-away cluster (``tests/postgres.py``: the distribution's PostgreSQL, a free port
on 127.0.0.1) and builds the demo network of --scale in a SQLite file and in a server database
(the same seed and day, so the same rows). Then:
- opening and loading all lists: a new process opens the file (or the server), builds the main
  window at 1280 x 800 and waits until the overview and all five lists are loaded; the median of
  --runs. Target: the server at most 1.5 x the file's time.
- a save seen by a second process: this process renames a partner (one write transaction) while
  a second process listens (``Database.start_feed``, as a window does); the time from the start
  of the save to the notification's arrival in the other process (CLOCK_MONOTONIC is shared by
  all processes). Target: under 200 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nfg_desktop.services.demo import build_demo  # noqa: E402
from nfg_desktop.store.database import Database, open_database, open_url  # noqa: E402
from nfg_desktop.store.models import Partner  # noqa: E402
from tests.postgres import start_cluster  # noqa: E402

TODAY = date(2026, 11, 25)

# Opens argv[1] (a path or a URL), the window with every list loaded; prints the seconds taken.
OPEN_AND_LOAD = """
import sys, time
started = time.perf_counter()
from pathlib import Path
from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.list_view import VIEW_KINDS
from nfg_desktop.store.database import open_database, open_url

app = create_application()
target = sys.argv[1]
database = open_url(target) if "://" in target else open_database(Path(target), lock=True)
window = MainWindow(database, database.path)
window.resize(1280, 800)
window.show()
for name in VIEW_KINDS:
    window.list_view(name).ensure_loaded()
window.wait_loaded()
app.processEvents()
counts = [window.list_view(name).model.total() for name in VIEW_KINDS]
print(time.perf_counter() - started, sum(counts), flush=True)
window.close_without_asking()
database.close()
"""

# Listens on argv[1]; prints "ready", then the arrival time (CLOCK_MONOTONIC) of each batch.
LISTENER = """
import sys, time
from nfg_desktop.store.database import open_url

database = open_url(sys.argv[1])
def heard(changes):
    print("heard", time.monotonic(), len(changes), flush=True)
feed = database.start_feed(heard, lambda connected: None)
feed.ready.wait(10)
print("ready", flush=True)
sys.stdin.readline()
database.close()
"""


def build(database: Database, scale: int) -> None:
    with database.write() as session:
        build_demo(session, scale=scale, today=TODAY)


def open_and_load(target: str, runs: int) -> tuple[float, int]:
    times: list[float] = []
    rows = 0
    for _run in range(runs):
        result = subprocess.run(
            [sys.executable, "-c", OPEN_AND_LOAD, target],
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            capture_output=True,
            text=True,
            check=True,
        )
        seconds, total = result.stdout.split()[-2:]
        times.append(float(seconds))
        rows = int(total)
    return statistics.median(times), rows


def save_seen_elsewhere(url: str, saves: int) -> list[float]:
    listener = subprocess.Popen(
        [sys.executable, "-c", LISTENER, url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert listener.stdout is not None and listener.stdin is not None
    assert listener.stdout.readline().strip() == "ready"
    database = open_url(url)
    latencies: list[float] = []
    try:
        with database.read() as session:
            partner_id = session.query(Partner.id).order_by(Partner.id).limit(1).scalar()
        for number in range(saves):
            started = time.monotonic()
            with database.write() as session:
                partner = session.get(Partner, partner_id)
                assert partner is not None
                partner.name = f"Benchmark-Verein {number}"
            line = listener.stdout.readline().split()
            assert line[0] == "heard", line
            latencies.append(float(line[1]) - started)
            time.sleep(0.1)
    finally:
        database.close()
        listener.stdin.write("\n")
        listener.stdin.flush()
        listener.wait(timeout=30)
    return latencies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--saves", type=int, default=20)
    args = parser.parse_args()
    cluster = start_cluster()
    try:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "netzwerk.sqlite"
            url = cluster.url(cluster.create_database("nfg_benchmark"))
            started = time.perf_counter()
            local = open_database(path)
            build(local, args.scale)
            local.close()
            built_file = time.perf_counter() - started
            started = time.perf_counter()
            remote = open_url(url)
            build(remote, args.scale)
            remote.close()
            built_server = time.perf_counter() - started
            print(f"Demo scale {args.scale}: file {built_file:.1f} s, server {built_server:.1f} s")
            file_time, file_rows = open_and_load(str(path), args.runs)
            server_time, server_rows = open_and_load(url, args.runs)
            ratio = server_time / file_time
            verdict = "met" if ratio <= 1.5 else "NOT met"
            print(f"Open and load all lists ({file_rows} rows, median of {args.runs}):")
            print(f"  SQLite file: {file_time * 1000:.0f} ms")
            print(f"  PostgreSQL:  {server_time * 1000:.0f} ms ({server_rows} rows)")
            print(f"  ratio {ratio:.2f} (target <= 1.5: {verdict})")
            latencies = sorted(save_seen_elsewhere(url, args.saves))
            median = statistics.median(latencies) * 1000
            worst = latencies[-1] * 1000
            verdict = "met" if worst < 200 else "NOT met"
            print(f"Save seen by a second process ({args.saves} saves):")
            print(f"  median {median:.0f} ms, worst {worst:.0f} ms (target < 200 ms: {verdict})")
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
