"""What every record form shares: factory, read-only, accessible names, tab order, screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nfg_desktop.gui.editors import EDITORS, create_editor
from nfg_desktop.gui.widgets.record_editor import RecordEditor
from nfg_desktop.store.database import Database
from nfg_desktop.store.models import Meeting, Partner, Project, Training, Volunteer
from tests.gui.editor_support import make_editor

MODELS = {
    "partner": Partner,
    "project": Project,
    "volunteer": Volunteer,
    "meeting": Meeting,
    "training": Training,
}
KINDS = sorted(EDITORS)


def first_id(database: Database, kind: str) -> int:
    model = MODELS[kind]
    with database.read() as session:
        record_id = session.scalars(select(model.id).order_by(model.id)).first()  # type: ignore[attr-defined]
    assert record_id is not None
    return int(record_id)


def inputs(editor: QWidget) -> list[QWidget]:
    kinds = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)
    found = [w for w in editor.findChildren(QWidget) if isinstance(w, kinds)]
    # The line edit inside an editable combo box or a spin box belongs to it.
    return [
        w
        for w in found
        if not w.objectName().startswith("qt_")  # parts Qt adds (table corner button)
        and not (
            isinstance(w, QLineEdit) and isinstance(w.parentWidget(), QComboBox | QAbstractSpinBox)
        )
    ]


def editable(widget: QWidget, editor: QWidget) -> bool:
    if not widget.isEnabledTo(editor):
        return False
    if isinstance(widget, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    return True


def test_create_editor_makes_each_kind_and_refuses_unknown(qtbot: QtBot, db: Database) -> None:
    for kind in KINDS:
        editor = create_editor(kind, db, None)
        qtbot.addWidget(editor)
        assert isinstance(editor, RecordEditor)
        assert editor.kind == kind
    with pytest.raises(KeyError):
        create_editor("unknown", db, None)


@pytest.mark.parametrize("kind", KINDS)
def test_read_only_disables_every_editing_control(
    qtbot: QtBot, demo_db: Database, kind: str
) -> None:
    editor = make_editor(qtbot, demo_db, kind)
    editor.load(first_id(demo_db, kind))
    before = [w for w in inputs(editor) if editable(w, editor)]
    assert len(before) > 6
    editor.set_read_only(True)
    still = [w.objectName() or w.accessibleName() for w in inputs(editor) if editable(w, editor)]
    assert still == []
    assert not editor.save_button.isEnabled() and not editor.delete_button.isEnabled()
    # Tables stay usable for reading (scrolling, selecting).
    for table in editor.findChildren(QTableWidget):
        assert table.isEnabledTo(editor)
    editor.set_read_only(False)
    assert editable(
        editor.ui.titleEdit
        if kind != "partner" and kind != "volunteer"
        else editor.findChildren(QLineEdit)[0],
        editor,
    )


@pytest.mark.parametrize("kind", KINDS)
def test_every_control_has_an_accessible_name_or_text(
    qtbot: QtBot, demo_db: Database, kind: str
) -> None:
    editor = make_editor(qtbot, demo_db, kind)
    editor.load(first_id(demo_db, kind))
    nameless = [
        f"{type(w).__name__} {w.objectName()}"
        for w in inputs(editor) + editor.findChildren(QTableWidget)
        if not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and w.isVisibleTo(editor)
    ]
    assert nameless == []


def _position(widget: QWidget, editor: QWidget) -> tuple[int, int]:
    point = widget.mapTo(editor, QPoint(0, 0))
    return point.y(), point.x()


@pytest.mark.parametrize("kind", KINDS)
def test_tab_order_follows_the_form_from_top_to_bottom(
    qtbot: QtBot, demo_db: Database, kind: str
) -> None:
    editor = make_editor(qtbot, demo_db, kind)
    editor.load(first_id(demo_db, kind))
    chain: list[QWidget] = []
    widget = editor.nextInFocusChain()
    while widget is not editor and len(chain) < 2000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    fields = [w for w in editor._fields.values() if w.isVisibleTo(editor)]

    def chain_index(field: QWidget) -> int:
        for index, candidate in enumerate(chain):
            if candidate is field or field.isAncestorOf(candidate):
                return index
        raise AssertionError(f"{field.objectName()} is not in the focus chain")

    by_place = sorted(fields, key=lambda w: _position(w, editor))
    by_tab = sorted(fields, key=chain_index)
    assert [w.objectName() for w in by_tab] == [w.objectName() for w in by_place]


@pytest.mark.parametrize("kind", KINDS)
def test_screenshot_of_each_editor_with_demo_data(
    qtbot: QtBot, demo_db: Database, kind: str, tmp_path: Path
) -> None:
    editor = make_editor(qtbot, demo_db, kind)
    editor.load(first_id(demo_db, kind))
    editor.resize(560, editor.sizeHint().height())
    target = tmp_path / f"{kind}.png"
    assert editor.grab().save(str(target))
    assert target.stat().st_size > 10_000
