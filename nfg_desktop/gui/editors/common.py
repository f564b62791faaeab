"""Helpers the record editors share: combo boxes, small tables, running dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from nfg_desktop.gui.language.messages import shown_value
from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.flow_layout import flow_row
from nfg_desktop.gui.widgets.mnemonics import assign_window

# Item data of a "none" entry in a combo box of record ids (ids start at 1).
NO_ID = 0


def combo_id(combo: QComboBox) -> int | None:
    """The record id chosen in a combo filled by :func:`fill_id_combo` (None for "none")."""
    data = combo.currentData()
    return int(data) if data else None


def run_dialog(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when the user confirmed it (tests replace this)."""
    assign_window(dialog)
    return dialog.exec() == QDialog.DialogCode.Accepted


def fill_combo(
    combo: QComboBox, options: Sequence[str], current: str = "", empty: str | None = None
) -> None:
    """Put ``options`` into ``combo`` and select ``current`` (kept even if not an option).

    ``empty`` adds a first entry that stands for "none" (its data is ""). Each entry shows the
    value in the window's language and keeps the stored (German) value as its data.
    """
    combo.blockSignals(True)
    combo.clear()
    if empty is not None:
        combo.addItem(empty, "")
    for option in options:
        combo.addItem(shown_value(option), option)
    if current and combo.findData(current) < 0:
        combo.addItem(shown_value(current), current)
    index = combo.findData(current) if current or empty is not None else 0
    combo.setCurrentIndex(max(index, 0))
    if combo.isEditable():
        combo.setEditText(combo.itemText(combo.currentIndex()) if current else "")
    combo.blockSignals(False)


def combo_value(combo: QComboBox) -> str:
    """The chosen entry's stored value; for an editable combo the typed text (an own entry),
    or the stored value of the entry whose shown text it is (an English wording)."""
    if combo.isEditable():
        text = combo.currentText().strip()
        found = combo.findText(text, Qt.MatchFlag.MatchFixedString)  # case-insensitive
        data = combo.itemData(found) if found >= 0 else None
        return str(data) if isinstance(data, str) and data else text
    data = combo.currentData()
    return str(data) if data is not None else combo.currentText()


def fill_id_combo(
    combo: QComboBox, entries: Sequence[tuple[int, str]], current: int | None, empty: str
) -> None:
    """Entries (id, text) after a first "none" entry (data 0); select ``current``.

    Item data is never ``None``: PySide 6 loses a reference to ``None`` on each read of such an
    item's data, and Python 3.11 then stops with "deallocating None".
    """
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(empty, NO_ID)
    for record_id, text in entries:
        combo.addItem(text, record_id)
    index = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def setup_table(table: QTableWidget, stretch: Sequence[int] = (0,)) -> None:
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)


def set_rows(table: QTableWidget, rows: Sequence[Sequence[str]], keys: Sequence[Any]) -> None:
    """Replace the table's rows; ``keys[i]`` identifies row i (see :func:`selected_key`)."""
    selected = selected_key(table)
    table.blockSignals(True)
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setToolTip(value)
            table.setItem(row, column, item)
    # Keys stay Python objects on the table (tuples with None do not belong in a QVariant).
    table.row_keys = list(keys)  # type: ignore[attr-defined]
    table.blockSignals(False)
    if selected is not None:
        select_key(table, selected)


def selected_row(table: QTableWidget) -> int:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].row() if rows else -1


def selected_key(table: QTableWidget) -> Any:
    row = selected_row(table)
    keys = getattr(table, "row_keys", [])
    return keys[row] if 0 <= row < len(keys) else None


def select_key(table: QTableWidget, key: Any) -> None:
    keys = getattr(table, "row_keys", [])
    if key in keys:
        table.selectRow(keys.index(key))


def prepare_editor(editor: QWidget) -> None:
    """What every editor does after building its form: line up labels, show invalid fields,
    let rows of buttons wrap in a narrow pane (they set the form's width otherwise)."""
    align_form_labels(editor)
    for row in editor.findChildren(QHBoxLayout):
        if row.objectName().endswith("Buttons"):
            flow_row(row)
    # The base editor marks an offending field with the dynamic property "invalid".
    editor.setStyleSheet(colours.invalid_style())


def align_form_labels(root: QWidget) -> None:
    """Give the labels of all form layouts below ``root`` one width, so the fields line up."""
    layouts = [layout for layout in root.findChildren(QFormLayout) if layout.rowCount()]
    labels = []
    for layout in layouts:
        for row in range(layout.rowCount()):
            item = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                labels.append(item.widget())
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)
        label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def show_text_starts(root: QWidget) -> None:
    """After filling a form: show the beginning of long texts, not their end."""
    for edit in root.findChildren(QLineEdit):
        edit.setCursorPosition(0)
