"""Update the translation sources of the window and compile them: `make translations`.

The window's strings are English in the source. Each language has, per area of the window,
a ``resources/i18n/<lang>/<area>.ts`` (so parallel work on different screens never edits the
same file); the files of a language are compiled together into ``resources/i18n/nfg_<lang>.qm``,
which the program loads at start (``gui/language.py``). The English files carry the plural
forms (``%n``) and the texts whose wording in the window differs from the source.

    python packaging/translations.py update     # lupdate: add new strings, keep translations
    python packaging/translations.py english    # new English strings: the source as it is
    python packaging/translations.py compile    # lrelease: .ts -> nfg_de.qm, nfg_en.qm

``english`` finishes every unfinished English string that has no plural form with its
source text (the source is written in English to be shown); a plural (``%n``) stays
unfinished until its English forms are written by hand.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "nfg_desktop" / "gui"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "en")
TS_DIR = I18N / "de"  # the German sources (kept for callers of the German-only days)
QM_FILE = I18N / "nfg_de.qm"

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
    "language": ["language"],
    "server": ["server"],
}


def ts_dir(language: str) -> Path:
    return I18N / language


def qm_file(language: str) -> Path:
    return I18N / f"nfg_{language}.qm"


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
    for language in LANGUAGES:
        ts_dir(language).mkdir(parents=True, exist_ok=True)
        for area in AREAS:
            files = sources(area)
            if not files:
                continue
            ts_file = ts_dir(language) / f"{area}.ts"
            subprocess.run(
                [
                    tool("pyside6-lupdate"),
                    *map(str, files),
                    "-no-obsolete",
                    "-source-language",
                    "en",
                    "-target-language",
                    language,
                    "-ts",
                    str(ts_file),
                ],
                check=True,
                capture_output=True,
            )
            print(f"{ts_file.relative_to(ROOT)}: aktualisiert")


# An unfinished message without plural forms, as lupdate writes it.
_UNFINISHED = re.compile(
    r"(<message>(?:(?!</message>).)*?<source>([^<]*)</source>\s*)"
    r'<translation type="unfinished"></translation>',
    re.DOTALL,
)


def finish_english() -> list[str]:
    """Give every unfinished English string without plural forms its source text (edited in
    lupdate's own layout); returns the plurals that are left for a person to write."""
    for ts_file in sorted(ts_dir("en").glob("*.ts")):
        text = ts_file.read_text(encoding="utf-8")
        done = _UNFINISHED.sub(r"\1<translation>\2</translation>", text)
        if done != text:
            ts_file.write_text(done, encoding="utf-8")
    left: list[str] = []
    for ts_file in sorted(ts_dir("en").glob("*.ts")):
        for context in ET.parse(ts_file).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") == "unfinished":
                    name = context.findtext("name")
                    left.append(f"{ts_file.name}: {name}: {message.findtext('source')}")
    return left


def compile_qm(target: Path = QM_FILE, language: str = "de") -> Path:
    ts_files = sorted(ts_dir(language).glob("*.ts"))
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
    if command in ("english", "all"):
        for plural in finish_english():
            print(f"Englische Pluralformen fehlen: {plural}")
    if command in ("compile", "all"):
        for language in LANGUAGES:
            print(f"{compile_qm(qm_file(language), language).relative_to(ROOT)}: übersetzt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
