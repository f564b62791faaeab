"""The Qt binding must not use up the reference counts of True and None.

PySide6 6.12.0 takes a reference from ``True``/``None`` with every emit of a Python-defined
signal and every call of a method that returns nothing; on Python 3.11 the interpreter aborts
("bool_dealloc", "none_dealloc") minutes into a session. pyproject.toml therefore keeps PySide6
below 6.12; this test fails on a binding that has the bug.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

CALLS = 2_000


class Sender(QObject):
    happened = Signal()
    changed = Signal(bool)


def test_signals_and_void_calls_keep_true_and_none_counts() -> None:
    sender = Sender()
    received: list[object] = []
    sender.happened.connect(lambda: received.append(None))
    sender.changed.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(CALLS):
        sender.happened.emit()
        sender.changed.emit(True)
        sender.setObjectName("x")
    received.clear()
    after = sys.getrefcount(True), sys.getrefcount(None)
    # A few references may come and go elsewhere; a leak would be thousands.
    assert abs(after[0] - before[0]) < CALLS // 4
    assert abs(after[1] - before[1]) < CALLS // 4
