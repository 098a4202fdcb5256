"""This device's records, newest first, across every record type: what the History page lists."""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.identity import Author
from app.records import Record, record_type, to_record
from app.vocab import HISTORY_TYPES

LISTED = HISTORY_TYPES


def recent(
    *,
    session: Session,
    author: Author,
    types: Sequence[str] = LISTED,
    include_deleted: bool = False,
    limit: int = 300,
) -> list[Record]:
    """The newest ``limit`` records this device wrote, of the given types, merged by creation time."""
    per_type: list[list[Record]] = []
    for name in types:
        rtype = record_type(name)
        model = rtype.model
        query = (
            select(model)
            .where(model.unit_id == author.unit_id, model.device_id == author.device_id)
            .order_by(model.created_at.desc(), model.id.desc())
            .limit(limit)
        )
        if not include_deleted:
            query = query.where(model.deleted.is_(False))
        per_type.append([to_record(rtype, row) for row in session.scalars(query)])
    merged = heapq.merge(*per_type, key=lambda r: (r.created_at, r.id), reverse=True)
    return list(merged)[:limit]
