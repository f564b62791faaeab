"""How long building the demo network takes, and how large the file gets.

    .venv/bin/python benchmarks/demo_speed.py [--scale 100]

The issue's target: `demo --scale 100` (about 4,000 partners, 12,000 volunteers, 200,000+ hours)
in under 30 seconds.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from nfg_desktop.services.demo import build_demo
from nfg_desktop.services.statistics import entity_counts
from nfg_desktop.store.database import open_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "benchmark.sqlite"
        started = time.perf_counter()
        database = open_database(path)
        opened = time.perf_counter()
        cpu_before = time.process_time()
        with database.write() as session:
            build_demo(session, scale=args.scale)
        built = time.perf_counter()
        cpu = time.process_time() - cpu_before
        with database.read() as session:
            counts = entity_counts(session)
        database.close()
        print(f"scale {args.scale}")
        print(f"create empty file: {opened - started:.2f} s")
        print(f"build demo network: {built - opened:.2f} s")
        # Processor time of this process: what the build costs on a machine shared with others.
        print(f"  of which processor time: {cpu:.2f} s")
        print(f"file size: {path.stat().st_size / 1_000_000:.1f} MB")
        for name, count in counts.items():
            print(f"  {name}: {count:,}")


if __name__ == "__main__":
    main()
