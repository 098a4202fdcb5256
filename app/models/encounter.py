"""An encounter tally: how many parents, children, youth or professionals were met, at a stop day or an event."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord, UtcDateTime, enum_type
from app.vocab import EncounterGroup


class EncounterTally(SyncedRecord, Base):
    __tablename__ = "encounters"

    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    group: Mapped[EncounterGroup] = mapped_column(enum_type(EncounterGroup))
    count: Mapped[int] = mapped_column(Integer)
    estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    theme_key: Mapped[str | None] = mapped_column(ForeignKey("themes.key"))
    stop_day_id: Mapped[str | None] = mapped_column(ForeignKey("stop_days.id"), index=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.id"), index=True)
