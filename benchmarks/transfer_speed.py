"""Import and export speed on the large demo network.

    .venv/bin/python benchmarks/transfer_speed.py [--rows 10000] [--scale 100]

The issue's targets: import a 10,000-row partner .xlsx with duplicate detection against 4,000
stored partners in under 2 seconds; export 12,000 volunteers to .xlsx in under 3 seconds.
Prints the time of each step (read, check + duplicates, store) separately.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

from nfg_desktop.io.exporting import export
from nfg_desktop.io.importing import execute, prepare
from nfg_desktop.io.mapping import auto_map
from nfg_desktop.io.readers import read_table
from nfg_desktop.services.demo import build_demo
from nfg_desktop.store.database import open_database
from nfg_desktop.store.models import Partner


class Clock:
    """Wall and CPU time: on a busy machine the CPU time says more about the code."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def lap(self) -> str:
        wall, cpu = time.perf_counter(), time.process_time()
        text = f"{wall - self.wall:.2f} / {cpu - self.cpu:.2f} s"
        self.wall, self.cpu = wall, cpu
        return text


def partner_file(path: Path, rows: int, stored: list[tuple[str, str]]) -> None:
    """``rows`` partners, one in ten a duplicate of a stored one, a few broken."""
    chance = random.Random(7)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Partner")
    sheet.append(["Name", "Art", "Straße", "PLZ", "Ort", "Telefon", "E-Mail", "Ansprechpartner"])
    for number in range(rows):
        if stored and number % 10 == 0:
            name, city = chance.choice(stored)
            name = name.upper()
        else:
            name, city = f"Verein Nummer {number}", "Musterhausen"
        email = f"info{number}@verein.example" if number % 97 else "kaputt@"
        sheet.append(
            [
                name,
                "Verein",
                f"Hauptstraße {number % 200}",
                7 * 1000 + number % 900,
                city,
                f"07123 {number:06d}",
                email,
                f"Frau Erika Muster{number}",
            ]
        )
    workbook.save(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--scale", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        database = open_database(base / "benchmark.sqlite")
        with database.write() as session:
            build_demo(session, scale=args.scale)
        with database.read() as session:
            stored = [(p.name, p.city) for p in session.query(Partner)]
        print(f"stored partners: {len(stored):,}")
        source = base / "partner.xlsx"
        partner_file(source, args.rows, stored)

        clock = Clock()
        table = read_table(source)
        read = clock.lap()
        with database.write() as session:
            plan = prepare(session, "partners", table, auto_map("partners", table.headers))
            checked = clock.lap()
            summary = execute(session, plan)
        stored_at = clock.lap()
        print(f"import {len(table):,} rows (wall / CPU seconds):")
        print(f"  read {read}, check + duplicates {checked}, store {stored_at}")
        print(
            f"  {summary.created:,} created, {summary.skipped:,} duplicates skipped, "
            f"{summary.invalid:,} invalid"
        )
        for kind, name in (
            ("volunteers", "ehrenamtliche.xlsx"),
            ("volunteers", "ehrenamtliche.csv"),
            ("hours", "stunden.xlsx"),
        ):
            clock = Clock()
            with database.read() as session:
                count = export(session, kind, base / name)
            print(f"export {count:,} {kind} to {name}: {clock.lap()}")
        database.close()


if __name__ == "__main__":
    main()
