"""Output that never fails on encoding.

Windows gives a redirected command (``nfg-desktop list volunteers > liste.txt``) the ANSI code
page, cp1252, which has no Ş, Ł or ễ. Redirected output (a file, a pipe) is therefore written
as UTF-8, which keeps every name exactly; a console keeps its own encoding and shows a character
it cannot display as „?“ instead of stopping the command.
"""

from __future__ import annotations

import os
import sys
from typing import TextIO


def make_output_safe() -> None:
    for stream in (sys.stdout, sys.stderr):
        _make_safe(stream)


def _make_safe(stream: TextIO | None) -> None:
    reconfigure = getattr(stream, "reconfigure", None)
    if stream is None or reconfigure is None:  # no console at all (pythonw) or a test's stand-in
        return
    try:
        interactive = stream.isatty()
    except (OSError, ValueError):
        interactive = False
    if interactive or os.environ.get("PYTHONIOENCODING"):
        reconfigure(errors="replace")  # the console's (or the user's chosen) encoding stays
    else:
        reconfigure(encoding="utf-8", errors="replace")
