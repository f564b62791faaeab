"""Creating, editing, validating, cancelling and deleting through the window's widgets.

The real forms are another area; here a small training editor on the same base class stands
in, so these tests pin down what the shell does: Ctrl+N, Ctrl+S, Escape, Del, the details pane,
the list refresh, and asking before unsaved changes are lost.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views import list_view
from nfg_desktop.gui.views.list_view import ListView
from nfg_desktop.gui.widgets import details_pane
from nfg_desktop.services.trainings import TrainingService
from tests.gui.shell_editor import ShellTrainingEditor, make_test_editor


@pytest.fixture
def trainings(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> ListView:
    monkeypatch.setattr(details_pane, "make_editor", make_test_editor)
    view = window.show_view("trainings")
    assert isinstance(view, ListView)
    view.wait_loaded()
    return view


def _titles(window: MainWindow) -> dict[int, str]:
    with window.database.read() as session:
        return {t.id: t.title for t in TrainingService(session).list()}


def _editor(view: ListView) -> ShellTrainingEditor:
    editor = view.details.editor
    assert isinstance(editor, ShellTrainingEditor)
    return editor


def test_ctrl_n_types_and_ctrl_s_creates_a_record_shown_in_the_list(
    window: MainWindow, trainings: ListView, qtbot: QtBot
) -> None:
    before = _titles(window)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = _editor(trainings)
    assert editor.record_id() is None
    assert editor.title.hasFocus()
    qtbot.keyClicks(editor.title, "Erste Hilfe am Kind")
    assert editor.is_dirty() and editor.save_button.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    after = _titles(window)
    assert len(after) == len(before) + 1
    new_id = editor.record_id()
    assert new_id is not None and after[new_id] == "Erste Hilfe am Kind"
    trainings.wait_loaded()
    assert new_id in trainings.visible_ids()
    assert trainings.selected_ids() == [new_id]
    assert not editor.is_dirty()


def test_selecting_a_row_shows_it_and_saving_an_edit_updates_list_and_file(
    window: MainWindow, trainings: ListView, qtbot: QtBot
) -> None:
    record_id = trainings.model.id_at(0)
    rect = trainings.table.visualRect(trainings.model.index(0, 1))
    qtbot.mouseClick(trainings.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = _editor(trainings)
    assert editor.record_id() == record_id
    assert editor.title.text() == _titles(window)[record_id]
    editor.title.setText("Neuer Titel der Schulung")
    editor.save_button.click()
    assert _titles(window)[record_id] == "Neuer Titel der Schulung"
    trainings.wait_loaded()
    row = trainings.model.row_of_id(record_id)
    assert row is not None and trainings.model.cell(row, 1) == "Neuer Titel der Schulung"


def test_invalid_form_cannot_be_saved_and_shows_the_service_message(
    window: MainWindow, trainings: ListView
) -> None:
    record_id = trainings.model.id_at(0)
    trainings.open_record(record_id)
    editor = _editor(trainings)
    stored = _titles(window)[record_id]
    editor.title.setText("")
    assert not editor.is_valid()
    assert not editor.save_button.isEnabled()
    assert "Titel" in editor.error_text("title")
    assert not editor.save()
    assert _titles(window)[record_id] == stored


def test_escape_discards_the_edit_and_leaves_the_file_alone(
    window: MainWindow, trainings: ListView, qtbot: QtBot
) -> None:
    record_id = trainings.model.id_at(1)
    trainings.open_record(record_id)
    editor = _editor(trainings)
    stored = editor.title.text()
    editor.title.setFocus()
    qtbot.keyClicks(editor.title, " geaendert")  # keyClicks: ASCII only
    assert editor.is_dirty()
    qtbot.keyClick(editor.title, Qt.Key.Key_Escape)
    assert editor.title.text() == stored
    assert not editor.is_dirty()
    assert _titles(window)[record_id] == stored


def test_del_in_the_list_asks_and_deletes(
    window: MainWindow, trainings: ListView, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_id = trainings.model.id_at(0)
    trainings.open_record(record_id)
    questions: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
        questions.append(text)
        return (
            QMessageBox.StandardButton.No if len(questions) == 1 else QMessageBox.StandardButton.Yes
        )

    monkeypatch.setattr(QMessageBox, "question", answer)
    trainings.table.setFocus()
    qtbot.keyClick(trainings.table, Qt.Key.Key_Delete)
    assert record_id in _titles(window)  # "No" keeps it
    assert "Teilnehmende" in questions[0]  # names what depends on it
    qtbot.keyClick(trainings.table, Qt.Key.Key_Delete)
    assert record_id not in _titles(window)
    trainings.wait_loaded()
    assert record_id not in trainings.visible_ids()
    assert not trainings.details.showing_record()


def test_leaving_a_changed_record_asks_and_cancel_stays(
    window: MainWindow, trainings: ListView, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = trainings.model.id_at(0), trainings.model.id_at(1)
    trainings.open_record(first)
    _editor(trainings).title.setText("Noch nicht gespeichert")
    answers = iter(["cancel", "discard"])
    monkeypatch.setattr(list_view, "ask_unsaved_changes", lambda _parent: next(answers))
    assert not trainings.open_record(second)
    assert trainings.current_id() == first
    assert _editor(trainings).title.text() == "Noch nicht gespeichert"
    assert trainings.open_record(second)
    assert trainings.current_id() == second
    assert "Noch nicht gespeichert" not in _titles(window).values()


def test_closing_the_window_with_unsaved_changes_asks(
    window: MainWindow, trainings: ListView, monkeypatch: pytest.MonkeyPatch
) -> None:
    record_id = trainings.model.id_at(0)
    trainings.open_record(record_id)
    _editor(trainings).title.setText("Beim Schließen gespeichert")
    window.show_view("partners")
    answers = iter(["cancel", "save"])
    monkeypatch.setattr(list_view, "ask_unsaved_changes", lambda _parent: next(answers))
    assert not window.close()
    assert window.isVisible()
    assert window.current_view_name() == "trainings"  # shows where the changes are
    assert window.close()
    assert _titles(window)[record_id] == "Beim Schließen gespeichert"


def test_read_only_locks_the_form(window: MainWindow, trainings: ListView) -> None:
    trainings.open_record(trainings.model.id_at(0))
    editor = _editor(trainings)
    window.set_read_only(True)
    assert editor.title.isReadOnly()
    assert not editor.delete_button.isEnabled()
    editor.title.setText("x")
    assert not editor.save_button.isEnabled()


def test_other_areas_get_each_editor_and_can_add_buttons(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(details_pane, "make_editor", make_test_editor)
    seen: list[str] = []
    clicks: list[int | None] = []
    buttons = []

    def add_button(kind: str, editor: ShellTrainingEditor) -> None:
        seen.append(kind)
        buttons.append(editor.add_extra_button("Probe", lambda: clicks.append(editor.record_id())))

    window.editor_created.connect(add_button)
    editor = window.editor_for("training")
    assert isinstance(editor, ShellTrainingEditor)
    assert seen == ["training"]
    button = buttons[0]
    assert button in editor.extra_buttons()
    assert not button.isEnabled()  # nothing shown yet
    view = window.list_view("trainings")
    view.open_record(view.model.id_at(0))
    assert button.isEnabled()
    button.click()
    assert clicks == [view.model.id_at(0)]
