"""The one German date field (issue 16, item 3): what is typed is the date, or it is named.

A plain QDateEdit turned „31.02.2025“ into 03.02.2025 and „15.03.2025“ into 03.03.2025; typing
after Home or Ctrl+A did nothing.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nfg_desktop.domain.dates import parse_optional_german_date
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui.editors.fields import DateField
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import Partner
from tests.gui.editor_support import make_editor, type_into

TODAY = date(2026, 5, 17)


def date_field(qtbot: QtBot) -> DateField:
    field = DateField()
    field.today = lambda: TODAY
    qtbot.addWidget(field)
    field.show()
    return field


def finish_typing(qtbot: QtBot, field: DateField, text: str) -> None:
    type_into(qtbot, field.line, text)
    qtbot.keyClick(field.line, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("typed", "shown", "value"),
    [
        ("15.03.2025", "15.03.2025", date(2025, 3, 15)),
        ("1.3.25", "01.03.2025", date(2025, 3, 1)),
        ("01.03.2025", "01.03.2025", date(2025, 3, 1)),
        ("1.3.2025", "01.03.2025", date(2025, 3, 1)),
        ("2025-03-01", "01.03.2025", date(2025, 3, 1)),
        ("heute", "17.05.2026", TODAY),
        ("", "", None),
    ],
)
def test_typed_dates_are_read_as_meant_and_shown_as_read(
    qtbot: QtBot, typed: str, shown: str, value: date | None
) -> None:
    field = date_field(qtbot)
    field.set_value(date(2024, 12, 24))
    finish_typing(qtbot, field, typed)
    assert field.value() == value
    assert field.line.text() == shown
    assert field.input_error() == ""


def test_a_date_that_does_not_exist_is_named_not_changed(qtbot: QtBot) -> None:
    field = date_field(qtbot)
    finish_typing(qtbot, field, "31.02.2025")
    assert field.line.text() == "31.02.2025"
    assert field.value() is None
    assert field.input_error() == "Den 31.02.2025 gibt es nicht."
    assert field.status.text() == "Den 31.02.2025 gibt es nicht."
    # Corrected: the message goes at once.
    type_into(qtbot, field.line, "28.02.2025")
    assert field.status.text() == "= Fr 28.02.2025" or field.status.text() == ""
    assert field.value() == date(2025, 2, 28) and field.input_error() == ""


def test_the_parsed_date_is_shown_while_typing(qtbot: QtBot) -> None:
    field = date_field(qtbot)
    type_into(qtbot, field.line, "1.3.25")
    assert field.status.text() == "= Sa 01.03.2025"


def test_typing_after_home_or_select_all_replaces_the_date(qtbot: QtBot) -> None:
    field = date_field(qtbot)
    field.set_value(date(2025, 1, 1))
    field.line.setFocus()
    qtbot.keyClick(field.line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field.line, "15.3.25")
    assert field.value() == date(2025, 3, 15)
    qtbot.keyClick(field.line, Qt.Key.Key_Home)
    qtbot.keyClick(field.line, Qt.Key.Key_Delete)
    qtbot.keyClicks(field.line, "2")
    assert field.value() == date(2025, 3, 25)


def test_the_calendar_pops_up_and_a_click_sets_the_day(qtbot: QtBot) -> None:
    field = date_field(qtbot)
    field.set_value(date(2025, 3, 1))
    field.button.click()
    assert field.calendar.isVisible()
    assert field.calendar.selectedDate() == QDate(2025, 3, 1)
    field.calendar.clicked.emit(QDate(2025, 4, 30))
    assert field.value() == date(2025, 4, 30) and field.line.text() == "30.04.2025"
    assert not field.calendar.isVisible()


def test_an_empty_optional_field_is_no_date(qtbot: QtBot) -> None:
    field = date_field(qtbot)
    field.set_value(None)
    assert field.value() is None and field.input_error() == ""
    assert field.line.placeholderText() == field.tr("no date")


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="0123456789.- heutHEUTx", max_size=12))
def test_any_typed_text_is_the_parsed_date_or_named(text: str) -> None:
    assert QApplication.instance() is not None
    field = DateField()
    field.today = lambda: TODAY
    field.line.setText(text)
    field.finish()
    try:
        expected = parse_optional_german_date(text, TODAY)
    except DomainError as error:
        assert field.value() is None
        assert field.input_error() == error.message
        assert field.line.text() == text  # never replaced by another day
        assert field.status.text() == error.message
    else:
        assert field.value() == expected and field.input_error() == ""
        assert field.line.text() == (f"{expected:%d.%m.%Y}" if expected else "")
    field.deleteLater()


def test_a_form_refuses_to_save_an_impossible_date(qtbot: QtBot, demo_db: Database) -> None:
    with demo_db.read() as session:
        partner = session.scalars(select(Partner).order_by(Partner.id)).first()
        assert partner is not None
        partner_id, stored = partner.id, partner.agreement_on
    editor = make_editor(qtbot, demo_db, "partner")
    editor.load(partner_id)
    finish_typing(qtbot, editor.ui.agreementEdit, "31.02.2025")
    assert editor.is_dirty() and not editor.is_valid()
    assert not editor.save_button.isEnabled()
    assert editor.save() is False
    assert editor.message() == "Den 31.02.2025 gibt es nicht."
    assert editor.ui.agreementEdit.status.text() == "Den 31.02.2025 gibt es nicht."
    with demo_db.read() as session:
        assert session.get(Partner, partner_id).agreement_on == stored  # type: ignore[union-attr]
    # Corrected, it saves the date typed.
    finish_typing(qtbot, editor.ui.agreementEdit, "28.2.25")
    assert editor.save() is True
    with demo_db.read() as session:
        assert session.get(Partner, partner_id).agreement_on == date(2025, 2, 28)  # type: ignore[union-attr]


def test_every_form_and_dialog_uses_the_date_field(qtbot: QtBot, demo_db: Database) -> None:
    """No Qt date edit is left anywhere (they move 31.02. to another day)."""
    from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit

    from nfg_desktop.gui.editors import dialogs

    widgets: list[QWidget] = [
        make_editor(qtbot, demo_db, kind)
        for kind in ("partner", "project", "volunteer", "meeting", "training")
    ]
    widgets += [
        dialogs.ContactDialog(None),
        dialogs.HoursDialog([], lambda *_args: None, TODAY),
        dialogs.ClearanceRecordDialog(lambda *_args: None, TODAY),
        dialogs.AssignDialog("Zuordnen", [], [], with_since=True),
    ]
    for widget in widgets:
        qtbot.addWidget(widget)
        edits = widget.findChildren(QDateTimeEdit)
        assert all(isinstance(edit, QTimeEdit) for edit in edits), type(widget).__name__
    assert sum(len(w.findChildren(DateField)) for w in widgets) >= 14
