"""Names shared by the PyInstaller spec, the Inno Setup script, the build script and the tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BUNDLE_NAME = "nfg-desktop"  # the folder below dist/ that PyInstaller fills
CONSOLE_EXE = "nfg-desktop"  # command line and, on Linux, the window too
WINDOWED_EXE = "NFG Desktop"  # Windows only: starts the window without a console
CONTENTS_DIR = "_internal"  # PyInstaller's folder for everything but the executables
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def version() -> str:
    """The program version, read without importing the package (PyInstaller runs the spec)."""
    text = (ROOT / "nfg_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE)
    if match is None:
        raise RuntimeError("__version__ nicht gefunden")
    return match.group(1)


def executable_names(windows: bool = sys.platform == "win32") -> list[str]:
    """The executables in the bundle folder, as the spec builds them on this platform."""
    if windows:
        return [f"{CONSOLE_EXE}.exe", f"{WINDOWED_EXE}.exe"]
    return [CONSOLE_EXE]
