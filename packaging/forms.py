"""Generate the Python of the Designer forms: `make forms`.

Every ``ui/<name>.ui`` becomes ``nfg_desktop/gui/forms/ui_<name>.py`` (pyside6-uic). The generated
files are committed and never edited by hand; ``tests/gui/test_forms_current.py`` fails when one
of them is stale.

    python packaging/forms.py           # regenerate every form
    python packaging/forms.py check     # list stale or missing forms, exit 1 if any
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "nfg_desktop" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    if not found:
        raise SystemExit("pyside6-uic nicht gefunden (PySide6 installieren)")
    return found


def target_of(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def generate(ui_file: Path) -> str:
    """The Python pyside6-uic makes of ``ui_file`` (run in ui/ so the header names the file)."""
    result = subprocess.run(
        [uic(), ui_file.name],
        cwd=ui_file.parent,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    return result.stdout


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def stale_forms() -> list[str]:
    """Names of generated forms that are missing or differ from what their .ui gives."""
    stale = []
    for ui_file in ui_files():
        target = target_of(ui_file)
        current = target.read_text(encoding="utf-8") if target.exists() else None
        if current is None or _without_version(current) != _without_version(generate(ui_file)):
            stale.append(target.name)
    expected = {target_of(ui_file).name for ui_file in ui_files()}
    stale += sorted(p.name for p in FORMS_DIR.glob("ui_*.py") if p.name not in expected)
    return stale


def _without_version(text: str) -> str:
    """The generated text without the uic version line (a patch release changes nothing else)."""
    return "\n".join(
        line for line in text.splitlines() if "Created by: Qt User Interface" not in line
    )


def build() -> None:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated Designer forms (packaging/forms.py); do not edit."""\n')
    for ui_file in ui_files():
        target = target_of(ui_file)
        code = generate(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != code:
            target.write_text(code, encoding="utf-8")
            print(f"{target.name}: erzeugt")


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else "build"
    if command == "check":
        stale = stale_forms()
        for name in stale:
            print(f"veraltet: {name}")
        return 1 if stale else 0
    build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
