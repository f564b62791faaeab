"""What the privacy buttons do: Auskunft, erase, anonymise, history. Qt glue over the services."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui.language.messages import error_text
from nfg_desktop.gui.privacy import dialogs
from nfg_desktop.gui.widgets.folders import documents_folder
from nfg_desktop.store.database import Database

if TYPE_CHECKING:
    from nfg_desktop.gui.privacy.history_dialog import HistoryDialog

log = logging.getLogger(__name__)


class PrivacyActions(QObject):
    """One per window: the database, whether it is read-only, and the parent for dialogs."""

    def __init__(
        self, database: Database, parent: QWidget, read_only: Callable[[], bool] = lambda: False
    ) -> None:
        """``read_only``: whether the window is read-only now (it can become so later)."""
        super().__init__(parent)
        self.database = database
        self.parent_widget = parent
        self.read_only = read_only
        self.open_dialogs: list[HistoryDialog] = []

    def is_read_only(self) -> bool:
        return self.read_only() or self.database.read_only

    def _person_name(self, kind: str, record_id: int) -> str:
        from nfg_desktop.services import privacy

        with self.database.read() as session:
            return privacy.get_person(session, kind, record_id).full_name

    # --- Auskunft -------------------------------------------------------------------------

    def disclose(self, kind: str, record_id: int) -> Path | None:
        title = self.tr("Information on stored data (Art. 15 GDPR)")
        try:
            name = self._person_name(kind, record_id)
            safe = "".join(ch if ch.isalnum() else "-" for ch in name).strip("-") or "Person"
            # not the data file's folder: on Windows that is hidden in AppData
            suggested = documents_folder() / f"Auskunft-{safe}-{date.today():%Y-%m-%d}.pdf"
            target = dialogs.choose_target(self.parent_widget, title, suggested)
            if target is None:
                return None
            # reportlab is loaded only when a PDF is made, not when the window starts
            from nfg_desktop.gui.reports.language import printout_language
            from nfg_desktop.reports import disclosure as report
            from nfg_desktop.services.disclosure import build_disclosure

            with self.database.read() as session:
                disclosure = build_disclosure(session, kind, record_id)
            # in the printouts' language chosen last (German unless English was picked)
            report.write(disclosure, target, printout_language())
        except DomainError as error:
            dialogs.warn(self.parent_widget, title, error_text(error))
            return None
        dialogs.inform(
            self.parent_widget,
            title,
            self.tr("The information on %1 was written to %2.")
            .replace("%1", name)
            .replace("%2", str(target)),
        )
        return target

    # --- erase and anonymise ----------------------------------------------------------------

    def erase(self, kind: str, record_id: int) -> bool:
        return self._erase(kind, record_id, anonymise_only=False)

    def anonymise(self, kind: str, record_id: int) -> bool:
        return self._erase(kind, record_id, anonymise_only=True)

    def _erase(self, kind: str, record_id: int, anonymise_only: bool) -> bool:
        if anonymise_only:
            title = self.tr("Anonymise person (Art. 17 GDPR)")
            action_text = self.tr("Anonymise")
        else:
            title = self.tr("Erase person (Art. 17 GDPR)")
            action_text = self.tr("Erase for good")
        if self.is_read_only():
            dialogs.warn(
                self.parent_widget,
                title,
                self.tr("The file is open read-only: nothing can be changed."),
            )
            return False
        from nfg_desktop.services import privacy

        try:
            with self.database.read() as session:
                if anonymise_only:
                    lines = privacy.describe_anonymise(session, kind, record_id)
                else:
                    lines = privacy.describe_erase(session, kind, record_id)
            if not dialogs.confirm(self.parent_widget, title, lines, action_text):
                return False
            # rewriting the file (VACUUM) takes a few seconds on a large network
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                message = privacy.erase_and_wipe(self.database, kind, record_id, anonymise_only)
            finally:
                QApplication.restoreOverrideCursor()
        except DomainError as error:
            dialogs.warn(self.parent_widget, title, error_text(error))
            return False
        dialogs.inform(self.parent_widget, title, message)
        return True

    # --- history ----------------------------------------------------------------------------

    def show_history(
        self, entity: str | None, record_id: int | None, title: str = ""
    ) -> HistoryDialog:
        from nfg_desktop.gui.privacy.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.database, entity, record_id, title, self.parent_widget)
        dialog.finished.connect(lambda _code, d=dialog: self._forget(d))
        self.open_dialogs.append(dialog)
        dialog.show()
        return dialog

    def _forget(self, dialog: HistoryDialog) -> None:
        if dialog in self.open_dialogs:
            self.open_dialogs.remove(dialog)
        dialog.deleteLater()
