"""Whose turn it is to write to the laptop's store, across the window's process and the sync's.

SQLite lets one transaction write at a time, and one that waits for the lock polls for it (after 1 ms, 3 ms, 8 ms,
18 ms ... of SQLite's busy handler), so a writer that takes the lock again at once keeps a waiting one out for good
stretches. Every write transaction of the program therefore takes its turn first (``Store.session``): an operating
system lock shared by the window's process and the sync's child process, handed over the moment it is released.
The window's process also says how many of its writers wait; the sync's long writers (its acknowledgements and
pulled pages) look at that between small pieces of their work, end their transaction when the window waits
(``someone_waits``) and let it in before they go on (``let_in``), so a counter click waits for at most one piece,
never for a whole batch. The count is written by the window's process alone, so nothing another process does (or
dies doing) can leave it wrong.

A child that dies holding the turn would hold it for good: the window's process gives it back when it sees the
child gone (``free_from``; the holder's process id is kept beside the lock). A turn not had within the busy timeout
is written without (SQLite's own lock still keeps the writes apart): a writer that somehow waits for itself is then
refused by SQLite as before instead of hanging.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.sharedctypes import Synchronized
from typing import Any

log = logging.getLogger(__name__)
LET_IN_POLL = 0.0002  # seconds between two looks, in the sync's process, at whether the window has had its turn


class WriteTurn:
    """A lock and three numbers (who holds it, how many of the window's writers wait, who checkpoints) in memory
    shared with child processes (pass it to them as an argument)."""

    def __init__(self, context: Any = None) -> None:
        context = context or multiprocessing.get_context("spawn")
        self._lock = context.Lock()
        self._holder: Synchronized[int] = context.Value("i", 0, lock=False)  # process id holding the turn, or 0
        self._window_waits: Synchronized[int] = context.Value("i", 0, lock=False)  # the window's writers waiting
        self._checkpointer: Synchronized[int] = context.Value("i", 0, lock=False)  # who checkpoints for all, or 0
        self._window = os.getpid()
        self._counting = threading.Lock()  # the window's threads, counting themselves in and out

    def __getstate__(self) -> dict[str, Any]:  # to a child process: the shared parts (a thread lock cannot go)
        state = dict(self.__dict__)
        del state["_counting"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._counting = threading.Lock()

    @contextmanager
    def held(self, timeout: float) -> Iterator[None]:
        """Hold the turn for the block (waiting up to ``timeout`` seconds for it)."""
        counted = os.getpid() == self._window
        if counted:
            self._count(+1)
        try:
            had = self._lock.acquire(timeout=timeout)
        finally:
            if counted:
                self._count(-1)
        if not had:
            log.warning("no write turn within %.0f s; writing on SQLite's own lock", timeout)
        else:
            self._holder.value = os.getpid()
        try:
            yield
        finally:
            if had:
                self._holder.value = 0
                self._lock.release()

    def someone_waits(self) -> bool:
        """Whether a writer of the window waits for the turn now (a long writer then ends its transaction)."""
        return bool(self._window_waits.value)

    def let_in(self, timeout: float) -> None:
        """After ending a transaction for the window: wait until its writers have had the turn. The lock itself
        does not promise that the one releasing it is not the next to take it."""
        deadline = time.monotonic() + timeout
        while self._window_waits.value and time.monotonic() < deadline:
            time.sleep(LET_IN_POLL)

    def checkpoint_here(self) -> None:
        """This process (the sync's) copies the write-ahead log into the database between its transactions, for
        everyone, until ``leave_checkpoints``: the window's commits then leave it to this one."""
        self._checkpointer.value = os.getpid()

    def leave_checkpoints(self) -> None:
        if self._checkpointer.value == os.getpid():
            self._checkpointer.value = 0

    def others_checkpoint(self) -> bool:
        """Whether another process checkpoints for this one now."""
        return self._checkpointer.value not in (0, os.getpid())

    def free_from(self, pid: int) -> None:
        """Give back the turn if the process ``pid``, now gone, died holding it (the window's process calls this
        when the sync's process has ended)."""
        if pid and self._holder.value == pid:
            log.warning("the sync's process ended holding the write turn; it is given back")
            self._holder.value = 0
            self._lock.release()
        if pid and self._checkpointer.value == pid:
            self._checkpointer.value = 0  # the window's commits checkpoint again

    def _count(self, step: int) -> None:
        with self._counting:
            self._window_waits.value += step
