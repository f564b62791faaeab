"""The English window (issue 19): chosen by the system or Ansicht > Sprache, its own strings,
its plurals, and the German messages from below the window shown in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QMessageBox

from nfg_desktop.gui import language
from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.language.messages import english, shown
from nfg_desktop.gui.main_window import MainWindow, settings
from nfg_desktop.gui.widgets.mnemonics import plain


def test_a_german_system_gets_german_and_any_other_english() -> None:
    for name in ("de_DE", "de_AT", "de_CH"):
        assert language.system_language(QLocale(name)) == language.GERMAN
    for name in ("en_GB", "fr_FR", "tr_TR", "ar_SY", "uk_UA", "C"):
        assert language.system_language(QLocale(name)) == language.ENGLISH


def test_the_remembered_choice_wins_over_the_system() -> None:
    assert language.chosen_language() == language.GERMAN  # the tests' system is German
    language.remember_language(language.ENGLISH)
    assert settings().value(language.SETTING) == "en"
    assert language.chosen_language() == language.ENGLISH
    settings().setValue(language.SETTING, "xx")  # a broken setting: the system decides
    assert language.chosen_language() == language.GERMAN


def test_view_language_remembers_the_choice_and_says_it_applies_at_the_next_start(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    area = window.area(language.LanguageArea)
    menu_texts = [action.text() for action in window.menu_view.actions()]
    assert menu_texts[-1] == "&Sprache"
    assert [plain(a.text()) for a in area.menu.actions()] == ["Deutsch", "English"]
    assert area.actions["de"].isChecked()
    area.actions["en"].trigger()
    assert language.chosen_language() == language.ENGLISH
    assert area.actions["en"].isChecked() and not area.actions["de"].isChecked()
    assert told == [language.RESTART_NOTES["en"]]
    area.actions["de"].trigger()  # back to what the window shows: nothing to restart
    assert language.chosen_language() == language.GERMAN
    assert len(told) == 1


def test_the_english_window_speaks_english(english_window: MainWindow) -> None:
    window = english_window
    texts = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert texts == [
        "Overview",
        "Partners",
        "Projects",
        "Volunteers",
        "Meetings",
        "Trainings",
        "Reports",
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]
    assert [action.text() for action in window.menu_view.actions()][-1] == "&Language"
    assert QLocale().language() == QLocale.Language.English


@pytest.mark.usefixtures("english_language")
def test_english_plurals_take_the_singular_for_one_only() -> None:
    def tr(context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, None, n)

    assert tr("OverviewView", "%n partners", 1) == "1 partner"
    assert tr("OverviewView", "%n partners", 2) == "2 partners"
    assert tr("OverviewView", "%n projects", 0) == "0 projects"
    assert tr("TrainingEditor", "%n attendees", 1) == "1 attendee"
    assert tr("VolunteerEditor", "%n entries, %2 hours in total", 1).startswith("1 entry,")


def test_the_german_window_keeps_its_plurals() -> None:
    create_application()
    assert QCoreApplication.translate("OverviewView", "%n partners", None, 1) == "1 Partner"


def test_a_validation_error_shows_in_english_in_the_english_window(
    english_window: MainWindow,
) -> None:
    view = english_window.list_view("partners")
    view.wait_loaded()
    view.open_record(view.model.id_at(0))
    editor = english_window.editor_for("partner")
    assert editor is not None
    editor.ui.nameEdit.setText("")
    editor.ui.emailEdit.setText("kein-at-zeichen")
    assert not editor.is_valid()
    assert editor.error_text("name") == "Name: please fill in."
    assert editor.error_text("email") == "E-mail: “kein-at-zeichen” is not a valid e-mail address."


def test_the_german_window_shows_the_german_message(window: MainWindow) -> None:
    view = window.list_view("partners")
    view.wait_loaded()
    view.open_record(view.model.id_at(0))
    editor = window.editor_for("partner")
    assert editor is not None
    editor.ui.nameEdit.setText("")
    assert editor.error_text("name") == "Name: Bitte ausfüllen."


@pytest.mark.usefixtures("english_language")
def test_messages_from_below_are_translated_part_by_part() -> None:
    # a template, a field label filled into it, and data that stays as typed
    assert shown("Straße: höchstens 200 Zeichen.") == "Street: at most 200 characters."
    assert shown("Einen Partner mit der Nummer 7 gibt es nicht.") == (
        "A partner with the number 7 does not exist."
    )
    assert shown("Titel: Ein Projekt „Lesepaten“ gibt es schon.") == (
        "Title: a project “Lesepaten” exists already."
    )
    # a message the catalogue does not know stays as it is (never an empty text)
    assert shown("Frau Müller") == "Frau Müller"
    # several messages, one per line
    assert english("Datum: Bitte ausfüllen.\nName: Bitte ausfüllen.") == (
        "Date: please fill in.\nName: please fill in."
    )


def test_the_german_window_shows_messages_as_they_are() -> None:
    create_application()
    assert shown("Name: Bitte ausfüllen.") == "Name: Bitte ausfüllen."
