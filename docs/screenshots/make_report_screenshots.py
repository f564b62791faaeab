"""The README's pictures of printouts: page 1 of the Partnerliste and the Netzwerkkarte.

    .venv/bin/python docs/screenshots/make_report_screenshots.py

Builds the demo network „Musterhausen“ in a temporary folder (as make_screenshots.py does),
prints both reports dated 25.11.2026 and turns their first page into a PNG at 90 dpi with
`pdftoppm` (poppler-utils), saved next to this script.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = date(2026, 11, 25)
SHOTS = (("partner-list", "partnerliste"), ("network-map", "netzwerkkarte"))


def main() -> int:
    from nfg_desktop.reports import ReportOptions, render
    from nfg_desktop.services.demo import build_demo
    from nfg_desktop.store.database import open_database

    with tempfile.TemporaryDirectory() as folder:
        database = open_database(Path(folder) / "musterhausen.sqlite")
        with database.write() as session:
            build_demo(session, scale=1, today=TODAY)
        for kind, name in SHOTS:
            pdf = Path(folder) / f"{name}.pdf"
            with database.read() as session:
                pdf.write_bytes(render(kind, session, ReportOptions(today=TODAY)))
            command = ["pdftoppm", "-png", "-r", "90", "-f", "1", "-l", "1", "-singlefile"]
            subprocess.run([*command, str(pdf), str(HERE / name)], check=True)
            print((HERE / f"{name}.png").relative_to(HERE.parent.parent))
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
