"""Run a piece of Python in a new interpreter with the window offscreen, as the tests of the
start and of display scaling need; the child prints a JSON report as its last line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

# The opening of a child that needs the main window (1280 x 800) on the file argv[1] with every
# list loaded; it binds ``app``, ``database`` and ``window``.
WINDOW_WITH_LISTS = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.views.list_view import VIEW_KINDS
from nfg_desktop.store.database import open_database

app = create_application()
database = open_database(Path(sys.argv[1]))
window = MainWindow(database, Path(sys.argv[1]))
window.resize(1280, 800)
window.show()
for name in VIEW_KINDS:
    window.list_view(name).ensure_loaded()
window.wait_loaded()
QCoreApplication.processEvents()
"""


def run_child(
    code: str, args: list[str], nfg_home: Path, screen: tuple[int, int] | None = None, **env: str
) -> tuple[str, Any]:
    """(what the child printed, its report); fails the test when the child fails.

    ``screen``: the size of the offscreen screen in pixels (before display scaling), e.g. a
    1366 x 768 laptop screen; without it the offscreen platform's 800 x 600."""
    platform = "offscreen"
    if screen is not None:
        config = nfg_home / f"screen-{screen[0]}x{screen[1]}.json"
        width, height = screen
        config.write_text(
            json.dumps({"screens": [{"name": "screen", "width": width, "height": height}]})
        )
        platform = f"offscreen:configfile={config}"
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=dict(os.environ, QT_QPA_PLATFORM=platform, NFG_HOME=str(nfg_home), **env),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout, json.loads(result.stdout.strip().splitlines()[-1])
