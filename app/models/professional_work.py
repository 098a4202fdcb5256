"""Work with professionals: anonymous client consultations and pair work (parityö)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord, UtcDateTime, enum_type
from app.vocab import Channel, ProfessionalWorkKind, Sector


class ProfessionalWork(SyncedRecord, Base):
    __tablename__ = "professional_work"

    kind: Mapped[ProfessionalWorkKind] = mapped_column(enum_type(ProfessionalWorkKind))
    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    sector: Mapped[Sector] = mapped_column(enum_type(Sector))
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipalities.code"))
    stop_day_id: Mapped[str | None] = mapped_column(ForeignKey("stop_days.id"), index=True)
    organisation_id: Mapped[str | None] = mapped_column(ForeignKey("organisations.id"))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    themes: Mapped[list[str]] = mapped_column(default=list)
    professionals: Mapped[int] = mapped_column(Integer, default=1)
    duration_min: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str | None] = mapped_column(Text)
