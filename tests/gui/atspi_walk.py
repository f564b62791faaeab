"""Walk NFG Desktop's accessibility tree from outside, as a screen reader (Orca) sees it.

Run by ``tests/gui/test_atspi_tree.py`` with the system's Python (pyatspi is a Debian package,
python3-pyatspi) inside ``dbus-run-session`` and ``xvfb-run``::

    dbus-run-session -- xvfb-run -a /usr/bin/python3 tests/gui/atspi_walk.py VENV_PYTHON DATA_FILE

It starts the program on the X server (QT_QPA_PLATFORM=xcb, QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1),
waits for its window on the AT-SPI desktop, then shows every view (the entries of the Ansicht
menu) and, in each list, the form of its first row (selected through the table's AT-SPI
interface), and opens every dialog of the menus (their entries' "press" action), closing each
dialog with its Cancel/Close button or Escape. Every showing, focusable element must have a
name; every table must expose its rows and name its columns (its last row answers too). Prints
one JSON line with the counts and the problems; exit code 1 on any problem, 2 if the window did
not appear.

This file runs outside the project's environment: standard library and pyatspi only.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pyatspi  # type: ignore[import-not-found]

# Menu entries not opened: they end the program, switch the file or change the data.
SKIP = {
    "Beenden",
    "Quit",
    "Demo-Netzwerk öffnen",
    "Open demo network",
    "Neuer Eintrag",
    "New entry",
    "Eintrag löschen …",
    "Delete entry…",
    "Speichern",
    "Save",
    "Änderungen verwerfen",
    "Discard changes",
    "Suchen",
    "Search",
}
CLOSE_BUTTONS = ("Abbrechen", "Schließen", "Cancel", "Close", "OK")
TABLE_ROLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE}
ITEM_ROLES = TABLE_ROLES | {pyatspi.ROLE_LIST, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST_BOX}
TIMEOUT = 30.0


class Walk:
    def __init__(self) -> None:
        self.checked = 0
        self.tables = 0
        self.rows = 0
        self.problems: list[str] = []
        self.views: list[str] = []
        self.dialogs: list[str] = []
        self.forms: list[str] = []

    def check(self, node: object, where: str) -> None:
        """Every showing element below ``node``; item views by their rows."""
        try:
            states = node.getState()  # type: ignore[attr-defined]
            role = node.getRole()  # type: ignore[attr-defined]
            name = (node.name or "").strip()  # type: ignore[attr-defined]
        except Exception:  # an element that went away while walking  # noqa: BLE001
            return
        if not states.contains(pyatspi.STATE_SHOWING):
            return
        self.checked += 1
        if states.contains(pyatspi.STATE_FOCUSABLE) and not name:
            self.problems.append(
                f"{where}: focusable {node.getRoleName()} without a name "  # type: ignore[attr-defined]
                f"(in {node.parent.name!r})"  # type: ignore[attr-defined]
            )
        if role in ITEM_ROLES:
            self.check_rows(node, role, name, where)
            return
        for child in list(node):  # type: ignore[call-overload]
            if child is not None:
                self.check(child, where)

    def check_rows(self, node: object, role: int, name: str, where: str) -> None:
        if role not in TABLE_ROLES:
            return
        self.tables += 1
        try:
            table = node.queryTable()  # type: ignore[attr-defined]
        except NotImplementedError:
            self.problems.append(f"{where}: table {name!r} without a table interface")
            return
        rows, columns = table.nRows, table.nColumns
        self.rows += rows
        if rows == 0 or columns == 0:
            return
        for column in range(columns):
            header = table.getColumnHeader(column)
            if header is None or not (header.name or "").strip():
                self.problems.append(f"{where}: table {name!r}, column {column} without a header")
        last = table.getAccessibleAt(rows - 1, 0)
        self.checked += 1
        if last is None:
            self.problems.append(f"{where}: table {name!r} does not expose its row {rows}")


def find_app(process: subprocess.Popen[bytes]) -> object | None:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return None
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is None:
                continue
            try:
                if app.get_process_id() == process.pid and app.childCount > 0:
                    return app
            except Exception:  # noqa: BLE001, S112 - an application that went away
                continue
        time.sleep(0.3)
    return None


def main_frame(app: object) -> object:
    for child in app:  # type: ignore[attr-defined]
        if child.getRole() == pyatspi.ROLE_FRAME and "NFG Desktop" in (child.name or ""):
            return child
    raise SystemExit("no main window on the AT-SPI desktop")


def find(node: object, role: int, depth: int = 0) -> list[object]:
    """The showing elements of ``role`` below ``node`` (not inside tables and lists: their
    cells are many, and each is a call over the bus)."""
    found = []
    own = node.getRole()  # type: ignore[attr-defined]
    if own == role:
        found.append(node)
    if depth < 14 and own not in ITEM_ROLES:
        for child in node:  # type: ignore[attr-defined]
            if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
                found.extend(find(child, role, depth + 1))
    return found


def menu_items(frame: object) -> list[tuple[str, object]]:
    """(menu title, entry) for every entry of the menu bar's menus (not of their submenus)."""
    bars = find(frame, pyatspi.ROLE_MENU_BAR)
    items = []
    for menu in list(bars[0]) if bars else []:
        entries = list(menu)
        if len(entries) == 1 and entries[0].getRole() in (
            pyatspi.ROLE_MENU,
            pyatspi.ROLE_POPUP_MENU,
        ):
            entries = list(entries[0])
        for entry in entries:
            if entry.getRole() == pyatspi.ROLE_MENU_ITEM and entry.childCount == 0:
                items.append((menu.name, entry))
    return items


def press(node: object) -> None:
    """The element's press action. An entry that opens a modal dialog answers only when the
    dialog is closed (Qt runs it in a nested event loop): the call gives up waiting for the
    answer after a moment; the dialog is open by then."""
    action = node.queryAction()  # type: ignore[attr-defined]
    names = [action.getName(index) for index in range(action.nActions)]
    index = next((names.index(n) for n in ("press", "click", "activate") if n in names), 0)
    pyatspi.setTimeout(700, 15000)
    try:
        action.doAction(index)
    except Exception as error:  # noqa: BLE001
        if "reply" not in str(error):
            raise
    finally:
        pyatspi.setTimeout(25000, 15000)


def windows(app: object) -> dict[str, object]:
    shown = {}
    for child in app:  # type: ignore[attr-defined]
        if child is not None and child.getState().contains(pyatspi.STATE_SHOWING):
            shown[f"{child.getRoleName()}:{child.name}:{id(child)}"] = child
    return shown


def close(window: object) -> None:
    buttons = find(window, pyatspi.ROLE_PUSH_BUTTON)
    for label in CLOSE_BUTTONS:
        for button in buttons:
            if (button.name or "").strip() == label:
                press(button)
                return
    pyatspi.Registry.generateKeyboardEvent(0xFF1B, None, pyatspi.KEY_SYM)  # Escape


def wait(condition: object, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        time.sleep(0.1)
    return False


def dialog_windows(app: object, frame: object) -> list[object]:
    return [
        child
        for child in app  # type: ignore[attr-defined]
        if child is not None
        and child.getRole()
        in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_FRAME, pyatspi.ROLE_WINDOW, pyatspi.ROLE_ALERT)
        and child.getState().contains(pyatspi.STATE_SHOWING)
        and child.name != frame.name  # type: ignore[attr-defined]
    ]


def lists_on_screen(frame: object) -> list[object]:
    return [
        table
        for table in find(frame, pyatspi.ROLE_TABLE)
        if table.name in ("Liste", "List") and table.getState().contains(pyatspi.STATE_SHOWING)
    ]


def rows_loaded(frame: object) -> bool:
    """The list on screen (if the view has one) has its rows."""
    return all(table.queryTable().nRows > 0 for table in lists_on_screen(frame))


def open_first_row(frame: object) -> bool:
    """Select the first row of the list on screen (its form opens), as a screen reader user
    does with the table's selection; False if the view has no list."""
    for table in lists_on_screen(frame):
        return bool(table.queryTable().addRowSelection(0))
    return False


def walk(app: object) -> Walk:
    result = Walk()
    frame = main_frame(app)
    items = menu_items(frame)
    view_menu = {"Ansicht", "&Ansicht", "View", "&View"}
    for menu, entry in items:
        if menu.replace("&", "") in {m.replace("&", "") for m in view_menu}:
            press(entry)
            time.sleep(0.3)  # the view is built
            wait(lambda: rows_loaded(frame), 10.0)  # a list loads its rows in the background
            result.views.append(entry.name)
            result.check(frame, f"view {entry.name}")
            if open_first_row(frame):
                time.sleep(0.5)  # its form is filled
                result.forms.append(entry.name)
                result.check(frame, f"form of {entry.name}")
    # the dialogs from a list (Drucken prints the current list)
    for _menu, entry in items:
        if entry.name in ("Partner", "Partners"):
            press(entry)
            time.sleep(0.3)
    for _menu, entry in items:
        name = (entry.name or "").strip()
        if name in SKIP or _menu.replace("&", "") in {"Ansicht", "View"}:
            continue
        if not entry.getState().contains(pyatspi.STATE_ENABLED):
            continue
        press(entry)
        if not wait(lambda: dialog_windows(app, frame), 10.0):
            continue
        time.sleep(0.3)
        for window in dialog_windows(app, frame):
            result.dialogs.append(window.name)
            result.check(window, f"dialog {window.name}")
            close(window)
        if not wait(lambda: not dialog_windows(app, frame), 5.0):
            result.problems.append(f"dialog of {name!r} did not close")
            break
    return result


def main() -> int:
    venv_python, data_file = sys.argv[1], sys.argv[2]
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="xcb",
        QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
        QT_ACCESSIBILITY="1",
    )
    started = time.monotonic()
    process = subprocess.Popen(  # noqa: S603
        [venv_python, "-m", "nfg_desktop", "--db", data_file], env=env
    )
    try:
        app = find_app(process)
        if app is None:
            print(json.dumps({"error": "the window did not appear on the AT-SPI desktop"}))
            return 2
        time.sleep(1.0)  # the start's reads and the lists' prefetch
        result = walk(app)
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    summary = {
        "checked": result.checked,
        "tables": result.tables,
        "rows": result.rows,
        "views": result.views,
        "dialogs": result.dialogs,
        "forms": result.forms,
        "problems": result.problems,
        "seconds": round(time.monotonic() - started, 1),
    }
    print(json.dumps(summary, ensure_ascii=False))
    return 1 if result.problems else 0


if __name__ == "__main__":
    sys.exit(main())
