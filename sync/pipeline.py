"""The push's two helper threads: the next batches read and encoded ahead, and the answers written behind.

So the laptop's own work overlaps the round trip instead of adding to it. Each thread has its own session; errors
are handed to the engine's thread and raised there.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from datetime import datetime

from app.db import Store
from sync.client import Encoded
from sync.outbox import apply_results, pending_pages
from sync.protocol import (
    PushRecord,
    PushRequest,
    PushResult,
)

ACK_PIECE = 50  # answers written between two looks at whether the window waits to write (about 1 ms)


class ReadAhead:
    """Batches of the outbox read and encoded in a thread of their own, ready while the one before is on the wire.

    It reads the outbox a page at a time (``sync.outbox.pending_pages``): what is written meanwhile is on a later
    page or waits for the engine's last round.
    """

    def __init__(self, store: Store, size: Callable[[], int]) -> None:
        self.store, self.size = store, size  # asked for each batch: the engine adapts it to the link
        self.queue: queue.Queue[tuple[list[PushRecord], Encoded] | BaseException | None] = queue.Queue(maxsize=2)
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self._read, name="outbox-read-ahead", daemon=True)
        self.thread.start()

    def __iter__(self) -> Iterator[tuple[list[PushRecord], Encoded]]:
        while (item := self.queue.get()) is not None:
            if isinstance(item, BaseException):
                raise item
            yield item

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(timeout=10)

    def _read(self) -> None:
        try:
            batch: list[PushRecord] = []
            for page in pending_pages(self.store):  # short read transactions: the log can be emptied meanwhile
                for record in page:
                    batch.append(record)
                    if len(batch) >= self.size():
                        if not self._put((batch, Encoded.of(PushRequest(records=batch)))):
                            return
                        batch = []
            if batch and not self._put((batch, Encoded.of(PushRequest(records=batch)))):
                return
            self._put(None)
        except BaseException as exc:
            self._put(exc)

    def _put(self, item: tuple[list[PushRecord], Encoded] | BaseException | None) -> bool:
        while not self.stopped.is_set():
            try:
                self.queue.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False


class Acknowledger:
    """Writes the register's answers in a thread of its own, in order, while the next batch is on the wire.

    ``finish`` waits until every answer handed over is written, and raises what went wrong writing one.
    """

    def __init__(self, store: Store, written: Callable[[int], None]) -> None:
        self.store, self.written = store, written  # told how many records each write acknowledged
        self.queue: queue.Queue[tuple[list[PushRecord], list[PushResult], datetime] | None] = queue.Queue()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._write, name="acknowledgements", daemon=True)
        self.thread.start()

    def add(self, batch: list[PushRecord], results: list[PushResult], now: datetime) -> None:
        self._raise()
        self.queue.put((batch, results, now))

    def finish(self) -> None:
        self.queue.join()
        self._raise()

    def stop(self) -> None:
        self.queue.put(None)
        self.thread.join(timeout=30)

    def _raise(self) -> None:
        if self.error is not None:
            error, self.error = self.error, None
            raise error

    def _write(self) -> None:
        while (item := self.queue.get()) is not None:
            try:
                if self.error is None:  # after a failure, the rest waits for the next sync
                    sent, results, now = item
                    size = self.store.piece_size(ACK_PIECE, len(results))
                    pieces = _pieces(sent, results, now, size)
                    self.store.write_in_turns(pieces, lambda session, piece: apply_results(session, *piece))
                    self.written(len(sent))
            except BaseException as exc:
                self.error = exc
            finally:
                self.queue.task_done()
        self.queue.task_done()


def _pieces(
    sent: list[PushRecord], results: list[PushResult], now: datetime, size: int
) -> Iterator[tuple[list[PushRecord], list[PushResult], datetime]]:
    """The answers ``size`` at a time, each with the records it answers."""
    by_id = {record.id: record for record in sent}
    for start in range(0, len(results), size):
        answers = results[start : start + size]
        yield [by_id[answer.id] for answer in answers if answer.id in by_id], answers, now
