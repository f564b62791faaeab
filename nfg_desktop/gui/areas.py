"""The areas of the main window, in the order the window builds them (after the lists).

Each is a :class:`~nfg_desktop.gui.area.Area`: the window builds it with ``Area(window)`` and
places what it hands over (``gui/area.py``). Add an area with one line here; an area that
fails to build fails the window (and the tests) instead of going missing.
"""

from __future__ import annotations

from nfg_desktop.gui.area import Area
from nfg_desktop.gui.language import LanguageArea
from nfg_desktop.gui.network import NetworkArea
from nfg_desktop.gui.privacy import PrivacyArea
from nfg_desktop.gui.reports import ReportsArea
from nfg_desktop.gui.safety import SafetyArea
from nfg_desktop.gui.server import ServerArea
from nfg_desktop.gui.transfer import TransferArea

AREAS: tuple[type[Area], ...] = (
    PrivacyArea,  # first: its clean-up message comes before the question about drafts
    SafetyArea,
    TransferArea,
    ReportsArea,
    NetworkArea,
    LanguageArea,
    ServerArea,
)
