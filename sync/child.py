"""The desktop's sync, run in a child process of its own.

A sync of a long offline spell decodes, validates and encodes for seconds. On a thread of the window's process it
would hold Python's interpreter lock against the window's threads, and a counter click would wait tens of
milliseconds for it; in a process of its own it uses the other processor core and the window never waits for it.
The two share the store's file: the child opens it as the window has it (``app.db.attach_store``, no migration)
and its writes take their turns with the window's (``app.write_turn``).

The child tells its parent, through one queue: its log records, its progress, and at the end its report or its
error. A child that dies without an answer (a crash, a kill) is a ``SyncError`` ("sync_stopped") in the parent,
which gives back the write turn if the child died holding it; what the child wrote stays written (each of its
transactions is whole) and the next sync goes on from there. A child whose parent dies ends at once. An erase
order from headquarters is carried out by the parent (``sync.engine.carry_out_erase``): it makes a new key, which
the window's own connections must seal with from then on.
"""

from __future__ import annotations

import gc
import logging
import logging.handlers
import multiprocessing
import os
import pickle
import queue
import sys
import threading
from collections.abc import Callable
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, Any

from app.clock import utcnow
from sync.client import SyncError
from sync.engine import SyncReport, carry_out_erase
from sync.protocol import ERASE_ORDERED

if TYPE_CHECKING:
    from pathlib import Path

    from app.db import Store
    from app.write_turn import WriteTurn

log = logging.getLogger(__name__)
STOPPED = "sync_stopped"
POLL_SECONDS = 0.2  # how often the parent looks whether a silent child is still alive


def sync_in_child(store: Store, progress: Callable[[int, int], None] | None = None) -> SyncReport:
    """Run ``sync.laptop.sync_now`` on ``store``'s file in a child process; its report (or its error)."""
    context = multiprocessing.get_context("spawn")
    messages: Any = context.Queue()
    level = logging.getLogger().getEffectiveLevel()  # the child logs what this process would
    child = context.Process(target=_child, args=(store.path.parent, store.turn, messages, level),
                            name="pysakki-sync", daemon=True)  # fmt: skip
    child.start()
    try:
        while True:
            try:
                kind, *payload = messages.get(timeout=POLL_SECONDS)
            except queue.Empty:
                if child.is_alive():
                    continue
                try:  # what it said just before it ended
                    kind, *payload = messages.get(timeout=POLL_SECONDS)
                except queue.Empty:
                    raise SyncError(STOPPED, f"the sync's process ended without an answer (exit code "
                                             f"{child.exitcode})") from None  # fmt: skip
            if kind == "log":
                record = payload[0]
                logging.getLogger(record.name).handle(record)
            elif kind == "progress" and progress is not None:
                progress(*payload)
            elif kind == "done":
                report: SyncReport = payload[0]
                return report
            elif kind == "failed":
                error: Exception = payload[0]
                if isinstance(error, SyncError) and error.code == ERASE_ORDERED:
                    raise carry_out_erase(store, utcnow()) from error
                raise error
    finally:
        child.join(timeout=30)
        if child.is_alive():  # it answered and does not end, or this side failed: it must not write on alone
            child.kill()
            child.join(timeout=30)
        if store.turn is not None and child.pid is not None and not child.is_alive():
            store.turn.free_from(child.pid)
        messages.close()


def _child(directory: Path, turn: WriteTurn | None, messages: Any, level: int) -> None:
    """In the child process: the sync, everything said through ``messages``."""
    _end_with_parent()
    # Its threads (the push's read-ahead and acknowledgements, the main one) hand the interpreter to each other
    # within a millisecond rather than five, so a transaction holding the write turn is not held up by the others.
    sys.setswitchinterval(0.001)
    root = logging.getLogger()
    root.handlers[:] = [_Forward(messages)]
    root.setLevel(level)
    try:
        from app.db import attach_store  # noqa: PLC0415  (the child's imports, not the window's)
        from app.tls import trust_system_certificates  # noqa: PLC0415
        from sync import laptop  # noqa: PLC0415

        trust_system_certificates()
        # The garbage collector runs between the store's write transactions, never inside one: a full collection
        # of the sync's heap took about 100 ms, and a click waiting for the turn would have waited for it.
        gc.disable()
        gc.freeze()  # what was imported: never looked at again
        store = attach_store(directory, turn, aside=_collect_garbage)
        if turn is not None:
            turn.checkpoint_here()  # between its own transactions (attach_store): the window's commits leave it
        try:
            report = laptop.sync_now(store, lambda done, total: messages.put(("progress", done, total)),
                                     erase_here=False)  # fmt: skip
        finally:
            store.close()
            if turn is not None:
                turn.leave_checkpoints()
        log.info("sync done in its own process: %d sent, %d received", sum(report.pushed.values()), report.pulled)
        messages.put(("done", report))
    except SyncError as exc:  # said in words by the window; no trace needed
        messages.put(("failed", exc))
    except Exception as exc:  # anything else goes to the window's log with its trace, and is shown there
        log.exception("the sync failed in its own process")
        messages.put(("failed", _portable(exc)))


def _end_with_parent() -> None:
    """End this process when the window's process ends, however it ends (a crash, a kill)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(3)  # its open transaction, if any, is rolled back by SQLite

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _collect_garbage() -> None:
    gc.collect()


class _Forward(logging.handlers.QueueHandler):
    """Log records to the parent, formatted here (their arguments may not travel)."""

    def enqueue(self, record: logging.LogRecord) -> None:
        self.queue.put_nowait(("log", record))


def _portable(exc: Exception) -> Exception:
    """``exc`` if it travels to the parent as it is, else a RuntimeError saying what it was."""
    try:
        copy = pickle.loads(pickle.dumps(exc))
    except Exception:
        copy = None
    if type(copy) is type(exc) and str(copy) == str(exc):
        return exc
    return RuntimeError(f"{type(exc).__name__}: {exc}")
