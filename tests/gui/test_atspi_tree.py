"""The accessibility tree from outside (issue 19): the real window on an X server (Xvfb) with the
AT-SPI bus, walked with pyatspi as a screen reader sees it (``atspi_walk.py``): every view and
every dialog of the menus has no focusable element without a name, every table exposes its rows.

Needs the Debian packages xvfb, xauth, dbus, at-spi2-core and python3-pyatspi (``.ci/run``
installs them) and Qt's X11 libraries (README).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WALKER = Path(__file__).with_name("atspi_walk.py")
SYSTEM_PYTHON = "/usr/bin/python3"
VIEWS = {"Übersicht", "Partner", "Projekte", "Ehrenamtliche", "Termine", "Qualifizierungen"}


def _missing_packages() -> list[str]:
    missing = [
        package
        for command, package in (
            ("xvfb-run", "xvfb"),
            ("xauth", "xauth"),
            ("dbus-run-session", "dbus"),
        )
        if shutil.which(command) is None
    ]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    pyatspi = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if pyatspi is None or pyatspi.returncode != 0:
        missing.append("python3-pyatspi")
    return missing


def test_every_view_and_dialog_names_its_elements_over_at_spi(tmp_path: Path) -> None:
    missing = _missing_packages()
    if missing:
        pytest.fail(
            "Für den AT-SPI-Test fehlen Debian-Pakete / Debian packages missing: "
            + " ".join(missing)
            + " (sudo apt-get install "
            + " ".join(missing)
            + ")"
        )
    env = dict(os.environ, NFG_HOME=str(tmp_path / "home"))
    env.pop("QT_QPA_PLATFORM", None)
    data_file = tmp_path / "demo.sqlite"
    subprocess.run(
        [sys.executable, "-m", "nfg_desktop", "--db", str(data_file), "demo"],
        env=env,
        check=True,
        capture_output=True,
    )
    walked = subprocess.run(
        [
            "dbus-run-session",
            "--",
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1280x1024x24",
            SYSTEM_PYTHON,
            str(WALKER),
            sys.executable,
            str(data_file),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=170,
        check=False,
    )
    lines = [line for line in walked.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no result from the walk (exit {walked.returncode}):\n{walked.stderr[-3000:]}"
    result = json.loads(lines[-1])
    print(
        f"AT-SPI: {result.get('checked')} elements checked, {result.get('tables')} tables "
        f"with {result.get('rows')} rows, {len(result.get('views', []))} views, "
        f"{len(result.get('forms', []))} forms, "
        f"dialogs {result.get('dialogs')}, {result.get('seconds')} s"
    )
    assert "error" not in result, result["error"] + "\n" + walked.stderr[-3000:]
    assert not result["problems"], "\n".join(result["problems"])
    assert VIEWS <= set(result["views"])
    assert VIEWS - {"Übersicht"} <= set(result["forms"])  # each list with its form open
    assert len(result["dialogs"]) >= 9, result["dialogs"]
    # the lists' rows: 40 partners, 8 projects, 120 volunteers, 16 meetings, 6 trainings
    assert result["rows"] >= 190
    assert walked.returncode == 0
