"""What a screen reader gets from a window, read in-process through Qt's accessibility
interfaces (QAccessible): the same tree Qt hands to AT-SPI (Linux) and UI Automation (Windows).

``check_tree`` walks a window's accessible tree and lists every focusable element without a name
and every table whose cells do not name their column; tables and lists are checked through
their cells (the first, the middle and the last row), not by walking all their children.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

ITEM_VIEW_ROLES = {QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree}
# A cell's own row and column headers are children of the table too.
HEADER_ROLES = {QAccessible.Role.ColumnHeader, QAccessible.Role.RowHeader}


@dataclass
class Findings:
    """What ``check_tree`` found over one or more windows."""

    checked: int = 0
    tables: int = 0
    problems: list[str] = field(default_factory=list)

    def add(self, other: Findings) -> None:
        self.checked += other.checked
        self.tables += other.tables
        self.problems.extend(other.problems)


def name_of(iface: QAccessibleInterface) -> str:
    return iface.text(QAccessible.Text.Name).strip()


def describe(iface: QAccessibleInterface) -> str:
    target = iface.object()
    path = []
    while isinstance(target, QObject) and len(path) < 4:
        path.append(target.objectName() or type(target).__name__)
        target = target.parent()
    parent = iface.parent()
    parent_name = name_of(parent) if parent is not None else ""
    return f"{iface.role().name} {'/'.join(reversed(path))} in {parent_name!r}"


def interface(widget: QWidget) -> QAccessibleInterface:
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None and iface.isValid(), widget
    return iface


def check_tree(widget: QWidget) -> Findings:
    """Every element of ``widget``'s accessible tree that a user can reach."""
    findings = Findings()
    _walk(interface(widget), findings)
    return findings


def _walk(iface: QAccessibleInterface, findings: Findings) -> None:
    state = iface.state()
    if state.invisible:
        return
    findings.checked += 1
    if state.focusable and not name_of(iface):
        findings.problems.append("no name: " + describe(iface))
    if iface.role() in ITEM_VIEW_ROLES and iface.tableCellInterface() is None:
        _check_item_view(iface, findings)
        return
    for index in range(iface.childCount()):
        child = iface.child(index)
        if child is not None and child.isValid():
            _walk(child, findings)


def _check_item_view(iface: QAccessibleInterface, findings: Findings) -> None:
    """A table or list: its cells answer (also rows far from the painted ones) and a table's
    cells name their column."""
    count = iface.childCount()
    if count == 0:
        return
    findings.tables += 1
    # child() builds a cell's interface on demand: rows far below the painted ones answer too.
    rows = [iface.child(i) for i in sorted({0, count // 2, count - 1})]
    for cell in rows:
        findings.checked += 1
        if cell is None or not cell.isValid():
            findings.problems.append("invalid cell in " + describe(iface))
            continue
        if cell.role() in HEADER_ROLES:
            continue
        table_cell = cell.tableCellInterface()
        if table_cell is None:
            continue  # a plain list: its items are named by their text (may be empty)
        headers = table_cell.columnHeaderCells()
        if iface.role() == QAccessible.Role.Table and not any(name_of(h) for h in headers):
            findings.problems.append(
                f"column {table_cell.columnIndex()} without a header: " + describe(iface)
            )
