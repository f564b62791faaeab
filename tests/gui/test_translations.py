"""The German and the English translation are complete; German is what the window shows on
a German system."""

from __future__ import annotations

import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from nfg_desktop.gui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("de", "en")


def _translations_module():  # packaging/ is not a package: load the script as a module
    spec = importlib.util.spec_from_file_location(
        "nfg_translations", ROOT / "packaging" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    found: dict[tuple[str, str], ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def _problems(ts_file: Path) -> list[str]:
    problems = []
    for (context, source), message in _messages(ts_file).items():
        translation = message.find("translation")
        forms = [] if translation is None else translation.findall("numerusform")
        if forms:  # a plural (%n): every German form is filled in
            texts = [(form.text or "").strip() for form in forms]
        else:
            texts = [(translation.text or "").strip()] if translation is not None else [""]
        if not all(texts):
            problems.append(f"{ts_file.name}: {context}: „{source}“ ohne Übersetzung")
        elif translation.get("type") in ("unfinished", "obsolete", "vanished"):
            problems.append(f"{ts_file.name}: {context}: „{source}“ ist {translation.get('type')}")
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_area_ts_file_is_completely_translated(language: str) -> None:
    files = sorted((I18N / language).glob("*.ts"))
    assert files, "keine .ts-Dateien gefunden"
    problems = [problem for ts_file in files for problem in _problems(ts_file)]
    assert not problems, "\n".join(problems)


def test_both_languages_have_the_same_files_and_messages() -> None:
    names = {lang: sorted(p.name for p in (I18N / lang).glob("*.ts")) for lang in LANGUAGES}
    assert names["de"] == names["en"]
    for name in names["de"]:
        assert _messages(I18N / "de" / name).keys() == _messages(I18N / "en" / name).keys(), name


def test_english_plurals_have_a_singular_and_a_plural_form() -> None:
    for ts_file in sorted((I18N / "en").glob("*.ts")):
        for (context, source), message in _messages(ts_file).items():
            if message.get("numerus") != "yes":
                continue
            forms = [form.text or "" for form in message.iter("numerusform")]
            assert len(forms) == 2, (context, source)
            one, many = forms
            assert one != many, (context, source)
            assert "%n" in one or "%Ln" in one, (context, source)


def test_a_finished_english_string_is_caught_when_left_unfinished(tmp_path: Path) -> None:
    """The check above fails on an unfinished English string (as on a German one)."""
    broken = tmp_path / "main.ts"
    text = (I18N / "en" / "main.ts").read_text(encoding="utf-8")
    broken.write_text(
        text.replace(
            "<translation>Overview</translation>",
            '<translation type="unfinished"></translation>',
            1,
        ),
        encoding="utf-8",
    )
    assert _problems(broken) == ["main.ts: MainWindow: „Overview“ ohne Übersetzung"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_ui_string_of_any_area_is_missing_from_its_ts_file(
    tmp_path: Path, language: str
) -> None:
    """lupdate on the sources of each area finds no string the committed .ts lacks."""
    translations = _translations_module()
    lupdate = translations.tool("pyside6-lupdate")
    problems = []
    for area in translations.AREAS:
        sources = translations.sources(area)
        if not sources:
            continue
        fresh = tmp_path / f"{area}.ts"
        subprocess.run(
            [lupdate, *map(str, sources), "-no-obsolete", "-ts", str(fresh)],
            check=True,
            capture_output=True,
        )
        committed = I18N / language / f"{area}.ts"
        known = _messages(committed) if committed.exists() else {}
        for key in _messages(fresh):
            if key not in known:
                problems.append(f"{language}/{area}.ts: {key[0]}: „{key[1]}“ fehlt")
    assert not problems, "\n".join(problems)


@pytest.mark.usefixtures("window")
def test_window_speaks_german_by_default(window: MainWindow) -> None:
    texts = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert texts == [
        "Übersicht",
        "Partner",
        "Projekte",
        "Ehrenamtliche",
        "Termine",
        "Qualifizierungen",
        "Berichte",
    ]
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
