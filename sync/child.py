"""The desktop's sync, run in a child process of its own.

A sync of a long offline spell decodes, validates and encodes for seconds. On a thread of the window's process it
would hold Python's interpreter lock against the window's threads, and a counter click would wait tens of
milliseconds for it; in a process of its own it uses the other processor core and the window never waits for it.
The two share the store's file: the child opens it as the window has it (``app.db.attach_store``, no migration)
and its writes take their turns with the window's (``app.write_turn``).

The child tells its parent, through one queue: its log records, its progress, and at the end its report or its
error. A child that dies without an answer (a crash, a kill) is a ``SyncError`` ("sync_stopped") in the parent,
and what it wrote stays written: each of its transactions is whole, and the next sync goes on from there.
"""

from __future__ import annotations

import logging
import logging.handlers
import multiprocessing
import os
import queue
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.write_turn import WriteTurn
from sync.client import SyncError
from sync.engine import SyncReport

log = logging.getLogger(__name__)
STOPPED = "sync_stopped"
POLL_SECONDS = 0.2  # how often the parent looks whether a silent child is still alive


def sync_in_child(
    directory: Path, turn: WriteTurn | None, progress: Callable[[int, int], None] | None = None
) -> SyncReport:
    """Run ``sync.laptop.sync_now`` on the store in ``directory`` in a child process; its report (or its error)."""
    context = multiprocessing.get_context("spawn")
    messages: Any = context.Queue()
    child = context.Process(target=_child, args=(directory, turn, messages), name="pysakki-sync", daemon=True)
    child.start()
    try:
        while True:
            try:
                kind, *payload = messages.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if not child.is_alive():
                    raise SyncError(STOPPED, f"the sync's process ended without an answer (exit code "
                                             f"{child.exitcode})") from None  # fmt: skip
                continue
            if kind == "log":
                record = payload[0]
                logging.getLogger(record.name).handle(record)
            elif kind == "progress" and progress is not None:
                progress(*payload)
            elif kind == "done":
                report: SyncReport = payload[0]
                return report
            elif kind == "failed":
                raise payload[0]
    finally:
        child.join(timeout=30)
        messages.close()


def _child(directory: Path, turn: WriteTurn | None, messages: Any) -> None:
    """In the child process: the sync, everything said through ``messages``."""
    # Its threads (the push's read-ahead and acknowledgements, the main one) hand the interpreter to each other
    # within a millisecond rather than five, so a transaction holding the write turn is not held up by the others.
    sys.setswitchinterval(0.001)
    _lower_priority()
    root = logging.getLogger()
    root.handlers[:] = [_Forward(messages)]
    root.setLevel(logging.INFO)
    try:
        from app.db import attach_store  # noqa: PLC0415  (the child's imports, not the window's)
        from app.tls import trust_system_certificates  # noqa: PLC0415
        from sync import laptop  # noqa: PLC0415

        trust_system_certificates()
        store = attach_store(directory, turn)
        try:
            report = laptop.sync_now(store, lambda done, total: messages.put(("progress", done, total)))
        finally:
            store.close()
        log.info("sync done in its own process: %d sent, %d received", sum(report.pushed.values()), report.pulled)
        messages.put(("done", report))
    except Exception as exc:  # every failure goes to the parent, which shows it as its own sync's
        messages.put(("failed", _portable(exc)))


def _lower_priority() -> None:
    """Background work: when the window and the sync both want the processor, the window has it first."""
    try:
        if sys.platform == "win32":
            import ctypes  # noqa: PLC0415

            below_normal = 0x4000  # BELOW_NORMAL_PRIORITY_CLASS
            kernel = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
            kernel.SetPriorityClass(kernel.GetCurrentProcess(), below_normal)
        else:
            os.nice(5)
    except OSError:
        log.debug("the sync's process keeps its priority")


class _Forward(logging.handlers.QueueHandler):
    """Log records to the parent, formatted here (their arguments may not travel)."""

    def enqueue(self, record: logging.LogRecord) -> None:
        self.queue.put_nowait(("log", record))


def _portable(exc: Exception) -> Exception:
    """``exc`` if it can travel to the parent, else a RuntimeError saying what it was."""
    import pickle  # noqa: PLC0415

    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc
