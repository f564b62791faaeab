"""Run a piece of Python in a new interpreter with the window offscreen, as the tests of the
start and of display scaling need; the child prints a JSON report as its last line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_child(code: str, args: list[str], nfg_home: Path, **env: str) -> tuple[str, Any]:
    """(what the child printed, its report); fails the test when the child fails."""
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", NFG_HOME=str(nfg_home), **env),
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout, json.loads(result.stdout.strip().splitlines()[-1])
