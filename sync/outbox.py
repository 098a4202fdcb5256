"""What waits for the register: the outbox in dependency order, and the register's answers written back.

The outbox is every record whose ``version`` is newer than what the register acknowledged (``synced_version``),
less the versions in quarantine. An answer acknowledges exactly the version that was sent, so an edit made while
a sync runs stays pending. Refusals and conflicts go to the quarantine (``sync_quarantine``), visible and out of
the queue.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, RowMapping, Select, exists, func, literal, select, tuple_
from sqlalchemy.orm import Session

from app.models import QuarantinedRecord, Worker
from app.records import BY_NAME, RECORD_TYPES, RecordType, to_record
from sync.protocol import (
    PushRecord,
    PushResult,
    PushStatus,
    WorkerUpload,
)

if TYPE_CHECKING:
    from app.db import Store


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
        query = _pending_query(rtype).execution_options(yield_per=500)
        yield from _envelopes(rtype, session.execute(query).mappings())


def pending_pages(store: Store, size: int = 500) -> Iterator[list[PushRecord]]:
    """The same records as ``pending_records``, ``size`` at a time, each page read in a short read transaction of
    its own (keyset: after the last page's creation time and id). A push of a long backlog then holds no snapshot
    for its whole length, which would keep SQLite from emptying its write-ahead log meanwhile (it grew to 158 MB
    over a push of 100,000 records, and every read and write of the window slowed with it). A record written
    meanwhile may or may not be on a later page; the engine's last round reads whatever still waits."""
    for rtype in RECORD_TYPES:
        table = rtype.model.__table__  # type: ignore[attr-defined]
        after: tuple[Any, Any] | None = None
        while True:
            query = _pending_query(rtype).limit(size)
            if after is not None:
                last = tuple_(literal(after[0], table.c.created_at.type), literal(after[1], table.c.id.type))
                query = query.where(tuple_(table.c.created_at, table.c.id) > last)
            with store.reading() as session:
                rows = list(session.execute(query).mappings())
            if not rows:
                break
            yield list(_envelopes(rtype, rows))
            after = (rows[-1]["created_at"], rows[-1]["id"])
            if len(rows) < size:
                break


def _pending_query(rtype: RecordType) -> Select[Any]:
    table = rtype.model.__table__  # type: ignore[attr-defined]
    # Plain rows, not ORM objects (a third of the cost): their attributes are the columns the model names.
    return select(table).where(pending_filter(rtype)).order_by(table.c.created_at, table.c.id)


def _envelopes(rtype: RecordType, rows: Iterable[RowMapping]) -> Iterator[PushRecord]:
    fields = list(rtype.body.model_fields)
    for row in rows:
        # The body is checked against its schema as it is read; the columns around it are the store's own,
        # typed by it, so the envelope is put together without a second validation (a fifth of the read).
        body = rtype.body.model_validate({name: row[name] for name in fields})
        yield PushRecord.model_construct(
            type=rtype.name,
            id=row["id"],
            unit_id=row["unit_id"],
            device_id=row["device_id"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            version=row["version"],
            revision=row["revision"],
            deleted=row["deleted"],
            body=body.model_dump(mode="json"),
            base_revision=row["revision"],
        )


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
    acknowledged: dict[RecordType, list[tuple[object, ...]]] = {}
    for result in results:
        rtype = types.get(result.id)
        if rtype is None:
            continue  # an answer about something not sent: ignore rather than trust
        if result.status in (PushStatus.CREATED, PushStatus.UPDATED, PushStatus.DUPLICATE):
            acked, given = result.version, result.revision
            acknowledged.setdefault(rtype, []).append((acked, acked, acked, given, given, result.id))
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
        # Only the version sent is acknowledged: an edit made meanwhile (a higher version) stays pending, and keeps
        # the revision it was based on. The statement goes to the driver as it is, one executemany per table (the
        # parameters of 100,000 answers built by SQLAlchemy one by one cost more than the update itself).
        table = rtype.model.__table__.name  # type: ignore[attr-defined]  # one of the program's own, never input
        session.connection().exec_driver_sql(_acknowledge_sql(table), rows)
    session.flush()


def _acknowledge_sql(table: str) -> str:
    """The acknowledgement of one answer: parameters (acked, acked, acked, given, given, id)."""
    return (
        f"UPDATE {table} SET "
        "synced_version = CASE WHEN synced_version < ? THEN ? ELSE synced_version END, "
        "revision = CASE WHEN version = ? AND ? IS NOT NULL THEN ? ELSE revision END "
        "WHERE id = ?"
    )
