"""The Qt binding itself must hold up for a whole day of clicks: a reference-count leak in signal emission
aborts the program once an immortal-looking object (True, None) runs out of references."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    bare = Signal()
    payload = Signal(object, object)


def test_emitting_signals_keeps_the_reference_counts_of_true_false_and_none(qapp: object) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.bare.connect(lambda: None)
    emitter.payload.connect(lambda callback, value: received.append(value))
    before = [sys.getrefcount(v) for v in (True, False, None)]
    for _ in range(20):  # few enough that a leaking binding fails this assertion instead of aborting
        emitter.bare.emit()
        emitter.payload.emit(None, True)
    received.clear()
    after = [sys.getrefcount(v) for v in (True, False, None)]
    assert after == before
