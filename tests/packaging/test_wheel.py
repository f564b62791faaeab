"""The wheel built from a clean copy of the repository carries everything the program needs.

Slow: builds the wheel, installs it with its dependencies into a fresh virtual environment and
runs the installed `nfg-desktop` far away from the source tree.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.packaging.conftest import bundle, clean_env

pytestmark = pytest.mark.slow


def run(command: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=clean_env(home), capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def installed(checkout: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A fresh venv with only the wheel (and its dependencies) installed."""
    work = tmp_path_factory.mktemp("wheel")
    built = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(work / "wheels"), "."],
        cwd=checkout,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-4000:]
    (wheel,) = (work / "wheels").glob("nfg_desktop-*.whl")
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    pip = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(wheel)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert pip.returncode == 0, pip.stdout[-2000:] + pip.stderr[-4000:]
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True,
        text=True,
        check=True,
        cwd=work,
    ).stdout.strip()
    cwd = work / "elsewhere"
    cwd.mkdir()
    return {"venv": venv, "python": python, "site": Path(site), "cwd": cwd, "checkout": checkout}


def test_installed_program_runs_without_the_source_tree(
    installed: dict[str, Path], tmp_path: Path
) -> None:
    program = str(installed["venv"] / "bin" / "nfg-desktop")
    cwd, home = installed["cwd"], tmp_path
    db = str(tmp_path / "netzwerk.sqlite")

    version = run([program, "--version"], cwd, home)
    assert version.returncode == 0, version.stderr
    assert version.stdout.strip() == f"NFG Desktop {bundle.version()}"

    demo = run([program, "--db", db, "demo"], cwd, home)
    assert demo.returncode == 0, demo.stderr
    check = run([program, "--db", db, "check"], cwd, home)
    assert check.returncode == 0, check.stderr
    assert "Partner: 40" in check.stdout

    where = run(
        [
            str(installed["python"]),
            "-c",
            "import nfg_desktop, nfg_desktop.paths as p; print(nfg_desktop.__file__); "
            "print(p.resources_dir()); print(p.migrations_dir())",
        ],
        cwd,
        home,
    )
    assert where.returncode == 0, where.stderr
    for line in where.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(installed["site"].resolve()), line


def test_wheel_holds_every_package_and_resource_file(installed: dict[str, Path]) -> None:
    """Forms, fonts, translations, icons, migrations, demo data: all of the repository's
    nfg_desktop/ and resources/ is inside the installed package."""
    checkout, package = installed["checkout"], installed["site"] / "nfg_desktop"
    expected = {
        Path("nfg_desktop") / path.relative_to(checkout / "nfg_desktop")
        for path in (checkout / "nfg_desktop").rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    } | {
        Path("nfg_desktop") / "resources" / path.relative_to(checkout / "resources")
        for path in (checkout / "resources").rglob("*")
        if path.is_file()
    }
    found = {
        Path("nfg_desktop") / path.relative_to(package)
        for path in package.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    assert expected - found == set()
    for required in (
        "resources/demo/demo_network.json",
        "resources/icons/nfg-desktop-256.png",
        "store/migrations/env.py",
        "store/migrations/versions/0001_initial_schema.py",
    ):
        assert (package / required).is_file(), required
