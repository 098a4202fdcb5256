"""A referral: a family pointed to an organisation's service, usually from a guidance session."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord, UtcDateTime, enum_type
from app.vocab import HandoutLanguage


class Referral(SyncedRecord, Base):
    __tablename__ = "referrals"

    referred_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    session_id: Mapped[str | None] = mapped_column(ForeignKey("guidance_sessions.id"), index=True)
    stop_day_id: Mapped[str | None] = mapped_column(ForeignKey("stop_days.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisations.id"))
    service_id: Mapped[str | None] = mapped_column(ForeignKey("services.id"))
    theme_key: Mapped[str | None] = mapped_column(ForeignKey("themes.key"))
    handout_language: Mapped[HandoutLanguage | None] = mapped_column(enum_type(HandoutLanguage))
