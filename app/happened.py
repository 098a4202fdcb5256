"""When what a record tells of happened: the one time History shows and sorts by, for every record type."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.records import Record

# The moment a record of each type stands for: the encounter, the event's start, the referral, the day's opening.
HAPPENED = {
    "stop_day": "opened_at",
    "event": "starts_at",
    "guidance": "occurred_at",
    "encounter": "occurred_at",
    "referral": "referred_at",
    "professional_work": "occurred_at",
    "contact_request": "received_at",
}


def happened_at(record: Record) -> datetime:
    """The moment of the record; the time it was written when it has none (a departure marked cancelled)."""
    name = HAPPENED.get(record.type)
    value: datetime | None = getattr(record.body, name, None) if name else None
    return value or record.created_at
