"""Helpers of the editor tests: make an editor, answer its dialogs and questions."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.editors import common, create_editor
from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.store.database import Database


def make_editor(qtbot: QtBot, database: Database, kind: str) -> Any:
    editor = create_editor(kind, database, None)
    qtbot.addWidget(editor)
    editor.resize(600, 900)
    editor.show()
    return editor


def click_ok(dialog: QDialog) -> bool:
    """Press the dialog's OK button as the user would; True if the dialog accepted."""
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    if button.isEnabled():
        button.click()
    return dialog.result() == QDialog.DialogCode.Accepted


def ok_enabled(dialog: QDialog) -> bool:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
    return bool(button.isEnabled())


@dataclass
class Dialogs:
    """Answers the editors' modal dialogs with the handlers queued by a test."""

    handlers: list[Callable[[Any], bool]] = field(default_factory=list)
    seen: list[QDialog] = field(default_factory=list)

    def then(self, handler: Callable[[Any], bool]) -> Dialogs:
        self.handlers.append(handler)
        return self

    def __call__(self, dialog: QDialog) -> bool:
        self.seen.append(dialog)
        assert self.handlers, f"unexpected dialog {type(dialog).__name__}"
        return self.handlers.pop(0)(dialog)


def answer_dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    answers = Dialogs()
    monkeypatch.setattr(common, "run_dialog", answers)
    return answers


@dataclass
class Questions:
    """Records QMessageBox questions and warnings; answers questions with ``answer``."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    asked: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def record_questions(
    monkeypatch: pytest.MonkeyPatch,
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes,
) -> Questions:
    record = Questions(answer)

    def question(_parent: QWidget, _title: str, text: str, *_args: object) -> Any:
        record.asked.append(text)
        return record.answer

    def warning(_parent: QWidget, _title: str, text: str, *_args: object) -> Any:
        record.warnings.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return record


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Replace the widget's text by typing, as a user would.

    QTest cannot type characters outside Latin-1 (Ş, ł, ễ): those are pasted (``insert``).
    """
    widget.setFocus()
    if hasattr(widget, "selectAll"):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text)  # type: ignore[attr-defined]


def save(editor: RecordEditor) -> None:
    """Click Save (it must be enabled)."""
    assert editor.save_button.isEnabled(), editor.field_errors()
    editor.save_button.click()
