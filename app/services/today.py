"""What the Today page shows: the day's scheduled stops and the stop day this device has open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.identity import Author
from app.models import Municipality, ScheduleEntry, Stop, StopDay
from app.services.encounters import counts
from app.vocab import StopDayStatus


@dataclass(frozen=True, slots=True)
class ScheduledStop:
    entry_id: str
    stop_id: str
    name: str
    address: str | None
    municipality_code: str
    municipality: str
    starts_at: time | None
    ends_at: time | None


@dataclass(frozen=True, slots=True)
class OpenDay:
    """The stop day in progress on this device."""

    id: str
    version: int
    day: date
    place: str
    municipality_code: str
    municipality: str
    worker_ids: list[str]
    odometer_start: int | None
    counts: dict[str, int]


def schedule_for(*, session: Session, unit_id: str, day: date, language: str = "fi") -> list[ScheduledStop]:
    """The day's visits, without those headquarters has cancelled in advance (the bus does not go there)."""
    rows = session.execute(
        select(ScheduleEntry, Stop, Municipality)
        .join(Stop, Stop.id == ScheduleEntry.stop_id)
        .join(Municipality, Municipality.code == Stop.municipality_code)
        .where(
            ScheduleEntry.unit_id == unit_id,
            ScheduleEntry.day == day,
            ScheduleEntry.active,
            ScheduleEntry.cancelled.is_(False),
        )
        .order_by(ScheduleEntry.starts_at, Stop.name)
    ).all()
    return [
        ScheduledStop(
            entry.id,
            stop.id,
            stop.name,
            stop.address,
            stop.municipality_code,
            municipality.name(language),
            entry.starts_at,
            entry.ends_at,
        )
        for entry, stop, municipality in rows
    ]


def open_day(*, session: Session, author: Author, language: str = "fi") -> OpenDay | None:
    """This device's most recently opened stop day that is still open (whatever its date: a day left open
    overnight must still be closed, not forgotten)."""
    row = session.scalars(
        select(StopDay)
        .where(
            StopDay.unit_id == author.unit_id,
            StopDay.device_id == author.device_id,
            StopDay.status == StopDayStatus.OPEN,
            StopDay.deleted.is_(False),
        )
        .order_by(StopDay.created_at.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    municipality = session.get(Municipality, row.municipality_code)
    return OpenDay(
        id=row.id,
        version=row.version,
        day=row.day,
        place=row.place,
        municipality_code=row.municipality_code,
        municipality=municipality.name(language) if municipality else row.municipality_code,
        worker_ids=list(row.worker_ids),
        odometer_start=row.odometer_start,
        counts=counts(session=session, stop_day_id=row.id),
    )


def last_odometer(*, session: Session, unit_id: str) -> int | None:
    """The odometer at the end of the unit's last held stop day with a reading: where the next day starts."""
    return session.scalar(
        select(StopDay.odometer_end)
        .where(
            StopDay.unit_id == unit_id,
            StopDay.deleted.is_(False),
            StopDay.status == StopDayStatus.HELD,
            StopDay.odometer_end.is_not(None),
        )
        .order_by(StopDay.day.desc(), StopDay.closed_at.desc())
        .limit(1)
    )
