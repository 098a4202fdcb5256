"""The register's reports count reception bookings from the same table the laptops' reports do
(``app.models.ReceptionBooking``, ``app.reports.booking_facts``): each booking change at the register writes the
booking's state there too, in the same transaction, without its nickname or contact.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.models import ReceptionBooking, ScheduleEntry
from sync.booking_wire import BookingState
from sync.server.models import Booking


def state_of(booking: Booking) -> BookingState:
    if booking.outcome is not None:
        return BookingState(booking.outcome)
    return BookingState.BOOKED if booking.cancelled_at is None else BookingState.CANCELLED


def mirror(session: Session, booking: Booking) -> None:
    """Write ``booking``'s state to the reports' table (a new row the first time)."""
    row = session.get(ReceptionBooking, booking.uid)
    if row is None:
        unit_id = session.scalar(select(ScheduleEntry.unit_id).where(ScheduleEntry.id == booking.entry_id))
        row = ReceptionBooking(
            id=booking.uid, unit_id=unit_id or "", entry_id=booking.entry_id, day=booking.day, slot=booking.slot,
            nickname=None, contact=None, language=booking.language, theme_key=None, booked_here=False,
            unsent=None, conflict=None,
        )  # fmt: skip
        session.add(row)
    row.state = state_of(booking).value
    row.changed_at = utcnow()


def mirror_cancel(session: Session, code_hash: str) -> None:
    """A family's cancellation by code, written the same way whether or not the code exists (one statement)."""
    cancelled = select(Booking.uid).where(
        Booking.code_hash == code_hash, Booking.cancelled_at.is_(None), Booking.outcome.is_(None)
    )
    session.execute(
        update(ReceptionBooking)
        .where(ReceptionBooking.id.in_(cancelled))
        .values(state=BookingState.CANCELLED.value, changed_at=utcnow())
        .execution_options(synchronize_session=False)
    )
