"""A keystroke in the search field of a list does no one-time work of the Qt binding.

PySide6 makes its Python types on first use. When Python receives a widget that C++ made as a
plain QWidget (a table's viewport, say), shiboken looks for its most derived type through every
QWidget subclass and makes each type it has not made yet, with its enums: about 10 ms once per
process, which in a keystroke is most of a frame. The keystroke path (search field -> filter ->
count -> repaint from C++) must not hand such a widget to Python. Checked in a new interpreter,
since in this one earlier tests may have made those types already.
"""

from __future__ import annotations

from pathlib import Path

from nfg_desktop.store.database import Database
from tests.gui.child_process import WINDOW_WITH_LISTS, run_child

CHILD = (
    WINDOW_WITH_LISTS
    + """
import json
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

def made():  # a type appears in its module once the binding has made it
    return {name for module in (QtCore, QtGui, QtWidgets) for name in vars(module)}

from nfg_desktop.gui.main_window import VIEW_NAMES
# Every view is built now, not by the idle-time prefetch while the test types (on a busy machine
# the reports view, with its own types, would otherwise be built between two keystrokes).
for name in VIEW_NAMES:
    window.show_view(name)
window.wait_loaded()
view = window.show_view("volunteers")
view.search.setFocus()
QCoreApplication.processEvents()
cells = [view.model.cell(0, c) for c in range(view.model.columnCount())]
word = next(w for cell in cells for w in cell.split() if len(w) >= 4 and w.isascii())[:4]
before = made()
QTest.keyClicks(view.search, word)
QCoreApplication.processEvents()
shown = view.model.rowCount()
QTest.keyClick(view.search, Qt.Key.Key_Backspace)
QCoreApplication.processEvents()
typing = sorted(made() - before)
before = made()
view.table.viewport()  # what a keystroke must not do: proves the check can see it
print(json.dumps({
    "typing": typing,
    "viewport": sorted(made() - before),
    "shown": shown,
    "total": view.model.total(),
}))
window.close_without_asking()
database.close()
"""
)


def test_typing_in_the_search_field_makes_no_binding_types(
    demo_db: Database, nfg_home: Path
) -> None:
    assert demo_db.path is not None
    path = demo_db.path
    demo_db.close()
    _output, report = run_child(CHILD, [str(path)], nfg_home)
    assert 0 < report["shown"] < report["total"]  # the keystrokes did filter
    assert report["typing"] == [], "a keystroke made Python types of the binding"
    assert report["viewport"], "handing the viewport to Python no longer makes types"
