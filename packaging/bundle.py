"""Names shared by the PyInstaller spec, the Inno Setup script, the build script and the tests."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

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


def windows_version_info() -> Any:
    """The version resource of the Windows executables (Explorer > Properties > Details)."""
    from PyInstaller.utils.win32 import versioninfo as vi

    text = version()
    numbers = (*(int(part) for part in text.split(".")[:3]), 0)
    strings = [
        vi.StringStruct("CompanyName", "Netzwerk für Generationen"),
        vi.StringStruct("FileDescription", "NFG Desktop"),
        vi.StringStruct("FileVersion", text),
        vi.StringStruct("InternalName", CONSOLE_EXE),
        vi.StringStruct("LegalCopyright", "GPL-3.0-or-later"),
        vi.StringStruct("OriginalFilename", f"{CONSOLE_EXE}.exe"),
        vi.StringStruct("ProductName", "NFG Desktop"),
        vi.StringStruct("ProductVersion", text),
    ]
    return vi.VSVersionInfo(
        ffi=vi.FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            vi.StringFileInfo([vi.StringTable("040704B0", strings)]),  # German, Unicode
            vi.VarFileInfo([vi.VarStruct("Translation", [0x0407, 1200])]),
        ],
    )
