"""A small training editor on the RecordEditor base, so the shell's editing paths are tested
independently of the real forms (nfg_desktop/gui/editors, another area)."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLineEdit, QWidget
from sqlalchemy.orm import Session

from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.services.trainings import TrainingData, TrainingService
from nfg_desktop.store.database import Database


class ShellTrainingEditor(RecordEditor):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, parent)
        layout = QFormLayout(self)
        self.title = QLineEdit(self)
        self.title.setObjectName("title")
        self.day = QDateEdit(self)
        self.provider = QLineEdit(self)
        layout.addRow("Titel", self.title)
        layout.addRow("Datum", self.day)
        layout.addRow("Anbieter", self.provider)
        self.register_field("title", self.title)
        self.register_field("day", self.day)
        self.register_field("provider", self.provider)
        self._attendees: list[int] = []
        self._focus = ""

    def fill(self, session: Session, record_id: int | None) -> None:
        if record_id is None:
            data = TrainingData(title="", day=date(2026, 11, 25))
        else:
            data = TrainingData.from_training(TrainingService(session).get(record_id))
        self.title.setText(data.title)
        self.day.setDate(QDate(data.day.year, data.day.month, data.day.day))
        self.provider.setText(data.provider)
        self._attendees = data.volunteer_ids
        self._focus = data.focus

    def collect(self) -> TrainingData:
        day = self.day.date()
        return TrainingData(
            title=self.title.text(),
            day=date(day.year(), day.month(), day.day()),
            focus=self._focus,
            provider=self.provider.text(),
            volunteer_ids=list(self._attendees),
        )

    def validate(self, session: Session, data: Any) -> None:
        TrainingService(session).validate(data)

    def store(self, session: Session, data: Any, record_id: int | None) -> int:
        service = TrainingService(session)
        if record_id is None:
            return service.create(data).id
        return service.update(record_id, data).id

    def dependents(self, session: Session, record_id: int) -> list[str]:
        return TrainingService(session).dependents(record_id)

    def remove(self, session: Session, record_id: int) -> None:
        TrainingService(session).delete(record_id)

    def describe(self) -> str:
        return f"„{self.title.text()}“"


def make_test_editor(kind: str, database: Database, parent: QWidget) -> RecordEditor | None:
    return ShellTrainingEditor(database, parent) if kind == "training" else None
