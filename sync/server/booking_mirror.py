"""The register's reports count reception bookings from the same table the laptops' reports do
(``app.models.ReceptionBooking``, ``app.reports.booking_facts``): each booking change at the register writes the
booking's state there too, in the same transaction, without its nickname or contact.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session, load_only

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


def backfill(session: Session) -> int:
    """Write the state of every booking the reports' table has no row for (those taken before the register wrote
    them there, migration r0008); how many. Run after every migration: once all are there it finds none."""
    # Only the columns the reports' row takes: the sealed nickname and contact are never loaded (migrating has no
    # key to open them, and has no need to).
    columns = (Booking.uid, Booking.entry_id, Booking.day, Booking.slot, Booking.language, Booking.outcome,
               Booking.cancelled_at)  # fmt: skip
    query = select(Booking).options(load_only(*columns)).where(Booking.uid.not_in(select(ReceptionBooking.id)))
    missing = session.scalars(query).all()
    for booking in missing:
        mirror(session, booking)
    return len(missing)


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
