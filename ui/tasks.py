"""The one way to run slow work off the GUI thread.

Store work runs on a single background thread, so there is exactly one writer and operations keep their order;
network work runs on a thread of its own, so a slow register never holds up a click, and so does long file work
(the daily backup). Each store operation gets a fresh session that commits when it returns and rolls back if it
raises. Results and errors come back to the GUI thread through a queued signal. Tests can run everything
synchronously.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from app import faults

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from app.db import Store


log = logging.getLogger(__name__)
T = TypeVar("T")
Done = Callable[[Any], None]
Failed = Callable[[Exception], None]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from a worker thread are delivered there."""

    finished = Signal(object, object)  # callback, argument
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay, on_done: Done | None, on_error: Failed) -> None:
        super().__init__()
        self.work, self.relay, self.on_done, self.on_error = work, relay, on_done, on_error

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # every error goes back to the GUI thread to be shown
            self.relay.finished.emit(self.on_error, exc)
        else:
            self.relay.finished.emit(self.on_done, result)


class Tasks(QObject):
    """Queue store and network operations; ``busy`` tells the status bar when something is running."""

    busy = Signal(bool)
    progress = Signal(int, int)  # done, total (total 0: unknown)
    failed = Signal(Exception)  # errors nobody else handled
    damaged = Signal()  # an operation found the data file damaged (whoever handles its error)

    def __init__(self, store: Store | None = None, *, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.synchronous = synchronous
        self._running = 0
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._relay.progress.connect(self.progress)
        self._db = QThreadPool(self)
        self._db.setMaxThreadCount(1)
        self._net = QThreadPool(self)
        self._net.setMaxThreadCount(1)
        self._aside = QThreadPool(self)
        self._aside.setMaxThreadCount(1)

    def run(
        self, op: Callable[[Session], T], on_done: Callable[[T], None] | None = None, on_error: Failed | None = None
    ) -> None:
        """Run ``op(session)`` in one transaction on the store thread; then ``on_done(result)`` on the GUI thread."""

        def work() -> T:
            with self.require_store().session() as session:
                return op(session)

        self._start(self._db, work, on_done, on_error)

    def run_plain(
        self, op: Callable[[], T], on_done: Callable[[T], None] | None = None, on_error: Failed | None = None
    ) -> None:
        """Run ``op()`` on the store thread without a session (opening the store itself)."""
        self._start(self._db, op, on_done, on_error)

    def run_with_progress(
        self,
        op: Callable[[Session, Callable[[int, int], None]], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """Like :meth:`run`; ``op`` also receives ``report(done, total)`` for the progress bar."""

        def work() -> T:
            with self.require_store().session() as session:
                return op(session, self._relay.progress.emit)

        self._start(self._db, work, on_done, on_error)

    def run_network(
        self, op: Callable[[], T], on_done: Callable[[T], None] | None = None, on_error: Failed | None = None
    ) -> None:
        self._start(self._net, op, on_done, on_error)

    def run_network_with_progress(
        self,
        op: Callable[[Callable[[int, int], None]], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Failed | None = None,
    ) -> None:
        """Like :meth:`run_network`; ``op`` receives ``report(done, total)`` for the progress bar."""
        self._start(self._net, lambda: op(self._relay.progress.emit), on_done, on_error)

    def run_aside(
        self, op: Callable[[], T], on_done: Callable[[T], None] | None = None, on_error: Failed | None = None
    ) -> None:
        """Run ``op()`` on a thread of its own, for long file work that must hold up neither the store's writes nor
        a sync (the daily backup copies the database through a connection of its own)."""
        self._start(self._aside, op, on_done, on_error)

    @property
    def idle(self) -> bool:
        """True when nothing is queued or running (and every result has been delivered)."""
        return self._running == 0

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until queued work is done (closing the window, tests)."""
        return all(pool.waitForDone(msecs) for pool in (self._db, self._net, self._aside))

    def require_store(self) -> Store:
        """The open store, for work that opens sessions of its own (a sync, a central report)."""
        if self.store is None:
            raise RuntimeError("the store is not open yet")
        return self.store

    def _start(self, pool: QThreadPool, work: Callable[[], Any], on_done: Done | None, on_error: Failed | None) -> None:
        error_handler = on_error or self.failed.emit
        self._running += 1
        if self._running == 1:
            self.busy.emit(True)
        if self.synchronous:
            try:
                result = work()
            except Exception as exc:  # every error goes back to the GUI thread to be shown
                self._deliver(error_handler, exc)
            else:
                self._deliver(on_done, result)
            return
        pool.start(_Job(work, self._relay, on_done, error_handler))

    def _deliver(self, callback: Callable[[Any], None] | None, argument: Any) -> None:
        try:
            if isinstance(argument, Exception) and callback == self.failed.emit:
                log.error("background operation failed", exc_info=argument)
            if isinstance(argument, Exception) and faults.fault_of(argument) == faults.CORRUPT:
                self.damaged.emit()
            if callback is not None:
                callback(argument)
        finally:
            self._running -= 1
            if self._running == 0:
                self.busy.emit(False)
