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


def partner_list(path: Path, rows: int) -> Path:
    """A partner list as the program's export writes it, every column filled."""
    from datetime import date

    from nfg_desktop.io.exporting import _CONTACT_KEYS, _PARTNER_KEYS, PARTNER_FIELDS, _label

    headers = [_label(PARTNER_FIELDS, key) for key in (*_PARTNER_KEYS, *_CONTACT_KEYS)]
    body = [
        [
            f"Verein Nummer {row}",
            "Verein",
            "Zivilgesellschaft",
            f"Hauptstraße {row % 200}",
            f"{70000 + row % 9000}",
            "Musterhausen",
            f"07071 {100000 + row}",
            f"info{row}@verein.example",
            f"www.verein{row}.example",
            "aktiv",
            date(2024, 1, 1),
            date(2024, 6, 1),
            "Familien unterstützen; Kinder fördern",
            "Familien; Kinder",
            f"Notiz zu Verein {row}\nzweite Zeile",
            "Anna",
            f"Muster{row}",
            "Leitung",
            f"07071 {200000 + row}",
            f"anna{row}@verein.example",
            date(2024, 1, 1),
            True,
            False,
            False,
            None,
        ]
        for row in range(rows)
    ]
    xlsx_writer.write_workbook(path, "Partner", headers, body, [10.0] * len(headers))
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


IMPORT = """
import sys
from nfg_desktop.__main__ import main
sys.exit(main(["--db", sys.argv[2], "import", "partners", sys.argv[1], "--dry-run"]))
"""


def measure(path: Path, limit_mb: int, child_code: str = CHILD, *extra: str) -> str:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (limit_mb << 20, limit_mb << 20))

    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", child_code, str(path), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        preexec_fn=limit,
        text=True,
    )
    output = child.stdout.read() if child.stdout else ""
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    said = (output.strip().splitlines() or ["(nichts)"])[-1][:100]
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
            hostile.compact_rows_xlsx(root / "3-millionen-kurz.xlsx", 3_000_000),
            hostile.whitespace_bomb_xlsx(root / "zip-bombe.xlsx", 2 << 30),
            hostile.far_cells_xlsx(root / "ferne-zelle.xlsx"),
            hostile.far_cells_xlsx(root / "ferne-zeile.xlsx", "B", 200_000),
            hostile.dtd_xlsx(root / "dtd.xlsx"),
            csv_rows(root / "3-millionen.csv", 3_000_000),
        ]
        print("read_table:")
        for path in files:
            print(measure(path, args.limit_mb), flush=True)
        print("nfg-desktop import partners DATEI --dry-run (read, map, check every row):")
        database = str(root / "leer.sqlite")
        full = partner_list(root / "partner-80000.xlsx", 80_000)  # 1.9 million filled cells
        print(measure(full, args.limit_mb), flush=True)
        for path in (full, files[2], files[3], files[-1]):
            print(measure(path, args.limit_mb, IMPORT, database), flush=True)


if __name__ == "__main__":
    main()
