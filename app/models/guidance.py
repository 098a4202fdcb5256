"""A walk-in (pop-up) guidance session: anonymous, described by categories only."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, Text
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from app.models.base import Base, SyncedRecord, UtcDateTime, enum_type, sync_indexes
from app.vocab import AgeBand, Arrival, Channel, ClientType, Language, Outcome


class GuidanceSession(SyncedRecord, Base):
    __tablename__ = "guidance_sessions"

    occurred_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    stop_day_id: Mapped[str | None] = mapped_column(ForeignKey("stop_days.id"), index=True)
    worker_id: Mapped[str | None] = mapped_column(ForeignKey("workers.id"))
    client_type: Mapped[ClientType] = mapped_column(enum_type(ClientType))
    age_band: Mapped[AgeBand] = mapped_column(enum_type(AgeBand))
    language: Mapped[Language] = mapped_column(enum_type(Language))
    arrival: Mapped[Arrival] = mapped_column(enum_type(Arrival))
    channel: Mapped[Channel] = mapped_column(enum_type(Channel))
    themes: Mapped[list[str]] = mapped_column(default=list)
    service_package: Mapped[int] = mapped_column(ForeignKey("service_packages.number"))
    duration_min: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[Outcome] = mapped_column(enum_type(Outcome))
    note: Mapped[str | None] = mapped_column(Text)

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Index, ...]:  # noqa: N805
        # The yearly review counts sessions by client type and worker from this index alone (app/reports/facts.py).
        report = Index(
            "ix_guidance_sessions_report",
            "client_type",
            "worker_id",
            "occurred_at",
            "deleted",
            "stop_day_id",
            "unit_id",
        )
        return (*sync_indexes(cls.__tablename__), report)
