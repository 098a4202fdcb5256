"""This device's records, newest first by when each happened, across every record type: what History lists."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.happened import HAPPENED, happened_at
from app.identity import Author
from app.models import Organisation, Service
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
    """The ``limit`` records this device wrote that happened last, of the given types, newest first."""
    per_type: list[list[Record]] = []
    for name in types:
        rtype = record_type(name)
        model: Any = rtype.model
        column = HAPPENED.get(name)
        happened = func.coalesce(getattr(model, column), model.created_at) if column else model.created_at
        query = (
            select(model)
            .where(model.unit_id == author.unit_id, model.device_id == author.device_id)
            .order_by(happened.desc(), model.created_at.desc(), model.id.desc())
            .limit(limit)
        )
        if not include_deleted:
            query = query.where(model.deleted.is_(False))
        per_type.append([to_record(rtype, row) for row in session.scalars(query)])
    merged = heapq.merge(*per_type, key=lambda r: (happened_at(r), r.created_at, r.id), reverse=True)
    return list(merged)[:limit]


def referral_names(*, session: Session, records: Iterable[Record], language: str) -> dict[str, str]:
    """For each referral among ``records``, its service and organisation by name ("Service · Organisation")."""
    named: dict[str, str] = {}
    for record in records:
        if record.type != "referral":
            continue
        body: Any = record.body
        organisation = session.get(Organisation, body.organisation_id)
        service = session.get(Service, body.service_id) if body.service_id else None
        parts = [item.name(language) for item in (service, organisation) if item is not None]
        named[record.id] = " · ".join(parts)
    return named
