"""The laptop's reception bookings at each sync: what its workers did goes to the register, the unit's bookings and
bookable slots come back (``POST /api/v1/bookings``, ``sync.booking_wire``).

What was sent is let go only if the worker did not change it again while the register answered; a booking a worker
changed and the register has not had keeps the worker's state. A time booked here that the register refused (the
slot filled up meanwhile, the visit was cancelled) stays, marked as a conflict, until the worker has settled it with
the family. A nickname or contact emptied here is never filled again from the register's copy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.db import Store
from app.identity import get_setting
from app.models import BookingSlots, ReceptionBooking
from app.privacy.booking_purge import empty_past_bookings
from app.services.bookings import NOT_CONFIRMED, SENT_BOOKING, UNSENT_MARK
from sync.booking_wire import (
    MAX_BOOKINGS,
    MAX_MARKS,
    BookingAnswerStatus,
    BookingMark,
    BookingRow,
    BookingsRequest,
    BookingsResponse,
    BookingState,
    WorkerBooking,
)
from sync.client import RegisterClient


@dataclass(frozen=True, slots=True)
class Conflict:
    """A time booked on this laptop that the register refused: which, and why ("taken", "unbookable", "invalid")."""

    id: str
    day: date
    slot: str
    reason: str


@dataclass
class BookingSync:
    sent: int = 0  # marks and bookings the register answered
    received: int = 0  # the unit's bookings the register listed
    confirmed: int = 0  # times booked here that the register confirmed
    conflicts: list[Conflict] = field(default_factory=list)

    def summary(self) -> str:
        """For ``pysakki sync``: counts and, for a refused time, its day, slot and why (no name, no contact)."""
        text = f"bookings: sent {self.sent}, received {self.received}, confirmed {self.confirmed}"
        refused = [f"{c.day.isoformat()} {c.slot} {c.reason}" for c in self.conflicts]
        return text + (f", not confirmed: {'; '.join(refused)}" if refused else "")


def exchange(store: Store, client: RegisterClient, *, clock: Callable[[], datetime] = utcnow) -> BookingSync:
    """Exchanges with the register until every mark and booking made here has gone (a request carries at most
    the protocol's limits of each); no transaction is open while a request is on the wire."""
    total = BookingSync()
    while True:
        with store.session() as session:
            request, sent, given_up = outgoing(session)
        answer = client.bookings(request)
        now = clock()
        with store.session() as session:
            result = take(session, request, answer, sent, now)
            empty_past_bookings(session, today=now.astimezone().date(), now=now)
            left = unsent_count(session)
        total.sent += result.sent
        total.received = result.received
        total.confirmed += result.confirmed
        total.conflicts += given_up + result.conflicts
        full = len(request.marks) >= MAX_MARKS or len(request.bookings) >= MAX_BOOKINGS
        if not (full and left):
            return total


def unsent_count(session: Session) -> int:
    """Marks and bookings made here that the register has not had yet."""
    return session.scalar(select(func.count()).where(ReceptionBooking.unsent.is_not(None))) or 0


def outgoing(session: Session) -> tuple[BookingsRequest, dict[str, datetime], list[Conflict]]:
    """What waits for the register, when each was last changed (to know later whether it changed again), and the
    times booked here that can no longer be sent (reported with the register's refusals, so the workers call)."""
    marks: list[BookingMark] = []
    booked: list[WorkerBooking] = []
    sent: dict[str, datetime] = {}
    given_up: list[Conflict] = []
    for row in session.scalars(select(ReceptionBooking).where(ReceptionBooking.unsent.is_not(None))):
        confirming = row.unsent in NOT_CONFIRMED
        if (len(booked) >= MAX_BOOKINGS) if confirming else (len(marks) >= MAX_MARKS):
            continue  # past the protocol's limit for one request: the next request takes it
        if confirming:
            if row.nickname is None or row.contact is None:  # emptied before it was ever sent (an erase order)
                row.unsent, row.conflict = None, BookingAnswerStatus.UNBOOKABLE.value
                given_up.append(Conflict(row.id, row.day, row.slot, BookingAnswerStatus.UNBOOKABLE.value))
                continue
            booked.append(
                WorkerBooking(
                    id=row.id,
                    entry_id=row.entry_id,
                    slot=row.slot,
                    nickname=row.nickname,
                    contact=row.contact,
                    language=row.language,
                    theme_key=row.theme_key,
                )
            )
            row.unsent = SENT_BOOKING  # written before the request goes: from now on the register may hold it
        else:
            marks.append(BookingMark(id=row.id, state=BookingState(row.state)))
        sent[row.id] = row.changed_at
    return BookingsRequest(marks=marks, bookings=booked), sent, given_up


def take(
    session: Session, request: BookingsRequest, answer: BookingsResponse, sent: dict[str, datetime], now: datetime
) -> BookingSync:
    """The register's answers and its list of the unit's bookings and slots, written in one transaction."""
    result = BookingSync(sent=len(answer.answers), received=len(answer.bookings))
    booked_ids = {booking.id for booking in request.bookings}
    for answered in answer.answers:
        row = session.get(ReceptionBooking, answered.id)
        if row is None or answered.id not in sent:
            continue
        unchanged = row.changed_at == sent[answered.id]
        if answered.id in booked_ids:
            if answered.status is BookingAnswerStatus.BOOKED:
                row.conflict = None
                result.confirmed += 1
                if unchanged:
                    row.unsent = None
                elif row.state != BookingState.BOOKED.value:
                    row.unsent = UNSENT_MARK  # marked while on the wire: the register has it now, so it must know
            else:
                refused = answered.status
                reason = BookingAnswerStatus.INVALID if refused is BookingAnswerStatus.UNKNOWN else refused
                row.conflict, row.unsent = reason.value, None
                result.conflicts.append(Conflict(row.id, row.day, row.slot, reason.value))
        elif unchanged and row.unsent == UNSENT_MARK:
            row.unsent = None
    unit_id = get_setting(session, "unit_id") or ""
    for pulled in answer.bookings:
        _keep(session, unit_id, pulled, now)
    session.execute(delete(BookingSlots))
    session.add_all(BookingSlots(entry_id=s.entry_id, minutes=s.minutes, capacity=s.capacity) for s in answer.slots)
    session.flush()
    return result


def _keep(session: Session, unit_id: str, pulled: BookingRow, now: datetime) -> None:
    row = session.get(ReceptionBooking, pulled.id)
    if row is None:
        row = ReceptionBooking(
            id=pulled.id, unit_id=unit_id, booked_here=False, unsent=None, conflict=None, changed_at=now,
            nickname=pulled.nickname, contact=pulled.contact,
        )  # fmt: skip
        session.add(row)
    elif row.emptied_at is None:
        row.nickname, row.contact = pulled.nickname, pulled.contact
    if row.emptied_at is None and pulled.nickname is None and pulled.contact is None:
        row.emptied_at = now  # emptied at the register (arrived, cancelled, past): so it stays here
    row.entry_id, row.day, row.slot = pulled.entry_id, pulled.day, pulled.slot
    row.language, row.theme_key = pulled.language, pulled.theme_key
    if row.unsent is None:  # a worker's own change the register has not had yet stays as the worker left it
        row.state = pulled.state.value
    row.conflict = None
