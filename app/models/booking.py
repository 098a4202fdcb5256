"""Reception bookings on the laptop: the unit's bookings pulled from the register, and times its workers booked.

A booking is the register's (a family booked it on the public page, or a worker on a laptop); the laptop keeps a
copy for the day's list and what its workers did to it. ``unsent``: a worker's mark or booking the register has not
answered yet. Nickname and contact identify a family: sealed at rest like a contact request's name and emptied the
day after the visit (``app.services.booking_purge``), or at once when the family arrived or cancelled.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime
from app.privacy.sealing import Sealed

IDENTIFYING = ("nickname", "contact")


class ReceptionBooking(Base):
    __tablename__ = "reception_bookings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the register's id, or this laptop's for its own
    unit_id: Mapped[str] = mapped_column(String(64), index=True)
    entry_id: Mapped[str] = mapped_column(String(64), index=True)  # the visit (schedule entry)
    day: Mapped[date] = mapped_column(Date, index=True)
    slot: Mapped[str] = mapped_column(String(5))  # the slot's start, "HH:MM" in Finnish time
    nickname: Mapped[str | None] = mapped_column(Sealed("booking_nickname"))
    contact: Mapped[str | None] = mapped_column(Sealed("booking_contact"))
    language: Mapped[str] = mapped_column(String(8))
    theme_key: Mapped[str | None] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))  # sync.booking_wire.BookingState's values
    booked_here: Mapped[bool] = mapped_column(Boolean, default=False)  # a worker booked it on this laptop
    # What waits for the register: "booking" (booked here, never sent), "sent_booking" (booked here and sent without
    # an answer yet: the register may hold it), "mark" (the state), or None.
    unsent: Mapped[str | None] = mapped_column(String(16))
    # The register refused a time booked here: "taken" (the slot filled up meanwhile), "unbookable", "invalid".
    conflict: Mapped[str | None] = mapped_column(String(16))
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime())
    emptied_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class BookingSlots(Base):
    """A visit of the unit that takes bookings, as the register last said: for booking a time offline."""

    __tablename__ = "booking_slots"

    entry_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)
    capacity: Mapped[int] = mapped_column(Integer)
