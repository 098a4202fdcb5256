"""Reception bookings on the laptop: the day's list, a worker's marks, and a time booked for a family offline.

The register holds the bookings (``sync.booking_wire``); this laptop keeps a copy and what its workers did, which
goes to the register at the next sync. A time booked here is confirmed there; if the slot filled up meanwhile the
register says so and the booking shows as a conflict the worker has to settle with the family.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.contact_address import normalise_contact
from app.errors import FieldError, NotFoundError, ValidationError
from app.identity import Author
from app.models import BookingSlots, ReceptionBooking, ScheduleEntry, Stop, Theme
from app.vocab import Language

NICKNAME_LENGTH = 40
BOOKED, ARRIVED, NO_SHOW, CANCELLED = "booked", "arrived", "no_show", "cancelled"
MARKS = (ARRIVED, NO_SHOW, CANCELLED)
UNSENT_BOOKING, UNSENT_MARK = "booking", "mark"
# A time booked here that has left this laptop at least once without an answer: the register may hold it (the answer
# was lost, or the program stopped before writing it), so a later mark must go there too.
SENT_BOOKING = "sent_booking"
NOT_CONFIRMED = (UNSENT_BOOKING, SENT_BOOKING)


@dataclass(frozen=True, slots=True)
class BookingLine:
    """One booking as Today lists it: no contact, which is read only when a worker calls (``contact_of``)."""

    id: str
    day: date
    slot: str
    nickname: str | None
    language: str
    theme_key: str | None
    state: str
    booked_here: bool
    waiting: bool  # a mark or booking the register has not had yet
    conflict: str | None  # "taken", "unbookable", "invalid": the register refused a time booked here


@dataclass(frozen=True, slots=True)
class Opening:
    """A slot a worker may book: on which visit, when, and how many places this laptop knows to be free."""

    entry_id: str
    day: date
    stop_name: str
    slot: str
    free: int


def _line(row: ReceptionBooking) -> BookingLine:
    return BookingLine(
        row.id, row.day, row.slot, row.nickname, row.language, row.theme_key, row.state, row.booked_here,
        row.unsent is not None, row.conflict,
    )  # fmt: skip


def day_bookings(*, session: Session, unit_id: str, day: date) -> list[BookingLine]:
    """The day's bookings in time order, and every time booked here that the register refused and nobody has
    cancelled yet (the worker must call that family, whatever day it was for)."""
    rows = session.scalars(
        select(ReceptionBooking)
        .where(ReceptionBooking.unit_id == unit_id)
        .where(
            (ReceptionBooking.day == day)
            | (ReceptionBooking.conflict.is_not(None) & (ReceptionBooking.state != CANCELLED))
        )
        .order_by(ReceptionBooking.day, ReceptionBooking.slot, ReceptionBooking.id)
    )
    return [_line(row) for row in rows]


def contact_of(*, session: Session, unit_id: str, id: str) -> str | None:
    """A booking's phone number or e-mail address, for calling the family; None once emptied."""
    return _own(session, unit_id, id).contact


def mark(*, session: Session, unit_id: str, id: str, state: str, now: datetime | None = None) -> BookingLine:
    """Mark a booking arrived, no-show or cancelled. Arrived and cancelled empty
    the family's nickname and contact, no longer needed. The mark goes to the register at the next sync; a time
    booked here that has never left this laptop never goes there once the family has come or cancelled; one that
    left without an answer may be held there, so the mark goes (the register answers "unknown" if it never had it)."""
    if state not in MARKS:
        raise ValidationError.single("state", "invalid_choice")
    row = _own(session, unit_id, id)
    if row.state != BOOKED:  # marked once: a second click would send a second mark (and open a second session)
        raise ValidationError.single("state", "already_marked")
    stamp = now or utcnow()
    row.state = state
    row.changed_at = stamp
    if row.unsent == UNSENT_BOOKING:
        row.unsent = None  # it never left this laptop: nothing to tell, and no place to hold there
    elif row.conflict is None:
        row.unsent = UNSENT_MARK  # SENT_BOOKING too: the register may hold the place, so it must hear of the mark
    if state in (ARRIVED, CANCELLED):
        row.nickname = row.contact = None
        row.emptied_at = stamp
    session.flush()
    return _line(row)


def openings(*, session: Session, unit_id: str, today: date) -> list[Opening]:
    """Every slot of the unit's bookable visits from today on, with the places free as far as this laptop knows
    (the register confirms at the next sync)."""
    visits = session.execute(
        select(ScheduleEntry, Stop.name, BookingSlots)
        .join(BookingSlots, BookingSlots.entry_id == ScheduleEntry.id)
        .join(Stop, Stop.id == ScheduleEntry.stop_id)
        .where(ScheduleEntry.unit_id == unit_id, ScheduleEntry.day >= today, ScheduleEntry.active)
        .where(ScheduleEntry.cancelled.is_(False))
        .order_by(ScheduleEntry.day, ScheduleEntry.starts_at, Stop.name)
    ).all()
    taken: dict[tuple[str, str], int] = {
        (entry_id, slot): count
        for entry_id, slot, count in session.execute(
            select(ReceptionBooking.entry_id, ReceptionBooking.slot, func.count())
            .where(ReceptionBooking.unit_id == unit_id, ReceptionBooking.day >= today)
            .where(ReceptionBooking.state != CANCELLED, ReceptionBooking.conflict.is_(None))
            .group_by(ReceptionBooking.entry_id, ReceptionBooking.slot)
        )
    }
    found = []
    for entry, stop_name, slots in visits:
        for start in slot_starts(entry.starts_at, entry.ends_at, slots.minutes):
            free = max(0, slots.capacity - taken.get((entry.id, start), 0))
            found.append(Opening(entry.id, entry.day, stop_name, start, free))
    return found


def slot_starts(starts_at: time | None, ends_at: time | None, minutes: int) -> list[str]:
    """A visit's hours cut into slots of ``minutes``, as the register cuts them ("HH:MM")."""
    if starts_at is None or ends_at is None or minutes <= 0:
        return []
    day = date(2000, 1, 1)
    start, end = datetime.combine(day, starts_at), datetime.combine(day, ends_at)
    found = []
    while start + timedelta(minutes=minutes) <= end:
        found.append(start.strftime("%H:%M"))
        start += timedelta(minutes=minutes)
    return found


def book(
    *,
    session: Session,
    author: Author,
    entry_id: str | None,
    slot: str | None,
    nickname: str,
    contact: str,
    language: str | None,
    theme_key: str | None = None,
    today: date,
    now: datetime | None = None,
) -> BookingLine:
    """Book a time for a family on this laptop; the register confirms it at the next sync. Every field's error at
    once (ValidationError), nothing written then."""
    errors: list[FieldError] = []
    opening = next(
        (o for o in openings(session=session, unit_id=author.unit_id, today=today)
         if o.entry_id == entry_id and o.slot == slot),
        None,
    )  # fmt: skip
    if opening is None:
        errors.append(FieldError("slot", "required" if not slot else "invalid_choice"))
    elif opening.free <= 0:
        errors.append(FieldError("slot", "slot_full"))
    nickname = " ".join(nickname.split())
    if not nickname:
        errors.append(FieldError("nickname", "required"))
    elif len(nickname) > NICKNAME_LENGTH:
        errors.append(FieldError("nickname", "too_long", {"max": NICKNAME_LENGTH}))
    address = normalise_contact(contact)
    if address is None:
        errors.append(FieldError("contact", "contact_required"))
    if language not in {item.value for item in Language}:
        errors.append(FieldError("language", "required" if not language else "invalid_choice"))
    if theme_key is not None and session.get(Theme, theme_key) is None:
        errors.append(FieldError("theme", "invalid_choice"))
    if errors or opening is None or address is None or language is None:
        raise ValidationError(errors)
    row = ReceptionBooking(
        id=str(uuid.uuid4()), unit_id=author.unit_id, entry_id=opening.entry_id, day=opening.day, slot=opening.slot,
        nickname=nickname, contact=address, language=language, theme_key=theme_key, state=BOOKED, booked_here=True,
        unsent=UNSENT_BOOKING, conflict=None, changed_at=now or utcnow(),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return _line(row)


def _own(session: Session, unit_id: str, id: str) -> ReceptionBooking:
    row = session.get(ReceptionBooking, id)
    if row is None or row.unit_id != unit_id:
        raise NotFoundError(f"no booking {id}")
    return row
