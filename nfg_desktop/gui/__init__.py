"""The Qt user interface. Only this package imports Qt."""

from __future__ import annotations

import sys


def _keep_none_alive() -> None:
    """Work around a reference-count bug of PySide6 6.12.0 on Python 3.11.

    Every call of a Qt method that returns nothing (``setText``, ``show``, ``repaint``, ...)
    takes one reference from ``None`` without having given one. Python 3.12 made ``None``
    immortal, so there it does no harm; on 3.11 the interpreter aborts ("none_dealloc") after a
    few thousand such calls, i.e. minutes into a session. Giving ``None`` a reference count it
    can never use up makes it immortal here too. ``tests/gui/test_qt_binding.py`` checks it.
    """
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of PyObject
    if count.value < 1 << 40:
        count.value += 1 << 50


_keep_none_alive()
