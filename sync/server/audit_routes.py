"""The audit log of contact requests for coordinators: who created, viewed, changed or deleted which request."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from sqlalchemy import select

from app.models import AuditEntry, Worker
from app.transfer import Timestamp
from sync.audit_wire import AuditLine
from sync.protocol import API_PREFIX, NO_NUL
from sync.server.routes import ERRORS, CoordinatorDep, StoreDep

router = APIRouter(prefix=API_PREFIX, responses=ERRORS)
MAX_ENTRIES = 1000


@router.get("/audit", response_model=list[AuditLine])
def audit_log(
    *,
    store: StoreDep,
    _caller: CoordinatorDep,
    unit: Annotated[str | None, Query(max_length=64, pattern=NO_NUL)] = None,
    request: Annotated[str | None, Query(max_length=36, pattern=NO_NUL)] = None,
    worker: Annotated[str | None, Query(max_length=64, pattern=NO_NUL)] = None,
    since: Timestamp | None = None,  # ISO 8601 text with its offset: a bare number is not guessed at
    until: Timestamp | None = None,
    limit: Annotated[int, Query(ge=1, le=MAX_ENTRIES)] = 200,
) -> list[AuditLine]:
    """The newest entries first; one unit's, one request's, one worker's, from ``since`` and before ``until``."""
    query = (
        select(AuditEntry, Worker.display_name)
        .outerjoin(Worker, Worker.id == AuditEntry.worker_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id)
        .limit(limit)
    )
    if unit is not None:
        query = query.where(AuditEntry.unit_id == unit)
    if request is not None:
        query = query.where(AuditEntry.contact_request_id == request)
    if worker is not None:
        query = query.where(AuditEntry.worker_id == worker)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if until is not None:
        query = query.where(AuditEntry.at < until)
    with store.snapshot() as session:
        found = session.execute(query).all()
    return [
        AuditLine(
            at=entry.at,
            unit_id=entry.unit_id,
            device_id=entry.device_id,
            worker_id=entry.worker_id,
            worker_name=name,
            action=entry.action.value,
            contact_request_id=entry.contact_request_id,
            detail=entry.detail,
        )
        for entry, name in found
    ]
