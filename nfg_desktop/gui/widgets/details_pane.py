"""The pane beside a list that hosts the record editor of that list."""

from __future__ import annotations

import logging

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.mnemonics import assign_window
from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.store.database import Database

log = logging.getLogger(__name__)


def make_editor(kind: str, database: Database, parent: QWidget) -> RecordEditor:
    """The editor of ``kind`` from the editors area."""
    from nfg_desktop.gui.editors import create_editor

    return create_editor(kind, database, parent)


class DetailsPane(QWidget):
    """Shows the editor of one list: a scrollable form, its action bar below."""

    editor_created = Signal(object)

    def __init__(self, kind: str, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.database = database
        self.editor: RecordEditor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self._hint = QLabel(self)
        self._hint.setObjectName("detailsHint")
        self._hint.setWordWrap(True)
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setText(self.tr("Select an entry in the list to see its details here."))
        self._hint.setStyleSheet(colours.muted_style() + " padding: 24px;")
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setAccessibleName(self.tr("Details of the entry"))
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.hide()
        # Below the form: that someone else changed the record, and why a save was refused
        # (e.g. the connection to the server is lost); the form keeps what was typed.
        self.note = QLabel(self)
        self.note.setObjectName("detailsNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(colours.note_style("QLabel"))
        self.note.hide()
        self.message = QLabel(self)
        self.message.setObjectName("detailsMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(colours.error_style() + " padding: 4px 8px;")
        self.message.hide()
        layout.addWidget(self._hint, 1)
        layout.addWidget(self._scroll, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.message)

    def ensure_editor(self) -> RecordEditor:
        if self.editor is not None:
            return self.editor
        editor = make_editor(self.kind, self.database, self)
        self.editor = editor
        self._scroll.setWidget(editor)
        self.layout().addWidget(editor.action_bar)
        editor.action_bar.show()
        editor.message_changed.connect(self._show_message)
        editor.dirty_changed.connect(self._dirty_changed)
        # The pane now needs the form's width (the splitter gives it that room).
        self.updateGeometry()
        self.editor_created.emit(editor)
        assign_window(editor)  # with the buttons the areas added
        return editor

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt naming
        """Room for the form without a horizontal scroll bar: nothing of it is cut off."""
        hint = super().minimumSizeHint()
        if self.editor is None:
            return hint
        margins = self.layout().contentsMargins()
        needed = (
            self.editor.minimumSizeHint().width()
            + self._scroll.verticalScrollBar().sizeHint().width()
            + self._scroll.frameWidth() * 2
            + margins.left()
            + margins.right()
        )
        return QSize(max(hint.width(), needed), hint.height())

    def show_record(self, record_id: int | None) -> RecordEditor | None:
        editor = self.ensure_editor()
        if editor is None:
            return None
        self.show_note("")
        editor.load(record_id)
        self._hint.hide()
        self._scroll.show()
        editor.action_bar.show()
        return editor

    def show_note(self, text: str) -> None:
        """A note about the shown record (e.g. changed elsewhere); gone once it is saved,
        discarded or another record is shown."""
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _dirty_changed(self, dirty: bool) -> None:
        if not dirty:
            self.show_note("")

    def clear(self) -> None:
        """Nothing selected: show the hint instead of a form."""
        self.show_note("")
        self._show_message("")
        self._scroll.hide()
        if self.editor is not None:
            self.editor.action_bar.hide()
        self._hint.show()

    def showing_record(self) -> bool:
        return self.editor is not None and not self._scroll.isHidden()
