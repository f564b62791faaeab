"""The areas that plug themselves into the main window.

Each module listed here has ``install(window: MainWindow) -> None``, which adds the area's menu
entries, shortcuts, list actions and editor buttons. Add your area's module with one line.
"""

from __future__ import annotations

AREA_MODULES: tuple[str, ...] = (
    "nfg_desktop.gui.safety",
    "nfg_desktop.gui.privacy",
    "nfg_desktop.gui.transfer",
    "nfg_desktop.gui.reports",
    "nfg_desktop.gui.network",
)
