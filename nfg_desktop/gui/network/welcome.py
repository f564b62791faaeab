"""The welcome of an empty file, shown in the overview instead of zeros and an all-red matrix.

It offers the four ways to begin; the network area (``gui/network``) answers them.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QVBoxLayout, QWidget

from nfg_desktop.gui.widgets import colours

# What each button asks for, in the order shown.
ACTIONS = ("settings", "import", "new", "demo")


class WelcomePanel(QWidget):
    """Four buttons: set up the network, import a list, a new partner, the demo network."""

    action_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(8)
        heading = QLabel(self.tr("Welcome to NFG Desktop"), self)
        heading.setObjectName("welcomeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        intro = QLabel(
            self.tr(
                "This file is still empty. Here the partners, projects, volunteers, meetings "
                "and trainings of your network will be kept. How would you like to begin?"
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        texts = {
            "settings": (
                self.tr("Set up the network"),
                self.tr(
                    "Name, municipality, Ortsteile, sender and logo for printouts, and the "
                    "coordinators."
                ),
            ),
            "import": (
                self.tr("Import a list"),
                self.tr("Take over partner organisations or volunteers from an Excel or CSV list."),
            ),
            "new": (
                self.tr("Start with „New“"),
                self.tr("Enter the first partner organisation by hand."),
            ),
            "demo": (
                self.tr("Look at the demo network"),
                self.tr(
                    "Opens the fictional network „Musterhausen“ in a file of its own, to try "
                    "everything out. Your own file stays as it is."
                ),
            ),
        }
        self.buttons: dict[str, QCommandLinkButton] = {}
        for key in ACTIONS:
            title, description = texts[key]
            button = QCommandLinkButton(title, description, self)
            button.setObjectName(f"welcome_{key}")
            button.setMaximumWidth(720)
            button.clicked.connect(lambda _checked=False, k=key: self.action_requested.emit(k))
            self.buttons[key] = button
            layout.addWidget(button)
        help_text = QLabel(
            self.tr(
                "Help › Short help (F1) explains the window; this welcome disappears with "
                "the first entry."
            ),
            self,
        )
        help_text.setWordWrap(True)
        help_text.setStyleSheet(colours.muted_style())
        layout.addWidget(help_text)
        layout.addStretch(1)
