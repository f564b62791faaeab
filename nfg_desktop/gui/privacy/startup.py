"""When a file is opened in the window: delete clearance records that are due, and say so."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from nfg_desktop.domain.errors import DomainError

log = logging.getLogger(__name__)


def after_open(window: Any) -> QMessageBox | None:
    """Run the clean-up for ``window``'s file; show a (non-blocking) message when something was
    deleted. Returns the message box, if one is shown."""
    if window.read_only or window.database.read_only:
        return None
    from nfg_desktop.services.privacy import startup_clearance_cleanup

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        lines = startup_clearance_cleanup(window.database)
    except DomainError as error:
        log.warning("Führungszeugnisse nicht bereinigt: %s", error.message)
        return None
    finally:
        QApplication.restoreOverrideCursor()
    if not lines:
        return None
    # One summary line with a details button, however many records it was: a list of hundreds
    # of names in front of the window helps nobody.
    text = QCoreApplication.translate(
        "PrivacyStartup",
        "Police clearance records of %1 volunteers who left three months ago or longer have "
        "been deleted, as the law requires (§ 72a SGB VIII).",
    ).replace("%1", str(len(lines)))
    box = QMessageBox(QMessageBox.Icon.Information, window.windowTitle(), text, parent=window)
    box.setObjectName("clearanceCleanupMessage")
    box.setDetailedText("\n".join(lines))
    box.setModal(False)
    box.show()
    return box
