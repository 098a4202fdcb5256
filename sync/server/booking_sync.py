"""A laptop's reception bookings at the register: its workers' marks and offline bookings taken, and its unit's
bookings and bookable slots given back (``POST /api/v1/bookings``, ``sync.booking_wire``).

A mark (arrived, no-show, cancelled) is the worker's word on the day and is taken as it comes; arrived and
cancelled empty the family's nickname and contact, which are no longer needed. A worker's booking is counted and
written under the slots' lock like a family's own (``bookings.bookable(lock=True)``), so a slot a family took on the
public page meanwhile answers "taken" and nothing is booked; sending the same booking again gets the same answer.
"""

from __future__ import annotations

import secrets
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Depends
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.contact_address import normalise_contact
from app.models import ScheduleEntry, Stop, Theme, Unit
from app.vocab import Language
from sync.booking_wire import (
    BookingAnswer,
    BookingAnswerStatus,
    BookingMark,
    BookingRow,
    BookingsRequest,
    BookingsResponse,
    BookingState,
    SlotsRow,
    WorkerBooking,
)
from sync.protocol import API_PREFIX, digest
from sync.server.auth import Caller
from sync.server.booking_mirror import mirror, state_of
from sync.server.models import Booking, ReceptionSlots
from sync.server.public import bookings
from sync.server.public.timetable import finnish_today
from sync.server.routes import ERRORS, StoreDep, get_device

PAST_DAYS = 7  # a laptop gets its unit's bookings from this many days back (a mark made offline still finds its row)
router = APIRouter(prefix=API_PREFIX, responses=ERRORS)


@router.post("/bookings")
def post_bookings(
    store: StoreDep, caller: Annotated[Caller, Depends(get_device)], request: BookingsRequest
) -> BookingsResponse:
    """A laptop's marks and offline bookings taken in one transaction; its unit's bookings and slots back."""
    with store.session() as session:
        return exchange(session, caller=caller, request=request, today=finnish_today())


def exchange(session: Session, *, caller: Caller, request: BookingsRequest, today: date) -> BookingsResponse:
    unit_id = str(caller.unit_id)
    answers = [_mark(session, unit_id, mark) for mark in request.marks]
    answers += [_book(session, caller, booking, today) for booking in request.bookings]
    session.flush()
    return BookingsResponse(
        answers=answers,
        bookings=unit_bookings(session, unit_id, today - timedelta(days=PAST_DAYS)),
        slots=unit_slots(session, unit_id, today),
        server_time=utcnow(),
    )


def unit_bookings(session: Session, unit_id: str, since: date) -> list[BookingRow]:
    rows = session.scalars(
        select(Booking)
        .join(ScheduleEntry, ScheduleEntry.id == Booking.entry_id)
        .where(ScheduleEntry.unit_id == unit_id, Booking.day >= since)
        .order_by(Booking.day, Booking.slot, Booking.id)
    )
    return [
        BookingRow(
            id=row.uid,
            entry_id=row.entry_id,
            day=row.day,
            slot=row.slot,
            nickname=row.nickname,
            contact=row.contact,
            language=row.language,
            theme_key=row.theme_key,
            state=state_of(row),
        )
        for row in rows
    ]


def unit_slots(session: Session, unit_id: str, today: date) -> list[SlotsRow]:
    """The unit's visits a worker may book from today on: those the public page offers (``bookable``), neither the
    visit, its stop nor its bus taken off, nor the visit called off."""
    rows = session.execute(
        select(ReceptionSlots.entry_id, ReceptionSlots.minutes, ReceptionSlots.capacity)
        .join(ScheduleEntry, ScheduleEntry.id == ReceptionSlots.entry_id)
        .join(Stop, Stop.id == ScheduleEntry.stop_id)
        .join(Unit, Unit.id == ScheduleEntry.unit_id)
        .where(ScheduleEntry.unit_id == unit_id, ScheduleEntry.day >= today)
        .where(ScheduleEntry.active, Stop.active, Unit.active, ScheduleEntry.cancelled.is_(False))
    )
    return [SlotsRow(entry_id=entry_id, minutes=minutes, capacity=capacity) for entry_id, minutes, capacity in rows]


def _own(session: Session, unit_id: str, uid: str) -> Booking | None:
    return session.scalars(
        select(Booking)
        .join(ScheduleEntry, ScheduleEntry.id == Booking.entry_id)
        .where(Booking.uid == uid, ScheduleEntry.unit_id == unit_id)
    ).first()


def _mark(session: Session, unit_id: str, mark: BookingMark) -> BookingAnswer:
    row = _own(session, unit_id, mark.id)
    if row is None:
        return BookingAnswer(id=mark.id, status=BookingAnswerStatus.UNKNOWN)
    if mark.state is BookingState.CANCELLED:
        row.cancelled_at = row.cancelled_at or utcnow()
        row.outcome = None
    elif mark.state is BookingState.BOOKED:
        row.outcome = None
    else:
        row.outcome = mark.state.value
    if mark.state in (BookingState.ARRIVED, BookingState.CANCELLED):
        row.nickname = row.contact = None  # what a callback needed is no longer needed
    mirror(session, row)
    return BookingAnswer(id=mark.id, status=BookingAnswerStatus.BOOKED)


def _held(session: Session, unit_id: str, uid: str) -> BookingAnswer | None:
    """The answer for a booking the register holds already (sent again after a lost answer, or by an overlapping
    retry): it holds its place; another unit's id is no booking of this one's. None when it is not held."""
    if session.scalars(select(Booking.id).where(Booking.uid == uid)).first() is None:
        return None
    known = _own(session, unit_id, uid) is not None
    return BookingAnswer(id=uid, status=BookingAnswerStatus.BOOKED if known else BookingAnswerStatus.UNKNOWN)


def _book(session: Session, caller: Caller, wanted: WorkerBooking, today: date) -> BookingAnswer:
    unit_id = str(caller.unit_id)
    held = _held(session, unit_id, wanted.id)
    if held is not None:
        return held
    contact = normalise_contact(wanted.contact)
    if contact is None or wanted.language not in {language.value for language in Language}:
        return BookingAnswer(id=wanted.id, status=BookingAnswerStatus.INVALID)
    entry = session.get(ScheduleEntry, wanted.entry_id)
    visit = (
        bookings.bookable(session, wanted.entry_id, today, lock=True) if entry and entry.unit_id == unit_id else None
    )
    opening = next((o for o in visit.openings if o.slot == wanted.slot), None) if visit else None
    # Looked for again under the slots' lock: a retry of the same request that overlapped the first one (PostgreSQL,
    # read committed) sees here what the first committed while this one waited for the lock.
    held = _held(session, unit_id, wanted.id)
    if held is not None:
        return held
    if visit is None or opening is None:
        return BookingAnswer(id=wanted.id, status=BookingAnswerStatus.UNBOOKABLE)
    if opening.free <= 0:
        return BookingAnswer(id=wanted.id, status=BookingAnswerStatus.TAKEN)
    theme = wanted.theme_key if wanted.theme_key and session.get(Theme, wanted.theme_key) else None
    booking = Booking(
        uid=wanted.id, entry_id=wanted.entry_id, slot=wanted.slot, day=visit.day,
        code_hash=digest(secrets.token_hex(32)),  # no family code: the family cancels through the workers
        nickname=" ".join(wanted.nickname.split()), contact=contact, language=wanted.language, theme_key=theme,
        created_at=utcnow(), device_id=caller.id,
    )  # fmt: skip
    try:
        with session.begin_nested():  # should the id be held after all, only this booking is undone
            session.add(booking)
            session.flush()  # the next booking of this request counts this one
    except IntegrityError:
        held = _held(session, unit_id, wanted.id)
        if held is None:
            raise
        return held
    mirror(session, booking)
    return BookingAnswer(id=wanted.id, status=BookingAnswerStatus.BOOKED)
