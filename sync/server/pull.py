"""Pull: what a caller has not seen yet, in revision order, from a cursor.

Revisions are handed out in commit order (``push.next_revision``), so every row committed after a pull has a
revision above that pull's cursor: asking ``since=cursor`` again never skips one. A device gets its own unit's
records (so a replacement laptop can restore them) and the reference data headquarters changed; a coordinator gets
every unit's records.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.models import (
    Municipality,
    NetworkMember,
    Organisation,
    ScheduleEntry,
    Service,
    ServicePackage,
    Stop,
    Theme,
    Unit,
    Worker,
)
from app.privacy.retention import without_identifying
from app.records import RECORD_TYPES, to_record
from sync.protocol import Change, PullResponse
from sync.server.auth import Caller

# Reference tables in dependency order (a row refers only to tables before it), so applying a pull in revision
# order within one revision never meets a missing parent.
REFERENCE_MODELS = (
    Theme,
    ServicePackage,
    Municipality,
    Organisation,
    Service,
    Unit,
    Worker,
    Stop,
    ScheduleEntry,
    NetworkMember,
)
MAX_LIMIT = 1000


def pull(*, session: Session, caller: Caller, since: int, limit: int) -> PullResponse:
    limit = max(1, min(limit, MAX_LIMIT))
    found: list[Change] = []
    for rtype in RECORD_TYPES:
        model = rtype.model
        query = select(model).where(model.revision > since).order_by(model.revision).limit(limit + 1)
        if not caller.is_coordinator:
            query = query.where(model.unit_id == caller.unit_id)
        found += [
            Change(kind=rtype.name, revision=row.revision, data=_as_pulled(caller, to_record(rtype, row).envelope()))
            for row in session.scalars(query)
            if row.revision is not None
        ]
    for reference in REFERENCE_MODELS:
        changed = (
            select(reference)
            .where(reference.revision.is_not(None), reference.revision > since)
            .order_by(reference.revision)
            .limit(limit + 1)
        )
        found += [
            Change(kind=str(reference.__tablename__), revision=row.revision, data=row_values(row))  # type: ignore[attr-defined]
            for row in session.scalars(changed)
        ]
    found.sort(key=lambda change: change.revision)
    taken = found[:limit]
    return PullResponse(
        changes=taken,
        cursor=taken[-1].revision if taken else since,
        more=len(found) > limit,
        server_time=utcnow(),
    )


def row_values(row: Any) -> dict[str, Any]:
    values = {}
    for column in inspect(row).mapper.column_attrs:
        value = getattr(row, column.key)
        values[column.key] = value.isoformat() if isinstance(value, date | datetime | time) else value
    return values


def _as_pulled(caller: Caller, envelope: dict[str, Any]) -> dict[str, Any]:
    """A unit's laptops get its contact requests whole (they follow them up); a coordinator's bulk pull reads no
    names or numbers, which only the audited paths show."""
    return without_identifying(envelope) if caller.is_coordinator else envelope


def unit_reference(session: Session, unit_id: str) -> list[Change]:
    """A unit's own row and the municipality it refers to, parents first: what a laptop needs to record for it
    before its first pull (a unit added at headquarters is not in the reference data the program ships)."""
    unit = session.get(Unit, unit_id)
    if unit is None:
        return []
    rows: list[Any] = []
    if unit.home_municipality_code is not None:
        rows.append(session.get(Municipality, unit.home_municipality_code))
    rows.append(unit)
    return [
        Change(kind=str(row.__tablename__), revision=row.revision or 0, data=row_values(row))
        for row in rows
        if row is not None
    ]
