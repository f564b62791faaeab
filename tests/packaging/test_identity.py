"""Application identity: icon set rendered from its SVG, desktop entry, window icon, start check."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QImage

from nfg_desktop import APP_ID
from nfg_desktop.gui.identity import ICON_SIZES, app_icon, apply_identity
from tests.packaging.conftest import bundle, clean_env

sys.path.insert(0, str(bundle.ROOT / "packaging"))

import icons  # noqa: E402

DESKTOP_ENTRY = bundle.ROOT / "packaging" / "linux" / "nfg-desktop.desktop"


def test_png_sizes_exist_and_show_something() -> None:
    assert ICON_SIZES == bundle.ICON_SIZES
    for size in bundle.ICON_SIZES:
        image = Image.open(icons.png_path(size))
        assert image.size == (size, size)
        alpha = image.convert("RGBA").getchannel("A")
        opaque = sum(alpha.histogram()[201:])
        assert opaque > size * size // 2, f"{size} px fast leer"


def test_ico_holds_every_windows_size() -> None:
    with Image.open(icons.ICO) as ico:
        assert set(ico.info["sizes"]) == {(s, s) for s in bundle.ICO_SIZES}


def test_pngs_are_rendered_from_the_current_svg(qapp: object) -> None:
    """Fails when the SVG was changed without `make icons`."""
    for size in (16, 64):
        fresh = QImage.fromData(icons.render_png(size))
        stored = QImage(str(icons.png_path(size)))
        difference = 0
        for y in range(size):
            for x in range(size):
                a, b = fresh.pixelColor(x, y), stored.pixelColor(x, y)
                difference += abs(a.red() - b.red()) + abs(a.green() - b.green())
                difference += abs(a.blue() - b.blue()) + abs(a.alpha() - b.alpha())
        assert difference / (size * size * 4) < 2, f"{size} px veraltet: make icons"


def test_desktop_entry() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP_ENTRY, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application"
    assert section["Name"] == "NFG Desktop"
    assert section["Exec"] == bundle.CONSOLE_EXE  # no file argument: the CLI takes commands
    assert section["Icon"] == APP_ID == "nfg-desktop"
    assert section["Terminal"] == "false"
    validator = shutil.which("desktop-file-validate")
    if validator:
        result = subprocess.run([validator, str(DESKTOP_ENTRY)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_window_icon_and_desktop_file_name(qapp: object) -> None:
    icon = app_icon()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    apply_identity(qapp)  # type: ignore[arg-type]
    assert qapp.desktopFileName() == APP_ID  # type: ignore[attr-defined]
    assert not qapp.windowIcon().isNull()  # type: ignore[attr-defined]


@pytest.mark.slow
def test_quit_after_start_reports_the_opened_window(tmp_path: Path) -> None:
    db = tmp_path / "netzwerk.sqlite"
    program = Path(sys.executable).parent / "nfg-desktop"
    env = clean_env(tmp_path)
    demo = subprocess.run([str(program), "--db", str(db), "demo"], env=env, capture_output=True)
    assert demo.returncode == 0
    env["NFG_QUIT_AFTER_START"] = "1"
    result = subprocess.run(
        [str(program), "--db", str(db)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Fenster geöffnet: ")
    assert "Musterhausen" in result.stdout and "netzwerk.sqlite" in result.stdout
