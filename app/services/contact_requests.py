"""Contact requests: recorded with consent, due within three Finnish working days."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.clock import utcnow
from app.identity import Author
from app.records import Record
from app.services import records
from app.workdays import add_working_days, finnish_date

ANSWER_WITHIN_WORKING_DAYS = 3


def record_contact_request(
    *, session: Session, author: Author, data: Mapping[str, Any], now: datetime | None = None
) -> Record:
    """Create a contact request; unless given, ``received_at`` is now and ``deadline`` three working days on."""
    stamp = now or utcnow()
    values = dict(data)
    values.setdefault("received_at", stamp)
    received = values["received_at"]
    if isinstance(received, datetime) and received.tzinfo is not None:
        values.setdefault("deadline", add_working_days(finnish_date(received), ANSWER_WITHIN_WORKING_DAYS))
    return records.create(session=session, author=author, type="contact_request", data=values, now=stamp)
