"""Offline stays true: with a local file, the program opens no network connection at all.

Every socket call of the real program (commands and the window, offscreen) is traced with
strace. What a run on Linux does use: a socketpair inside Qt's event loop, and glibc asking the
local name-service cache (the Unix socket /var/run/nscd/socket) for the user's name. Neither
leaves the computer; the test allows Unix sockets and refuses any IPv4/IPv6 socket. (The
offscreen window connects to no D-Bus either; a desktop session's D-Bus would also be a Unix
socket.)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.cli.conftest import REPO, console_script

NETWORK_FAMILY = re.compile(r"AF_INET6?\b|AF_PACKET|AF_NETLINK")


def traced(tmp_path: Path, nfg_home: Path, name: str, *args: str, seconds: int = 0) -> str:
    """The socket calls of one run of ``nfg-desktop ARGS`` (killed after ``seconds``)."""
    strace = shutil.which("strace")
    if strace is None:
        pytest.fail(
            "strace fehlt für diesen Test: bitte das Debian-Paket 'strace' installieren "
            "(sudo apt-get install strace).",
            pytrace=False,
        )
    log = tmp_path / f"{name}.strace"
    command = [strace, "-f", "-qq", "-e", "trace=%network,openat", "-o", str(log)]
    if seconds:
        command += ["timeout", str(seconds)]
    env = dict(os.environ, NFG_HOME=str(nfg_home), PYTHONPATH=str(REPO))
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("NFG_DB", None)
    subprocess.run(
        [*command, *console_script(), *args],
        capture_output=True,
        env=env,
        cwd=tmp_path,
        timeout=seconds + 120,
        check=False,
    )
    return log.read_text(errors="replace")


def network_calls(trace: str) -> list[str]:
    calls = [line for line in trace.splitlines() if " openat(" not in line]
    return [line for line in calls if NETWORK_FAMILY.search(line)]


def test_the_local_file_mode_opens_no_network_connection(tmp_path: Path, nfg_home: Path) -> None:
    db = str(tmp_path / "netzwerk.sqlite")
    runs = {
        "demo": ("--db", db, "demo"),
        "list": ("--db", db, "list", "partners"),
        "report": ("--db", db, "report", "partner-list", "-o", str(tmp_path / "p.pdf")),
        "backup": ("--db", db, "backup"),
    }
    for name, args in runs.items():
        trace = traced(tmp_path, nfg_home, name, *args)
        assert network_calls(trace) == [], name
    assert (tmp_path / "p.pdf").stat().st_size > 1000

    # The window, offscreen, for a while: it opens the file and loads its lists.
    trace = traced(tmp_path, nfg_home, "window", "--db", db, seconds=15)
    assert "netzwerk.sqlite" in trace  # it did get as far as the file
    assert network_calls(trace) == []
    connects = [line for line in trace.splitlines() if " connect(" in line]
    assert all("AF_UNIX" in line for line in connects), connects
