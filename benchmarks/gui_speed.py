"""How quick the window is on the large demo network (the figures issue 3 asks for).

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_speed.py [--scale 100] [--db FILE]

Measures, in one run:
- start: a bare PySide6 window (new process: import, QApplication, show, first paint) and NFG
  Desktop started the way `nfg-desktop` starts it (new process: nfg_desktop.__main__.main with
  --db): the first paint of the main window (its file open and locked, navigation and menus
  answering); the end of its start (the ORM and the data model imported, the title naming the
  network, the reads begun); and the overview with its figures painted.
  Target: at most 4 x the bare window.
- switching views (all lists loaded): target under 100 ms each.
- each keystroke in the search field of the volunteer list (typing and deleting three different
  words, including the repaint of the table): target under 16 ms; the share of filtering alone is
  shown too, the repaint of the table as it is and right after its rows changed, and the repaint
  of the same table over a C++ model (QStandardItemModel) as the floor of this machine.
- the cyclic garbage collector's runs during that typing (the window is started with the
  program's collector policy, ``nfg_desktop.gcpolicy``).
- memory (peak resident set) with every list loaded: target under 250 MB.
Without --db a demo network of --scale is built in a temporary folder first. With
--without-areas the other areas (reports, privacy, transfer, safety, network) are not built, which
separates the window's own figures from what the areas add.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

BARE_WINDOW = """
import time
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Hallo"))
window.resize(1280, 800)
window.show()
app.processEvents()
"""

# The real start: `python -m nfg_desktop --db FILE` (nfg_desktop.__main__.main, as the
# `nfg-desktop` command), watched from outside. Prints the time of the first paint of the main
# window, then of the overview with all its figures (its sections and the data-protection box)
# painted, and quits.
NFG_WINDOW = """
import os, sys, time
from nfg_desktop.__main__ import import_data_layer, main
import_data_layer()  # as main() does, before Qt
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget
import nfg_desktop.gui.app as gui_app
import nfg_desktop.gui.areas as areas
if os.environ.get("NFG_BENCH_NO_AREAS"):
    areas.AREAS = ()

class Watch(QObject):
    # Watches the main window alone: a filter on the whole application would run Python for
    # every event of every widget and slow down the start it measures.
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.seen = False
        self.overview = window.view("overview")
        window.installEventFilter(self)
        window.after_start(self.started)

    def eventFilter(self, watched, event):
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            # The window paints before its children; the next turn of the event loop comes
            # after all of them.
            QTimer.singleShot(0, self.painted)
        return False

    def painted(self):
        print("paint", time.perf_counter(), flush=True)
        self.poll()

    def started(self):
        print("start", time.perf_counter(), flush=True)

    def poll(self):
        box = self.window.findChild(QWidget, "privacyOverview")
        waiting = self.overview.loading or self.overview.overview is None
        if waiting or getattr(box, "loading", False):
            QTimer.singleShot(2, self.poll)
            return
        self.window.repaint()
        print("overview", time.perf_counter(), flush=True)
        QApplication.instance().exit(0)

opened = gui_app.WindowController.open
def open_and_watch(self, path):
    result = opened(self, path)
    if result:
        self.watch = Watch(self.window)
    return result
gui_app.WindowController.open = open_and_watch
sys.exit(main(["--db", sys.argv[1]]))
"""


def _child(code: str, *args: str) -> tuple[float, dict[str, float]]:
    """Run ``code`` in a new interpreter; wall time and the labelled time stamps it printed
    ("paint 123.4"), counted from the start of the process."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # An installed program has its byte code compiled; the first run writes it here, so the
    # runs compare start-ups, not the compiling of changed sources.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=300,  # a question dialog offscreen would wait forever
    )
    total = time.perf_counter() - started
    stamps = dict(line.split() for line in result.stdout.splitlines() if line.strip())
    return total, {label: float(stamp) - started for label, stamp in stamps.items()}


def measure_start(db_path: Path, runs: int) -> dict[str, float]:
    bare = min(_child(BARE_WINDOW)[0] for _ in range(runs))
    usable: list[float] = []
    started: list[float] = []
    filled: list[float] = []
    for _ in range(runs):
        _total, stamps = _child(NFG_WINDOW, str(db_path))
        usable.append(stamps["paint"])
        started.append(stamps["start"])
        filled.append(stamps["overview"])
    return {
        "bare": bare,
        "usable": min(usable),
        "started": min(started),
        "overview": min(filled),
    }


def measure_window(db_path: Path) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from nfg_desktop import gcpolicy
    from nfg_desktop.gui.app import create_application
    from nfg_desktop.gui.main_window import VIEW_NAMES, MainWindow
    from nfg_desktop.gui.views.list_view import VIEW_KINDS
    from nfg_desktop.store.database import open_database

    if os.environ.get("NFG_BENCH_NO_AREAS"):
        from nfg_desktop.gui import areas

        areas.AREAS = ()
    gcpolicy.pause_for_start()  # as nfg-desktop starts the window
    create_application()
    database = open_database(db_path)
    window = MainWindow(database, db_path)
    window.resize(1280, 800)
    window.show()
    window.after_start(gcpolicy.start_over)
    while gcpolicy.paused_for_start():
        QCoreApplication.processEvents()
    for name in VIEW_KINDS:
        window.list_view(name).wait_loaded()
    window.view("overview").wait_loaded()  # type: ignore[attr-defined]
    QCoreApplication.processEvents()

    # Without the areas (--without-areas) there is no "reports" view.
    shown = [name for name in VIEW_NAMES if name in window.view_actions]
    switches: dict[str, list[float]] = {name: [] for name in shown}
    for _ in range(3):
        for name in shown:
            started = time.perf_counter()
            window.show_view(name)
            window.repaint()
            QCoreApplication.processEvents()
            switches[name].append((time.perf_counter() - started) * 1000)

    view = window.list_view("volunteers")
    window.show_view("volunteers")
    QCoreApplication.processEvents()
    rows = view.model.total()
    # Fetched before timing: the first time Python receives the viewport (a plain QWidget made in
    # C++), shiboken looks for its most derived type through every QWidget subclass and creates
    # each Python type it has not created yet, with its enums (~10 ms, once per process). A real
    # keystroke never hands the viewport to Python (Qt repaints it from C++), so that belongs to
    # this measuring code, not to the keystroke.
    viewport = view.table.viewport()
    keystrokes: list[float] = []
    filtering: list[float] = []
    collections: list[tuple[int, float]] = []  # (generation, ms) of the collector's runs
    collecting: list[float] = []

    def watch_collector(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collecting.append(time.perf_counter())
        elif collecting:
            ms = (time.perf_counter() - collecting.pop()) * 1000
            collections.append((info["generation"], ms))

    gc.callbacks.append(watch_collector)
    # A new word each round (a surname, another, a town of the demo network): the list remembers
    # its latest searches, so typing the same word again would only find remembered results.
    # Deleting letters within a round may find them, as Backspace does.
    for word in ("müller", "schmidt", "lindenau"):
        texts = [word[:n] for n in range(1, len(word) + 1)]
        texts += [word[:n] for n in range(len(word) - 1, -1, -1)]
        for text in texts:
            started = time.perf_counter()
            view.model.set_search(text)
            filtered = time.perf_counter()
            view.search.blockSignals(True)
            view.search.setText(text)
            view.search.blockSignals(False)
            view._after_filter()
            viewport.repaint()
            view.count_label.repaint()
            QCoreApplication.processEvents()
            ended = time.perf_counter()
            keystrokes.append((ended - started) * 1000)
            filtering.append((filtered - started) * 1000)
    gc.callbacks.remove(watch_collector)

    # The floor: the same table painted from a C++ model.
    ours = []
    for _ in range(10):
        started = time.perf_counter()
        viewport.repaint()
        ours.append((time.perf_counter() - started) * 1000)
    # A repaint right after the rows changed (as after a keystroke).
    fresh = []
    for text in ("a", "") * 5:
        view.model.set_search(text)
        view.table.doItemsLayout()
        started = time.perf_counter()
        viewport.repaint()
        fresh.append((time.perf_counter() - started) * 1000)
    plain = QStandardItemModel(rows, view.model.columnCount())
    for row in range(60):
        for column in range(view.model.columnCount()):
            plain.setItem(row, column, QStandardItem(view.model.cell(row, column)))
    shown = view.table.model()  # the list's model the user sees
    view.table.setModel(plain)
    floor = []
    for _ in range(10):
        started = time.perf_counter()
        viewport.repaint()
        floor.append((time.perf_counter() - started) * 1000)
    view.table.setModel(shown)

    memory = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    window.close_without_asking()
    database.close()
    return {
        "rows": rows,
        "switch": {name: statistics.median(times) for name, times in switches.items()},
        "keystroke_median": statistics.median(keystrokes),
        "keystroke_max": max(keystrokes),
        "filter_median": statistics.median(filtering),
        "filter_max": max(filtering),
        "repaint_ours": statistics.median(ours),
        "repaint_new_rows": statistics.median(fresh),
        "repaint_cpp_model": statistics.median(floor),
        "memory_mb": memory,
        "collections": len(collections),
        "full_collections": sum(1 for generation, _ms in collections if generation == 2),
        "longest_collection_ms": max((ms for _generation, ms in collections), default=0.0),
    }


def build(path: Path, scale: int) -> None:
    from nfg_desktop.services.demo import build_demo
    from nfg_desktop.store.database import open_database

    database = open_database(path)
    with database.write() as session:
        build_demo(session, scale=scale, today=date(2026, 11, 25))
    database.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--db", type=Path, help="an existing demo file (else one is built)")
    parser.add_argument("--runs", type=int, default=3, help="start measurements (best is shown)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--without-areas", action="store_true", help="the window alone")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.without_areas:
        os.environ["NFG_BENCH_NO_AREAS"] = "1"
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("NFG_HOME", folder)
        db_path = args.db
        if db_path is None:
            db_path = Path(folder) / "demo.sqlite"
            print(f"building the demo network (scale {args.scale}) …", file=sys.stderr)
            build(db_path, args.scale)
        start = measure_start(db_path, args.runs)
        window = measure_window(db_path)
    if args.json:
        print(json.dumps({"start": start, **window}, indent=2))
        return
    ratio = start["usable"] / start["bare"]
    print(f"start, bare PySide6 window:        {start['bare']:.2f} s")
    print(f"start, NFG Desktop usable window:  {start['usable']:.2f} s ({ratio:.1f} x bare)")
    print(f"start, data layer loaded, reading: {start['started']:.2f} s")
    print(f"start, overview figures on screen: {start['overview']:.2f} s")
    switch = window["switch"]
    assert isinstance(switch, dict)
    for name, ms in switch.items():
        print(f"switch to {name + ':':<11} {ms:6.1f} ms")
    print(f"volunteer list: {window['rows']:,} rows")
    print(
        f"keystroke in search (filter + repaint): median {window['keystroke_median']:.1f} ms,"
        f" max {window['keystroke_max']:.1f} ms"
    )
    print(
        f"  of which filtering: median {window['filter_median']:.1f} ms,"
        f" max {window['filter_max']:.1f} ms"
    )
    print(
        f"  repaint of the table: {window['repaint_ours']:.1f} ms, of new rows"
        f" {window['repaint_new_rows']:.1f} ms"
        f" (same table over a C++ model: {window['repaint_cpp_model']:.1f} ms)"
    )
    print(
        f"  collector during the typing: {window['collections']} runs"
        f" ({window['full_collections']} full), longest {window['longest_collection_ms']:.1f} ms"
    )
    print(f"peak memory with every list loaded: {window['memory_mb']:.0f} MB")


if __name__ == "__main__":
    main()
