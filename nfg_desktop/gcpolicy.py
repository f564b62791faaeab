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
- ``collect_in_window_thread_only``: a program with a window never lets the collector start
  by itself. Started by itself it runs in whichever thread happens to make objects (a list's
  reader, a backup, the server's listener) and destroys the Qt objects among the garbage
  there, away from the window's thread: the test run crashed so (segmentation fault, the
  overview's reader "Garbage-collecting"). The window's thread runs it instead, on a timer,
  through ``collect_when_due``: the generations the collector's own thresholds name, never
  while the start or a bulk step has it paused.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# How often the window's thread looks whether a collection is due (a timer in gui/app.py).
COLLECT_EVERY_MS = 500

_window_thread_only = False
_start_paused = False
_paused_steps = 0  # bulk steps running, in any thread
_enable_after_steps = False
_steps_lock = threading.Lock()


def pause_for_start() -> None:
    """Pause the collector for the window's start (``start_over`` runs it again)."""
    global _start_paused
    _start_paused = True
    gc.disable()


def paused_for_start() -> bool:
    """Whether the start that paused the collector is not over yet."""
    return _start_paused


def start_over() -> None:
    """The window's start (or a command) is over: leave what it made out of the collector's
    walks and run the collector again (in a window's program: through ``collect_when_due``).
    Nothing to do when the start did not pause it."""
    global _start_paused
    if not _start_paused:
        return
    _start_paused = False
    gc.freeze()
    if not _window_thread_only:
        gc.enable()


def window_replaced() -> None:
    """A window was replaced by a new one (another file) and its start is over: collect the
    old window (frozen with the start before) and freeze what lives now instead."""
    if _start_paused:
        return  # still in the paused start: start_over freezes once it is over
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def collect_in_window_thread_only() -> None:
    """The program has a window: from now on the collector never starts by itself; the
    window's thread calls ``collect_when_due`` (see the module docstring)."""
    global _window_thread_only
    _window_thread_only = True
    gc.disable()


def collect_when_due() -> None:
    """In the window's thread, on its timer: collect the generations the collector's
    thresholds name, as it would have by itself (without its rule that a full walk waits until
    the surviving objects have grown by a quarter, which Python does not expose)."""
    if not _window_thread_only or _start_paused or _paused_steps:
        return
    thresholds = gc.get_threshold()
    counts = gc.get_count()
    if counts[0] < thresholds[0]:
        return
    generation = 0
    while generation < 2 and counts[generation + 1] >= thresholds[generation + 1]:
        generation += 1
    gc.collect(generation)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector while a step makes many objects that stay alive.

    Reading and checking 10,000 rows makes about a million small objects (cells, rows, the
    plan), none of them in reference cycles; the collector would walk all of them, and all other
    objects of the program, many times over while they are made - a sixth of the import's time.
    Reference counting still frees what is no longer used; cycles wait until the step is over.
    """
    global _paused_steps, _enable_after_steps
    with _steps_lock:
        if _paused_steps == 0:  # the first step (of any thread); nested ones only count
            _enable_after_steps = gc.isenabled()  # not when a start or a window pauses it
            gc.disable()
        _paused_steps += 1
    try:
        yield
    finally:
        with _steps_lock:
            _paused_steps -= 1
            if _paused_steps == 0 and _enable_after_steps:
                gc.enable()
