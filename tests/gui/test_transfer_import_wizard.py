"""The import wizard: file, corrected mapping, preview with choices, confirm, summary."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.transfer.import_wizard import (
    PAGE_CONFIRM,
    PAGE_FILE,
    PAGE_KINDS,
    PAGE_MAPPING,
    PAGE_PREVIEW,
    PAGE_SUMMARY,
    ImportWizard,
)
from nfg_desktop.gui.transfer.preview_model import COL_ACTION, COL_REASON, COL_STATUS
from nfg_desktop.io.importing import Action
from nfg_desktop.services.partners import PartnerService
from nfg_desktop.store.database import Database
from tests.io import samples

TODAY = date(2026, 11, 25)
SHOTS = os.environ.get("NFG_SHOTS")


def shot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def make_wizard(qtbot: QtBot, db: Database, path: Path, kind: str = "partners") -> ImportWizard:
    create_application()
    wizard = ImportWizard(db, kind=kind, path=path, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def names(db: Database) -> dict[str, tuple[str, str]]:
    with db.read() as session:
        return {p.name: (p.kind, p.notes) for p in PartnerService(session).list()}


def test_the_whole_way_through(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = samples.partners_cp1252_csv(tmp_path / "partner.csv")
    wizard = make_wizard(qtbot, db, path)
    assert wizard.currentId() == PAGE_FILE
    shot(wizard, "import-1-datei")
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    page = wizard.mapping_page
    assert "CSV, Semikolon, Windows-1252" in page.info.text()
    assert page.current_mapping()[:3] == ["name", "kind", "street"]
    assert page.grid.item(0, 1).text() == "Caritasverband Süd"  # an example from the file
    shot(wizard, "import-2-zuordnung")
    page.set_field(1, "")  # the user decides not to import "Art"
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    preview = wizard.preview_page
    model = preview.model
    statuses = [model.index(row, COL_STATUS).data() for row in range(model.rowCount())]
    assert statuses == ["neu", "ungültig", "ungültig", "ungültig", "Duplikat", "Duplikat"]
    assert model.index(1, COL_REASON).data() == "Name: Bitte ausfüllen."
    assert preview.counts.text() == (
        "Zeilen: 6 · neu: 1 · Aktualisierungen: 0 · Duplikate: 2 · ungültig: 3"
    )
    editable = Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, COL_ACTION)) & editable  # invalid: no choice
    assert model.flags(model.index(4, COL_ACTION)) & editable  # duplicate: choose
    shot(wizard, "import-3-vorschau")
    # for all duplicates: fill empty fields; the last row: create anyway
    preview.all_combo.setCurrentIndex(preview.all_combo.findData(Action.UPDATE.value))
    assert model.index(4, COL_STATUS).data() == "Aktualisierung"
    assert preview.set_row_action(5, Action.CREATE)
    assert model.index(5, COL_STATUS).data() == "neu"
    assert not preview.set_row_action(1, Action.CREATE)  # invalid rows have no choice
    assert "neu: 2 · Aktualisierungen: 1 · Duplikate: 0 · ungültig: 3" in preview.counts.text()
    wizard.next()
    assert wizard.currentId() == PAGE_CONFIRM
    confirmation = wizard.confirm_page.text.text()
    assert "• neu angelegt: 2\n• aktualisiert: 1\n" in confirmation  # not "1 Einträge"
    assert "• als Duplikat übersprungen: 0" in confirmation
    assert "• ungültige Zeilen, nicht eingelesen: 3" in confirmation
    shot(wizard, "import-4-bestaetigen")
    assert names(db) == {}  # nothing stored before the confirmation
    wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY
    shot(wizard, "import-5-ergebnis")
    stored = names(db)
    assert set(stored) == {"Caritasverband Süd", "Stadtbücherei"}
    assert stored["Caritasverband Süd"] == ("Sonstige", "zwei Zeilen\nzweite Zeile")
    text = wizard.summary_page.text.toPlainText()
    assert text.startswith("Import Netzwerkpartner: 2 angelegt, 1 aktualisiert")
    assert "Sicherung" in text or "Backup" in text
    errors = tmp_path / "fehler"
    wizard.summary_page.save_errors(errors)
    assert (tmp_path / "fehler.csv").read_bytes().startswith(b"\xef\xbb\xbfZeile;Status;Grund")
    assert "fehler.csv" in wizard.summary_page.saved.text()


def test_the_whole_reason_of_a_row_can_be_read(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    # The reason column cuts long reasons off ("… ist kein gül…"); the chosen row's is shown whole.
    wizard = make_wizard(qtbot, db, samples.partners_xlsx(tmp_path / "liste.xlsx"))
    wizard.next()
    wizard.next()
    preview = wizard.preview_page
    assert "Zeile anklicken" in preview.detail.text()
    row = next(
        r
        for r in range(preview.model.rowCount())
        if "Kooperationsvereinbarung" in preview.model.index(r, COL_REASON).data()
    )
    preview.view.setCurrentIndex(preview.model.index(row, COL_STATUS))
    reason = preview.model.index(row, COL_REASON).data()
    assert preview.detail.text() == f"Zeile {preview.model.index(row, 0).data()}: {reason}"
    assert "Kooperationsvereinbarung" in reason and "E-Mail" in reason
    assert preview.detail.isVisible() and preview.detail.wordWrap()
    shot(wizard, "import-3-vorschau-grund")


def test_tab_goes_through_the_file_page_top_to_bottom(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    # The kind of list came last: Tab went path, Durchsuchen, sheet and only then the kind.
    wizard = make_wizard(qtbot, db, samples.partners_xlsx(tmp_path / "liste.xlsx"))
    page = wizard.file_page
    order = [page.partners_radio, page.path_edit, page.sheet_combo]
    widget = page.nextInFocusChain()
    seen = []
    while widget is not page and len(seen) < 100:
        if widget in order:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == order


def test_every_page_has_the_same_kind_of_header(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    # Pages without a subtitle showed a large title, the others a small header: it looked unsteady.
    wizard = make_wizard(qtbot, db, samples.partners_tab_txt(tmp_path / "l.txt"))
    pages = [wizard.page(page_id) for page_id in wizard.pageIds()]
    assert all(page.title() and page.subTitle() for page in pages)


def test_a_path_pasted_in_quotes_is_read(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    # Explorer's „Als Pfad kopieren“ gives "C:\...\liste.xlsx" with the quotes: not found.
    path = samples.partners_xlsx(tmp_path / "liste.xlsx")
    wizard = make_wizard(qtbot, db, tmp_path / "x.csv")
    wizard.file_page.path_edit.setText(f' "{path}" ')
    wizard.file_page.update_sheets()
    assert wizard.file_page.sheet_combo.count() == 2
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING, wizard.file_page.message.text()


def test_a_preview_without_any_valid_row_points_at_the_mapping(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    # With the name column not assigned, every row was "ungültig" without a word why all were.
    wizard = make_wizard(qtbot, db, samples.partners_tab_txt(tmp_path / "l.txt"))
    wizard.next()
    wizard.mapping_page.set_field(0, "")  # "Organisation" not imported
    wizard.next()
    preview = wizard.preview_page
    assert preview.all_invalid.isVisible()
    assert "Zurück" in preview.all_invalid.text() and "Name" in preview.all_invalid.text()
    wizard.back()
    wizard.mapping_page.set_field(0, "name")
    wizard.next()
    assert not preview.all_invalid.isVisible()


def test_the_corrected_mapping_is_remembered(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = samples.partners_tab_txt(tmp_path / "liste.txt")
    wizard = make_wizard(qtbot, db, path)
    wizard.next()
    wizard.mapping_page.set_field(1, "")  # "Ort" not imported
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY
    again = make_wizard(qtbot, db, path)
    again.next()
    assert again.mapping_page.current_mapping() == ["name", "", "email"]
    assert "letzten Mal" in again.mapping_page.info.text()


def test_unreadable_file_and_empty_mapping_stop_with_a_message(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    broken = tmp_path / "alt.xls"
    broken.write_bytes(b"\xd0\xcf\x11\xe0")
    wizard = make_wizard(qtbot, db, broken)
    wizard.next()
    assert wizard.currentId() == PAGE_FILE
    assert ".xls wird nicht unterstützt" in wizard.file_page.message.text()
    wizard.file_page.path_edit.setText(str(samples.partners_tab_txt(tmp_path / "l.txt")))
    wizard.next()
    for column in range(3):
        wizard.mapping_page.set_field(column, "")
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    assert wizard.mapping_page.message.text() != ""
    wizard.mapping_page.set_field(0, "name")
    wizard.mapping_page.set_field(1, "name")
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    assert "Name" in wizard.mapping_page.message.text()


def test_an_empty_first_sheet_points_at_the_others(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    # A cover sheet first: "keine Zeilen" alone did not say that the data is on another sheet.
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.active.title = "Deckblatt"
    workbook.active["A1"] = "Partnerliste 2025"
    data = workbook.create_sheet("Partner")
    data.append(["Name", "Ort"])
    data.append(["Verein A", "Ulm"])
    workbook.create_sheet("Leer")
    path = tmp_path / "drei.xlsx"
    workbook.save(path)
    wizard = make_wizard(qtbot, db, path)
    wizard.next()
    assert wizard.currentId() == PAGE_FILE
    message = wizard.file_page.message.text()
    assert "keine Zeilen" in message
    assert "anderes Tabellenblatt" in message and "„Partner“, „Leer“" in message
    wizard.file_page.sheet_combo.setCurrentIndex(2)
    wizard.next()
    assert "leer" in wizard.file_page.message.text()
    assert "„Deckblatt“, „Partner“" in wizard.file_page.message.text()
    wizard.file_page.sheet_combo.setCurrentIndex(1)
    wizard.next()
    assert wizard.currentId() == PAGE_MAPPING
    assert names(db) == {}


def test_sheet_choice_for_volunteers(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = samples.partners_xlsx(tmp_path / "liste.xlsx")
    wizard = make_wizard(qtbot, db, path, kind="volunteers")
    combo = wizard.file_page.sheet_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Partner", "Ehrenamt"]
    combo.setCurrentIndex(1)
    wizard.next()
    assert wizard.mapping_page.current_mapping() == [
        "first_name",
        "last_name",
        "birth_year",
        "email",
    ]
    wizard.next()
    wizard.next()
    wizard.next()
    with db.read() as session:
        from nfg_desktop.services.volunteers import VolunteerService

        (anna,) = VolunteerService(session).list()
        assert (anna.full_name, anna.birth_year) == ("Anna Schmidt", 1961)


def test_unknown_kinds_are_assigned_in_the_wizard_and_remembered(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "partner.csv"
    path.write_text(
        "Name;Art;Ort\r\n"
        "Familienzentrum Sonnenschein;Familienzentrum;Ulm\r\n"
        "Stadtbibliothek;Bibliothek;Ulm\r\n"
        "Familienzentrum Sonnenschein e. V.;Familienzentrum;Ulm\r\n"
        "Caritas;Wohlfahrtsverband;Ulm\r\n",
        encoding="utf-8-sig",
    )
    wizard = make_wizard(qtbot, db, path)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_KINDS
    page = wizard.kinds_page
    rows = [
        (page.grid.item(row, 0).text(), page.combos[row].currentText())
        for row in range(page.grid.rowCount())
    ]
    assert rows == [
        ("Familienzentrum", "Mehrgenerationenhaus/Familienzentrum"),
        ("Bibliothek", "als neue Art übernehmen"),
    ]
    shot(wizard, "import-2b-arten")
    page.set_kind(1, "Sonstige")
    wizard.next()
    assert wizard.currentId() == PAGE_PREVIEW
    statuses = [
        wizard.preview_page.model.index(row, COL_STATUS).data()
        for row in range(wizard.preview_page.model.rowCount())
    ]
    assert statuses == ["neu", "neu", "Duplikat", "neu"]  # e. V. is the same partner
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY
    stored = {name: kind for name, (kind, _notes) in names(db).items()}
    assert stored == {
        "Familienzentrum Sonnenschein": "Mehrgenerationenhaus/Familienzentrum",
        "Stadtbibliothek": "Sonstige",
        "Caritas": "Wohlfahrtsverband",
    }
    # the next file with „Bibliothek“ offers the remembered kind
    again = make_wizard(qtbot, db, path)
    again.next()
    again.next()
    assert again.kinds_page.combos[1].currentText() == "Sonstige"


def test_a_hostile_file_is_refused_with_its_german_reason(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(b'Name;Ort\r\n"Verein A;Ulm\r\nVerein B;Ulm\r\nVerein C";Ulm\r\n')
    wizard = make_wizard(qtbot, db, path)
    wizard.next()
    assert wizard.currentId() == PAGE_FILE
    assert "schließendes Anführungszeichen" in wizard.file_page.message.text()
    path.write_bytes(b"Treff;Verein;89073;Ulm\r\nKita;Kita;89075;Ulm\r\n")
    wizard.next()
    assert wizard.currentId() == PAGE_FILE
    assert "keine Überschriften" in wizard.file_page.message.text()
    assert names(db) == {}


def test_nothing_to_import_cannot_be_confirmed(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    path = tmp_path / "liste.csv"
    path.write_bytes(b"Name;Ort\r\nVerein A;Ulm\r\n")
    wizard = make_wizard(qtbot, db, path)
    for _ in range(4):
        wizard.next()
    assert wizard.currentId() == PAGE_SUMMARY
    # the same file again: its only row is a duplicate that is skipped
    again = make_wizard(qtbot, db, path)
    again.next()
    again.next()
    again.next()
    assert again.currentId() == PAGE_CONFIRM
    assert "Nichts einzulesen" in again.confirm_page.text.text()
    assert not again.button(again.WizardButton.CommitButton).isEnabled()
    again.back()
    again.preview_page.all_combo.setCurrentIndex(
        again.preview_page.all_combo.findData(Action.CREATE.value)
    )
    again.next()
    assert again.button(again.WizardButton.CommitButton).isEnabled()
