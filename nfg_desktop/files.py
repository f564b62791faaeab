"""Writing a file so that a failed write never leaves half a file in place of a good one."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def written_beside(target: Path) -> Iterator[Path]:
    """A path beside ``target`` to write to. When the block ends normally the written file
    replaces ``target``; when it fails (full disk, a file open in another program) the partial
    file is removed and ``target`` stays as it was."""
    partial = target.with_name(f"~{target.stem}.teil{target.suffix}")
    try:
        yield partial
        os.replace(partial, target)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
