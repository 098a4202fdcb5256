"""A reception booking's nickname and contact are emptied a set number of days after its visit (default: the next
day), on every laptop as at the register (``sync.server.purge``).

Each copy purges its own on the same rule, as contact requests do (``app.privacy.retention``): it runs each time the
store opens and after each sync. A row emptied here is never filled again by a later sync (``sync.bookings``).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import or_, update
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.errors import ValidationError
from app.identity import get_setting, set_setting
from app.models import ReceptionBooking
from app.services.bookings import NOT_CONFIRMED

DAYS_SETTING = "booking_contact_days"
DEFAULT_DAYS = 1  # the day after the visit, as at the register (sync.server.public.bookings.EMPTY_AFTER_DAYS)
MAX_DAYS = 30


def booking_days(session: Session) -> int:
    """How many days after its visit a booking keeps its nickname and contact on this laptop."""
    raw = get_setting(session, DAYS_SETTING)
    return int(raw) if raw is not None and raw.isdigit() and int(raw) <= MAX_DAYS else DEFAULT_DAYS


def set_booking_days(session: Session, days: int) -> None:
    if not 0 <= days <= MAX_DAYS:
        raise ValidationError.single("booking_days", "out_of_range", ge=0, le=MAX_DAYS)
    set_setting(session, DAYS_SETTING, str(days))


def empty_past_bookings(session: Session, *, today: date, now: datetime | None = None) -> int:
    """Empty the nickname and contact of bookings whose visit was the set number of days before ``today`` or
    earlier; how many were emptied. Never on the visit's own day or before it, whatever the setting (0 acts as 1:
    the day after the visit), and never a time booked here that waits to be sent: the register needs its nickname
    and contact, and the worker the family's number should the register refuse it."""
    cutoff = today - timedelta(days=max(1, booking_days(session)))
    result = session.execute(
        update(ReceptionBooking)
        .where(ReceptionBooking.day <= cutoff)
        .where(or_(ReceptionBooking.unsent.is_(None), ReceptionBooking.unsent.not_in(NOT_CONFIRMED)))
        .where(or_(ReceptionBooking.nickname.is_not(None), ReceptionBooking.contact.is_not(None)))
        .values(nickname=None, contact=None, emptied_at=now or utcnow())
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)
