"""Conflicts for a coordinator: a pushed version that disagreed with the register's, shown beside the current one.

Nothing is applied from here: a coordinator reads both, settles it with the unit (the device that wrote the record
edits it again, which pushes a higher version), and marks the conflict resolved with a note.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.privacy.retention import without_identifying
from app.records import BY_NAME, to_record
from sync.console_wire import ConflictInfo
from sync.server.auth import AuthError
from sync.server.models import Conflict, Coordinator

SHARED = ("id", "record_type", "record_id", "version", "device_id", "unit_id", "received_at", "resolved", "note",
          "resolved_at")  # fmt: skip


def conflict_info(session: Session, conflict: Conflict) -> ConflictInfo:
    rtype = BY_NAME.get(conflict.record_type)
    row = session.get(rtype.model, conflict.record_id) if rtype else None
    current = to_record(rtype, row).envelope() if rtype and row is not None else None
    shared = {name: getattr(conflict, name) for name in SHARED}
    resolver = session.get(Coordinator, conflict.resolved_by) if conflict.resolved_by else None
    # A coordinator settles a conflict by what was done (the status, the dates), not by whom it concerns.
    return ConflictInfo(
        **shared,
        resolved_by=resolver.name if resolver is not None else None,
        pushed=without_identifying(conflict.envelope),
        current=None if current is None else without_identifying(current),
    )


def list_conflicts(session: Session, *, unit_id: str | None = None, resolved: bool = False) -> list[ConflictInfo]:
    query = select(Conflict).where(Conflict.resolved == resolved).order_by(Conflict.received_at, Conflict.id)
    if unit_id is not None:
        query = query.where(Conflict.unit_id == unit_id)
    return [conflict_info(session, conflict) for conflict in session.scalars(query)]


def resolve(
    session: Session, conflict_id: int, note: str, *, by: str | None = None, now: datetime | None = None
) -> ConflictInfo:
    """Mark a conflict resolved with the coordinator's note; who (``by``, a coordinator's id) and when are kept
    beside it, the register's record of the decision."""
    conflict = session.get(Conflict, conflict_id)
    if conflict is None:
        raise AuthError(404, "unknown_conflict", f"no conflict {conflict_id}")
    conflict.resolved, conflict.note = True, note
    conflict.resolved_at, conflict.resolved_by = now or utcnow(), by
    session.flush()
    return conflict_info(session, conflict)
