"""A stop day (departure): the bus at a place on a date, held or cancelled."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord, UtcDateTime, enum_type
from app.vocab import CancelReason, StopDayStatus


class StopDay(SyncedRecord, Base):
    __tablename__ = "stop_days"

    day: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[StopDayStatus] = mapped_column(enum_type(StopDayStatus))
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipalities.code"))
    stop_id: Mapped[str | None] = mapped_column(ForeignKey("stops.id"))
    place: Mapped[str] = mapped_column(String(200))
    opened_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    cancel_reason: Mapped[CancelReason | None] = mapped_column(enum_type(CancelReason))
    cancel_note: Mapped[str | None] = mapped_column(Text)
    km: Mapped[float | None] = mapped_column(Float)
    odometer_start: Mapped[int | None] = mapped_column(Integer)
    odometer_end: Mapped[int | None] = mapped_column(Integer)
    worker_ids: Mapped[list[str]] = mapped_column(default=list)
