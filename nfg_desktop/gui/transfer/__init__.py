"""Data in and out in the window: Datei > Importieren… / Exportieren…, and in the lists
"Exportieren…", "E-Mail an Auswahl" and "Adressen kopieren".

:class:`TransferArea` is one of the window's areas (listed in ``gui/areas.py``). The wizard,
the export dialog and the io package (openpyxl) are imported when an action is first
used, so that the area costs nothing at start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox

from nfg_desktop.gui.area import Area, ListAction, MenuEntry, Slot

if TYPE_CHECKING:
    from nfg_desktop.gui.main_window import MainWindow
    from nfg_desktop.gui.transfer.export_dialog import ExportDialog
    from nfg_desktop.gui.transfer.import_wizard import ImportWizard
    from nfg_desktop.io.addresses import Addresses

EXPORT_KIND_OF_VIEW = {
    "partners": "partners",
    "volunteers": "volunteers",
    "projects": "projects",
    "meetings": "meetings",
}
MAIL_VIEWS = ("partners", "volunteers")
STATUS_TIMEOUT_MS = 15_000


class TransferArea(Area):
    """The import/export entries of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("transferArea")
        self.last_folder: Path | None = None
        self.import_action = QAction(self.tr("Import…"), window)
        self.import_action.setObjectName("importAction")
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setStatusTip(
            self.tr("Read partner organisations or volunteers from Excel or CSV")
        )
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(self.tr("Export…"), window)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setStatusTip(
            self.tr("Save a list as Excel, CSV, address cards or calendar")
        )
        self.export_action.triggered.connect(lambda: self.open_export(None))

        self.actions_of_lists: dict[tuple[str, str], QAction] = {}
        for view_name in EXPORT_KIND_OF_VIEW:
            action = QAction(self.tr("Export…"), window)
            action.triggered.connect(lambda _c=False, n=view_name: self.open_export(n))
            self._add_list_action(view_name, "export", action)
        for view_name in MAIL_VIEWS:
            mail = QAction(self.tr("E-mail to selection"), window)
            # the list's button bar is narrow: short text there, the full one in the menu
            mail.setIconText(self.tr("E-mail"))
            mail.setToolTip(self.tr("Opens your mail program with the selected addresses in BCC"))
            mail.triggered.connect(lambda _c=False, n=view_name: self.mail_to_selection(n))
            self._add_list_action(view_name, "mail", mail)
            copy = QAction(self.tr("Copy addresses"), window)
            copy.setIconText(self.tr("Addresses"))
            copy.setToolTip(
                self.tr("Puts the e-mail addresses of the selection on the clipboard, for Outlook")
            )
            copy.triggered.connect(lambda _c=False, n=view_name: self.copy_addresses(n))
            self._add_list_action(view_name, "copy", copy)

    def _add_list_action(self, view_name: str, key: str, action: QAction) -> None:
        action.setObjectName(f"{key}Action_{view_name}")
        self.actions_of_lists[(view_name, key)] = action

    def menu_entries(self) -> list[MenuEntry]:
        return [
            MenuEntry(Slot.FILE_TRANSFER, self.import_action),
            MenuEntry(Slot.FILE_TRANSFER, self.export_action),
        ]

    def list_actions(self) -> list[ListAction]:
        return [ListAction(view, action) for (view, _key), action in self.actions_of_lists.items()]

    def welcome_answers(self) -> dict[str, Callable[[], object]]:
        return {"import": self.open_import}

    def status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)

    # --- import ------------------------------------------------------------------------------

    def make_import_wizard(self) -> ImportWizard:
        from nfg_desktop.gui.transfer.import_wizard import ImportWizard
        from nfg_desktop.io.mapping import PARTNERS, VOLUNTEERS

        view_name = self.window.current_view_name()
        kind = VOLUNTEERS if view_name == "volunteers" else PARTNERS
        return ImportWizard(self.window.database, self.window, kind=kind)

    def open_import(self) -> None:
        if self.window.read_only or self.window.database.read_only:
            QMessageBox.information(
                self.window,
                self.tr("Import"),
                self.tr("The file is open read-only: nothing can be imported."),
            )
            return
        wizard = self.make_import_wizard()
        wizard.exec()
        if wizard.summary is not None:
            summary = wizard.summary
            self.status(
                self.tr("Import: %1 created, %2 updated, %3 skipped, %4 invalid")
                .replace("%1", str(summary.created))
                .replace("%2", str(summary.updated))
                .replace("%3", str(summary.skipped))
                .replace("%4", str(summary.invalid))
            )
        wizard.deleteLater()

    # --- export ------------------------------------------------------------------------------

    def make_export_dialog(self, view_name: str | None) -> ExportDialog:
        from nfg_desktop.gui.transfer.export_dialog import ExportDialog

        if view_name is None:
            view_name = self.window.current_view_name()
        kind = EXPORT_KIND_OF_VIEW.get(view_name, "partners")
        view = self.window.list_view(view_name) if view_name in EXPORT_KIND_OF_VIEW else None
        return ExportDialog(
            self.window.database,
            self.window,
            kind=kind,
            list_kind=view.kind if view is not None else None,
            selected_ids=view.selected_ids() if view is not None else None,
            visible_ids=view.visible_ids() if view is not None else None,
            folder=self.last_folder,
        )

    def open_export(self, view_name: str | None) -> None:
        dialog = self.make_export_dialog(view_name)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.written is not None:
            self.last_folder = dialog.written.parent
            self.status(
                self.tr("Exported to %2 (entries: %1)")
                .replace("%1", str(dialog.count))
                .replace("%2", str(dialog.written))
            )
        dialog.deleteLater()

    # --- e-mail ------------------------------------------------------------------------------

    def addresses(self, view_name: str) -> Addresses | None:
        from nfg_desktop.io.addresses import addresses_of

        view = self.window.list_view(view_name)
        ids = view.selected_ids()
        if not ids:
            self.status(self.tr("Select the entries first (Ctrl+A selects all shown)."))
            return None
        with self.window.database.read() as session:
            return addresses_of(session, view.kind, ids)

    def _missing_note(self, found: Addresses) -> str:
        if not found.without:
            return ""
        names = ", ".join(found.without[:5]) + (" …" if len(found.without) > 5 else "")
        return " " + self.tr("%1 without e-mail address or consent: %2").replace(
            "%1", str(len(found.without))
        ).replace("%2", names)

    def mail_to_selection(self, view_name: str) -> None:
        found = self.addresses(view_name)
        if found is None:
            return
        if not found.emails:
            self.status(self.tr("None of the selected has a usable e-mail address."))
            return
        if not found.fits_mailto():
            answer = QMessageBox.question(
                self.window,
                self.tr("E-mail to selection"),
                self.tr(
                    "%1 addresses are too many for the mail program's link. Copy them to the "
                    "clipboard instead, to paste them into the BCC field?"
                ).replace("%1", str(len(found.emails))),
            )
            if answer == QMessageBox.StandardButton.Yes:
                self._copy(found)
            return
        QDesktopServices.openUrl(QUrl(found.mailto_url(), QUrl.ParsingMode.TolerantMode))
        self.status(
            self.tr("Addresses handed to the mail program (BCC): %1.").replace(
                "%1", str(len(found.emails))
            )
            + self._missing_note(found)
        )

    def copy_addresses(self, view_name: str) -> None:
        found = self.addresses(view_name)
        if found is None:
            return
        if not found.emails:
            self.status(self.tr("None of the selected has a usable e-mail address."))
            return
        self._copy(found)

    def _copy(self, found: Addresses) -> None:
        QGuiApplication.clipboard().setText(found.clipboard_text())
        self.status(
            self.tr("Addresses copied: %1. Paste them into the BCC field.").replace(
                "%1", str(len(found.emails))
            )
            + self._missing_note(found)
        )
