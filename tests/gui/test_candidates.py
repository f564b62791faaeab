"""The invitation dialog's list: a model with check boxes, search, ticks kept across groups."""

from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.editors.dialogs import InviteDialog
from nfg_desktop.gui.models.candidates import Candidate, CandidateModel

PEOPLE: list[Candidate] = [
    (("v", 1), "Müller, Anna", ""),
    (("v", 2), "Meyer, Jörg", "Sportverein"),
    (("v", 3), "Schulz, Eva", "Familienzentrum"),
]


def shown(model: CandidateModel) -> list[str]:
    return [
        model.data(model.index(row), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())
    ]


def test_search_narrows_and_ticks_survive_it() -> None:
    model = CandidateModel()
    model.set_candidates(PEOPLE)
    assert shown(model) == [
        "Müller, Anna",
        "Meyer, Jörg – Sportverein",
        "Schulz, Eva – Familienzentrum",
    ]
    model.set_search("MÜLLER")
    assert shown(model) == ["Müller, Anna"]
    first = model.index(0)
    assert model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.set_search("verein")  # the detail is searched too
    assert shown(model) == ["Meyer, Jörg – Sportverein"]
    model.set_search("")
    states = [model.data(model.index(row), Qt.ItemDataRole.CheckStateRole) for row in range(3)]
    assert states == [Qt.CheckState.Checked, Qt.CheckState.Unchecked, Qt.CheckState.Unchecked]
    assert list(model.checked) == [("v", 1)]
    model.set_checked(("v", 1), False)
    assert model.checked == {}
    assert model.data(QModelIndex(), Qt.ItemDataRole.ToolTipRole) is None


def test_the_dialog_keeps_ticks_across_groups_and_enables_ok(qtbot: QtBot) -> None:
    groups = {
        "Ehrenamtliche": lambda: PEOPLE,
        "Partner": lambda: [(("p", 7), "Sportverein", "Verein"), (("p", 8), "Kita", "")],
    }
    dialog = InviteDialog("Einladen", groups, exclude={("p", 8)})
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.check(("v", 3))
    assert ok.isEnabled() and dialog.ui.countLabel.text().endswith("1")
    dialog.ui.groupCombo.setCurrentIndex(1)
    assert shown(dialog.model) == ["Sportverein – Verein"]  # the excluded one is left out
    # A click on the check box, as the user does it.
    view = dialog.ui.candidatesList
    dialog.show()
    qtbot.waitExposed(dialog)
    rect = view.visualRect(dialog.model.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if not dialog.model.checked.get(("p", 7)):  # the click selected; space ticks
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert sorted(dialog.chosen()) == sorted([PEOPLE[2], (("p", 7), "Sportverein", "Verein")])


def test_twelve_thousand_candidates_open_quickly(qtbot: QtBot) -> None:
    many: list[Candidate] = [(("v", i), f"Name {i:05d}, Vorname", "") for i in range(12_000)]
    started = time.perf_counter()
    dialog = InviteDialog("Einladen", {"Ehrenamtliche": lambda: many}, exclude=set())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    elapsed = time.perf_counter() - started
    assert dialog.model.rowCount() == 12_000
    assert elapsed < 1.0  # about 0.05 s; the list widget took well over a second
    dialog.ui.searchEdit.setText("name 1199")
    assert dialog.model.rowCount() == sum("1199" in text for _key, text, _detail in many) == 12
