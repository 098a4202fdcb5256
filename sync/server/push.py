"""Applying a device's push: each record created, updated, answered as a duplicate, kept as a conflict, or rejected.

Who may write what is ``sync.server.authorisation``; how two versions of a record meet is ``app.merge`` (a higher
version replaces the register's copy; the same version and body is a duplicate, and a retried request gets the first
answer again; the same version with another body is a conflict, stored beside the current copy and never applied).
A batch is decided in memory and written in one flush; if the database refuses it, each record is applied again in
its own savepoint, so one bad record never takes the batch down with it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from typing import Any, cast

from sqlalchemy import inspect, select, update
from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.errors import ValidationError
from app.merge import Merge, merge
from app.models import Organisation, SyncedRecord, Worker
from app.records import BY_NAME, RECORD_TYPES, SHARED, RecordType, model_for_table, to_record
from app.schemas import Body, refs_of
from app.validation import check_body, parse_body
from sync.protocol import PushRecord, PushResult, PushStatus, WorkerUpload
from sync.server import authorisation, bulk_insert
from sync.server.auth import AuthError, Caller
from sync.server.models import Conflict, RegisterState

ORDER = {rtype.name: number for number, rtype in enumerate(RECORD_TYPES)}  # dependency order of record types


def next_revision(session: Session) -> int:
    """The next revision; the counter row stays locked until this transaction commits (commit order)."""
    return allocate_revisions(session, 1)[0]


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


def apply_push(
    *, session: Session, caller: Caller, records: list[PushRecord], now: datetime | None = None
) -> list[PushResult]:
    """Apply a batch: at once when it can be (rows read with one query per table, one flush), else record by
    record in savepoints, so one record the database refuses never takes the rest down with it."""
    authorisation.require_device(caller)
    stamp = now or utcnow()
    if len({record.id for record in records}) == len(records):
        try:
            with session.begin_nested():
                return _Batch(session, stamp, caller).apply(records)
        except (IntegrityError, DataError):
            pass  # rolled back to before the batch: take the records one by one below
    return [_apply_alone(session, record, stamp, caller) for record in records]


def allocate_revisions(session: Session, count: int) -> range:
    """``count`` consecutive revisions; the counter row stays locked until this transaction commits."""
    if count == 0:
        return range(0)
    statement = (
        update(RegisterState)
        .where(RegisterState.id == 1)
        .values(last_revision=RegisterState.last_revision + count)
        .returning(RegisterState.last_revision)
    )
    last = int(session.execute(statement).scalar_one())
    return range(last - count + 1, last + 1)


def _apply_alone(session: Session, record: PushRecord, now: datetime, caller: Caller) -> PushResult:
    try:
        with session.begin_nested():
            return _Batch(session, now, caller).apply([record])[0]
    except DataError:  # e.g. a NUL character, which PostgreSQL cannot store
        return _answer(record, PushStatus.REJECTED, reason="unstorable_value: a value the database cannot store")
    except IntegrityError as exc:  # a rule of the database the checks before it did not foresee
        return _answer(record, PushStatus.REJECTED, reason=f"refused_by_database: {str(exc.orig).splitlines()[0]}")


def _unchanged(rtype: RecordType, row: SyncedRecord, body: Body, deleted: bool) -> bool:
    current = to_record(rtype, row)
    return current.body == body and current.deleted == deleted


def _answer(
    record: PushRecord, status: PushStatus, revision: int | None = None, reason: str | None = None
) -> PushResult:
    # Built without validation: the id and version were validated on their way in, the rest is the register's own.
    return PushResult.model_construct(id=record.id, version=record.version, status=status, revision=revision,
                                      reason=reason)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Created:
    """A row this batch creates, as the reference checks of a later record in the batch see it."""

    unit_id: str
    deleted: bool


class _Batch:
    """One push decided record by record in memory, with the rows it needs read up front, and written in one flush.

    A record may refer to one created earlier in the same batch (a guidance session to its stop day): rows
    created here are looked up before the database.
    """

    def __init__(self, session: Session, now: datetime, caller: Caller) -> None:
        self.session = session
        self.now = now
        self.caller = caller  # the pushing device
        self.known: dict[tuple[type[Any], Any], Any] = {}
        self.conflicts: list[Conflict] = []

    def lookup(self, model: type[Any], key: Any) -> Any:
        return self.known.get((model, key))

    def apply(self, records: list[PushRecord]) -> list[PushResult]:
        parsed: list[tuple[RecordType | None, Body | ValidationError | None]] = []
        for record in records:
            rtype = BY_NAME.get(record.type)
            if rtype is None:
                parsed.append((None, None))
                continue
            try:
                parsed.append((rtype, parse_body(rtype, record.body)))
            except ValidationError as exc:
                parsed.append((rtype, exc))
        results: list[PushResult | PushStatus] = []  # a status alone: created or updated, answered with its revision
        numbered: list[tuple[int, int, RecordType, Any]] = []  # (type order, place, type, row) taking a revision
        with self.session.no_autoflush:  # nothing is written until every record is decided
            self._preload(records, parsed)
            for record, (rtype, body) in zip(records, parsed, strict=True):
                if rtype is None or body is None:
                    results.append(_answer(record, PushStatus.REJECTED, reason=f"unknown record type {record.type!r}"))
                    continue
                result, row = self._decide(record, rtype, body)
                if row is not None:
                    numbered.append((ORDER[rtype.name], len(results), rtype, row))
                results.append(result)
            # Parents before children in revision order too, so a puller never meets a reference it cannot resolve.
            numbered.sort(key=lambda item: (item[0], item[1]))
            revisions = allocate_revisions(self.session, len(numbered))
        for (_order, place, _rtype, row), revision in zip(numbered, revisions, strict=True):
            if isinstance(row, dict):
                row["revision"] = revision
            else:
                row.revision = revision
            status = results[place]
            assert isinstance(status, PushStatus)
            results[place] = _answer(records[place], status, revision)
        self.session.flush()  # the updates
        for _order, group in groupby(numbered, key=lambda item: item[0]):
            rows = [(rtype, row) for _o, _p, rtype, row in group if isinstance(row, dict)]
            if rows:  # one executemany per table, parents first, straight to the driver (sync.server.bulk_insert)
                table = rows[0][0].model.__table__  # type: ignore[attr-defined]
                bulk_insert.insert_rows(self.session.connection(), table, [row for _rtype, row in rows])
        self.session.add_all(self.conflicts)
        self.session.flush()
        return cast(list[PushResult], results)  # every status alone was replaced by its answer above

    def _preload(
        self, records: list[PushRecord], parsed: list[tuple[RecordType | None, Body | ValidationError | None]]
    ) -> None:
        """The batch's own rows (locked for update) and every row its bodies refer to: one query per table."""
        wanted: dict[type[Any], set[Any]] = defaultdict(set)
        for record, (rtype, body) in zip(records, parsed, strict=True):
            if rtype is None:
                continue
            wanted[rtype.model].add(record.id)
            if isinstance(body, Body):
                for name, ref in refs_of(type(body)).items():
                    value = getattr(body, name)
                    keys = value if isinstance(value, list) else [value]
                    wanted[model_for_table(ref.table)].update(key for key in keys if key is not None)
        own = {rtype.model for rtype, _ in parsed if rtype is not None}
        for model, wanted_keys in wanted.items():
            (key_column,) = inspect(model).primary_key
            ordered = sorted(wanted_keys)
            for start in range(0, len(ordered), 900):  # within every database's limit on bound parameters
                chunk = ordered[start : start + 900]
                query = select(model).where(key_column.in_(chunk))
                if model in own:
                    query = query.with_for_update()
                for row in self.session.scalars(query):
                    self.known[(model, getattr(row, str(key_column.key)))] = row

    def _decide(
        self, record: PushRecord, rtype: RecordType, parsed: Body | ValidationError
    ) -> tuple[PushResult | PushStatus, SyncedRecord | dict[str, Any] | None]:
        """The answer for one record, and what takes a new revision, if anything: the values of a new row (inserted
        with the batch's others in one statement) or the changed row; such a record is answered by its status alone
        until its revision is known."""
        row = self.known.get((rtype.model, record.id))
        refusal = authorisation.write_refusal(self.caller, record, row)
        if refusal is not None:
            return _answer(record, PushStatus.REJECTED, reason=refusal), None
        try:
            if isinstance(parsed, ValidationError):
                raise parsed
            body = check_body(self.session, parsed, unit_id=record.unit_id, allow_deleted_refs=True,
                              lookup=self.lookup)  # fmt: skip
        except ValidationError as exc:
            reasons = "; ".join(f"{error.field}: {error.code}" for error in exc.errors)
            return _answer(record, PushStatus.REJECTED, reason=reasons), None
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
        if row is None:
            # What a later record of this batch that refers to this one needs to know of it.
            self.known[(rtype.model, record.id)] = Created(record.unit_id, record.deleted)
            return PushStatus.CREATED, {"id": record.id, **values}
        same = record.version == row.version and _unchanged(rtype, row, body, record.deleted)
        if rtype.name in SHARED and not same and record.base_revision != row.revision:
            # Compare-and-set: this change was made to a revision the register has moved on from (another laptop
            # changed the request first). Kept beside the current one, never applied over it.
            return self._conflict(record, rtype, row, "changed meanwhile on another laptop (compare-and-set)")
        outcome = merge(record.version, row.version, same_content=same)
        if outcome is Merge.DUPLICATE:
            return _answer(record, PushStatus.DUPLICATE, row.revision), None  # a retry of what is here
        if outcome is Merge.OLDER:
            # A late retry of a version the device has since replaced: to the device, what it sent is here.
            return _answer(record, PushStatus.DUPLICATE, row.revision), None
        if outcome is Merge.CONFLICT:
            return self._conflict(record, rtype, row, "the same version with a different body is already here")
        for name, value in values.items():
            setattr(row, name, value)
        return PushStatus.UPDATED, row

    def _conflict(
        self, record: PushRecord, rtype: RecordType, row: SyncedRecord, reason: str
    ) -> tuple[PushResult, None]:
        self.conflicts.append(
            Conflict(
                record_type=rtype.name,
                record_id=record.id,
                version=record.version,
                device_id=record.device_id,
                unit_id=record.unit_id,
                received_at=self.now,
                envelope=record.model_dump(mode="json"),
                resolved=False,
            )
        )
        return _answer(record, PushStatus.CONFLICT, row.revision, reason), None
