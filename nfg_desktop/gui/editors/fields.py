"""Small input widgets the forms use (promoted in the Designer sources in ui/).

- ``OptionalDateEdit`` / ``OptionalTimeEdit``: a date (time) that may also be "none";
- ``CheckGroup``: one check box per entry of a closed choice list (focus areas, target groups);
- ``AvailabilityGrid``: weekdays x times of day;
- ``TagEditor``: free tags (skills, languages) with completion over the known entries.

Each offers ``value()``/``set_value()`` (or ``values()``/``set_values()``) and
``on_changed(callback)``: a plain Python notification, not a Qt signal, because PySide 6.12 on
Python 3.11 loses a reference to ``True`` on every emit of a Python-defined signal (the program
aborts after a few hundred emits); these widgets change on every click.
Choice labels are German data (nfg_desktop.domain.choices) and are shown as they are.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nfg_desktop.domain.choices import DayPart, Weekday

DATE_FORMAT = "dd.MM.yyyy"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class _Notifying:
    """``on_changed(callback)``: callbacks run (without arguments) when the value changes."""

    def _init_notifying(self) -> None:
        self._callbacks: list[Callable[[], object]] = []

    def on_changed(self, callback: Callable[[], object]) -> None:
        self._callbacks.append(callback)

    def _notify(self, *_args: object) -> None:
        for callback in list(self._callbacks):
            callback()


class _Optional(_Notifying, QWidget):
    """A check box that switches an editor on; unchecked means "no value"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_notifying()
        self.check = QCheckBox(self)
        self.check.setObjectName("enabledCheck")
        self.editor: QWidget | None = None

    def _attach(self, editor: QWidget) -> None:
        """Place the value's editor beside the check box (called by the subclass)."""
        self.editor = editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(editor, 1)
        self.setFocusProxy(self.check)
        editor.setEnabled(False)
        self.check.toggled.connect(self._on_toggled)
        self.setTabOrder(self.check, editor)

    def _on_toggled(self, checked: bool) -> None:
        if self.editor is not None:
            self.editor.setEnabled(checked)
            if checked and self.isVisible():
                self.editor.setFocus()
        self._notify()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        super().setAccessibleName(name)
        self.check.setAccessibleName(name)
        if self.editor is not None:
            self.editor.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setToolTip(text)
        self.check.setToolTip(text)
        if self.editor is not None:
            self.editor.setToolTip(text)

    def has_value(self) -> bool:
        return self.check.isChecked()


class OptionalDateEdit(_Optional):
    """A date or none (partner since, cooperation agreement, consent ...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_notifying()
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setDate(QDate.currentDate())
        self._attach(self.date_edit)
        self.check.setToolTip(self.tr("Enter a date"))
        self.date_edit.dateChanged.connect(self._notify)

    def value(self) -> date | None:
        if not self.check.isChecked():
            return None
        return from_qdate(self.date_edit.date())

    def set_value(self, value: date | None) -> None:
        blocked = self.blockSignals(True)
        try:
            if value is not None:
                self.date_edit.setDate(to_qdate(value))
            else:
                self.date_edit.setDate(QDate.currentDate())
            self.check.setChecked(value is not None)
        finally:
            self.blockSignals(blocked)
        self._notify()


class OptionalTimeEdit(_Optional):
    """A time of day or none (the end of a meeting)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_notifying()
        self.time_edit = QTimeEdit(self)
        self.time_edit.setDisplayFormat("HH:mm")
        self._attach(self.time_edit)
        self.check.setToolTip(self.tr("Enter a time"))
        self.time_edit.timeChanged.connect(self._notify)

    def value(self) -> time | None:
        if not self.check.isChecked():
            return None
        value = self.time_edit.time()
        return time(value.hour(), value.minute())

    def set_value(self, value: time | None) -> None:
        blocked = self.blockSignals(True)
        try:
            if value is not None:
                self.time_edit.setTime(QTime(value.hour, value.minute))
            self.check.setChecked(value is not None)
        finally:
            self.blockSignals(blocked)
        self._notify()


class CheckGroup(_Notifying, QWidget):
    """One check box per option; the checked options in their list order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_notifying()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[str, QCheckBox] = {}

    def set_options(self, options: list[str]) -> None:
        for box in self._boxes.values():
            box.deleteLater()
        self._boxes = {}
        for option in options:
            box = QCheckBox(option, self)
            box.setAccessibleName(f"{self.accessibleName()}: {option}")
            box.toggled.connect(self._notify)
            self._layout.addWidget(box)
            self._boxes[option] = box
        self._layout.addStretch(1)
        if self._boxes:
            self.setFocusProxy(next(iter(self._boxes.values())))

    def box(self, option: str) -> QCheckBox:
        return self._boxes[option]

    def place_after(self, previous: QWidget) -> QWidget:
        """Put the boxes into the tab order after ``previous`` (new boxes join at the end)."""
        for box in self._boxes.values():
            QWidget.setTabOrder(previous, box)
            previous = box
        return previous

    def values(self) -> list[str]:
        return [option for option, box in self._boxes.items() if box.isChecked()]

    def set_values(self, values: list[str]) -> None:
        wanted = set(values)
        for option, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(option in wanted)
            box.blockSignals(False)
        self._notify()


class AvailabilityGrid(_Notifying, QWidget):
    """Check boxes for weekday x time of day (Mo vormittags, ...)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_notifying()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        self._boxes: dict[tuple[str, str], QCheckBox] = {}
        for column, weekday in enumerate(Weekday, start=1):
            header = QLabel(weekday.value, self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
        previous: QWidget | None = None
        for row, part in enumerate(DayPart, start=1):
            grid.addWidget(QLabel(part.value, self), row, 0)
        # Tab order: through a weekday's times of day, then the next weekday.
        for column, weekday in enumerate(Weekday, start=1):
            for row, part in enumerate(DayPart, start=1):
                box = QCheckBox(self)
                box.setAccessibleName(f"{weekday.value} {part.value}")
                box.setToolTip(f"{weekday.value} {part.value}")
                box.toggled.connect(self._notify)
                grid.addWidget(box, row, column, Qt.AlignmentFlag.AlignCenter)
                self._boxes[(weekday.value, part.value)] = box
                if previous is not None:
                    QWidget.setTabOrder(previous, box)
                previous = box
        grid.setColumnStretch(len(Weekday) + 1, 1)
        self.setFocusProxy(self._boxes[(Weekday.MO.value, DayPart.VORMITTAGS.value)])

    def box(self, weekday: str, day_part: str) -> QCheckBox:
        return self._boxes[(weekday, day_part)]

    def values(self) -> list[tuple[str, str]]:
        return sorted(slot for slot, box in self._boxes.items() if box.isChecked())

    def set_values(self, values: list[tuple[str, str]]) -> None:
        wanted = set(values)
        for slot, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(slot in wanted)
            box.blockSignals(False)
        self._notify()


class _TagLine(QLineEdit):
    """The input line of a tag editor: Enter adds the typed tag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.on_submit: Callable[[], object] | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.text().strip():
            popup = self.completer().popup() if self.completer() else None
            if popup is not None and popup.isVisible():
                popup.hide()
            if self.on_submit is not None:
                self.on_submit()
            event.accept()
            return
        super().keyPressEvent(event)


class TagEditor(_Notifying, QWidget):
    """Free tags: type (with completion over the known tags) and press Enter to add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_notifying()
        self.line = _TagLine(self)
        self.line.setObjectName("tagInput")
        self.line.setPlaceholderText(self.tr("Type and press Enter to add"))
        self.completer = QCompleter([], self.line)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.line.setCompleter(self.completer)
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add tag"))
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove selected tag"))
        self.list = QListWidget(self)
        self.list.setObjectName("tagList")
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSpacing(2)
        self.list.setMaximumHeight(self.fontMetrics().height() * 3 + 12)
        self.list.setToolTip(self.tr("Select a tag and press Delete to remove it"))
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.line, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.setFocusProxy(self.line)
        self.line.on_submit = self.add_typed
        # Choosing an entry of the completion list adds it at once.
        self.completer.activated.connect(self._completion_chosen)
        self.add_button.clicked.connect(self.add_typed)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)
        self.list.setAccessibleName(name)

    def set_completions(self, options: list[str]) -> None:
        self.completer.model().setStringList(options)  # type: ignore[attr-defined]

    def completions(self) -> list[str]:
        return list(self.completer.model().stringList())  # type: ignore[attr-defined]

    def values(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def set_values(self, values: list[str]) -> None:
        self.list.clear()
        for value in values:
            self.list.addItem(QListWidgetItem(value))
        self._update_buttons()
        self._notify()

    def add_tag(self, text: str) -> None:
        """Add ``text`` (a known tag in its known spelling); nothing if empty or present."""
        tag = " ".join(text.split())
        if not tag:
            return
        for known in self.completions():
            if known.casefold() == tag.casefold():
                tag = known
                break
        if tag.casefold() not in {value.casefold() for value in self.values()}:
            self.list.addItem(QListWidgetItem(tag))
            self._notify()
        self._update_buttons()

    def add_typed(self) -> None:
        self.add_tag(self.line.text())
        self.line.clear()

    def _completion_chosen(self, text: str) -> None:
        self.add_tag(text)
        # QCompleter writes the chosen text into the line after this signal: clear it then.
        QTimer.singleShot(0, self.line.clear)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._update_buttons()
        self._notify()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt naming
        if event.key() == Qt.Key.Key_Delete and self.list.hasFocus():
            self.remove_selected()
            return
        super().keyPressEvent(event)

    def setEnabled(self, enabled: bool) -> None:  # noqa: N802 - Qt naming
        super().setEnabled(enabled)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))
