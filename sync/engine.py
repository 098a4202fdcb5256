"""Sync between the local store and the register: push the outbox, then pull what is new, never losing a record.

- The outbox is every record whose ``version`` is newer than what the register acknowledged (``synced_version``),
  in dependency order, less the versions in quarantine. A push answer acknowledges exactly the version that was
  sent, so an edit made while a sync runs stays pending and goes next time.
- Rejected records and conflicts go to the quarantine (``sync_quarantine``), visible and out of the queue; they
  never block the rest. A pulled record this store cannot take goes there too ("not_applied"), never silently.
- A pulled batch and the cursor after it are committed in one transaction: the cursor never passes a change that
  is not in the store.
- No transaction is held open across the network, so the program keeps writing while a sync runs.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Integer, bindparam, case, exists, func, select, update
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.db import Store
from app.errors import ValidationError
from app.identity import current_author, device_id, get_setting, set_setting, set_unit
from app.models import QuarantinedRecord, Worker
from app.records import BY_NAME, RECORD_TYPES, RecordType, to_record
from app.reference import apply_pulled_row
from app.transfer import Outcome, apply_envelope
from sync.client import RETRY_STATUSES, Encoded, RegisterClient, SyncError
from sync.protocol import (
    MAX_PUSH_RECORDS,
    Change,
    PushRecord,
    PushRequest,
    PushResult,
    PushStatus,
    WorkersRequest,
    WorkerUpload,
)

CURSOR = "sync_cursor"
LAST_SYNC = "sync_last_success"
REGISTER_URL = "register_url"
REGISTER_TOKEN = "register_token"
BATCH_SIZE = 200  # records in the first push: about 60 KB gzip-compressed, seconds on a weak mobile link
MIN_BATCH_SIZE = 25
FAST_ROUND_TRIP, SLOW_ROUND_TRIP = 1.0, 8.0  # seconds: grow the batches below, shrink them above
PULL_LIMIT = 500
SKEW_LIMIT = timedelta(minutes=5)


@dataclass
class SyncReport:
    pushed: Counter[str] = field(default_factory=Counter)  # by PushStatus
    pulled: int = 0  # changes that changed this store (its own records coming back do not count)
    skew: timedelta | None = None  # the register's clock minus ours, when more than five minutes
    finished_at: datetime | None = None

    def summary(self) -> str:
        sent = sum(self.pushed.values())
        parts = [f"sent {sent}"]
        parts += [f"{status} {self.pushed[status]}" for status in PushStatus if self.pushed[status]]
        parts.append(f"received {self.pulled}")
        if self.skew is not None:
            parts.append(f"warning: this computer's clock is {abs(self.skew)} off the register's")
        return ", ".join(parts)


def pending_filter(rtype: RecordType) -> ColumnElement[bool]:
    """Rows of ``rtype`` waiting for the register: a version newer than acknowledged, and not in quarantine."""
    model = rtype.model
    quarantined = exists().where(
        QuarantinedRecord.record_type == rtype.name,
        QuarantinedRecord.record_id == model.id,
        QuarantinedRecord.version == model.version,
    )
    return (model.version > model.synced_version) & ~quarantined


def pending_count(session: Session) -> int:
    return sum(
        session.scalar(select(func.count()).select_from(rtype.model).where(pending_filter(rtype))) or 0
        for rtype in RECORD_TYPES
    )


def outbox(session: Session, limit: int) -> list[PushRecord]:
    """Up to ``limit`` pending records, parents before children (the order of RECORD_TYPES)."""
    batch: list[PushRecord] = []
    for rtype in RECORD_TYPES:
        room = limit - len(batch)
        if room <= 0:
            break
        model = rtype.model
        for row in session.scalars(
            select(model).where(pending_filter(rtype)).order_by(model.created_at, model.id).limit(room)
        ):
            envelope = to_record(rtype, row).envelope()
            batch.append(PushRecord.model_validate(envelope | {"base_revision": row.revision}))
    return batch


def pending_records(session: Session) -> Iterator[PushRecord]:
    """Every record waiting for the register, parents first, streamed (a long offline spell can be a big backlog)."""
    for rtype in RECORD_TYPES:
        model = rtype.model
        table = model.__table__  # type: ignore[attr-defined]
        # Plain rows, not ORM objects (a third of the cost): their attributes are the columns the model names.
        query = select(table).where(pending_filter(rtype)).order_by(table.c.created_at, table.c.id)
        for row in session.execute(query.execution_options(yield_per=500)):
            envelope = to_record(rtype, row).envelope()  # type: ignore[arg-type]
            yield PushRecord.model_validate(envelope | {"base_revision": row.revision})


class ReadAhead:
    """Batches of the outbox read and encoded in a thread of their own, ready while the one before is on the wire.

    It reads one snapshot: what is written after it started waits for the engine's last round, or the next sync.
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
            with self.store.session() as session:
                batch: list[PushRecord] = []
                for record in pending_records(session):
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
                    with self.store.session() as session:
                        apply_results(session, *item)
                    self.written(len(item[0]))
            except BaseException as exc:
                self.error = exc
            finally:
                self.queue.task_done()
        self.queue.task_done()


def local_workers(session: Session) -> list[WorkerUpload]:
    """Workers added on this laptop that the register has not handed back yet (their revision is still empty)."""
    rows = session.scalars(select(Worker).where(Worker.id.startswith("local-"), Worker.revision.is_(None)))
    return [
        WorkerUpload(id=w.id, display_name=w.display_name, organisation_id=w.organisation_id, is_student=w.is_student)
        for w in rows
    ]


def apply_results(session: Session, sent: list[PushRecord], results: list[PushResult], now: datetime) -> None:
    """Record the register's answers: acknowledged versions (one executemany per table), refusals to quarantine."""
    types = {record.id: BY_NAME[record.type] for record in sent}
    acknowledged: dict[RecordType, list[dict[str, object]]] = {}
    for result in results:
        rtype = types.get(result.id)
        if rtype is None:
            continue  # an answer about something not sent: ignore rather than trust
        if result.status in (PushStatus.CREATED, PushStatus.UPDATED, PushStatus.DUPLICATE):
            acknowledged.setdefault(rtype, []).append(
                {"key": result.id, "acked": result.version, "given": result.revision}
            )
        elif session.get(QuarantinedRecord, (rtype.name, result.id, result.version)) is None:
            session.add(
                QuarantinedRecord(
                    record_type=rtype.name,
                    record_id=result.id,
                    version=result.version,
                    status=result.status.value,
                    reason=result.reason or "",
                    at=now,
                )
            )
    for rtype, rows in acknowledged.items():
        table = rtype.model.__table__  # type: ignore[attr-defined]
        acked, given = bindparam("acked", type_=Integer), bindparam("given", type_=Integer)
        statement = (
            update(table)
            .where(table.c.id == bindparam("key"))
            .values(
                # Only the version sent is acknowledged: an edit made meanwhile (a higher version) stays pending,
                # and keeps the revision it was based on.
                synced_version=case((table.c.synced_version < acked, acked), else_=table.c.synced_version),
                revision=case(((table.c.version == acked) & given.is_not(None), given), else_=table.c.revision),
            )
        )
        session.execute(statement, rows)
    session.flush()


def apply_change(session: Session, change: Change, now: datetime) -> bool:
    """One pulled change in its own savepoint; True if it changed this store (not an echo of its own record).

    A record this store cannot take is kept in view, not dropped.
    """
    try:
        with session.begin_nested():
            if change.kind in BY_NAME:
                outcome, _ = apply_envelope(session, change.data)
                return outcome in (Outcome.CREATED, Outcome.UPDATED)
            return apply_pulled_row(session, change.kind, change.data)
    except ValidationError as exc:
        record_id, version = str(change.data.get("id", "")), int(change.data.get("version", 0))
        if session.get(QuarantinedRecord, (change.kind, record_id, version)) is None:
            reason = "; ".join(f"{error.field}: {error.code}" for error in exc.errors)
            session.add(
                QuarantinedRecord(
                    record_type=change.kind, record_id=record_id, version=version, status="not_applied",
                    reason=reason, at=now,
                )
            )  # fmt: skip
        return False


class SyncEngine:
    def __init__(
        self,
        store: Store,
        client: RegisterClient,
        *,
        batch_size: int = BATCH_SIZE,
        clock: Callable[[], datetime] = utcnow,
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.store = store
        self.client = client
        self.batch_size = batch_size
        self.clock = clock
        self.progress = progress or (lambda _done, _total: None)

    def run(self) -> SyncReport:
        report = SyncReport()
        info = self.client.hello()
        skew = info.server_time - self.clock()
        if abs(skew) > SKEW_LIMIT:
            report.skew = skew
        self.push(report)
        self.pull(report)
        report.finished_at = self.clock()
        with self.store.session() as session:
            set_setting(session, LAST_SYNC, report.finished_at.isoformat())
        return report

    def push(self, report: SyncReport) -> None:
        with self.store.session() as session:
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
            with self.store.session() as session:
                batch = outbox(session, self.batch_size)
            if not batch:
                return
            yield batch, Encoded.of(PushRequest(records=batch))

    def pull(self, report: SyncReport) -> None:
        with self.store.session() as session:
            cursor = int(get_setting(session, CURSOR) or 0)
        while True:
            answer = self.client.pull(cursor, PULL_LIMIT)
            with self.store.session() as session:  # the changes and the cursor after them: one commit
                changed = sum(apply_change(session, change, self.clock()) for change in answer.changes)
                set_setting(session, CURSOR, str(answer.cursor))
            report.pulled += changed
            cursor = answer.cursor
            if not answer.more:
                return


def enroll(store: Store, url: str, code: str, device_name: str) -> str:
    """Enroll this laptop with a one-time code; the register learns the laptop's own device id. Returns the unit."""
    with store.session() as session:
        own_id = device_id(session)
    # A 429 here means too many wrong codes: waiting would not make this code right, so it is not retried.
    client = RegisterClient(url, attempts=2, retry_statuses=RETRY_STATUSES - {429})
    try:
        answer = client.enroll(code, device_name, own_id)
    finally:
        client.close()
    with store.session() as session:
        configured = get_setting(session, "unit_id")
        if configured is not None and configured != answer.unit_id:
            raise SyncError("other_unit", f"this laptop records for {configured}, the code is for {answer.unit_id}")
        if configured is None:
            set_unit(session, answer.unit_id)
        current_author(session)
        set_setting(session, REGISTER_URL, url)
        set_setting(session, REGISTER_TOKEN, answer.token)
    return answer.unit_id


def configured_client(store: Store) -> RegisterClient:
    with store.session() as session:
        url, token = get_setting(session, REGISTER_URL), get_setting(session, REGISTER_TOKEN)
    if not url or not token:
        raise SyncError("not_enrolled", "this laptop is not enrolled with a register yet")
    return RegisterClient(url, token)


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    record_type: str
    record_id: str
    version: int
    status: str
    reason: str
    at: datetime


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the Sync page shows: where the register is, whether this laptop is enrolled, what waits."""

    url: str
    enrolled: bool
    last_sync: datetime | None
    pending: int
    quarantine: list[QuarantineEntry]


def status(*, session: Session) -> SyncStatus:
    last = get_setting(session, LAST_SYNC)
    entries = session.scalars(select(QuarantinedRecord).order_by(QuarantinedRecord.at.desc())).all()
    return SyncStatus(
        url=get_setting(session, REGISTER_URL) or "",
        enrolled=bool(get_setting(session, REGISTER_TOKEN)),
        last_sync=datetime.fromisoformat(last) if last else None,
        pending=pending_count(session),
        quarantine=[QuarantineEntry(e.record_type, e.record_id, e.version, e.status, e.reason, e.at) for e in entries],
    )


def sync_now(store: Store, progress: Callable[[int, int], None] | None = None) -> SyncReport:
    """One whole sync with the enrolled register (the desktop's "Sync now" and the automatic sync)."""
    client = configured_client(store)
    try:
        return SyncEngine(store, client, progress=progress).run()
    finally:
        client.close()


def reachable(store: Store) -> bool:
    """Whether the enrolled register answers now (one quick try, no retries): for the automatic sync."""
    with store.session() as session:
        url = get_setting(session, REGISTER_URL)
    if not url:
        return False
    client = RegisterClient(url, attempts=0, connect_timeout=3, read_timeout=5)
    try:
        client.hello()
    except SyncError:
        return False
    finally:
        client.close()
    return True
