"""How long a closed contact request keeps its name and number: the retention period, then they are emptied.

The same purge runs on the laptop (each time the store opens) and on the register
(``pysakki-register purge``, and hourly while it serves). It does not make a new version: every copy purges its
own on the same rule, so nothing identifying has to cross the network to be deleted.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from app.models import ContactRequest
from app.models.contact_request import IDENTIFYING

DEFAULT_RETENTION_DAYS = 30
MAX_RETENTION_DAYS = 365


def purge_expired(session: Session, *, now: datetime, retention_days: int = DEFAULT_RETENTION_DAYS) -> int:
    """Empty the identifying fields of requests closed ``retention_days`` ago or longer; how many were emptied."""
    if not 0 <= retention_days <= MAX_RETENTION_DAYS:
        raise ValueError(f"a retention period is 0 to {MAX_RETENTION_DAYS} days")
    cutoff = now - timedelta(days=retention_days)
    columns = [getattr(ContactRequest, name) for name in IDENTIFYING]
    result = session.execute(
        update(ContactRequest)
        .where(ContactRequest.closed_at.is_not(None), ContactRequest.closed_at <= cutoff)
        .where(or_(*(column.is_not(None) for column in columns)))
        .values(dict.fromkeys(IDENTIFYING))
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def without_identifying(envelope: dict[str, Any]) -> dict[str, Any]:
    """A record envelope as it may leave the audited paths: a contact request's name and number left out."""
    if envelope.get("type") != "contact_request":
        return envelope
    return envelope | {"body": dict(envelope.get("body") or {}) | dict.fromkeys(IDENTIFYING)}
