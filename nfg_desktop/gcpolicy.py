"""When Python's cyclic garbage collector runs: the one place that sets it (no Qt here).

Reference counting frees almost everything the program drops; the cyclic collector is only for
objects that refer to each other (Qt wrappers with their connected slots, closures). It walks
every container object it tracks, so it costs most when the program has just made many objects
that stay: the start (modules, classes, the window, ~half a million objects), a list's rows
(12,000 volunteers), the bulk steps of an import. The policy:

- ``pause_for_start`` / ``start_over``: paused while the window starts; then the objects of the
  start are frozen (left out of the collector's walks, ``gc.freeze``) and it runs again.
- A command (``nfg-desktop report …``) is one short process: the collector stays paused from
  its start until the command has run, then ``start_over`` freezes what it made. Walking the
  modules again and again took a sixth of a short command's time, and the last walk over a
  report's rows (a tenth of a second for 5,000 partners) was made just before the process
  ended. Peak memory of the big commands (demo, import and export of 15,000 volunteers) is the
  same with the collector paused: nearly nothing they make is in reference cycles.
- ``window_replaced``: another file opened in a new window. The freeze is undone so that the
  old window's cycles can be collected, and the objects alive now (modules, the new window) are
  frozen again. No freeze outlives the window it was made for.
- A list's reload (12,000 rows after each save) is left to the collector's own thresholds: it
  walks all objects only once those that survived have grown by a quarter since its last full
  walk, which happens while a load makes its objects, not while the user types afterwards.
  Freezing the rows (as was done before) kept every object alive then from ever being collected.
- ``collector_paused``: a bulk step that makes many objects that stay alive (reading an
  import file).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


def pause_for_start() -> None:
    """Pause the collector for the window's start (``start_over`` runs it again)."""
    gc.disable()


def start_over() -> None:
    """The window's start (or a command) is over: leave what it made out of the collector's
    walks and run the collector again. Nothing to do when the start did not pause it."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def window_replaced() -> None:
    """A window was replaced by a new one (another file) and its start is over: collect the
    old window (frozen with the start before) and freeze what lives now instead."""
    if not gc.isenabled():
        return  # still in the paused start: start_over freezes once it is over
    gc.unfreeze()
    gc.collect()
    gc.freeze()


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector while a step makes many objects that stay alive.

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
