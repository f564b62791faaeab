"""The window's language: German or English, chosen under Ansicht > Sprache and remembered.

Without a remembered choice the system's language decides: a German system gets the German
window, every other system the English one (our users outside German are partners whose staff
do not read German). The choice takes effect at the next start: the translators are installed
once, before the window is built (``install``).

Messages that come from below the window (the German texts of ``DomainError``) are shown in
the window's language through :func:`nfg_desktop.gui.language.messages.shown`.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox

from nfg_desktop import APP_NAME, paths
from nfg_desktop.gui.area import Area, MenuEntry, Slot

log = logging.getLogger(__name__)

GERMAN, ENGLISH = "de", "en"
# Each language by its own name (the menu shows them so in either window).
LANGUAGE_NAMES: dict[str, str] = {GERMAN: "Deutsch", ENGLISH: "English"}
SETTING = "ui/language"
# The locale of the window's numbers and dates: German ones in the English window too (the
# data is German, and hours are typed as 1,5); English names of months and days there.
LOCALES: dict[str, QLocale] = {
    GERMAN: QLocale(QLocale.Language.German, QLocale.Country.Germany),
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.Germany),
}

_current = GERMAN


def system_language(system: QLocale | None = None) -> str:
    """German on a German system (Germany, Austria, Switzerland, …), English on any other."""
    locale = QLocale.system() if system is None else system
    return GERMAN if locale.language() == QLocale.Language.German else ENGLISH


def chosen_language() -> str:
    """The language remembered under Ansicht > Sprache, else the system's."""
    from nfg_desktop.gui.main_window import settings  # the window imports this module

    stored = str(settings().value(SETTING, "") or "")
    return stored if stored in LANGUAGE_NAMES else system_language()


def remember_language(language: str) -> None:
    from nfg_desktop.gui.main_window import settings

    if language not in LANGUAGE_NAMES:
        raise ValueError(language)
    store = settings()
    store.setValue(SETTING, language)
    store.sync()


def current_language() -> str:
    """The language of the translators installed now (what the window shows)."""
    return _current


def translation_file(language: str) -> str:
    return str(paths.resource("i18n", f"nfg_{language}.qm"))


def install(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the program's translation and Qt's own (dialog buttons) for ``language``,
    replacing those of an earlier call (the tests show both languages in one process)."""
    global _current
    for old in getattr(app, "_nfg_translators", ()):
        app.removeTranslator(old)
    QLocale.setDefault(LOCALES[language])
    installed: list[QTranslator] = []
    own = QTranslator(app)
    qm = translation_file(language)
    if own.load(qm):
        app.installTranslator(own)
        installed.append(own)
    else:
        log.warning("Übersetzung nicht gefunden: %s", qm)
    if language != ENGLISH:  # Qt's own texts are English without a translation
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)
        if qt.load(LOCALES[language], "qtbase", "_", qt_dir):
            app.installTranslator(qt)
            installed.append(qt)
    app._nfg_translators = installed  # type: ignore[attr-defined]
    _current = language
    return installed


class LanguageArea(Area):
    """Ansicht > Sprache: Deutsch / English, remembered for the next start."""

    def menu_entries(self) -> Sequence[MenuEntry]:
        self.menu = QMenu(self.tr("&Language"), self.window)
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self.menu)
        group.setExclusive(True)
        chosen = chosen_language()
        self.actions: dict[str, QAction] = {}
        for language, name in LANGUAGE_NAMES.items():
            action = QAction(name, self.menu)
            action.setCheckable(True)
            action.setChecked(language == chosen)
            action.setData(language)
            action.triggered.connect(lambda _checked=False, lang=language: self.choose(lang))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[language] = action
        return [MenuEntry(Slot.VIEW_LANGUAGE, self.menu.menuAction())]

    def choose(self, language: str) -> None:
        """Remember ``language``; the window shows it from the next start."""
        before = chosen_language()
        remember_language(language)
        if language == before or language == current_language():
            return
        QMessageBox.information(
            self.window,
            APP_NAME,
            RESTART_NOTES[language],
        )


# Said in the language chosen (the person who chose it reads that one).
RESTART_NOTES: dict[str, str] = {
    GERMAN: "Das Fenster erscheint ab dem nächsten Start von NFG Desktop auf Deutsch. "
    "Bitte beenden Sie das Programm und starten Sie es neu.",
    ENGLISH: "The window will be in English from the next start of NFG Desktop. "
    "Please quit the program and start it again.",
}
