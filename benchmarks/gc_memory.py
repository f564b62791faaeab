"""Memory over a long session: 20 file switches, then 50 reloads of the volunteer list.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gc_memory.py [--scale 100] [--db FILE]

The window is started as ``nfg-desktop`` starts it (collector paused until the start is over,
``gui.app.open_start_window``), then the file is switched between two copies of a demo network
(``WindowController.open``, as Datei › Öffnen…; each time the volunteer list is loaded), then the
volunteer list is loaded again 50 times (as after each save). Shown: the resident memory and the
objects the cyclic garbage collector tracks (and how many of them are frozen) along the way.
Target: no growth beyond noise after the first few steps.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SWITCHES = 20
RELOADS = 50


def resident_mb() -> float:
    """Current resident set size (Linux)."""
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def build(path: Path, scale: int) -> None:
    from nfg_desktop.services.demo import build_demo
    from nfg_desktop.store.database import open_database

    database = open_database(path)
    with database.write() as session:
        build_demo(session, scale=scale, today=date(2026, 11, 25))
    database.close()


def settle() -> None:
    """Let the event loop run a while: deleted windows go, timers of the start fire."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(20):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        time.sleep(0.005)


def sample(label: str, samples: list[tuple[str, float, int, int]]) -> None:
    samples.append((label, resident_mb(), len(gc.get_objects()), gc.get_freeze_count()))


def run(first: Path, second: Path) -> list[tuple[str, float, int, int]]:
    from nfg_desktop import gcpolicy
    from nfg_desktop.gui import app as gui_app
    from nfg_desktop.gui.opening import wait_for_daily_backups

    gui_app.create_application()
    controller = gui_app.WindowController()
    gcpolicy.pause_for_start()  # as __main__.main does before the window's start
    samples: list[tuple[str, float, int, int]] = []
    assert gui_app.open_start_window(controller, first)

    def wait_started() -> None:
        window = controller.window
        assert window is not None
        while not window._started:
            settle()
        view = window.list_view("volunteers")
        window.show_view("volunteers")
        view.wait_loaded()
        settle()

    wait_started()
    sample("start", samples)
    for switch in range(1, SWITCHES + 1):
        assert controller.open(second if switch % 2 else first)
        wait_started()
        wait_for_daily_backups()
        sample(f"switch {switch}", samples)
    assert controller.window is not None
    view = controller.window.list_view("volunteers")
    for reload in range(1, RELOADS + 1):
        view.reload()
        view.wait_loaded()
        settle()
        sample(f"reload {reload}", samples)
    controller.window.close_without_asking()
    controller.close_file()
    return samples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--db", type=Path, help="an existing demo file (else one is built)")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as folder:
        os.environ["NFG_HOME"] = folder
        first, second = Path(folder) / "a.sqlite", Path(folder) / "b.sqlite"
        if args.db is None:
            print(f"building the demo network (scale {args.scale}) …", file=sys.stderr)
            build(first, args.scale)
        else:
            shutil.copyfile(args.db, first)
        shutil.copyfile(first, second)
        samples = run(first, second)
    shown = {"start", "switch 1", "switch 2", "switch 5", "switch 10", "switch 15", "switch 20"}
    shown |= {"reload 1", "reload 2", "reload 10", "reload 25", "reload 40", "reload 50"}
    print(f"{'':<10} {'resident MB':>11} {'gc objects':>11} {'frozen':>9}")
    for label, resident, objects, frozen in samples:
        if label in shown:
            print(f"{label:<10} {resident:>11.0f} {objects:>11,} {frozen:>9,}")
    by_label = {label: resident for label, resident, _objects, _frozen in samples}
    print(
        f"growth switch 2 -> 20: {by_label['switch 20'] - by_label['switch 2']:+.0f} MB;"
        f" reload 2 -> 50: {by_label['reload 50'] - by_label['reload 2']:+.0f} MB"
    )


if __name__ == "__main__":
    main()
