"""The Qt binding must not be able to end the program through ``None``'s reference count.

PySide6 6.12.0 takes a reference from ``None`` with every call of a method that returns
nothing; on Python 3.11 the interpreter aborts after a few thousand calls. ``nfg_desktop.gui``
makes ``None`` immortal there (as Python 3.12 does).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject

import nfg_desktop.gui  # noqa: F401  (applies the work-around)


def test_many_void_qt_calls_cannot_use_up_none() -> None:
    obj = QObject()
    for _ in range(20_000):
        obj.setObjectName("x")
    # Far more references than any session can take (3.12+: None is immortal anyway).
    assert sys.getrefcount(None) > 1 << 30
