"""Run the real console entry point `nfg-desktop` in a subprocess."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

CliRunner = Callable[..., subprocess.CompletedProcess[str]]


def console_script() -> list[str]:
    script = Path(sys.executable).parent / "nfg-desktop"
    if script.exists():
        return [str(script)]
    found = shutil.which("nfg-desktop")
    if found:
        return [found]
    return [sys.executable, "-m", "nfg_desktop"]


def child_env(nfg_home: Path) -> dict[str, str]:
    """The environment of a program started by a test: its own folders, this checkout."""
    env = dict(os.environ)
    env["NFG_HOME"] = str(nfg_home)
    env["PYTHONPATH"] = str(REPO)  # this checkout, also when installed elsewhere
    env.pop("NFG_DB", None)
    return env


@pytest.fixture
def cli(nfg_home: Path) -> CliRunner:
    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*console_script(), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=child_env(nfg_home),
            timeout=timeout,
            check=False,
        )

    return run
