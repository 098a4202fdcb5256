"""The audit log of contact requests: who created, viewed, changed or deleted one, and when.

An entry is a record like the others (it syncs to the register, where coordinators read it) that is never changed
or deleted. It holds no identifying data: the worker's id, the action and the request's id.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, SyncedRecord, UtcDateTime, enum_type
from app.vocab import AuditAction


class AuditEntry(SyncedRecord, Base):
    __tablename__ = "audit_entries"

    at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("workers.id"))
    action: Mapped[AuditAction] = mapped_column(enum_type(AuditAction))
    contact_request_id: Mapped[str] = mapped_column(ForeignKey("contact_requests.id"), index=True)
    detail: Mapped[str | None] = mapped_column(String(32))  # the new status of a change, or nothing
