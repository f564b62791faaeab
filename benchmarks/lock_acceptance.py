"""Acceptance of issue 14 from outside, with the real program (POSIX; the window needs an X
server, e.g. ``Xvfb :99 &`` and ``DISPLAY=:99``):

    .venv/bin/python benchmarks/lock_acceptance.py window  [--starts 5] [--scale 100]
    .venv/bin/python benchmarks/lock_acceptance.py imports [--kills 15] [--rows 20000]

``window``: a demo file (``nfg-desktop --db F demo --scale N``); the window is started N times,
each time it must show its main window named after the network (found with ``xdotool``), and is
then ended with SIGTERM: exit code 0, no traceback, lock free, no question at the next start.

``imports``: an import of many partners is killed with SIGKILL at a random moment, again and
again; after each kill ``list partners`` must work at once (exit 0, nothing on stderr) and show
either all rows of the import or none (one transaction), and the file must be intact.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROGRAM = [str(Path(sys.executable).parent / "nfg-desktop")]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, NFG_HOME=str(home))
    env.pop("QT_QPA_PLATFORM", None)  # the real X server
    return env


def _network_name(db: Path) -> str:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT name FROM network LIMIT 1").fetchone()
        return str(row[0]) if row else ""
    finally:
        connection.close()


def _find_window(name: str, pid: int, timeout: float) -> float | None:
    """Seconds until a visible window of ``pid`` whose title holds ``name`` appears."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(pid), "--name", name],
            capture_output=True,
            text=True,
            check=False,
        )
        if found.returncode == 0 and found.stdout.strip():
            return time.perf_counter() - started
        time.sleep(0.2)
    return None


def window(starts: int, scale: int) -> int:
    work = Path(tempfile.mkdtemp(prefix="nfg-lock-"))
    db = work / "netzwerk.sqlite"
    env = _env(work / "home")
    subprocess.run([*PROGRAM, "--db", str(db), "demo", "--scale", str(scale)], env=env, check=True)
    name = _network_name(db)
    print(f"Demo scale {scale}: {db} ({db.stat().st_size / 1e6:.1f} MB), network „{name}“")
    good = 0
    for number in range(1, starts + 1):
        process = subprocess.Popen(
            [*PROGRAM, "--db", str(db)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        shown = _find_window(name, process.pid, timeout=120)
        time.sleep(1.0)  # the lists load in the background meanwhile
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=120)
        lock_left = Path(f"{db}.lock").exists()
        wal_left = Path(f"{db}-wal").exists()
        ok = shown is not None and process.returncode == 0 and "Traceback" not in err
        ok = ok and not lock_left and not wal_left
        good += ok
        shown_text = f"{shown:.1f} s" if shown is not None else "NICHT gezeigt"
        print(
            f"Start {number}: Hauptfenster „{name}“ {shown_text}, SIGTERM -> Exit "
            f"{process.returncode}, Sperrdatei {'übrig' if lock_left else 'frei'}, "
            f"WAL {'übrig' if wal_left else 'zurückgeschrieben'}, "
            f"Traceback {'ja' if 'Traceback' in err else 'nein'}"
        )
    print(f"{good} von {starts} Starts zeigten das Hauptfenster und endeten sauber.")
    return 0 if good == starts else 1


def _partner_count(db: Path) -> int:
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        assert connection.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return int(connection.execute("SELECT count(*) FROM partner").fetchone()[0])
    finally:
        connection.close()


def _source(work: Path, number: int, rows: int) -> Path:
    source = work / f"partner-{number}.csv"
    lines = ["Name;Ort;Telefon"] + [
        f"Importpartner {number}-{n:06d};Musterhausen;07141 {n:06d}" for n in range(rows)
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


def imports(kills: int, rows: int, seed: int) -> int:
    work = Path(tempfile.mkdtemp(prefix="nfg-lock-"))
    db = work / "netzwerk.sqlite"
    env = _env(work / "home")
    subprocess.run([*PROGRAM, "--db", str(db), "demo"], env=env, check=True, capture_output=True)
    before = _partner_count(db)
    full = subprocess.run(
        [*PROGRAM, "--db", str(work / "probe.sqlite"), "demo"], env=env, capture_output=True
    )
    assert full.returncode == 0
    source = _source(work, 0, rows)
    started = time.perf_counter()
    timing = subprocess.run(
        [*PROGRAM, "--db", str(work / "probe.sqlite"), "import", "partners", str(source)],
        env=env,
        capture_output=True,
        text=True,
    )
    duration = time.perf_counter() - started
    print(
        f"Import von {rows} Partnern dauert ungestört {duration:.1f} s (Exit {timing.returncode})"
    )
    rng = random.Random(seed)
    good = 0
    outcomes = {"nichts": 0, "alles": 0}
    for number in range(1, kills + 1):
        source = _source(work, number, rows)  # new names each round: nothing is a duplicate
        process = subprocess.Popen(
            [*PROGRAM, "--db", str(db), "import", "partners", str(source)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.2, duration * 0.95))
        process.send_signal(signal.SIGKILL)
        process.wait()
        moment = time.perf_counter()
        listed = subprocess.run(
            [*PROGRAM, "--db", str(db), "list", "partners"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        seconds = time.perf_counter() - moment
        count = _partner_count(db)
        whole = count in (before, before + rows)
        outcomes["nichts" if count == before else "alles"] += count in (before, before + rows)
        ok = listed.returncode == 0 and listed.stderr == "" and whole
        good += ok
        print(
            f"Abbruch {number:2d}: list partners Exit {listed.returncode} in {seconds:.1f} s, "
            f"stderr {'leer' if not listed.stderr else repr(listed.stderr.strip())}, "
            f"Partner {count} ({'ganz' if whole else 'TEILWEISE'})"
        )
        before = count
    print(
        f"{good} von {kills} Abbrüchen: list sofort möglich, kein halber Import "
        f"(nichts gespeichert: {outcomes['nichts']}, ganz gespeichert: {outcomes['alles']})."
    )
    return 0 if good == kills else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="what", required=True)
    w = sub.add_parser("window")
    w.add_argument("--starts", type=int, default=5)
    w.add_argument("--scale", type=int, default=100)
    i = sub.add_parser("imports")
    i.add_argument("--kills", type=int, default=15)
    i.add_argument("--rows", type=int, default=20000)
    i.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    if args.what == "window":
        return window(args.starts, args.scale)
    return imports(args.kills, args.rows, args.seed)


if __name__ == "__main__":
    sys.exit(main())
