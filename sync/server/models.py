"""The register's own tables, beside the record and reference tables it shares with the desktop (``app.models``).

They live in their own metadata and migration history (``sync/server/migrations``, version table
``register_alembic_version``), so a laptop's database never carries them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, MetaData, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.models.base import NAMING, UtcDateTime
from app.privacy.sealing import Sealed, SealedJSON


class RegisterBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON}  # noqa: RUF012 (SQLAlchemy reads it from the class)


class RegisterState(RegisterBase):
    """One row: the last revision handed out. Taking the next one locks this row until the writing transaction
    commits, so revisions are handed out in commit order (a reader never skips a row committed late)."""

    __tablename__ = "register_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_revision: Mapped[int] = mapped_column(BigInteger, default=0)


class Device(RegisterBase):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64), index=True)
    name: Mapped[str] = mapped_column(String(120))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_seen_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # Revoked with an order to erase: if it ever calls again, it is told to empty its contact requests' names and
    # numbers and to destroy their key; when it was first told.
    erase_ordered: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    erase_told_at: Mapped[datetime | None] = mapped_column(UtcDateTime())


class Coordinator(RegisterBase):
    __tablename__ = "coordinators"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class EnrollmentCode(RegisterBase):
    """A one-time code a coordinator gives to a new laptop of a unit; only its hash is kept."""

    __tablename__ = "enrollment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    device_id: Mapped[str | None] = mapped_column(String(36))
    # The hash of the secret the laptop sent with the code and keeps until it has its token: repeating the
    # enrollment with it after a lost answer gives that laptop a new token, and nobody else.
    attempt_hash: Mapped[str | None] = mapped_column(String(64))


class Conflict(RegisterBase):
    """A pushed version that disagreed with the register's, kept beside it for a coordinator; never applied."""

    __tablename__ = "conflicts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_type: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer)
    device_id: Mapped[str] = mapped_column(String(36))
    unit_id: Mapped[str] = mapped_column(String(64), index=True)
    received_at: Mapped[datetime] = mapped_column(UtcDateTime())
    envelope: Mapped[dict[str, Any]] = mapped_column(SealedJSON())  # a contact request's name stays sealed
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    resolved_by: Mapped[str | None] = mapped_column(String(36))  # the coordinator's id


class EnrollmentAttempt(RegisterBase):
    """A failed enrollment, by the caller's address: too many in a while and that address must wait.

    Kept in the database, not in memory, so the limit holds across several register instances.
    """

    __tablename__ = "enrollment_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    client: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)


class ReceptionSlots(RegisterBase):
    """Headquarters' bookable reception times on one visit (schedule entry): its hours cut into slots of
    ``minutes``, each taken by at most ``capacity`` families at once."""

    __tablename__ = "reception_slots"

    entry_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    minutes: Mapped[int] = mapped_column(Integer)
    capacity: Mapped[int] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Booking(RegisterBase):
    """A family's reception time booked on the public page. Only the code's hash is kept; what a callback needs is
    sealed, and emptied some days after the visit (``sync.server.purge``)."""

    __tablename__ = "bookings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entry_id: Mapped[str] = mapped_column(String(36), index=True)
    slot: Mapped[str] = mapped_column(String(5))  # the slot's start in Finnish time, "HH:MM"
    day: Mapped[date] = mapped_column(Date, index=True)  # the visit's day, for the purge
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    nickname: Mapped[str | None] = mapped_column(Sealed("booking_nickname"))
    contact: Mapped[str | None] = mapped_column(Sealed("booking_contact"))
    language: Mapped[str] = mapped_column(String(8))
    theme_key: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    emptied_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    # The id laptops know the booking by; a worker's booking keeps the id the laptop made for it.
    uid: Mapped[str] = mapped_column(String(36), unique=True)
    # A worker's mark on the day: "arrived" or "no_show" (a cancellation is ``cancelled_at``).
    outcome: Mapped[str | None] = mapped_column(String(16))
    # The laptop a worker booked it on; None for a family's own booking on the public page.
    device_id: Mapped[str | None] = mapped_column(String(36))
