"""Whose turn it is to write to the laptop's store, across the window's process and the sync's.

SQLite lets one transaction write at a time, and one that waits for the lock polls for it (after 1 ms, 3 ms, 8 ms,
18 ms ... of SQLite's busy handler), so a writer that takes the lock again at once keeps a waiting one out for good
stretches. Every write transaction of the program therefore takes its turn first (``Store.session``): an operating
system lock shared by the window's process and the sync's child process, handed over the moment it is released,
and a count of who waits for it. A long writer (the sync's acknowledgements and pulled pages) looks at that count
between small pieces of its work and ends its transaction when somebody waits (``someone_waits``), so a counter
click waits for at most one piece, never for a whole batch.

A turn not had within the busy timeout is written without (SQLite's own lock still keeps the writes apart): a
writer that somehow waits for itself is then refused by SQLite as before instead of hanging.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.sharedctypes import Synchronized
from typing import Any

log = logging.getLogger(__name__)


class WriteTurn:
    """A lock and a waiting count in memory shared with child processes (pass it to them as an argument)."""

    def __init__(self, context: Any = None) -> None:
        context = context or multiprocessing.get_context("spawn")
        self._lock = context.Lock()
        self._waiting: Synchronized[int] = context.Value("i", 0, lock=False)  # changed under ``_taken`` only
        self._taken = context.Condition(context.Lock())  # told when a waiting writer has had its turn

    @contextmanager
    def held(self, timeout: float) -> Iterator[None]:
        """Hold the turn for the block (waiting up to ``timeout`` seconds for it)."""
        with self._taken:
            self._waiting.value += 1
        try:
            had = self._lock.acquire(timeout=timeout)
        finally:
            with self._taken:
                self._waiting.value -= 1
                self._taken.notify_all()
        if not had:
            log.warning("no write turn within %.0f s; writing on SQLite's own lock", timeout)
        try:
            yield
        finally:
            if had:
                self._lock.release()

    def someone_waits(self) -> bool:
        """Whether another writer waits for the turn now (a long writer then ends its transaction)."""
        return bool(self._waiting.value)

    def let_in(self, timeout: float) -> None:
        """After ending a transaction for those waiting: wait until they have had the turn. The lock itself does
        not promise that the one releasing it is not the next to take it."""
        with self._taken:
            self._taken.wait_for(lambda: not self._waiting.value, timeout)
