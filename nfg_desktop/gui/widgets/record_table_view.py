"""The table of a list: a QTableView that says what an empty list means."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QTableView

from nfg_desktop.gui.widgets import colours


class RecordTableView(QTableView):
    """A table that paints a placeholder text (how to begin) while it has no rows."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._placeholder = ""

    def set_placeholder_text(self, text: str) -> None:
        """What an empty table says (e.g. how to add the first entry)."""
        if text != self._placeholder:
            self._placeholder = text
            self.viewport().update()

    def placeholder_text(self) -> str:
        return self._placeholder

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if self._placeholder and model is not None and model.rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(colours.muted_text(self.palette(), on_base=True))
            area = self.viewport().rect().adjusted(16, 24, -16, -16)
            painter.drawText(
                QRect(area),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
                | int(Qt.TextFlag.TextWordWrap),
                self._placeholder,
            )
            painter.end()
