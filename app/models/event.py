"""An event: themed event, workshop, network meeting, peer group or tailored package, with participants by group."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord, UtcDateTime, enum_type
from app.vocab import EventKind, EventMode


class Event(SyncedRecord, Base):
    __tablename__ = "events"

    kind: Mapped[EventKind] = mapped_column(enum_type(EventKind))
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    duration_min: Mapped[int | None] = mapped_column(Integer)
    mode: Mapped[EventMode] = mapped_column(enum_type(EventMode))
    municipality_code: Mapped[str | None] = mapped_column(ForeignKey("municipalities.code"))
    place: Mapped[str | None] = mapped_column(String(200))
    stop_day_id: Mapped[str | None] = mapped_column(ForeignKey("stop_days.id"), index=True)
    service_package: Mapped[int | None] = mapped_column(ForeignKey("service_packages.number"))
    themes: Mapped[list[str]] = mapped_column(default=list)
    organisation_ids: Mapped[list[str]] = mapped_column(default=list)
    participants_parents: Mapped[int] = mapped_column(Integer, default=0)
    participants_children: Mapped[int] = mapped_column(Integer, default=0)
    participants_youth: Mapped[int] = mapped_column(Integer, default=0)
    participants_professionals: Mapped[int] = mapped_column(Integer, default=0)
    participants_others: Mapped[int] = mapped_column(Integer, default=0)
    participants_estimated: Mapped[bool] = mapped_column(Boolean, default=False)
    expert_by_experience: Mapped[bool] = mapped_column(Boolean, default=False)
