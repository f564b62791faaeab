"""Before `make run`: tell the user which system libraries Qt's window plugin still needs."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

# library file -> Debian/Ubuntu package that provides it
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
}


def missing_libraries() -> list[str]:
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return []
    result = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False)
    missing = []
    for line in result.stdout.splitlines():
        if "not found" in line:
            missing.append(line.split()[0])
    return sorted(set(missing))


def main() -> int:
    if not sys.platform.startswith("linux"):
        return 0
    if os.environ.get("QT_QPA_PLATFORM", "xcb") != "xcb":
        return 0
    missing = missing_libraries()
    if not missing:
        return 0
    packages = sorted({PACKAGES.get(lib, lib) for lib in missing})
    print("Für das Programmfenster fehlen Systembibliotheken: " + ", ".join(missing))
    print("Bitte installieren Sie sie, z. B. mit:")
    print("    sudo apt-get install " + " ".join(packages))
    return 1


if __name__ == "__main__":
    sys.exit(main())
