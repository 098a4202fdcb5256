"""Which records a report counts: live ones of the period and scope, none on a cancelled or deleted stop day.

The same expressions on SQLite and PostgreSQL. ``unindexed`` is the one place where the two differ on purpose.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from app.models import EncounterTally, Event, StopDay
from app.reports.scope import Scope
from app.vocab import StopDayStatus


def dropped_days() -> Any:
    """Stop days whose records never count: the departure was cancelled, or the day was deleted."""
    return select(StopDay.id).where(or_(StopDay.deleted.is_(True), StopDay.status == StopDayStatus.CANCELLED))


def not_on_a_dropped_day(column: Any) -> Any:
    return func.coalesce(column, "").not_in(dropped_days().scalar_subquery())


def days_in(municipality: str) -> Any:
    return select(StopDay.id).where(StopDay.municipality_code == municipality).scalar_subquery()


def live(model: Any, moment: Any, scope: Scope) -> list[Any]:
    """Not deleted, within the period (``moment`` is the record's time column), of the unit, not on a dropped day."""
    low, high = scope.moments()
    where = [model.deleted.is_(False), moment >= low, moment < high]
    if scope.unit_id is not None:
        where.append(model.unit_id == scope.unit_id)
    if hasattr(model, "stop_day_id"):
        where.append(not_on_a_dropped_day(model.stop_day_id))
    return where


def in_municipality(model: Any, scope: Scope) -> list[Any]:
    """A record belongs to its own municipality, else to its stop day's (an encounter at an event: the event's)."""
    code = scope.municipality_code
    if code is None:
        return []
    if model is EncounterTally:
        events = select(Event.id).where(Event.municipality_code == code).scalar_subquery()
        return [
            or_(
                model.stop_day_id.in_(days_in(code)),
                model.stop_day_id.is_(None) & model.event_id.in_(events),
            )
        ]
    if hasattr(model, "municipality_code"):
        return [
            or_(
                model.municipality_code == code,
                model.municipality_code.is_(None) & model.stop_day_id.in_(days_in(code)),
            )
        ]
    return [model.stop_day_id.in_(days_in(code))]


def filtered(query: Any, model: Any, moment: Any, scope: Scope) -> Any:
    """``query`` narrowed to the records of ``model`` a report over ``scope`` counts."""
    return query.where(*live(model, moment, scope), *in_municipality(model, scope))


def json_list(text: Any) -> list[str]:
    """A JSON list column read back as text (grouping by the text keeps the SQL the same everywhere)."""
    if text is None:
        return []
    value = json.loads(text) if isinstance(text, str) else text
    return [str(item) for item in value] if isinstance(value, list) else []


class unindexed(FunctionElement[Any]):  # noqa: N801 (reads as the SQL it stands for)
    """A column SQLite must not look up through an index of its own (``+column``); plain elsewhere.

    The encounter index the reports read (``ix_encounters_report``) is led by the columns they group by, so SQLite
    adds a year of clicks up in index order without sorting them, and it holds every column the reports touch, so
    the table itself is never read. Without statistics SQLite would rather seek the narrower occurred_at index and
    then read a million table rows, five times slower; ``+occurred_at`` takes that choice away.
    """

    inherit_cache = True
    name = "unindexed"

    def __init__(self, column: Any) -> None:
        super().__init__(column)
        self.type = column.type


@compiles(unindexed)
def _plain(element: unindexed, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(unindexed, "sqlite")
def _sqlite(element: unindexed, compiler: Any, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))
