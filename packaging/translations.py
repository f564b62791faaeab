"""Update the German translation sources and compile them: `make translations`.

Each area of the window has its own ``resources/i18n/de/<area>.ts`` (so parallel work on
different screens never edits the same file); all are compiled together into
``resources/i18n/nfg_de.qm``, which the program loads at start.

    python packaging/translations.py update    # lupdate: add new strings, keep translations
    python packaging/translations.py compile   # lrelease: .ts -> nfg_de.qm
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "nfg_desktop" / "gui"
TS_DIR = ROOT / "resources" / "i18n" / "de"
QM_FILE = ROOT / "resources" / "i18n" / "nfg_de.qm"

# area -> source folders/files below nfg_desktop/gui (a folder includes its subfolders);
# "*.ui" patterns are Designer sources below the repository root (lupdate reads them directly,
# it skips the u"..." strings of the generated ui_*.py).
AREAS: dict[str, list[str]] = {
    "main": ["*.py", "views", "models", "widgets", "../domain/fields.py"],
    "editors": ["editors", "ui/*.ui"],
    "reports": ["reports"],
    "transfer": ["transfer"],
    "privacy": ["privacy"],
    "safety": ["safety"],
    "network": ["network"],
    "server": ["server"],
}


def tool(name: str) -> str:
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} nicht gefunden (PySide6 installieren)")
    return found


def sources(area: str) -> list[Path]:
    files: list[Path] = []
    for pattern in AREAS[area]:
        if pattern.endswith(".ui"):
            files += sorted(ROOT.glob(pattern))
        elif pattern.endswith(".py"):
            files += sorted(GUI.glob(pattern))
        else:
            files += sorted((GUI / pattern).rglob("*.py"))
    return [f for f in files if not f.name.startswith("ui_")] + [
        f for f in files if f.name.startswith("ui_")
    ]


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for area in AREAS:
        files = sources(area)
        if not files:
            continue
        ts_file = TS_DIR / f"{area}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *map(str, files),
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                "de",
                "-ts",
                str(ts_file),
            ],
            check=True,
            capture_output=True,
        )
        print(f"{ts_file.relative_to(ROOT)}: aktualisiert")


def compile_qm(target: Path = QM_FILE) -> Path:
    ts_files = sorted(TS_DIR.glob("*.ts"))
    target.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [tool("pyside6-lrelease"), *map(str, ts_files), "-qm", str(target)],
        check=True,
        capture_output=True,
    )
    return target


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "all"
    if command in ("update", "all"):
        update()
    if command in ("compile", "all"):
        print(f"{compile_qm().relative_to(ROOT)}: übersetzt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
