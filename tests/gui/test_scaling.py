"""The window at 100 %, 125 % and 150 % display scaling, 1280 × 800 logical pixels.

Each scale runs in its own process (QT_SCALE_FACTOR is read when Qt starts). The child shows
the main window on the demo network, visits every view and reports what a user would notice:
entries of the navigation cut off, a view whose minimum size does not fit into the window, the
overview needing a horizontal scroll bar, a list too low to show rows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from nfg_desktop.store.database import Database
from tests.gui.child_process import WINDOW_WITH_LISTS, run_child

CHILD = (
    WINDOW_WITH_LISTS
    + """
import json
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QScrollArea
from nfg_desktop.gui.main_window import VIEW_NAMES

report = {
    "ratio": window.devicePixelRatio(),
    "window": [window.width(), window.height()],
    "window_minimum": [window.minimumSizeHint().width(), window.minimumSizeHint().height()],
    "navigation_cut": [],
    "views": {},
}
viewport = window.navigation.viewport().rect()
for row in range(window.navigation.count()):
    item = window.navigation.item(row)
    rect = window.navigation.visualItemRect(item)
    if not viewport.contains(rect) or item.isHidden():
        report["navigation_cut"].append(item.text())
for name in VIEW_NAMES:
    view = window.show_view(name)
    QCoreApplication.processEvents()
    hint = view.minimumSizeHint()
    entry = {
        "minimum": [hint.width(), hint.height()],
        "space": [window.stack.width(), window.stack.height()],
    }
    scroll = view.findChild(QScrollArea) if name == "overview" else None
    if scroll is not None:
        entry["horizontal_scroll"] = scroll.horizontalScrollBar().maximum()
    table = getattr(view, "table", None)
    if table is not None:
        entry["rows_visible"] = table.viewport().height() // max(table.rowHeight(0), 1)
    report["views"][name] = entry
print(json.dumps(report))
window.close_without_asking()
database.close()
"""
)


@pytest.mark.parametrize("scale", ["1", "1.25", "1.5"])
def test_the_window_fits_1280_by_800_at_display_scaling(
    scale: str, demo_db: Database, nfg_home: Path
) -> None:
    assert demo_db.path is not None
    path = demo_db.path
    demo_db.close()
    _output, report = run_child(CHILD, [str(path)], nfg_home, QT_SCALE_FACTOR=scale)
    assert report["ratio"] == pytest.approx(float(scale))
    assert report["window"] == [1280, 800]  # no minimum size pushed the window larger
    width, height = report["window_minimum"]
    assert width <= 1280 and height <= 800
    assert report["navigation_cut"] == []
    for name, entry in report["views"].items():
        min_width, min_height = entry["minimum"]
        space_width, space_height = entry["space"]
        assert min_width <= space_width and min_height <= space_height, (name, entry)
        if "horizontal_scroll" in entry:
            assert entry["horizontal_scroll"] == 0, (name, entry)  # the overview fits
        if "rows_visible" in entry:
            assert entry["rows_visible"] >= 10, (name, entry)


LARGE = """
import json
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QScrollArea
from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.main_window import VIEW_NAMES, MainWindow
from nfg_desktop.gui.views.list_view import VIEW_KINDS
from nfg_desktop.store.database import open_database

app = create_application()
if sys.argv[4]:
    font = app.font()
    font.setPointSizeF(float(sys.argv[4]))
    app.setFont(font)
database = open_database(Path(sys.argv[1]))
window = MainWindow(database, Path(sys.argv[1]))
window.resize(int(sys.argv[2]), int(sys.argv[3]))
window.show()
for name in VIEW_KINDS:
    window.list_view(name).ensure_loaded()
window.wait_loaded()
report = {"views": {}, "navigation_cut": []}
viewport = window.navigation.viewport().rect()
for row in range(window.navigation.count()):
    item = window.navigation.item(row)
    if not viewport.contains(window.navigation.visualItemRect(item)):
        report["navigation_cut"].append(item.text())


def cut_texts(root):
    # a label or button narrower than its text, outside a scroll area that would show it
    cut = []
    for widget in [*root.findChildren(QLabel), *root.findChildren(QAbstractButton)]:
        if not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            continue
        if widget.width() < widget.minimumSizeHint().width():
            cut.append(widget.text())
    return cut


for name in VIEW_NAMES:
    view = window.show_view(name)
    if name in VIEW_KINDS:
        view.wait_loaded()
        view.open_record(view.model.id_at(0))
    for _ in range(3):
        QCoreApplication.processEvents()
    hint = view.minimumSizeHint()
    report["views"][name] = {
        "cut": cut_texts(view),
        "minimum": [hint.width(), hint.height()],
        "space": [window.stack.width(), window.stack.height()],
    }
report["window"] = [window.width(), window.height()]
report["menu_cut"] = window.menuBar().width() < window.menuBar().minimumSizeHint().width()
print(json.dumps(report))
window.close_without_asking()
database.close()
"""


# A 1366 x 768 screen at 150 % and 200 % (911 x 512 and 683 x 384 points), and at 100 % with a
# 14 pt system font (issue 19).
@pytest.mark.parametrize(
    ("scale", "font"), [("1.5", ""), ("2", ""), ("1", "14")], ids=["150", "200", "14pt"]
)
def test_nothing_is_cut_off_on_1366_by_768_at_large_scaling_or_font(
    scale: str, font: str, demo_db: Database, nfg_home: Path
) -> None:
    assert demo_db.path is not None
    path = demo_db.path
    demo_db.close()
    width, height = round(1366 / float(scale)), round(768 / float(scale))
    _output, report = run_child(
        LARGE,
        [str(path), str(width), str(height), font],
        nfg_home,
        screen=(1366, 768),
        QT_SCALE_FACTOR=scale,
    )
    assert report["window"] == [width, height]  # nothing pushed the window off the screen
    assert report["navigation_cut"] == []
    assert not report["menu_cut"]
    for name, entry in report["views"].items():
        assert entry["cut"] == [], (name, entry)
        min_width, min_height = entry["minimum"]
        space_width, space_height = entry["space"]
        assert min_width <= space_width and min_height <= space_height, (name, entry)
