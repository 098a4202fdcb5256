"""Encounters for the reports: a million clicks a year, so they get queries of their own.

They are added up from ``ix_encounters_report`` alone, in its order (see ``app.reports.where.unindexed``); counts on
dropped stop days are taken off afterwards rather than tested click by click.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import EncounterTally, Event, StopDay
from app.reports.scope import Scope
from app.reports.where import dropped_days, in_municipality, unindexed


def _query(columns: Sequence[Any], scope: Scope) -> Any:
    model = EncounterTally
    low, high = scope.moments()
    moment = unindexed(model.occurred_at)
    query = (
        select(*columns, func.sum(model.count))
        .where(model.deleted.is_(False), moment >= low, moment < high)
        .where(*in_municipality(model, scope))
        .group_by(*columns)
    )
    if scope.unit_id is not None:
        query = query.where(model.unit_id == scope.unit_id)
    return query


def totals(session: Session, scope: Scope) -> list[tuple[str, bool, int]]:
    """(group, estimated, sum of counts): all the yearly review needs.

    Counts on cancelled or deleted stop days are added up apart, through the stop-day index, and taken off: a few
    rows, where testing every click against the dropped days would cost as much again as the sum itself.
    """
    model = EncounterTally
    keys = (model.group, model.estimated)
    totals: dict[tuple[str, bool], int] = {}
    for group, estimated, total in session.execute(_query(keys, scope)):
        totals[(str(group), bool(estimated))] = int(total or 0)
    dropped = sorted(session.scalars(dropped_days()))
    low, high = scope.moments()
    for start in range(0, len(dropped), 500):
        # Row by row through the stop-day index: grouping would send SQLite back to the whole report index.
        on_dropped_days = select(model.group, model.estimated, model.count).where(
            model.stop_day_id.in_(dropped[start : start + 500]),
            model.deleted.is_(False),
            unindexed(model.occurred_at) >= low,
            unindexed(model.occurred_at) < high,
            *in_municipality(model, scope),
            *([model.unit_id == scope.unit_id] if scope.unit_id is not None else []),
        )
        for group, estimated, count in session.execute(on_dropped_days):
            totals[(str(group), bool(estimated))] -= int(count)
    return [(group, estimated, total) for (group, estimated), total in totals.items()]


@dataclass(frozen=True, slots=True)
class EncounterFact:
    stop_day_id: str | None
    event_id: str | None
    group: str
    estimated: bool
    theme_key: str | None
    month: str
    count: int


def by_place(session: Session, scope: Scope) -> list[EncounterFact]:
    """Encounters by place, group and theme. The month is the stop day's (or the event's): an encounter happens
    during its stop day, and naming the month here spares the database a date test on every click."""
    model = EncounterTally
    keys = (model.stop_day_id, model.event_id, model.group, model.estimated, model.theme_key)
    dropped = set(session.scalars(dropped_days()))
    day_month = {
        day_id: f"{day:%Y-%m}"
        for day_id, day in session.execute(select(StopDay.id, StopDay.day).where(StopDay.deleted.is_(False)))
    }
    event_month = scope.month_of_moment(Event.starts_at)
    months_of_events: dict[str, str] = {
        event: str(month) for event, month in session.execute(select(Event.id, event_month))
    }
    found: list[EncounterFact] = []
    for day, event, group, estimated, theme, total in session.execute(_query(keys, scope)):
        if day is not None and day in dropped:
            continue
        month = day_month.get(day, "") if day is not None else str(months_of_events.get(event, ""))
        found.append(EncounterFact(day, event, str(group), bool(estimated), theme, month, int(total or 0)))
    return found
