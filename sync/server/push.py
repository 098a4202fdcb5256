"""Applying a device's push: each record created, updated, answered as a duplicate, kept as a conflict, or rejected.

A device is the only writer of its records (the open-mSupply rule), so a higher version replaces the register's
copy; the same version with the same body is a duplicate (a retried request gets the first answer again); the same
version with another body is a conflict, stored beside the current copy and never applied. Each record runs in its
own savepoint, so one bad record never takes the batch down with it.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.exc import DataError
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.errors import ValidationError
from app.models import Organisation, Worker
from app.records import BY_NAME, to_record
from app.validation import validate
from sync.protocol import PushRecord, PushResult, PushStatus, WorkerUpload
from sync.server.auth import AuthError, Caller
from sync.server.models import Conflict, RegisterState


def next_revision(session: Session) -> int:
    """The next revision; the counter row stays locked until this transaction commits (commit order)."""
    statement = (
        update(RegisterState)
        .where(RegisterState.id == 1)
        .values(last_revision=RegisterState.last_revision + 1)
        .returning(RegisterState.last_revision)
    )
    return int(session.execute(statement).scalar_one())


def add_workers(*, session: Session, caller: Caller, workers: list[WorkerUpload]) -> tuple[int, int]:
    """Workers who added themselves on a laptop join their unit's reference data (pulled by its other laptops).

    Returns (created, already known). A worker id known for another unit is refused.
    """
    if caller.is_coordinator or caller.unit_id is None:
        raise AuthError(403, "devices_only", "only devices upload their workers")
    created = known = 0
    for upload in workers:
        row = session.get(Worker, upload.id)
        if row is not None:
            if row.unit_id != caller.unit_id:
                raise AuthError(403, "other_unit", f"worker {upload.id} belongs to another unit")
            known += 1
            continue
        organisation = upload.organisation_id
        if organisation is not None and session.get(Organisation, organisation) is None:
            organisation = None  # an organisation the register does not know: the worker still counts
        session.add(
            Worker(
                id=upload.id,
                unit_id=caller.unit_id,
                organisation_id=organisation,
                display_name=upload.display_name,
                is_student=upload.is_student,
                active=True,
                revision=next_revision(session),
            )
        )
        created += 1
    session.flush()
    return created, known


def check_identity(caller: Caller, records: list[PushRecord]) -> None:
    """A device pushes only its own unit's records, and only as itself: otherwise the whole request is refused."""
    if caller.is_coordinator:
        raise AuthError(403, "devices_only", "only devices push records")
    for record in records:
        if record.unit_id != caller.unit_id:
            raise AuthError(403, "other_unit", f"record {record.id} belongs to another unit")
        if record.device_id != caller.id:
            raise AuthError(403, "not_this_device", f"record {record.id} was written by another device")


def apply_push(
    *, session: Session, caller: Caller, records: list[PushRecord], now: datetime | None = None
) -> list[PushResult]:
    check_identity(caller, records)
    stamp = now or utcnow()
    results = []
    for record in records:
        try:
            with session.begin_nested():
                results.append(_apply(session, record, stamp))
        except DataError:  # e.g. a NUL character, which PostgreSQL cannot store: this record only
            results.append(PushResult(id=record.id, version=record.version, status=PushStatus.REJECTED,
                                      reason="unstorable_value: a value the database cannot store"))  # fmt: skip
    return results


def _apply(session: Session, record: PushRecord, now: datetime) -> PushResult:
    def answer(status: PushStatus, revision: int | None = None, reason: str | None = None) -> PushResult:
        return PushResult(id=record.id, version=record.version, status=status, revision=revision, reason=reason)

    rtype = BY_NAME.get(record.type)
    if rtype is None:
        return answer(PushStatus.REJECTED, reason=f"unknown record type {record.type!r}")
    try:
        body = validate(session, rtype, record.body, unit_id=record.unit_id, allow_deleted_refs=True)
    except ValidationError as exc:
        reasons = "; ".join(f"{error.field}: {error.code}" for error in exc.errors)
        return answer(PushStatus.REJECTED, reason=reasons)
    values = {
        "unit_id": record.unit_id,
        "device_id": record.device_id,
        "created_at": record.created_at,
        "updated_at": record.updated_at,
        "version": record.version,
        "synced_version": record.version,
        "deleted": record.deleted,
        **body.storage_values(),
    }
    row = session.get(rtype.model, record.id, with_for_update=True)
    if row is None:
        revision = next_revision(session)
        session.add(rtype.new_row(id=record.id, revision=revision, **values))
        session.flush()
        return answer(PushStatus.CREATED, revision)
    if row.device_id != record.device_id:
        return answer(PushStatus.REJECTED, row.revision, "not_author: another device wrote this record")
    if record.version < row.version:
        return answer(PushStatus.DUPLICATE, row.revision)  # an old retry; the register has a newer version
    if record.version == row.version:
        current = to_record(rtype, row)
        if current.body == body and current.deleted == record.deleted:
            return answer(PushStatus.DUPLICATE, row.revision)
        session.add(
            Conflict(
                record_type=rtype.name,
                record_id=record.id,
                version=record.version,
                device_id=record.device_id,
                unit_id=record.unit_id,
                received_at=now,
                envelope=record.model_dump(mode="json"),
                resolved=False,
            )
        )
        session.flush()
        return answer(PushStatus.CONFLICT, row.revision, "the same version with a different body is already here")
    for name, value in values.items():
        setattr(row, name, value)
    row.revision = next_revision(session)
    session.flush()
    return answer(PushStatus.UPDATED, row.revision)
