"""Build the one-folder program with PyInstaller: `make dist` (or `python packaging/build.py`).

    python packaging/build.py                 # -> dist/nfg-desktop/ (Linux or Windows)
    python packaging/build.py --installer     # Windows: also dist/nfg-desktop-<version>-setup.exe

The result runs without Python: `dist/nfg-desktop/nfg-desktop --version`. On Windows the
installer is made by Inno Setup's compiler (ISCC.exe, found on PATH or in its usual folder)
from packaging/nfg-desktop.iss.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle  # noqa: E402

SPEC = bundle.ROOT / "packaging" / "nfg-desktop.spec"
ISS = bundle.ROOT / "packaging" / "nfg-desktop.iss"


def folder_size(folder: Path) -> int:
    """Bytes on disk of every file below folder (symbolic links count as nothing)."""
    total = 0
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += path.stat().st_size
    return total


def build_bundle(dist: Path, work: Path, clean: bool = True) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    if clean:
        command.insert(3, "--clean")
    subprocess.run(command, check=True, cwd=bundle.ROOT)
    folder = dist / bundle.BUNDLE_NAME
    for name in bundle.executable_names():
        if not (folder / name).is_file():
            raise SystemExit(f"Build unvollständig: {folder / name} fehlt")
    return folder


def find_iscc() -> str | None:
    found = shutil.which("iscc") or shutil.which("ISCC")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles")):
        if base:
            candidate = Path(base) / "Inno Setup 6" / "ISCC.exe"
            if candidate.is_file():
                return str(candidate)
    return None


def build_installer(dist: Path) -> None:
    iscc = find_iscc()
    if iscc is None:
        raise SystemExit(
            "Inno Setup 6 (ISCC.exe) nicht gefunden: https://jrsoftware.org/isinfo.php"
        )
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={bundle.version()}",
            f"/DBundleDir={dist / bundle.BUNDLE_NAME}",
            f"/O{dist}",
            str(ISS),
        ],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="NFG Desktop als Programmordner bauen")
    parser.add_argument("--dist", type=Path, default=bundle.ROOT / "dist", help="Zielordner")
    parser.add_argument(
        "--work", type=Path, default=bundle.ROOT / "build" / "pyinstaller", help="Arbeitsordner"
    )
    parser.add_argument(
        "--keep-cache", action="store_true", help="Arbeitsordner vom letzten Bau weiterverwenden"
    )
    parser.add_argument(
        "--installer", action="store_true", help="unter Windows auch das Setup-Programm bauen"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    folder = build_bundle(args.dist.resolve(), args.work.resolve(), clean=not args.keep_cache)
    size_mb = folder_size(folder) / 1_000_000
    print(f"Programmordner: {folder} ({size_mb:.0f} MB, {time.monotonic() - started:.0f} s)")
    if args.installer:
        if sys.platform != "win32":
            raise SystemExit("Das Setup-Programm (Inno Setup) lässt sich nur unter Windows bauen.")
        build_installer(args.dist.resolve())
    return 0


if __name__ == "__main__":
    sys.exit(main())
