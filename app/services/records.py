"""The life cycle every operational record shares: create, read, edit, delete (tombstone) and restore."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, object_session

from app.clock import utcnow
from app.errors import NotAuthorError, NotFoundError, RecordDeletedError, StaleEditError, ValidationError
from app.identity import Author
from app.models.base import SyncedRecord, new_id
from app.records import RECORD_TYPES, SHARED, Record, RecordType, record_type, to_record
from app.schemas import refs_of
from app.validation import validate

APPEND_ONLY = frozenset({"audit_entry"})  # written once, never changed or deleted


def create(
    *,
    session: Session,
    author: Author,
    type: str,
    data: Mapping[str, Any],
    now: datetime | None = None,
) -> Record:
    """Validate ``data`` as a new record of ``type`` written by ``author``; version 1, not yet synced."""
    rtype = record_type(type)
    body = validate(session, rtype, data, unit_id=author.unit_id)
    stamp = now or utcnow()
    row = rtype.new_row(
        id=new_id(),
        unit_id=author.unit_id,
        device_id=author.device_id,
        created_at=stamp,
        updated_at=stamp,
        version=1,
        synced_version=0,
        revision=None,
        deleted=False,
        **body.storage_values(),
    )
    session.add(row)
    session.flush()
    return to_record(rtype, row)


def get(*, session: Session, type: str, id: str) -> Record:
    rtype = record_type(type)
    return to_record(rtype, _row(session, rtype, id))


def update(
    *,
    session: Session,
    author: Author,
    type: str,
    id: str,
    changes: Mapping[str, Any],
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Record:
    """Apply ``changes`` to the record's body; the whole body is validated again and ``version`` goes up by one.

    With ``expected_version`` the edit is refused if someone (an undo, another window) changed the record since.
    """
    rtype = record_type(type)
    row = _own_row(session, rtype, id, author, expected_version)
    if row.deleted:
        raise RecordDeletedError(f"{type} {id} is deleted", id=id)
    current = to_record(rtype, row).body.model_dump()
    unknown = set(changes) - set(current)
    if unknown:
        raise ValidationError.single(sorted(unknown)[0], "unknown_field")
    body = validate(session, rtype, {**current, **changes}, unit_id=author.unit_id)
    values = body.storage_values()
    if all(getattr(row, name) == value for name, value in values.items()):
        return to_record(rtype, row)  # nothing changed: no new version to sync
    for name, value in values.items():
        setattr(row, name, value)
    _bump(row, now)
    return to_record(rtype, row)


def delete(
    *,
    session: Session,
    author: Author,
    type: str,
    id: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Record:
    """Mark the record deleted (a tombstone that syncs); refused while live records still refer to it."""
    rtype = record_type(type)
    row = _own_row(session, rtype, id, author, expected_version)
    if row.deleted:
        return to_record(rtype, row)
    users = referring_records(session, rtype, id)
    if users:
        raise ValidationError.single("id", "in_use", count=sum(users.values()), types=",".join(sorted(users)))
    row.deleted = True
    _bump(row, now)
    return to_record(rtype, row)


def restore(
    *,
    session: Session,
    author: Author,
    type: str,
    id: str,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Record:
    """Undo a delete. The record's own references must still be live."""
    rtype = record_type(type)
    row = _own_row(session, rtype, id, author, expected_version)
    if not row.deleted:
        return to_record(rtype, row)
    validate(session, rtype, to_record(rtype, row).body.model_dump(), unit_id=author.unit_id)
    row.deleted = False
    _bump(row, now)
    return to_record(rtype, row)


def list_records(
    *,
    session: Session,
    type: str,
    unit_id: str | None = None,
    include_deleted: bool = False,
    updated_since: datetime | None = None,
) -> list[Record]:
    rtype = record_type(type)
    model = rtype.model
    query = select(model).order_by(model.created_at, model.id)
    if unit_id is not None:
        query = query.where(model.unit_id == unit_id)
    if not include_deleted:
        query = query.where(model.deleted.is_(False))
    if updated_since is not None:
        query = query.where(model.updated_at >= updated_since)
    return [to_record(rtype, row) for row in session.scalars(query)]


def pending_count(*, session: Session) -> int:
    """How many records have a version the register has not acknowledged yet."""
    total = 0
    for rtype in RECORD_TYPES:
        model = rtype.model
        total += (
            session.scalar(select(func.count()).select_from(model).where(model.version > model.synced_version)) or 0
        )
    return total


def referring_records(session: Session, target: RecordType, id: str) -> dict[str, int]:
    """Live records of any type whose operational references point at ``id``."""
    found: dict[str, int] = {}
    for rtype in RECORD_TYPES:
        for name, ref in refs_of(rtype.body).items():
            if not ref.operational or ref.table != target.table:
                continue
            column = getattr(rtype.model, name)
            count = session.scalar(
                select(func.count()).select_from(rtype.model).where(column == id, rtype.model.deleted.is_(False))
            )
            if count:
                found[rtype.name] = found.get(rtype.name, 0) + count
    return found


def _row(session: Session, rtype: RecordType, id: str) -> SyncedRecord:
    row = session.get(rtype.model, id)
    if row is None:
        raise NotFoundError(f"no {rtype.name} {id}", id=id)
    return row


def _own_row(
    session: Session, rtype: RecordType, id: str, author: Author, expected_version: int | None
) -> SyncedRecord:
    if rtype.name in APPEND_ONLY:
        raise ValidationError.single("id", "read_only")
    row = _row(session, rtype, id)
    if row.unit_id != author.unit_id:
        raise NotFoundError(f"no {rtype.name} {id} in unit {author.unit_id}", id=id)
    if row.device_id != author.device_id and rtype.name not in SHARED:
        raise NotAuthorError(f"{rtype.name} {id} was written by another device", id=id)
    if expected_version is not None and row.version != expected_version:
        raise StaleEditError(
            f"{rtype.name} {id} is at version {row.version}, not {expected_version}",
            id=id,
            version=row.version,
        )
    return row


def _bump(row: SyncedRecord, now: datetime | None) -> None:
    row.version += 1
    row.updated_at = now or utcnow()
    # Flushing here surfaces constraint errors inside the use case rather than at commit.
    session = object_session(row)
    if session is not None:
        session.flush()
