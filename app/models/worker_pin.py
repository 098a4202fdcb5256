"""A worker's PIN on this device: an argon2 hash and the count of wrong tries. Local only; it never syncs."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime


class WorkerPin(Base):
    __tablename__ = "worker_pins"

    worker_id: Mapped[str] = mapped_column(ForeignKey("workers.id"), primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
