"""Sync between the local store and the register: push the outbox, then pull what is new, never losing a record.

- The outbox (``sync.outbox``) is pushed in batches that grow on a quick link and shrink on a slow one; the next
  batch is read while one is on the wire and answers are written behind (``sync.pipeline``).
- Rejected records and conflicts go to the quarantine, visible and out of the queue; they never block the rest.
- A pulled change this store cannot take yet (its stop day has not arrived) waits in ``sync.inbox`` until it can;
  the report says how many wait, and nothing pulled is dropped.
- A pulled page is applied in pieces (one transaction while nobody waits to write, more when the window does) and
  the cursor after it is committed last: the cursor never passes a change that is neither in the store nor
  waiting, and a piece applied twice (a crash before the cursor moved) changes nothing the second time.
- No transaction is held open across the network, so the program keeps writing while a sync runs.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from app.clock import utcnow
from app.db import Store
from app.identity import get_setting, set_setting
from app.privacy.erase import erase_identifying
from sync import inbox, receipt
from sync.client import Encoded, RegisterClient, SyncError
from sync.outbox import local_workers, outbox, pending_count
from sync.pipeline import Acknowledger, ReadAhead
from sync.protocol import (
    ERASE_ORDERED,
    MAX_PUSH_RECORDS,
    Change,
    PushRecord,
    PushRequest,
    PushStatus,
    WorkersRequest,
)
from sync.receipt import ReceiptCheck

CURSOR = "sync_cursor"
NO_RECEIPT = frozenset({"not_found", "wrong_address"})  # how a register without /receipt answers it
LAST_SYNC = "sync_last_success"
ERASED = "erased"  # SyncError code: the erase order was carried out (the sync itself is refused)
BATCH_SIZE = 200  # records in the first push: about 60 KB gzip-compressed, seconds on a weak mobile link
MIN_BATCH_SIZE = 25
FAST_ROUND_TRIP, SLOW_ROUND_TRIP = 1.0, 8.0  # seconds: grow the batches below, shrink them above
PULL_LIMIT = 500
PULL_PIECE = 25  # pulled changes applied between two looks at whether the window waits to write
SKEW_LIMIT = timedelta(minutes=5)


@dataclass
class SyncReport:
    pushed: Counter[str] = field(default_factory=Counter)  # by PushStatus
    pulled: int = 0  # changes that changed this store (its own records coming back do not count)
    waiting: int = 0  # pulled changes this store cannot take yet (sync.inbox): the sync is not complete
    receipt: ReceiptCheck | None = None  # the register's count of this laptop's records, checked against ours
    skew: timedelta | None = None  # the register's clock minus ours, when more than five minutes
    bookings: Any = None  # sync.bookings.BookingSync: reception bookings sent and received (sync.laptop.sync_now)
    bookings_failed: str | None = None  # why the bookings could not be exchanged (a SyncError's code); they wait
    finished_at: datetime | None = None

    def summary(self) -> str:
        sent = sum(self.pushed.values())
        parts = [f"sent {sent}"]
        parts += [f"{status} {self.pushed[status]}" for status in PushStatus if self.pushed[status]]
        parts.append(f"received {self.pulled}")
        if self.waiting:
            parts.append(f"{self.waiting} received record(s) wait for what they refer to")
        if self.receipt is not None:
            parts.append(self.receipt.summary())
        if self.skew is not None:
            parts.append(f"warning: this computer's clock is {abs(self.skew)} off the register's")
        if self.bookings_failed is not None:
            parts.append(f"bookings not exchanged ({self.bookings_failed}): they wait for the next sync")
        return ", ".join(parts)


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: RegisterClient,
        *,
        batch_size: int = BATCH_SIZE,
        clock: Callable[[], datetime] = utcnow,
        progress: Callable[[int, int], None] | None = None,
        erase_here: bool = True,
    ) -> None:
        self.store = store
        # False in the sync's own process (sync.child): an erase order makes a new key, which the window's process
        # must bind to its own connections, so the order goes to it as the SyncError "erase_ordered".
        self.erase_here = erase_here
        self.client = client
        self.batch_size = batch_size
        self.clock = clock
        self.progress = progress or (lambda _done, _total: None)

    def run(self) -> SyncReport:
        try:
            return self._run()
        except SyncError as exc:
            if exc.code != ERASE_ORDERED or not self.erase_here:
                raise
            raise carry_out_erase(self.store, self.clock()) from exc

    def _run(self) -> SyncReport:
        report = SyncReport()
        info = self.client.hello()
        skew = info.server_time - self.clock()
        if abs(skew) > SKEW_LIMIT:
            report.skew = skew
        self.push(report)
        self.pull(report)
        try:
            answer = self.client.receipt()
        except SyncError as exc:
            if exc.code not in NO_RECEIPT:
                raise
            answer = None  # a register from before receipts: the sync itself is whole, it is just not checked
        if answer is not None:
            with self.store.reading() as session:  # every record of this laptop read: no lock held meanwhile
                report.receipt = receipt.compare(session, answer, self.clock())
            with self.store.session() as session:
                receipt.keep(session, report.receipt)
        report.finished_at = self.clock()
        with self.store.session() as session:
            set_setting(session, LAST_SYNC, report.finished_at.isoformat())
        return report

    def push(self, report: SyncReport) -> None:
        with self.store.reading() as session:  # reads take no write turn (app.write_turn)
            workers = local_workers(session)
            total = pending_count(session)
        if workers:  # before the records that name them
            self.client.upload_workers(WorkersRequest(workers=workers))
        self.progress(0, total)
        done = 0

        def written(count: int) -> None:  # records sent, answered and the answers saved, of the total
            nonlocal done
            done += count
            self.progress(min(done, total), max(total, done))

        self.acknowledger = Acknowledger(self.store, written)
        try:
            self._push_batches(report)
            self.acknowledger.finish()
        finally:
            self.acknowledger.stop()  # what was handed over is written first, even after a failure

    def _push_batches(self, report: SyncReport) -> None:
        for batch, encoded in self._batches():
            began = time.monotonic()
            answer = self.client.push(encoded)  # no transaction open meanwhile
            self._adapt(time.monotonic() - began)
            self.acknowledger.add(batch, answer.results, self.clock())
            report.pushed.update(result.status.value for result in answer.results)
            answered = {result.id for result in answer.results}
            if not answered & {record.id for record in batch}:
                raise SyncError("bad_response", "the register answered none of the records sent")

    def _adapt(self, seconds: float) -> None:
        """Batches grow while a round trip is quick and shrink when it is slow, as a weak mobile link needs small
        ones (a broken one costs little to send again) and a good one is used best by big ones."""
        if seconds < FAST_ROUND_TRIP:
            self.batch_size = min(self.batch_size * 2, MAX_PUSH_RECORDS)
        elif seconds > SLOW_ROUND_TRIP:
            self.batch_size = max(self.batch_size // 2, MIN_BATCH_SIZE)

    def _batches(self) -> Iterator[tuple[list[PushRecord], Encoded]]:
        """The outbox as it was when the push began, read ahead; then, round by round, what was written since."""
        ahead = ReadAhead(self.store, lambda: self.batch_size)
        try:
            yield from ahead
        finally:
            ahead.stop()
        while True:
            self.acknowledger.finish()  # every answer written before the outbox is read again
            with self.store.reading() as session:
                batch = outbox(session, self.batch_size)
            if not batch:
                return
            yield batch, Encoded.of(PushRequest(records=batch))

    def pull(self, report: SyncReport) -> None:
        with self.store.session() as session:
            cursor = int(get_setting(session, CURSOR) or 0)
            report.pulled += inbox.retry_waiting(session)  # what waited since the last sync, first
        while True:
            answer = self.client.pull(cursor, PULL_LIMIT)
            # The changes and what they let in, in as few transactions as the window's writes allow (a piece at a
            # time when a click waits); then the cursor. Applied twice (a crash before the cursor moved), a change
            # finds itself already here and changes nothing.
            changes, now = answer.changes, self.clock()
            size = self.store.piece_size(PULL_PIECE, len(changes))
            pieces = [(changes[start : start + size], now) for start in range(0, len(changes), size)]
            self.store.write_in_turns(pieces, partial(_take, report))
            with self.store.session() as session:
                set_setting(session, CURSOR, str(answer.cursor))
            cursor = answer.cursor
            if not answer.more:
                break
        with self.store.session() as session:
            report.waiting = inbox.waiting_count(session)


def carry_out_erase(store: Store, now: datetime) -> SyncError:
    """Revoked as lost, with an order to erase: the names and numbers go, and their key; nothing is sent. The
    error that says so."""
    emptied = erase_identifying(store, now)
    return SyncError(ERASED, f"{emptied} contact request(s) emptied as headquarters ordered")


def _take(report: SyncReport, session: Session, piece: tuple[list[Change], datetime]) -> None:
    report.pulled += inbox.take(session, *piece)
