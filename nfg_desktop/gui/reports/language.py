"""The language of printouts chosen in the window: German unless the user picks English for a
report; the last choice is remembered (in the window's settings) as the next default."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from nfg_desktop.reports.language import ENGLISH_LANGUAGE, GERMAN, LANGUAGES

SETTING = "reports/language"


def printout_language() -> str:
    """The remembered language of printouts ("de" unless English was chosen last)."""
    from nfg_desktop.gui.main_window import settings  # the window's module imports this area

    value = str(settings().value(SETTING, GERMAN))
    return value if value in LANGUAGES else GERMAN


def remember_printout_language(language: str) -> None:
    from nfg_desktop.gui.main_window import settings

    store = settings()
    store.setValue(SETTING, language)
    store.sync()


class LanguageChoice(QComboBox):
    """German or English printout, starting at the remembered choice and remembering changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageOption")
        self.addItem(self.tr("German"), GERMAN)
        self.addItem(self.tr("English"), ENGLISH_LANGUAGE)
        self.setAccessibleName(self.tr("Printout language"))
        self.setToolTip(
            self.tr("Printouts are German by default; English for partners who read English.")
        )
        self.setCurrentIndex(max(0, self.findData(printout_language())))
        self.currentIndexChanged.connect(lambda _index: remember_printout_language(self.language()))

    def language(self) -> str:
        return str(self.currentData())
