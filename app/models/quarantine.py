"""Records sync could not place, kept visible on the laptop: versions the register refused (rejected, conflict),
which stay out of the push queue. (Pulled records this store cannot take yet wait in ``sync_waiting``.)

A quarantined version is not sent again; editing the record makes a new version, which is sent as usual.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime


class QuarantinedRecord(Base):
    __tablename__ = "sync_quarantine"

    record_type: Mapped[str] = mapped_column(String(32), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  # "rejected" or "conflict"
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UtcDateTime())
