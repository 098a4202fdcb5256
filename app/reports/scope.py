"""What a report covers: a range of Finnish calendar dates, and optionally one municipality and one unit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, literal

from app.clock import EARLIEST, LATEST
from app.errors import PysakkiError
from app.workdays import FINNISH_TIME

MAX_DAYS = 366 * 20


class ScopeError(PysakkiError):
    """A report asked for something it cannot count: a backwards or too long period, an unknown kind or format."""

    code = "invalid_period"


@dataclass(frozen=True, slots=True)
class Month:
    key: str  # "2018-03"
    first: date
    last: date


@dataclass(frozen=True, slots=True)
class Scope:
    """Dates are inclusive and in Finnish time, because a stop day at 23:30 UTC in summer is already tomorrow there."""

    start: date
    end: date
    municipality_code: str | None = None
    unit_id: str | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ScopeError(f"the period ends ({self.end}) before it starts ({self.start})")
        if (self.end - self.start).days > MAX_DAYS:
            raise ScopeError("a report covers at most twenty years")
        if self.start < EARLIEST or self.end > LATEST:
            raise ScopeError(f"a report covers dates from {EARLIEST.year} to {LATEST.year}")

    @classmethod
    def year(cls, year: int, **filters: Any) -> Scope:
        if not 2000 <= year <= 2100:
            raise ScopeError(f"no year {year}")
        return cls(date(year, 1, 1), date(year, 12, 31), **filters)

    def moments(self) -> tuple[datetime, datetime]:
        """The period as UTC instants, the end exclusive."""
        return _midnight(self.start), _midnight(self.end + timedelta(days=1))

    def months(self) -> list[Month]:
        found: list[Month] = []
        first = self.start
        while first <= self.end:
            following = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            found.append(Month(f"{first:%Y-%m}", first, min(self.end, following - timedelta(days=1))))
            first = following
        return found

    def month_of_moment(self, column: Any) -> ColumnElement[Any]:
        """A SQL expression naming the Finnish month of a UTC timestamp column, the same on SQLite and PostgreSQL
        (the bounds are worked out here, daylight saving time included, instead of in each database's dialect)."""
        whens = [(column < _midnight(month.last + timedelta(days=1)), literal(month.key)) for month in self.months()]
        return case(*whens, else_=literal("")) if whens else literal("")


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time.min, tzinfo=FINNISH_TIME).astimezone(UTC)
