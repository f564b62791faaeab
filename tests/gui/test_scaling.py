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
