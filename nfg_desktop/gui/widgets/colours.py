"""The window's own colours, all derived from the system palette (issue 19).

A colour written into the code vanishes in a dark or a high-contrast theme (dark red on black,
a light yellow bar behind white text). Every colour of ours comes from here: it starts from a
palette role and is checked for the contrast WCAG 2.1 asks of text (4.5:1, EN 301 549 11.1.4.3);
where a hue of ours (the red of an error, the tint of a gap) would fall below it, the palette's
own text colour is used instead. Style sheets are made when a widget is built, with the palette
the application has then.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QStyleFactory

MINIMUM_CONTRAST = 4.5
# The red of errors on a light and on a dark background (Material's error tones).
_ERROR_ON_LIGHT = QColor(179, 38, 30)
_ERROR_ON_DARK = QColor(255, 180, 171)
# The hues that tint a cell (a gap, a covered cell, a row of the import's preview).
RED = QColor(220, 60, 50)
GREEN = QColor(60, 160, 70)
BLUE = QColor(60, 110, 200)
YELLOW = QColor(230, 180, 0)

Role = QPalette.ColorRole


def palette() -> QPalette:
    return QGuiApplication.palette()


def luminance(colour: QColor) -> float:
    """Relative luminance as WCAG 2.1 defines it."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""
    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def mix(one: QColor, other: QColor, share: float) -> QColor:
    """``share`` of ``other`` mixed into ``one``."""
    return QColor.fromRgbF(
        one.redF() + (other.redF() - one.redF()) * share,
        one.greenF() + (other.greenF() - one.greenF()) * share,
        one.blueF() + (other.blueF() - one.blueF()) * share,
    )


def is_dark(colours: QPalette | None = None) -> bool:
    colours = colours or palette()
    return colours.color(Role.Window).lightnessF() < 0.5


def readable(preferred: QColor, fallback: QColor, *backgrounds: QColor) -> QColor:
    """``preferred`` if it reads on every one of ``backgrounds``, else ``fallback``."""
    if all(contrast(preferred, background) >= MINIMUM_CONTRAST for background in backgrounds):
        return preferred
    return fallback


def error_colour(colours: QPalette | None = None) -> QColor:
    """The text colour of errors and warnings: red where red reads on the window and in the
    fields, else the palette's text colour (the message itself says it is an error)."""
    colours = colours or palette()
    red = _ERROR_ON_DARK if is_dark(colours) else _ERROR_ON_LIGHT
    return readable(
        red, colours.color(Role.WindowText), colours.color(Role.Window), colours.color(Role.Base)
    )


def muted_text(colours: QPalette | None = None, on_base: bool = False) -> QColor:
    """A quieter text colour for hints: the text colour mixed towards the background (the
    window's, or with ``on_base`` a list's or field's) as far as it still reads. (The palette's
    own placeholder and "mid" colours fall below 4.5:1 in Qt's standard themes.)"""
    colours = colours or palette()
    text, background = (
        (colours.color(Role.Text), colours.color(Role.Base))
        if on_base
        else (colours.color(Role.WindowText), colours.color(Role.Window))
    )
    for share in (0.45, 0.35, 0.25, 0.15):
        quiet = mix(text, background, share)
        if contrast(quiet, background) >= MINIMUM_CONTRAST:
            return quiet
    return text


def tint(hue: QColor, colours: QPalette | None = None) -> QColor:
    """A cell background: a little of ``hue`` in the palette's base, so that the palette's
    text still reads on it (plain base where it would not)."""
    colours = colours or palette()
    base, text = colours.color(Role.Base), colours.color(Role.Text)
    for share in (0.18, 0.1):
        tinted = mix(base, hue, share)
        if contrast(text, tinted) >= MINIMUM_CONTRAST:
            return tinted
    return base


def note_colours(colours: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of a note bar: the palette's tool-tip colours (a light yellow in
    most themes), or base and text where those do not read."""
    colours = colours or palette()
    background, text = colours.color(Role.ToolTipBase), colours.color(Role.ToolTipText)
    if contrast(background, text) >= MINIMUM_CONTRAST:
        return background, text
    return colours.color(Role.Base), colours.color(Role.Text)


def marker_colours(colours: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, text) of a marker that must stand out (e.g. "Read only"): the error colour
    under the window's colour (white on red in a light theme, black on light red in a dark one,
    inverted text colours in a high-contrast one)."""
    colours = colours or palette()
    return error_colour(colours), colours.color(Role.Window)


# --- the themes the window is checked against (tests, screenshots) ---------------------------


def dark_palette() -> QPalette:
    """A dark theme as Windows' or KDE's dark mode gives it."""
    palette = QStyleFactory.create("Fusion").standardPalette()  # the roles not set below
    for role, colour in (
        (Role.Window, "#202020"), (Role.WindowText, "#f0f0f0"), (Role.Base, "#2b2b2b"),
        (Role.AlternateBase, "#323232"), (Role.Text, "#f0f0f0"), (Role.Button, "#333333"),
        (Role.ButtonText, "#f0f0f0"), (Role.Highlight, "#3d7ad6"),
        (Role.HighlightedText, "#ffffff"), (Role.ToolTipBase, "#3a3a3a"),
        (Role.ToolTipText, "#f0f0f0"), (Role.PlaceholderText, "#a0a0a0"),
        (Role.Mid, "#505050"), (Role.Link, "#8ab4f8"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


def high_contrast_palette() -> QPalette:
    """Windows' "Kontrast Nr. 1"/"Nacht": black, white text, yellow selection."""
    palette = QPalette()
    for role, colour in (
        (Role.Window, "#000000"), (Role.WindowText, "#ffffff"), (Role.Base, "#000000"),
        (Role.AlternateBase, "#000000"), (Role.Text, "#ffffff"), (Role.Button, "#000000"),
        (Role.ButtonText, "#ffffff"), (Role.Highlight, "#ffff00"),
        (Role.HighlightedText, "#000000"), (Role.ToolTipBase, "#000000"),
        (Role.ToolTipText, "#ffffff"), (Role.PlaceholderText, "#ffffff"), (Role.Mid, "#ffffff"),
        (Role.Light, "#ffffff"), (Role.Dark, "#ffffff"), (Role.Link, "#ffff00"),
        (Role.BrightText, "#ffffff"), (Role.Midlight, "#000000"), (Role.Shadow, "#ffffff"),
        (Role.LinkVisited, "#ffff00"), (Role.Accent, "#ffff00"),
    ):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


# --- style sheets ----------------------------------------------------------------------------


def error_style() -> str:
    return f"color: {error_colour().name()};"


def warning_style() -> str:
    """A boxed warning in a form or dialog."""
    red = error_colour()
    background = readable(tint(RED), palette().color(Role.Window), red)
    return (
        f"color: {red.name()}; background: {background.name()}; border: 1px solid {red.name()}; "
        "border-radius: 3px; padding: 4px;"
    )


def invalid_style(selector: str = "*") -> str:
    """Fields marked with the dynamic property "invalid": a red frame, which turns into the
    highlight colour while the field has the focus (so the focus stays visible)."""
    red = error_colour().name()
    return (
        f'{selector}[invalid="true"] {{ border: 2px solid {red}; border-radius: 3px; }}'
        f'{selector}[invalid="true"]:focus {{ border: 3px solid palette(highlight); }}'
    )


def note_style(selector: str) -> str:
    background, text = note_colours()
    return f"{selector} {{ background: {background.name()}; color: {text.name()}; padding: 6px; }}"


def muted_style() -> str:
    return f"color: {muted_text().name()};"


def marker_style(selector: str) -> str:
    background, text = marker_colours()
    return (
        f"{selector} {{ background: {background.name()}; color: {text.name()}; "
        "font-weight: bold; padding: 2px 10px; }"
    )
