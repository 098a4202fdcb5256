"""The one way to run slow work off the GUI thread.

Store work runs on a single background thread, so the window's operations keep their order; network work runs on a
thread of its own, so a slow register never holds up a click, and so does long file work (the daily backup). Each
store operation gets a fresh session that commits when it returns and rolls back if it raises. Results and errors
come back to the GUI thread through a queued signal. (The store thread is not the only writer of the file: the sync,
in a process of its own (sync.child), writes too; every write transaction of both takes the write turn first,
app.write_turn, and the sync's long ones let a waiting click in between two small pieces.)

The threading rules, for every page and every job:

- A job (the ``op`` given to ``run`` and its kin) takes plain values and returns plain values: read what it needs
  from widgets before queueing it, on the GUI thread, and capture those values, never a widget or a page. Inside a
  job no widget and no QObject of the GUI thread is touched, not even to read a text: Qt's widgets are not
  thread-safe, and a slip is a crash some time later, not an error now.
- Results reach the GUI thread only as the argument of ``on_done`` / ``on_error``, which run there; a job reports
  progress only through the ``report`` it is given (a queued signal).
- A job's closures and its result are released on the GUI thread: each job's callables and outcome travel in one
  parcel that only the GUI thread empties (see ``_Job``). A closure that holds the last reference to a QObject would
  otherwise delete it on the worker thread.
- Pages and their widgets live as long as the window: a language switch retranslates them in place and never
  replaces them, so a result that arrives after a switch is painted into the page as it is now. A widget that is
  rebuilt (a report's tables) is looked up when the result comes, never captured by a callback before.

The desktop tests drive the window on these threads (tests/desktop.py waits, after each key and click, for the work it
queued to come back); ``synchronous=True`` runs each job on the GUI thread, for the few tests that say why.
tests/real_window.py drives the real window in child processes, watching every job for a touch of the GUI thread's
objects, so that a native crash is caught as a signal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, Signal

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

    finished = Signal(object)  # a job's parcel
    progress = Signal(int, int)


# A parcel: [work, on_done, on_error] when queued, then (succeeded, result or error) appended by the worker.
Parcel = list[Any]


class _Job:
    """Runs a parcel's work on a pool thread and sends the parcel back to the GUI thread.

    The parcel is the only holder of the job's callables and, once run, of its outcome, and only the GUI thread
    empties it (:meth:`Tasks._deliver`); the worker lets go of its own references before it sends the parcel. So
    whatever they hold (a page, a widget, a QObject made for the job) is released on the GUI thread: a QObject whose
    last reference goes on a worker thread is deleted there, a crash for anything of the GUI thread's.

    A plain callable handed to the pool, not a QRunnable subclass: the pool deletes a runnable on its own thread when
    it has run, and a Python one took its Python side with it there, now and then after that side was already gone
    (a segmentation fault in Shiboken's releaseWrapper on a pool thread, the real window's tests).
    """

    def __init__(self, parcel: Parcel, relay: _Relay) -> None:
        self.parcel, self.relay = parcel, relay

    def __call__(self) -> None:
        self.run()

    def run(self) -> None:
        parcel = self.parcel
        work = parcel[0]
        try:
            parcel.append((True, work()))
        except Exception as exc:  # every error goes back to the GUI thread to be shown
            parcel.append((False, exc))
        del work
        self.relay.finished.emit(parcel)


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
        self._running = 0  # started and not yet called back
        self._working = 0  # started and not yet finished: what the busy bar shows (not a dialog a callback opens)
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

    def open_store(
        self, op: Callable[[], Store], on_done: Callable[[Store], None] | None = None, on_error: Failed | None = None
    ) -> None:
        """Run ``op()``, which opens the store, on the store thread; every store job queued after it uses that store,
        even one queued before ``on_done`` runs (the sign-in screen takes a PIN while the store opens)."""

        def work() -> Store:
            store = op()
            self.store = store  # before the next job of this thread runs
            return store

        self._start(self._db, work, on_done, on_error)

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
        parcel: Parcel = [work, on_done, on_error or self.failed.emit]
        self._running += 1
        self._working += 1
        if self._working == 1:
            self.busy.emit(True)
        if self.synchronous:
            try:
                parcel.append((True, work()))
            except Exception as exc:  # every error goes back to the GUI thread to be shown
                parcel.append((False, exc))
            self._deliver(parcel)
            return
        pool.start(_Job(parcel, self._relay))

    def _deliver(self, parcel: Parcel) -> None:
        """On the GUI thread: empty the parcel (its contents are released here), then call back."""
        _work, on_done, on_error, (succeeded, outcome) = parcel
        parcel.clear()
        del _work
        # The work is done before its result is used: a callback that opens a dialog (the print preview, the print
        # dialog) keeps the window waiting on the worker, not on the program, so the busy bar goes now.
        self._working -= 1
        if self._working == 0:
            self.busy.emit(False)
        try:
            if not succeeded:
                if on_error == self.failed.emit:
                    log.error("background operation failed", exc_info=outcome)
                if faults.fault_of(outcome) == faults.CORRUPT:
                    self.damaged.emit()
            callback = on_done if succeeded else on_error
            if callback is not None:
                callback(outcome)
        finally:
            self._running -= 1
