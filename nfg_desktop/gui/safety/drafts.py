"""Drafts: a form with unsaved changes when the program is ended from outside (logout, shutdown,
``kill``) is kept, and the next start on the same file offers to restore it.

Never silently lost, never silently saved: the draft is a file of its own in the user's data
folder (``Entwürfe``), not a change of the data file; restoring puts it back into the form,
unsaved, and the user saves or discards it as usual. Fields the form cannot take back
automatically are listed with their values in the message, so nothing vanishes unseen.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import pickle
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from nfg_desktop import APP_NAME, paths

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow
    from nfg_desktop.gui.widgets.record_editor import RecordEditor

log = logging.getLogger(__name__)

FOLDER_NAME = "Entwürfe"


@dataclass
class Draft:
    """The unsaved content of one form."""

    view: str  # the list view's name (partners, volunteers, ...)
    record_id: int | None  # None: a new record
    title: str  # what the form showed, for the question
    data: Any  # the form's ``collect()`` (the service's data class)
    saved_at: datetime


def drafts_file(db_path: Path) -> Path:
    """One draft file per data file (by its real path)."""
    key = hashlib.sha256(str(db_path.resolve()).encode("utf-8")).hexdigest()[:16]
    return paths.data_dir() / FOLDER_NAME / f"{db_path.stem}-{key}.entwurf"


def save_drafts(window: MainWindow) -> list[Draft]:
    """Keep every form of ``window`` with unsaved changes as a draft; returns them."""
    if window.db_path is None:
        return []
    drafts: list[Draft] = []
    for view in window.dirty_views():
        editor = view.editor()
        if editor is None:
            continue
        try:
            drafts.append(
                Draft(
                    view=view.name,
                    record_id=editor.record_id(),
                    title=editor.describe()
                    or QCoreApplication.translate("drafts", "a new entry (%1)").replace(
                        "%1", view.name
                    ),
                    data=editor.collect(),
                    saved_at=datetime.now().replace(microsecond=0),
                )
            )
        except Exception:  # a draft must never stop the program from ending
            log.exception("Entwurf nicht lesbar: %s", view.name)
    if not drafts:
        return []
    target = drafts_file(window.db_path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".teil")
        temporary.write_bytes(pickle.dumps(drafts))
        temporary.replace(target)
    except OSError:
        log.exception("Entwurf konnte nicht gespeichert werden: %s", target)
        return []
    log.warning("Ungespeicherte Änderungen als Entwurf behalten: %s (%d)", target, len(drafts))
    return drafts


def load_drafts(db_path: Path) -> list[Draft]:
    path = drafts_file(db_path)
    try:
        drafts = pickle.loads(path.read_bytes())  # noqa: S301 - our own file in our folder
    except FileNotFoundError:
        return []
    except Exception:
        log.exception("Entwurf unlesbar: %s", path)
        return []
    return [draft for draft in drafts if isinstance(draft, Draft)]


def discard_drafts(db_path: Path) -> None:
    try:
        drafts_file(db_path).unlink()
    except FileNotFoundError:
        pass
    except OSError:
        log.warning("Entwurf nicht entfernt: %s", drafts_file(db_path), exc_info=True)


def put_back(editor: RecordEditor, data: Any) -> list[str]:
    """Put ``data`` into ``editor``'s registered fields; the names of fields that differ still."""
    for name in _field_names(data):
        widget = editor.field_widget(name)
        if widget is not None:
            _set_widget(widget, getattr(data, name))
    editor.on_form_changed()
    now = editor.collect()
    return [name for name in _field_names(data) if getattr(now, name) != getattr(data, name)]


def _field_names(data: Any) -> list[str]:
    if dataclasses.is_dataclass(data):
        return [field.name for field in dataclasses.fields(data)]
    return []


def _set_widget(widget: QWidget, value: Any) -> None:
    if hasattr(widget, "set_value") and not isinstance(value, list):
        widget.set_value(value)
    elif hasattr(widget, "set_values") and isinstance(value, list):
        widget.set_values(value)
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QTextEdit):
        widget.setPlainText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        index = widget.findData(value)
        if index < 0 and value is not None:
            index = widget.findText(str(value))
        if index >= 0:
            widget.setCurrentIndex(index)
        elif widget.isEditable() and value is not None:
            widget.setEditText(str(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value or 0))
    elif isinstance(widget, QAbstractButton) and widget.isCheckable():
        widget.setChecked(bool(value))


def _readable(value: Any) -> str:
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, list):
        return "; ".join(_readable(item) for item in value) or "–"
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        parts = (_readable(v) for v in dataclasses.asdict(value).values() if v not in (None, ""))
        return ", ".join(parts)
    return "–" if value in (None, "") else str(value)


def restore(window: MainWindow, draft: Draft) -> list[str]:
    """Open the draft's record in ``window`` and put its content back (unsaved); lines of what
    could not be put back."""
    view = window.list_view(draft.view)
    window.show_view(draft.view)
    if draft.record_id is None:
        view.new_record()
    else:
        view.open_record(draft.record_id)
    editor = view.editor()
    if editor is None:
        return [draft.title]
    missing = put_back(editor, draft.data)
    return [f"{name}: {_readable(getattr(draft.data, name))}" for name in missing]


def offer(window: MainWindow) -> None:
    """At start: offer the drafts kept for this file (if any)."""
    if window.db_path is None or window.read_only:
        return
    drafts = load_drafts(window.db_path)
    if not drafts:
        return
    box = draft_box(window, drafts)
    box.exec()
    if box.clickedButton() is box.property("restoreButton"):
        notes: list[str] = []
        for draft in drafts:
            notes += restore(window, draft)
        if notes:
            QMessageBox.information(
                window,
                APP_NAME,
                QCoreApplication.translate(
                    "drafts",
                    "These entries of the draft could not be put back; please enter them again:",
                )
                + "\n\n"
                + "\n".join(notes),
            )
    discard_drafts(window.db_path)


def draft_box(window: MainWindow, drafts: list[Draft]) -> QMessageBox:
    box = QMessageBox(window)
    box.setObjectName("draftQuestion")
    box.setWindowTitle(APP_NAME)
    box.setIcon(QMessageBox.Icon.Question)
    when = drafts[0].saved_at
    box.setText(
        QCoreApplication.translate(
            "drafts",
            "When NFG Desktop was last ended (%1 at %2), these forms had changes that were not "
            "saved:",
        )
        .replace("%1", when.strftime("%d.%m.%Y"))
        .replace("%2", when.strftime("%H:%M"))
        + "\n\n"
        + "\n".join(f"• {draft.title}" for draft in drafts)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "drafts",
            "Restore them into the form (they are not saved until you click Save), or "
            "discard them?",
        )
    )
    restore_button = box.addButton(
        QCoreApplication.translate("drafts", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    restore_button.setObjectName("restoreDraft")
    discard = box.addButton(
        QCoreApplication.translate("drafts", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    discard.setObjectName("discardDraft")
    box.setDefaultButton(restore_button)
    box.setProperty("restoreButton", restore_button)
    return box
