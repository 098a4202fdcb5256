"""An encounter tally: how many parents, children, youth or professionals were met, at a stop day or an event."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer
from sqlalchemy.orm import Mapped, declared_attr, mapped_column

from app.models.base import Base, SyncedRecord, UtcDateTime, enum_type, sync_indexes
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

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Index, ...]:  # noqa: N805
        # The reports add a year of clicks up from this index alone (app/reports/facts.py, REPORT_INDEX).
        report = Index(
            "ix_encounters_report",
            "group",
            "estimated",
            "occurred_at",
            "deleted",
            "count",
            "stop_day_id",
            "event_id",
            "theme_key",
            "unit_id",
        )
        return (*sync_indexes(cls.__tablename__), report)
