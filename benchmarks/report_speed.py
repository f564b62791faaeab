"""Printing the partner list of 5,000 partners: our `report partner-list` against LibreOffice.

    .venv/bin/python benchmarks/report_speed.py [--db FILE] [--runs 3] [--instructions]

Without --db a demo network of 5,000 partners (`demo --scale 125`) is built in a temporary
folder first. The same 5,000 rows with the fields the partner list prints (name, kind, focus
areas, status, address, contact person with function, phones, e-mails) are written to an .xlsx,
and `soffice --headless --convert-to pdf` converts it, as a coordinator printing from Excel today
would. Both are whole processes started from scratch, timed in the same run (wall clock and CPU
time of the child), medians of ``--runs`` after one warm-up run each; the issue's target is at
most half the time of LibreOffice. Needs LibreOffice (`apt-get install libreoffice-calc-nogui`)
and poppler's pdfinfo for the page counts. ``--instructions`` also counts what each executes
under valgrind (`apt-get install valgrind`): unlike the clock on a busy machine, that count is
the same on every run.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from openpyxl import Workbook

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from nfg_desktop.services.demo import build_demo  # noqa: E402
from nfg_desktop.services.reporting import partner_rows  # noqa: E402
from nfg_desktop.store.database import open_database  # noqa: E402

# The same fields the printed partner list shows.
COLUMNS = [
    "Name",
    "Art",
    "Schwerpunkte",
    "Status",
    "Straße",
    "PLZ Ort",
    "Ansprechperson",
    "Funktion",
    "Telefon",
    "Telefon Ansprechperson",
    "E-Mail",
    "E-Mail Ansprechperson",
]


def nfg_command() -> list[str]:
    script = Path(sys.executable).parent / "nfg-desktop"
    return [str(script)] if script.exists() else [sys.executable, "-m", "nfg_desktop"]


def write_xlsx(db_path: Path, target: Path) -> int:
    database = open_database(db_path)
    with database.read() as session:
        rows = partner_rows(session, date.today())
    database.close()
    book = Workbook()
    sheet = book.active
    sheet.title = "Partner"
    sheet.append(COLUMNS)
    for row in rows:
        sheet.append(
            [
                row.name,
                row.kind,
                ", ".join(row.focus_areas),
                row.status,
                row.street,
                row.town_line,
                row.contact_name,
                row.contact_function,
                row.phone,
                row.contact_phone,
                row.email,
                row.contact_email,
            ]
        )
    widths = (40, 22, 30, 10, 24, 22, 24, 18, 16, 16, 34, 34)
    for letter, width in zip("ABCDEFGHIJKL", widths, strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.print_title_rows = "1:1"
    book.save(target)
    return len(rows)


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall-clock seconds and CPU seconds (user + system) of the child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def report(label: str, runs: list[tuple[float, float]], page_count: str) -> None:
    walls = [w for w, _ in runs]
    cpus = [c for _, c in runs]
    print(
        f"{label}: wall median {statistics.median(walls):.2f} s (best {min(walls):.2f} s), "
        f"CPU median {statistics.median(cpus):.2f} s, {page_count} pages"
    )


def instructions(command: list[str], env: dict[str, str]) -> int:
    """Instructions the command executes, counted by valgrind (the same on every run, unlike
    the clock on a busy machine). With its children: LibreOffice's launcher starts the real
    program, whose count is the largest; a forked child repeats its parent's count, so the
    counts are not added up."""
    output = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            "--trace-children=yes",
            "--callgrind-out-file=/dev/null",
            *command,
        ],
        capture_output=True,
        text=True,
        env=dict(env, PYTHONHASHSEED="0"),
        check=True,
    ).stderr
    counts = [int(n) for n in re.findall(r"Collected : (\d+)", output)]
    return max(counts, default=0)


def pages(pdf: Path) -> str:
    if shutil.which("pdfinfo") is None:
        return "?"
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return next((line.split()[-1] for line in out.splitlines() if line.startswith("Pages")), "?")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a file with about 5,000 partners")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="also count both commands' instructions with valgrind (a few minutes)",
    )
    args = parser.parse_args()
    if args.instructions and shutil.which("valgrind") is None:
        print("valgrind fehlt: apt-get install valgrind")
        return 1
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        print("LibreOffice (soffice) fehlt: apt-get install libreoffice-calc-nogui")
        return 1
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        env = dict(os.environ, NFG_HOME=str(folder / "home"))
        # An installed program has its byte code compiled (pip and the Windows bundle do it when
        # installing); the warm-up run writes it here, so no run compiles the sources again.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        db_path = args.db
        if db_path is None:
            db_path = folder / "gross.sqlite"
            database = open_database(db_path)
            with database.write() as session:
                build_demo(session, scale=125)
            database.close()
        xlsx = folder / "Partnerliste.xlsx"
        count = write_xlsx(db_path, xlsx)
        ours_pdf = folder / "Partnerliste.pdf"
        ours = [*nfg_command(), "--db", str(db_path), "report", "partner-list", "-o", str(ours_pdf)]
        profile = f"file://{folder / 'lo-profile'}"
        theirs = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "lo"),
            str(xlsx),
        ]
        timed(ours, env)  # warm-up: file cache, Python byte code
        timed(theirs, env)  # warm-up: LibreOffice creates its profile
        ours_runs = []
        theirs_runs = []
        for _ in range(args.runs):
            ours_runs.append(timed(ours, env))
            theirs_runs.append(timed(theirs, env))
        print(f"partners: {count:,}")
        report("nfg-desktop report partner-list", ours_runs, pages(ours_pdf))
        report(
            "soffice --convert-to pdf (.xlsx)",
            theirs_runs,
            pages(folder / "lo" / "Partnerliste.pdf"),
        )
        wall = statistics.median(w for w, _ in ours_runs) / statistics.median(
            w for w, _ in theirs_runs
        )
        cpu = statistics.median(c for _, c in ours_runs) / statistics.median(
            c for _, c in theirs_runs
        )
        print(f"ratio ours/LibreOffice (medians): wall {wall:.2f}, CPU {cpu:.2f}")
        print(f"load average at the end: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        if args.instructions:
            ours_count = instructions(ours, env)
            theirs_count = instructions(theirs, env)
            print(
                f"instructions (valgrind): ours {ours_count / 1e9:.2f} billion, LibreOffice "
                f"{theirs_count / 1e9:.2f} billion, ratio {ours_count / theirs_count:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
