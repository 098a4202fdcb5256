"""A contact request: with consent, someone is called back within three working days.

The only record that identifies a person (name, phone, email). Those fields are purged after use.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord, UtcDateTime, enum_type
from app.privacy.sealing import Sealed
from app.vocab import ContactStatus, Language

# The columns that identify a person: sealed at rest, left out of exports, emptied after the retention period.
IDENTIFYING = ("name", "phone", "email", "preferred_time")


class ContactRequest(SyncedRecord, Base):
    __tablename__ = "contact_requests"

    received_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    stop_day_id: Mapped[str | None] = mapped_column(ForeignKey("stop_days.id"), index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("guidance_sessions.id"))
    consent: Mapped[bool] = mapped_column(Boolean)
    consent_text_version: Mapped[str] = mapped_column(String(32))
    # Identifying: encrypted at rest (app.privacy.sealing), emptied once the request is closed and kept long enough.
    name: Mapped[str | None] = mapped_column(Sealed("name"))
    phone: Mapped[str | None] = mapped_column(Sealed("phone"))
    email: Mapped[str | None] = mapped_column(Sealed("email"))
    preferred_time: Mapped[str | None] = mapped_column(Sealed("preferred_time"))
    language: Mapped[Language] = mapped_column(enum_type(Language))
    theme_key: Mapped[str | None] = mapped_column(ForeignKey("themes.key"))
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    deadline: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[ContactStatus] = mapped_column(enum_type(ContactStatus))
    # When the organisation first called back (or tried to): "answered within three working days" compares its
    # Finnish date with the deadline.
    contacted_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
