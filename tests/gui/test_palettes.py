"""The window follows the system palette: light, dark and high contrast (issue 19).

No colour is written into the window's code (a dark red that vanishes on black, a light yellow
bar behind white text); our colours come from ``gui/widgets/colours.py``, which derives them
from the palette and keeps text at the contrast WCAG 2.1 asks (4.5:1, EN 301 549 11.1.4.3).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from nfg_desktop.gui.app import create_application
from nfg_desktop.gui.main_window import MainWindow
from nfg_desktop.gui.transfer.preview_model import STATUS_HUES
from nfg_desktop.gui.views.list_view import VIEW_KINDS
from nfg_desktop.gui.widgets import colours
from nfg_desktop.gui.widgets.colours import (
    MINIMUM_CONTRAST,
    contrast,
    dark_palette,
    high_contrast_palette,
)
from nfg_desktop.store.database import Database

Role = QPalette.ColorRole
GUI = Path(__file__).parents[2] / "nfg_desktop" / "gui"
UI = Path(__file__).parents[2] / "ui"


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


PALETTES = {"light": light_palette, "dark": dark_palette, "high-contrast": high_contrast_palette}


@pytest.fixture(params=list(PALETTES))
def palette(request: pytest.FixtureRequest) -> Iterator[QPalette]:
    app = create_application()
    before = app.palette()
    chosen = PALETTES[request.param]()
    app.setPalette(chosen)
    yield chosen
    app.setPalette(before)


def test_no_colour_is_written_into_the_window_code() -> None:
    pattern = re.compile(
        r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(|GlobalColor|Qt\.(?:red|green|blue|white|"
        r"black|yellow|gray)\b|palette\(mid\)|\b(?:color|background):\s*(?:white|black|red)\b"
    )
    found = [
        f"{path.relative_to(GUI.parent)}:{number}: {line.strip()}"
        for path in [*GUI.rglob("*.py"), *UI.glob("*.ui")]
        if path.name != "colours.py"
        for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if pattern.search(line.split("  #")[0]) and not line.lstrip().startswith("#")
    ]
    assert found == []


def test_focus_stays_visible_no_style_sheet_hides_it(window: MainWindow) -> None:
    for name in VIEW_KINDS:
        view = window.show_view(name)
        view.open_record(view.model.id_at(0))  # type: ignore[attr-defined]
    window.show_view("reports")
    sheets = [QApplication.instance().styleSheet()]  # type: ignore[union-attr]
    sheets += [widget.styleSheet() for widget in window.findChildren(QWidget)]
    hiding = re.compile(r"outline\s*:\s*(none|0)|:focus\s*\{[^}]*border\s*:\s*(none|0)", re.I)
    assert [sheet for sheet in sheets if hiding.search(sheet)] == []
    assert any("invalid" in sheet for sheet in sheets)  # the forms' rule is there …
    # … and marks a focused invalid field in the highlight colour, not only in red
    assert all(":focus" in sheet for sheet in sheets if 'invalid="true"' in sheet)


def test_our_colours_read_on_every_palette(palette: QPalette) -> None:
    window, base = palette.color(Role.Window), palette.color(Role.Base)
    text = palette.color(Role.Text)
    red = colours.error_colour()
    pairs = {
        "error on window": (red, window),
        "error in a field": (red, base),
        "hint": (colours.muted_text(), window),
        "empty list": (colours.muted_text(on_base=True), base),
        "note": colours.note_colours(),
        "marker": colours.marker_colours(),
    }
    for hue in (colours.RED, colours.GREEN, colours.BLUE, colours.YELLOW):
        pairs[f"text on a {hue.name()} tint"] = (text, colours.tint(hue))
    style = colours.warning_style()
    background = re.search(r"background: (#\w+)", style)
    assert background is not None
    pairs["warning"] = (red, QColor(background.group(1)))
    low = {
        name: round(contrast(*pair), 2)
        for name, pair in pairs.items()
        if contrast(*pair) < MINIMUM_CONTRAST
    }
    assert low == {}


def test_high_contrast_keeps_the_palette_s_own_pairs() -> None:
    create_application()
    palette = high_contrast_palette()
    red = colours.error_colour(palette)
    assert contrast(red, palette.color(Role.Window)) >= 7  # no dark red on black
    assert colours.marker_colours(palette) == (red, QColor("#000000"))
    assert colours.note_colours(palette) == (QColor("#000000"), QColor("#ffffff"))
    light = light_palette()
    assert colours.note_colours(light) == (
        light.color(Role.ToolTipBase),
        light.color(Role.ToolTipText),
    )


def painted_pairs(window: MainWindow) -> dict[str, tuple[QColor, QColor]]:
    """(text, background) of what our code colours itself in the window."""
    pairs: dict[str, tuple[QColor, QColor]] = {}
    overview = window.show_view("overview")
    matrix = next(t for t in overview.findChildren(QTableWidget) if t.rowCount() and t.item(0, 0))
    for row in range(matrix.rowCount()):
        for column in range(matrix.columnCount()):
            item = matrix.item(row, column)
            pairs[f"matrix {row},{column}"] = (item.foreground().color(), item.background().color())
    window.set_read_only(True)
    label = window.read_only_label
    label.ensurePolished()
    pairs["read only"] = (
        label.palette().color(label.foregroundRole()),
        label.palette().color(label.backgroundRole()),
    )
    window.set_read_only(False)
    for widget in window.findChildren(QLabel):
        sheet = widget.styleSheet()
        if "color" in sheet and widget.isVisibleTo(window) and widget.text():
            widget.ensurePolished()
            pairs[widget.objectName() or widget.text()[:20]] = (
                widget.palette().color(widget.foregroundRole()),
                widget.palette().color(widget.backgroundRole()),
            )
    return pairs


def test_what_the_window_colours_itself_reads_on_every_palette(
    qtbot: QtBot, palette: QPalette, demo_db: Database
) -> None:
    window = MainWindow(demo_db, demo_db.path)
    window.resize(1280, 800)
    window.show()
    window.wait_loaded()
    try:
        pairs = painted_pairs(window)
        assert any(name.startswith("matrix") for name in pairs)
        matrix_text = {pair[0].name() for name, pair in pairs.items() if name.startswith("matrix")}
        assert matrix_text == {palette.color(Role.Text).name()}  # the palette's text colour
        low = {
            name: round(contrast(*pair), 2)
            for name, pair in pairs.items()
            if contrast(*pair) < MINIMUM_CONTRAST
        }
        assert low == {}
    finally:
        window.close_without_asking()
        window.deleteLater()


def test_the_import_preview_tints_read_on_every_palette(palette: QPalette) -> None:
    from nfg_desktop.gui.transfer.preview_model import PreviewModel

    model = PreviewModel()
    text = palette.color(Role.Text)
    for status in STATUS_HUES:
        brush = model._brushes[status]  # noqa: SLF001 (the brush the view paints)
        assert contrast(text, brush.color()) >= MINIMUM_CONTRAST, status
