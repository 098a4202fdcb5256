"""Encounter tallies: one click, one record; the day's counts; undo of the last click."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.identity import Author
from app.models import EncounterTally
from app.records import Record
from app.services import records
from app.vocab import EncounterGroup


def count_encounter(
    *,
    session: Session,
    author: Author,
    group: EncounterGroup | str,
    stop_day_id: str | None = None,
    event_id: str | None = None,
    count: int = 1,
    theme_key: str | None = None,
    estimated: bool = False,
    now: datetime | None = None,
) -> Record:
    stamp = now or utcnow()
    return records.create(
        session=session,
        author=author,
        type="encounter",
        now=stamp,
        data={
            "occurred_at": stamp,
            "group": group,
            "count": count,
            "estimated": estimated,
            "theme_key": theme_key,
            "stop_day_id": stop_day_id,
            "event_id": event_id,
        },
    )


def counts(*, session: Session, stop_day_id: str | None = None, event_id: str | None = None) -> dict[str, int]:
    """Encounters by group at one stop day or event, every group present (zero if none)."""
    model = EncounterTally
    query = (
        select(model.group, func.coalesce(func.sum(model.count), 0))
        .where(model.deleted.is_(False))
        .group_by(model.group)
    )
    if stop_day_id is not None:
        query = query.where(model.stop_day_id == stop_day_id)
    if event_id is not None:
        query = query.where(model.event_id == event_id)
    totals = {group.value: 0 for group in EncounterGroup}
    for group, total in session.execute(query):
        totals[EncounterGroup(group).value] = int(total)
    return totals
