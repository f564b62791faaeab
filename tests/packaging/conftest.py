"""Fixtures of the packaging tests: a clean copy of the repository and the bundle built from it.

The bundle is built once per test session (about two minutes) and shared by test_bundle.py and
test_installer.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))

import bundle  # noqa: E402


def repository_files(root: Path = ROOT) -> list[Path]:
    """What a fresh clone would hold once the working tree is committed: tracked files plus new,
    not ignored ones (never .venv, build/, dist/, caches)."""
    result = subprocess.run(
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z"],
        cwd=root,
        capture_output=True,
        check=True,
    )
    names = [name for name in result.stdout.decode("utf-8").split("\0") if name]
    return [Path(name) for name in names if (root / name).is_file()]


def copy_checkout(target: Path) -> Path:
    for relative in repository_files():
        destination = target / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / relative, destination)
    return target


def clean_env(home: Path) -> dict[str, str]:
    """Environment for running a built program: its own NFG_HOME, nothing from the venv."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "NFG_DB"}
    }
    env["NFG_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


@pytest.fixture(scope="session")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_checkout(tmp_path_factory.mktemp("checkout"))


@pytest.fixture(scope="session")
def built_bundle(checkout: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """dist/nfg-desktop built by packaging/build.py from the clean copy."""
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(
        [
            sys.executable,
            str(checkout / "packaging" / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-6000:]
    folder = out / "dist" / bundle.BUNDLE_NAME
    yield folder
    shutil.rmtree(out, ignore_errors=True)
