"""Screenshots of every view and dialog of the window with the demo network, for the README.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py

Builds the demo network „Musterhausen“ in a temporary folder (nothing of the user's is touched),
opens the main window offscreen and saves one PNG per view, and one per dialog of the forms (with
an error shown, as a user meets them), at the sizes the program must fit:

- 1280 x 800 (the default window) next to this script — the README shows these;
- 1024 x 700 in ``1024x700/``;
- 1366 x 768 at 125 % display scaling (QT_SCALE_FACTOR=1.25) in ``1366x768-125/``;
- 1366 x 768 at 150 % and at 200 % in ``1366x768-150/`` and ``1366x768-200/`` (issue 19);
- 1280 x 800 in a high-contrast theme (black, white text, yellow selection, as Windows'
  „Kontrast Nr. 1“) in ``kontrast/``, and in a dark theme in ``dunkel/``.

Each size runs in a process of its own (Qt reads the scale factor when it starts). In the lists
the first entry is opened, so its form shows beside the list.

Then the first start, at 1280 x 800 only: the welcome of an empty file (00-willkommen.png) and
the network settings (08-netzwerk-einstellungen.png).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent

# folder below HERE ("" = HERE itself) -> (screen pixels wide, high, QT_SCALE_FACTOR, theme);
# the window gets the screen's size in logical pixels (1366 x 768 at 125 % are 1093 x 614).
SIZES: dict[str, tuple[int, int, str, str]] = {
    "": (1280, 800, "1", ""),
    "1024x700": (1024, 700, "1", ""),
    "1366x768-125": (1366, 768, "1.25", ""),
    "1366x768-150": (1366, 768, "1.5", ""),
    "1366x768-200": (1366, 768, "2", ""),
    "kontrast": (1280, 800, "1", "high-contrast"),
    "dunkel": (1280, 800, "1", "dark"),
}

SHOTS: tuple[tuple[str, str], ...] = (
    ("overview", "01-uebersicht.png"),
    ("partners", "02-partner.png"),
    ("projects", "03-projekte.png"),
    ("volunteers", "04-ehrenamtliche.png"),
    ("meetings", "05-termine.png"),
    ("trainings", "06-qualifizierungen.png"),
    ("reports", "07-berichte.png"),
)


def main() -> int:
    if len(sys.argv) == 6 and sys.argv[1] == "--one":
        width, height = (int(part) for part in sys.argv[2].split("x"))
        scale = float(sys.argv[3])
        return shoot(round(width / scale), round(height / scale), Path(sys.argv[4]), sys.argv[5])
    only = sys.argv[1:]  # e.g. "kontrast 1366x768-200": only these folders
    with tempfile.TemporaryDirectory() as folder:
        for name, (width, height, scale, theme) in SIZES.items():
            if only and name not in only:
                continue
            # the offscreen screen gets the size of the screen shot (dialogs fit it)
            config = Path(folder) / f"screen-{width}x{height}.json"
            screen = {"name": "screen", "width": width, "height": height}
            config.write_text(json.dumps({"screens": [screen]}))
            subprocess.run(
                [sys.executable, __file__, "--one", f"{width}x{height}", scale, str(HERE / name),
                 theme],
                env=dict(
                    os.environ,
                    QT_SCALE_FACTOR=scale,
                    QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                ),
                check=True,
            )  # fmt: skip
    return 0


def shoot(width: int, height: int, target: Path, theme: str = "") -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The German window on any machine (without a choice the system's language decides).
    os.environ["LANGUAGE"] = "de"
    target.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["NFG_HOME"] = folder
        os.environ.pop("NFG_DB", None)
        from PySide6.QtCore import QCoreApplication

        from nfg_desktop.gui.app import create_application
        from nfg_desktop.gui.main_window import MainWindow
        from nfg_desktop.gui.views.list_view import ListView
        from nfg_desktop.gui.widgets import colours
        from nfg_desktop.services.demo import build_demo
        from nfg_desktop.store.database import open_database

        app = create_application(sys.argv[:1])
        app.setStyle("Fusion")
        if theme:
            themes = {"high-contrast": colours.high_contrast_palette, "dark": colours.dark_palette}
            if theme == "high-contrast":
                # Windows draws a high-contrast theme with its classic style, whose frames
                # come from the palette (Fusion derives them from the window colour: black).
                app.setStyle("Windows")
            app.setPalette(themes[theme]())
        path = Path(folder) / "musterhausen.sqlite"
        database = open_database(path)
        with database.write() as session:
            build_demo(session, scale=1, today=date(2026, 11, 25))
        window = MainWindow(database, path)
        window.resize(width, height)
        window.show()
        for name, file_name in SHOTS:
            view = window.show_view(name)
            if isinstance(view, ListView):
                view.wait_loaded()
                if view.model.rowCount():
                    view.open_record(view.model.id_at(0))
                    view.table.setFocus()
            else:
                waiting = getattr(view, "wait_loaded", None)
                if callable(waiting):
                    waiting()
            window.wait_loaded()
            for _ in range(3):
                QCoreApplication.processEvents()
            save(window.grab(), target / file_name)
        shoot_dialogs(window, target)
        window.close_without_asking()
        if target == HERE:
            first_start_shots(Path(folder), database)
        database.close()
        del app
    return 0


def first_start_shots(folder: Path, demo: object) -> None:
    """00-willkommen.png (an empty file) and 08-netzwerk-einstellungen.png (the demo's)."""
    from PySide6.QtCore import QCoreApplication

    from nfg_desktop.gui.main_window import MainWindow
    from nfg_desktop.gui.network.settings_dialog import NetworkSettingsDialog
    from nfg_desktop.store.database import Database, open_database

    assert isinstance(demo, Database)
    path = folder / "netzwerk.sqlite"
    database = open_database(path)
    window = MainWindow(database, path)
    window.resize(1280, 800)
    window.show()
    window.show_view("overview")
    window.wait_loaded()
    window.view("overview").wait_loaded()  # type: ignore[attr-defined]
    for _ in range(3):
        QCoreApplication.processEvents()
    target = HERE / "00-willkommen.png"
    window.grab().save(str(target))
    print(target.relative_to(HERE.parent.parent))
    window.close_without_asking()
    database.close()

    dialog = NetworkSettingsDialog(demo)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)  # the coordinators' tandem
    for _ in range(3):
        QCoreApplication.processEvents()
    target = HERE / "08-netzwerk-einstellungen.png"
    dialog.grab().save(str(target))
    print(target.relative_to(HERE.parent.parent))
    dialog.close()


def shoot_dialogs(window: object, target: Path) -> None:
    """The dialogs of the forms, each with the error a user meets first."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialog

    from nfg_desktop.domain.errors import ValidationError
    from nfg_desktop.gui.editors.dialogs import (
        AssignDialog,
        ClearanceRecordDialog,
        ContactDialog,
        HoursDialog,
    )

    today = date(2026, 11, 25)

    def hours_check(_day: object, _project: object, hours: float, *_rest: object) -> None:
        if hours <= 0:
            raise ValidationError(
                {"hours": "Stunden: Bitte eine Zahl über 0 und höchstens 24 angeben."}
            )

    contact = ContactDialog(None, window)  # type: ignore[arg-type]
    contact.ui.lastNameEdit.setText("Weiß")
    contact.ui.emailEdit.setText("weiss@@example")
    hours = HoursDialog([(1, "Lesepaten an der Grundschule")], hours_check, today, window)  # type: ignore[arg-type]
    hours.ui.hoursSpin.setValue(0)
    clearance = ClearanceRecordDialog(lambda *_args: None, today, window)  # type: ignore[arg-type]
    clearance.ui.issuedEdit.line.setText("31.02.2026")
    assign = AssignDialog(
        "Ehrenamtliche/n zuordnen",
        [(1, "Anna Ährenfeld"), (2, "Bernd Öztürk")],
        ["Lesepatin", "Begleitung"],
        with_since=True,
        since=today,
        parent=window,  # type: ignore[arg-type]
    )
    dialogs: list[tuple[QDialog, str]] = [
        (contact, "08-dialog-ansprechperson.png"),
        (hours, "09-dialog-stunden.png"),
        (clearance, "10-dialog-fuehrungszeugnis.png"),
        (assign, "11-dialog-zuordnen.png"),
    ]
    for dialog, file_name in dialogs:
        dialog.show()
        QCoreApplication.processEvents()
        if not isinstance(dialog, AssignDialog):
            dialog.accept()  # refused: shows the error
        for _ in range(3):
            QCoreApplication.processEvents()
        save(dialog.grab(), target / file_name)
        dialog.reject()


def save(pixmap: object, path: Path) -> None:
    pixmap.save(str(path))  # type: ignore[attr-defined]
    print(path.relative_to(HERE.parent.parent))


if __name__ == "__main__":
    sys.exit(main())
