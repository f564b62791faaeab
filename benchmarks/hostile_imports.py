"""Memory and time of reading hostile import files, each in a child process.

    .venv/bin/python benchmarks/hostile_imports.py [--limit-mb 3000]

Writes the files of issue 15 item 11 at full size (3 million rows in a small .xlsx, a zip bomb of
2 GiB of blanks, cells in the far corner of a sheet, 3 million CSV rows) and reads each with
``read_table`` in a child process whose address space is limited to ``--limit-mb`` (so that a
reader that does not stop cannot take the machine down). Prints the peak resident memory (goal:
under 500 MB), the time and the first line of what the child said. A healthy 10,000-row list is
read as well, for comparison.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from nfg_desktop.io import xlsx_writer  # noqa: E402
from tests.io import hostile  # noqa: E402

CHILD = """
import sys
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.io.readers import read_table
try:
    table = read_table(sys.argv[1])
except DomainError as error:
    print("abgelehnt:", error.message)
else:
    print("gelesen:", len(table.rows), "Zeilen")
"""


def csv_rows(path: Path, rows: int) -> Path:
    with path.open("wb") as handle:
        handle.write(b"Name;Ort\r\n")
        for _ in range(rows // 10_000):
            handle.write(b"Verein;Ulm\r\n" * 10_000)
    return path


def healthy(path: Path, rows: int) -> Path:
    """A list as the program's own export writes it: 25 columns, every cell with its place."""
    headers = [f"Spalte {number}" for number in range(25)]
    headers[:2] = ["Name", "Ort"]
    body = [
        [f"Verein {row}", "Ulm", *(f"Wert {row}-{col}" for col in range(23))] for row in range(rows)
    ]
    xlsx_writer.write_workbook(path, "Partner", headers, body, [10.0] * 25)
    return path


def measure(path: Path, limit_mb: int) -> str:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, limit_mb << 20))

    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        preexec_fn=limit,
        text=True,
    )
    output = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    said = (output.strip().splitlines() or ["(nichts)"])[-1][:110]
    code = os.waitstatus_to_exitcode(status)
    size = path.stat().st_size
    return (
        f"{path.name:<24} {size / 1024:>9.0f} KB  peak {usage.ru_maxrss / 1024:>7.0f} MB  "
        f"{seconds:>6.1f} s  exit {code}  {said}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit-mb", type=int, default=3000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        files = [
            healthy(root / "gesund-10000.xlsx", 10_000),
            hostile.many_rows_xlsx(root / "ohne-bezug-10000.xlsx", 10_000),
            hostile.many_rows_xlsx(root / "3-millionen.xlsx", 3_000_000),
            hostile.whitespace_bomb_xlsx(root / "zip-bombe.xlsx", 2 << 30),
            hostile.far_cells_xlsx(root / "ferne-zelle.xlsx"),
            hostile.far_cells_xlsx(root / "ferne-zeile.xlsx", "B", 200_000),
            hostile.dtd_xlsx(root / "dtd.xlsx"),
            csv_rows(root / "3-millionen.csv", 3_000_000),
        ]
        for path in files:
            print(measure(path, args.limit_mb), flush=True)


if __name__ == "__main__":
    main()
