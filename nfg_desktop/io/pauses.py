"""Bulk steps of imports without the pauses of Python's cyclic garbage collector."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a step makes many objects that stay alive.

    Reading and checking 10,000 rows makes about a million small objects (cells, rows, the
    plan), none of them in reference cycles; the collector would walk all of them, and all other
    objects of the program, many times over while they are made - a sixth of the import's time.
    Reference counting still frees what is no longer used; cycles wait until the step is over.
    """
    if not gc.isenabled():  # already paused by the caller
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
