"""Stop days: open the day at a stop, close it with the kilometres, or cancel the departure."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session

from app.clock import utcnow
from app.errors import ValidationError
from app.identity import Author
from app.records import Record
from app.services import records
from app.vocab import CancelReason, StopDayStatus


def open_stop_day(
    *,
    session: Session,
    author: Author,
    day: date,
    municipality_code: str,
    place: str,
    stop_id: str | None = None,
    worker_ids: Sequence[str] = (),
    odometer_start: int | None = None,
    now: datetime | None = None,
) -> Record:
    stamp = now or utcnow()
    return records.create(
        session=session,
        author=author,
        type="stop_day",
        now=stamp,
        data={
            "day": day,
            "status": StopDayStatus.OPEN,
            "municipality_code": municipality_code,
            "place": place,
            "stop_id": stop_id,
            "worker_ids": list(worker_ids),
            "odometer_start": odometer_start,
            "opened_at": stamp,
        },
    )


def close_stop_day(
    *,
    session: Session,
    author: Author,
    id: str,
    km: float | None = None,
    odometer_end: int | None = None,
    now: datetime | None = None,
) -> Record:
    """Close an open day as held. Kilometres come from ``km`` or, failing that, from the odometer readings."""
    stamp = now or utcnow()
    current = records.get(session=session, type="stop_day", id=id).body
    if current.status is not StopDayStatus.OPEN:  # type: ignore[attr-defined]
        raise ValidationError.single("status", "not_open")
    start = current.odometer_start  # type: ignore[attr-defined]
    if km is None and odometer_end is not None and start is not None and odometer_end >= start:
        km = float(odometer_end - start)
    return records.update(
        session=session,
        author=author,
        type="stop_day",
        id=id,
        now=stamp,
        changes={"status": StopDayStatus.HELD, "closed_at": stamp, "km": km, "odometer_end": odometer_end},
    )


def cancel_departure(
    *,
    session: Session,
    author: Author,
    day: date,
    municipality_code: str,
    place: str,
    reason: CancelReason,
    note: str | None = None,
    stop_id: str | None = None,
    now: datetime | None = None,
) -> Record:
    """Record a departure that did not happen; it counts among the cancelled departures of the year."""
    return records.create(
        session=session,
        author=author,
        type="stop_day",
        now=now,
        data={
            "day": day,
            "status": StopDayStatus.CANCELLED,
            "municipality_code": municipality_code,
            "place": place,
            "stop_id": stop_id,
            "cancel_reason": reason,
            "cancel_note": note,
        },
    )
