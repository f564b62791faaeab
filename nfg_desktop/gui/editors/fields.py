"""Small input widgets the forms use (promoted in the Designer sources in ui/).

- ``DateField``: the one German date field (typed text, calendar pop-up, "no date" when empty);
- ``OptionalTimeEdit``: a time that may also be "none";
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
from typing import cast

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QSize, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QCheckBox,
    QCompleter,
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
from nfg_desktop.domain.dates import parse_optional_german_date
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.domain.formatting import german_date
from nfg_desktop.gui.language.messages import error_text, shown_value
from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.accessible import describe


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


class DateField(_Notifying, QWidget):
    """One German date field for every form and dialog: typed text and a calendar pop-up.

    The text is read by :func:`nfg_desktop.domain.dates.parse_german_date` (1.3.25, 01.03.2025,
    2025-03-01, „heute“ ...); when typing is finished it shows the date it read as 01.03.2025.
    A date that does not exist is named („Den 31.02.2025 gibt es nicht.“) beside the field and
    never replaced by another day: ``value()`` is then ``None`` and ``input_error()`` holds the
    message, so forms refuse to save. An empty field is "no date" (``kein Datum``) unless the
    field is required (:meth:`set_required`; the service names a missing date then).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._init_notifying()
        # The day „heute“ means; tests replace it.
        self.today: Callable[[], date] = date.today
        self._show_error = False
        self.line = QLineEdit(self)
        self.line.setObjectName("dateText")
        # As wide as a date (or the hint shown when empty): the rest is room for the message.
        metrics = self.line.fontMetrics()
        texts = ("00.00.0000", self.tr("no date"), self.tr("DD.MM.YYYY"))
        self.line.setFixedWidth(max(metrics.horizontalAdvance(text) for text in texts) + 18)
        self.button = QToolButton(self)
        self.button.setObjectName("calendarButton")
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setAccessibleName(self.tr("Choose from the calendar"))
        self.button.setToolTip(self.tr("Choose from the calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # The calendar is a pop-up window of its own: a click outside closes it.
        self.calendar = QCalendarWidget(self)
        self.calendar.setWindowFlags(Qt.WindowType.Popup)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        # Its grid of days is a table of its own that a screen reader names too.
        days = self.calendar.findChild(QAbstractItemView)
        if days is not None:
            days.setAccessibleName(self.tr("Days of the month"))
        self.calendar.hide()
        self.button.clicked.connect(self.open_calendar)
        self.status = QLabel(self)
        self.status.setObjectName("dateStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)
        self.setFocusProxy(self.line)
        self.set_required(False)
        self.calendar.clicked.connect(self.pick)
        self.calendar.activated.connect(self.pick)
        self.line.textChanged.connect(self._text_changed)
        self.line.editingFinished.connect(self.finish)
        self.line.installEventFilter(self)

    # The message beside the field may need two lines: the field says so through its size hint
    # (form layouts do not ask a field for its height at a given width).
    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt naming
        return False

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return self._with_status_height(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        return self._with_status_height(super().minimumSizeHint())

    def _with_status_height(self, hint: QSize) -> QSize:
        if self.status.text() and self.status.width() > 0:
            hint.setHeight(max(hint.height(), self.status.heightForWidth(self.status.width())))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self.status.text() and self.height() < self.sizeHint().height():
            self.updateGeometry()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        # Alt+Down or F4 opens the calendar from the keyboard, as in Qt's own date fields.
        # The event's type first: a form being deleted, its Python side already cleared by the
        # collector, still passes its line's last events (never a key press) through here.
        if event.type() == QEvent.Type.KeyPress and watched is self.line:
            key_event = cast(QKeyEvent, event)
            alt_down = key_event.key() == Qt.Key.Key_Down and bool(
                key_event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or key_event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def set_required(self, required: bool) -> None:
        """A required field shows the expected form instead of "no date" when empty."""
        self.line.setPlaceholderText(self.tr("DD.MM.YYYY") if required else self.tr("no date"))
        hint = self.tr("Type a date such as 1.3.25, 01.03.2025 or „heute“, or choose one.")
        if not required:
            hint += " " + self.tr("Leave it empty for no date.")
        self.line.setToolTip(hint)

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt naming
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt naming
        super().setToolTip(text)
        self.line.setToolTip(text)

    # --- value --------------------------------------------------------------------------------

    def text(self) -> str:
        return self.line.text()

    def _parse(self) -> tuple[date | None, str]:
        try:
            return parse_optional_german_date(self.line.text(), self.today()), ""
        except DomainError as error:
            return None, error_text(error)

    def value(self) -> date | None:
        """The date read from the text; ``None`` when empty or unreadable (see input_error)."""
        return self._parse()[0]

    def input_error(self) -> str:
        """The German message for text that is no date ("" when the text is fine or empty)."""
        return self._parse()[1]

    def set_value(self, value: date | None) -> None:
        self._show_error = False
        blocked = self.line.blockSignals(True)
        try:
            self.line.setText(german_date(value))
        finally:
            self.line.blockSignals(blocked)
        self._update_status()
        self._notify()

    def open_calendar(self) -> None:
        """Show the calendar below the field, on the date shown (or today)."""
        self.calendar.setSelectedDate(to_qdate(self.value() or self.today()))
        self.calendar.adjustSize()
        below = self.line.mapToGlobal(QPoint(0, self.line.height()))
        screen = self.screen().availableGeometry()
        size = self.calendar.sizeHint()
        x = max(screen.left(), min(below.x(), screen.right() - size.width()))
        y = below.y()
        if y + size.height() > screen.bottom():
            y = self.line.mapToGlobal(QPoint(0, 0)).y() - size.height()
        self.calendar.move(x, max(screen.top(), y))
        self.calendar.show()
        self.calendar.setFocus()

    def pick(self, day: QDate) -> None:
        """A day chosen in the calendar."""
        self.calendar.hide()
        self.set_value(from_qdate(day))
        self.line.setFocus()

    def finish(self) -> None:
        """Typing is finished: show the date read as 01.03.2025, or name the problem."""
        value, message = self._parse()
        self._show_error = bool(message)
        if not message and self.line.text() != german_date(value):
            self.set_value(value)
            return
        self._update_status()

    def show_error(self) -> None:
        """Name the problem now (a form that refused to save)."""
        self._show_error = True
        self._update_status()

    # --- internals ----------------------------------------------------------------------------

    def _text_changed(self, _text: str) -> None:
        self._update_status()
        self._notify()

    def _update_status(self) -> None:
        value, message = self._parse()
        if message and self._show_error:
            self.status.setText(message)
            self.status.setStyleSheet(colours.error_style())
        elif value is not None and self.line.text().strip() != german_date(value):
            # What the typed text was read as, until typing is finished.
            self.status.setText(f"= {list(Weekday)[value.weekday()].value} {german_date(value)}")
            self.status.setStyleSheet("")
        else:
            self.status.setText("")
            if not message:
                self._show_error = False
        self.updateGeometry()
        # Screen readers read the message with the field, and are told when it changes.
        describe(self.line, self.status.text())
        self.line.setProperty("invalid", bool(message and self._show_error))
        self.line.style().unpolish(self.line)
        self.line.style().polish(self.line)


def date_input_errors(fields: dict[str, QWidget]) -> dict[str, str]:
    """Field name -> message for each date field whose text is no date (shown beside it)."""
    errors = {}
    for name, widget in fields.items():
        if isinstance(widget, DateField) and widget.input_error():
            widget.show_error()
            errors[name] = widget.input_error()
    return errors


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
            box = QCheckBox(shown_value(option), self)
            box.setAccessibleName(f"{self.accessibleName()}: {shown_value(option)}")
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
            header = QLabel(shown_value(weekday.value), self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(header, 0, column)
        previous: QWidget | None = None
        for row, part in enumerate(DayPart, start=1):
            grid.addWidget(QLabel(shown_value(part.value), self), row, 0)
        # Tab order is the reading order: along a line (Mo … So vormittags), then the next.
        for row, part in enumerate(DayPart, start=1):
            for column, weekday in enumerate(Weekday, start=1):
                box = QCheckBox(self)
                slot = f"{shown_value(weekday.value)} {shown_value(part.value)}"
                box.setAccessibleName(slot)
                box.setToolTip(slot)
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
