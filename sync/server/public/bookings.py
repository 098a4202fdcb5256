"""Reception bookings: headquarters' bookable slots on a visit, and a family's booking of one from the public page.

What a family leaves is only what a callback needs (a first name or nickname, a phone number or e-mail address,
the language, optionally a theme), sealed with the register's key and emptied ``EMPTY_AFTER_DAYS`` after the
visit's day. A booking is known by its code alone, of which only the hash is kept; nothing here ever says who
booked, nor whether a code exists. A code is ``auth.grouped_code()``: 12 of 32 characters, 60 bits, and an address
may try only ``CANCELS_PER_ADDRESS`` of them a quarter of an hour.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, func, select, update
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.models import ScheduleEntry, Stop, Unit
from app.privacy.booking_purge import DEFAULT_DAYS
from sync.protocol import digest
from sync.server.auth import check_enrollment_rate, grouped_code, normalise_code, record_failed_enrollment
from sync.server.booking_mirror import mirror, mirror_cancel
from sync.server.models import Booking, ReceptionSlots

BOOKINGS_PER_ADDRESS = 3  # bookings from one address in BOOKING_WINDOW
BOOKING_WINDOW = timedelta(hours=12)
CANCELS_PER_ADDRESS = 5  # cancellations tried (right code or wrong) from one address in CANCEL_WINDOW
CANCEL_WINDOW = timedelta(minutes=15)
EMPTY_AFTER_DAYS = DEFAULT_DAYS  # a booking's contact is emptied this many days after the visit's day, as on laptops
MAX_MINUTES = 240
MAX_CAPACITY = 20
NICKNAME_LENGTH = 40


class SlotsError(ValueError):
    """Slots that cannot be set on that visit."""


class SlotTaken(Exception):  # noqa: N818 (a state, not a fault)
    """The slot is full (or is none of the visit's)."""


@dataclass(frozen=True, slots=True)
class Opening:
    slot: str  # "HH:MM"
    starts: time
    ends: time
    free: int


@dataclass(frozen=True, slots=True)
class Bookable:
    entry_id: str
    day: date
    stop_name: str
    address: str | None
    openings: list[Opening]


def set_slots(session: Session, entry_id: str, *, minutes: int, capacity: int) -> ReceptionSlots | None:
    """Make a visit bookable (``capacity`` 0 takes the slots off; bookings made stay). Raises SlotsError."""
    entry = session.get(ScheduleEntry, entry_id)
    if entry is None:
        raise SlotsError(f"no visit {entry_id!r}")
    if entry.starts_at is None or entry.ends_at is None or entry.ends_at <= entry.starts_at:
        raise SlotsError("the visit has no start and end time to cut into slots")
    if not 5 <= minutes <= MAX_MINUTES or not 0 <= capacity <= MAX_CAPACITY:
        raise SlotsError(f"a slot lasts 5 to {MAX_MINUTES} minutes and takes 0 to {MAX_CAPACITY} families")
    row = session.get(ReceptionSlots, entry_id, with_for_update=True)
    if capacity == 0:
        if row is not None:
            session.delete(row)
        return None
    if row is None:
        row = ReceptionSlots(entry_id=entry_id)
        session.add(row)
    row.minutes, row.capacity, row.updated_at = minutes, capacity, utcnow()
    session.flush()
    return row


def bookable_ids(session: Session, entry_ids: list[str]) -> set[str]:
    if not entry_ids:
        return set()
    return set(session.scalars(select(ReceptionSlots.entry_id).where(ReceptionSlots.entry_id.in_(entry_ids))))


def bookable(session: Session, entry_id: str, today: date, *, lock: bool = False) -> Bookable | None:
    """A visit the public may book, with each slot's free places; None if it is not (any longer) bookable.

    With ``lock`` the slots' row is locked until the transaction ends (on SQLite the writing transaction already
    holds the database's write lock), so counting and booking make one step.
    """
    found = session.execute(
        select(ScheduleEntry, Stop.name, Stop.address)
        .join(Stop, Stop.id == ScheduleEntry.stop_id)
        .join(Unit, Unit.id == ScheduleEntry.unit_id)
        .where(
            ScheduleEntry.id == entry_id,
            and_(ScheduleEntry.active, Stop.active, Unit.active, ScheduleEntry.day >= today),
            ScheduleEntry.cancelled.is_(False),
        )
    ).first()
    slots = session.get(ReceptionSlots, entry_id, with_for_update=lock) if found else None
    if found is None or slots is None:
        return None
    entry, stop_name, address = found
    if entry.starts_at is None or entry.ends_at is None:
        return None
    taken = dict(
        session.execute(
            select(Booking.slot, func.count())
            .where(Booking.entry_id == entry_id, Booking.cancelled_at.is_(None))
            .group_by(Booking.slot)
        ).all()
    )
    openings = []
    start = datetime.combine(entry.day, entry.starts_at)
    end = datetime.combine(entry.day, entry.ends_at)
    while start + timedelta(minutes=slots.minutes) <= end:
        slot = start.strftime("%H:%M")
        ends = start + timedelta(minutes=slots.minutes)
        openings.append(Opening(slot, start.time(), ends.time(), max(0, slots.capacity - taken.get(slot, 0))))
        start = ends
    return Bookable(entry_id, entry.day, stop_name, address, openings)


def check_booking_rate(session: Session, client: str) -> None:
    """Raises AuthError (429) once an address has booked ``BOOKINGS_PER_ADDRESS`` times lately."""
    check_enrollment_rate(
        session=session, client="booking " + client, what="bookings", allowed=BOOKINGS_PER_ADDRESS,
        window=BOOKING_WINDOW,
    )  # fmt: skip


def book(
    session: Session,
    *,
    entry_id: str,
    slot: str,
    today: date,
    client: str,
    nickname: str,
    contact: str,
    language: str,
    theme_key: str | None,
) -> str:
    """Book a place in ``slot`` and return the booking's code. Raises SlotTaken when the slot is full, AuthError
    (429) when the address has booked enough. Counting and writing happen under the slots' lock, in one
    transaction (``store.session()``)."""
    check_booking_rate(session, client)
    visit = bookable(session, entry_id, today, lock=True)
    opening = next((o for o in visit.openings if o.slot == slot), None) if visit else None
    if visit is None or opening is None or opening.free <= 0:
        raise SlotTaken(slot)
    code = grouped_code()
    booking = Booking(
        entry_id=entry_id, slot=slot, day=visit.day, code_hash=digest(normalise_code(code)),
        uid=str(uuid.uuid4()), nickname=nickname, contact=contact, language=language, theme_key=theme_key,
        created_at=utcnow(),
    )  # fmt: skip
    session.add(booking)
    record_failed_enrollment(session=session, client="booking " + client)  # counts toward the address's limit
    session.flush()
    mirror(session, booking)  # the reports' count (sync.server.booking_mirror)
    return code


def cancel(session: Session, *, code: str, client: str) -> None:
    """Cancel the booking with ``code`` if there is one; the caller learns nothing either way. Every try counts
    toward the address's limit (AuthError 429), a right code as well as a wrong one, so the limit says nothing
    about a code either."""
    check_enrollment_rate(
        session=session, client="cancel " + client, what="booking codes", allowed=CANCELS_PER_ADDRESS,
        window=CANCEL_WINDOW,
    )  # fmt: skip
    record_failed_enrollment(session=session, client="cancel " + client)
    hashed = digest(normalise_code(code))
    # The same statements whether or not the code exists: the same work, the same time.
    mirror_cancel(session, hashed)
    session.execute(
        update(Booking)
        .where(Booking.code_hash == hashed, Booking.cancelled_at.is_(None))
        .values(cancelled_at=utcnow(), nickname=None, contact=None, theme_key=None)
    )


def empty_past(session: Session, *, today: date, after_days: int = EMPTY_AFTER_DAYS) -> int:
    """Empty the contact of bookings whose visit was ``after_days`` or more days before ``today``. How many.
    Never on the visit's own day, when the workers may still have to call the family: 0 acts as 1, the day after."""
    result = session.execute(
        update(Booking)
        .where(Booking.day <= today - timedelta(days=max(1, after_days)), Booking.emptied_at.is_(None))
        .values(nickname=None, contact=None, theme_key=None, emptied_at=utcnow())
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]
