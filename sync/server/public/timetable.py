"""The season's timetable as the public sees it: municipalities, their stops, each visit's times and state.

Only what is published already leaves this module: stop names and addresses, times, a visit's state, the names of
the organisations headquarters publishes for a day, and the bus's own contact details. A stop day's free text
(place, cancellation note), its workers and its kilometres never do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.models import Municipality, Organisation, ScheduleEntry, Stop, StopDay, Unit
from app.vocab import StopDayStatus
from app.workdays import FINNISH_TIME


class VisitState(StrEnum):
    PLANNED = "planned"
    CANCELLED_IN_ADVANCE = "cancelled_in_advance"  # headquarters called it off before the day
    AT_STOP = "at_stop"  # a laptop has synced the day open: the bus is there today
    HELD = "held"  # the day took place and was closed
    CANCELLED = "cancelled"  # a laptop has synced the departure as cancelled


LAPTOP_STATES = {
    StopDayStatus.OPEN: VisitState.AT_STOP,
    StopDayStatus.HELD: VisitState.HELD,
    StopDayStatus.CANCELLED: VisitState.CANCELLED,
}


@dataclass(frozen=True, slots=True)
class Visit:
    id: str
    day: date
    starts_at: time | None
    ends_at: time | None
    state: VisitState
    organisations: tuple[str, ...]
    sequence: int  # grows whenever the entry or its stop day changes at the register (iCalendar's SEQUENCE)

    @property
    def cancelled(self) -> bool:
        return self.state in (VisitState.CANCELLED, VisitState.CANCELLED_IN_ADVANCE)

    def start(self) -> datetime | None:
        """The visit's start as an aware UTC time (None without a time: the visit lasts the day)."""
        return None if self.starts_at is None else _utc(self.day, self.starts_at)

    def end(self) -> datetime | None:
        if self.starts_at is None:
            return None
        if self.ends_at is None or self.ends_at <= self.starts_at:
            return _utc(self.day, self.starts_at) + timedelta(hours=1)
        return _utc(self.day, self.ends_at)


@dataclass(slots=True)
class StopTimes:
    id: str
    name: str
    address: str | None
    visits: list[Visit] = field(default_factory=list)


@dataclass(slots=True)
class MunicipalityTimes:
    code: str
    name: str
    stops: list[StopTimes] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    phone: str | None
    email: str | None
    website: str | None


def _utc(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=FINNISH_TIME).astimezone(UTC)


def finnish_today() -> date:
    """The date in Finland, where the bus runs, whatever the register's own time zone."""
    return utcnow().astimezone(FINNISH_TIME).date()


def _shown(since: date) -> ColumnElement[bool]:
    """The visits the public sees: from ``since`` on, neither they, their stop nor their bus taken off."""
    return and_(ScheduleEntry.active, Stop.active, Unit.active, ScheduleEntry.day >= since)


def season(*, session: Session, language: str, since: date, municipality: str | None = None) -> list[MunicipalityTimes]:
    """Every active visit from ``since`` on, by municipality (by name) and stop (by its first visit).

    Columns, not whole rows, are read: the page is asked for far more often than it changes, and a stop day's
    columns beyond its state (its note, its workers) are never even loaded.
    """
    query = (
        select(
            ScheduleEntry.id,
            ScheduleEntry.unit_id,
            ScheduleEntry.stop_id,
            ScheduleEntry.day,
            ScheduleEntry.starts_at,
            ScheduleEntry.ends_at,
            ScheduleEntry.cancelled,
            ScheduleEntry.organisation_ids,
            ScheduleEntry.revision,
            Stop.name,
            Stop.address,
            Stop.municipality_code,
        )
        .join(Stop, Stop.id == ScheduleEntry.stop_id)
        .join(Unit, Unit.id == ScheduleEntry.unit_id)
        .where(_shown(since))
        .order_by(ScheduleEntry.day, ScheduleEntry.starts_at, Stop.name)
    )
    if municipality is not None:
        query = query.where(Stop.municipality_code == municipality)
    rows = session.execute(query).all()
    if not rows:
        return []
    days = _stop_days(session, since, {row.stop_id for row in rows})
    names = _organisation_names(session, language, {o for row in rows for o in row.organisation_ids})
    places = {
        place.code: MunicipalityTimes(place.code, place.name(language))
        for place in session.scalars(
            select(Municipality).where(Municipality.code.in_({row.municipality_code for row in rows}))
        )
    }
    stops: dict[str, StopTimes] = {}
    for row in rows:
        held = days.get((row.unit_id, row.stop_id, row.day))
        if row.cancelled:
            state = VisitState.CANCELLED_IN_ADVANCE
        else:
            state = LAPTOP_STATES[held[0]] if held is not None and held[0] is not None else VisitState.PLANNED
        visit = Visit(
            id=row.id,
            day=row.day,
            starts_at=row.starts_at,
            ends_at=row.ends_at,
            state=state,
            organisations=tuple(names[o] for o in row.organisation_ids if o in names),
            sequence=max(row.revision or 0, held[1] if held is not None else 0),
        )
        if row.stop_id not in stops:
            stops[row.stop_id] = StopTimes(row.stop_id, row.name, row.address)
            places[row.municipality_code].stops.append(stops[row.stop_id])
        stops[row.stop_id].visits.append(visit)
    return sorted((place for place in places.values() if place.stops), key=lambda m: m.name.casefold())


def _stop_days(
    session: Session, since: date, stop_ids: set[str]
) -> dict[tuple[str, str, date], tuple[StopDayStatus | None, int]]:
    """Each (unit, stop, day)'s state as the laptops synced it (the stop day the register accepted last; None when
    every one was deleted) and the last revision it had, deletions included, so a calendar's SEQUENCE never goes
    back."""
    found = session.execute(
        select(StopDay.unit_id, StopDay.stop_id, StopDay.day, StopDay.status, StopDay.deleted, StopDay.revision)
        .where(StopDay.day >= since, StopDay.stop_id.in_(stop_ids))
        .order_by(StopDay.revision)
    )
    states: dict[tuple[str, str, date], StopDayStatus | None] = {}
    revisions: dict[tuple[str, str, date], int] = {}
    for unit_id, stop_id, day, status, deleted, revision in found:
        if stop_id is not None:
            key = (unit_id, stop_id, day)
            if not deleted:
                states[key] = status
            else:
                states.setdefault(key, None)
            revisions[key] = max(revisions.get(key, 0), revision or 0)
    return {key: (states[key], revisions[key]) for key in states}


def _organisation_names(session: Session, language: str, ids: set[str]) -> dict[str, str]:
    if not ids:
        return {}
    return {o.id: o.name(language) for o in session.scalars(select(Organisation).where(Organisation.id.in_(ids)))}


def municipalities(*, session: Session, language: str, since: date) -> list[tuple[str, str]]:
    """(code, name) of each municipality with a visit from ``since`` on, by name."""
    rows = session.execute(
        select(Municipality)
        .join(Stop, Stop.municipality_code == Municipality.code)
        .join(ScheduleEntry, ScheduleEntry.stop_id == Stop.id)
        .join(Unit, Unit.id == ScheduleEntry.unit_id)
        .where(_shown(since))
        .distinct()
    ).scalars()
    return sorted(((m.code, m.name(language)) for m in rows), key=lambda pair: pair[1].casefold())


def contacts(*, session: Session) -> list[Contact]:
    """The active buses and their own contact details."""
    units = session.scalars(select(Unit).where(Unit.active).order_by(Unit.name))
    return [Contact(u.name, u.phone, u.email, _web(u.website)) for u in units]


def _web(address: str | None) -> str | None:
    """A web address the page may link to: http or https only (never a ``javascript:`` one)."""
    return address if address and address.lower().startswith(("https://", "http://")) else None
