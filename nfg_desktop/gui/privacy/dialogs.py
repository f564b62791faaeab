"""Questions and file choices of the privacy area, replaceable in tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)


class ConfirmDialog(QDialog):
    """Says exactly what will happen; the safe choice (Cancel) is the default."""

    def __init__(
        self, title: str, lines: list[str], action_text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("privacyConfirmDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QLabel("".join(f"<p>{_html(line)}</p>" for line in lines), self)
        self.text.setObjectName("confirmText")
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(460)
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton(
            action_text, QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.setAutoDefault(False)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)
        cancel.setFocus()
        self.confirm_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def plain_text(self) -> str:
        return self.text.text().replace("</p><p>", "\n").replace("<p>", "").replace("</p>", "")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def confirm(parent: QWidget, title: str, lines: list[str], action_text: str) -> bool:
    dialog = ConfirmDialog(title, lines, action_text, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def choose_target(parent: QWidget, title: str, suggested: Path) -> Path | None:
    """Where to save the Auskunft; the format follows the chosen filter or extension."""
    pdf = QCoreApplication.translate("PrivacyDialogs", "PDF document (*.pdf)")
    json_filter = QCoreApplication.translate(
        "PrivacyDialogs", "JSON file, machine-readable (*.json)"
    )
    name, chosen_filter = QFileDialog.getSaveFileName(
        parent, title, str(suggested), f"{pdf};;{json_filter}"
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".pdf", ".json"):
        path = path.with_name(path.name + (".json" if chosen_filter == json_filter else ".pdf"))
    return path


def inform(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)
