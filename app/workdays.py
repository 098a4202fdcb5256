"""Finnish working days: the three-working-day answer time of a contact request."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

# The unit works in Finland whatever the laptop's own time zone says.
FINNISH_TIME = ZoneInfo("Europe/Helsinki")


@lru_cache(maxsize=32)
def _holidays(year: int) -> holidays.HolidayBase:
    # Includes Midsummer Eve and Christmas Eve, on which no office answers; flag days are not days off.
    return holidays.country_holidays("FI", years=year, language="fi")


def is_working_day(day: date) -> bool:
    if day.weekday() >= 5:
        return False
    return day not in _holidays(day.year)


def add_working_days(start: date, days: int) -> date:
    """The date ``days`` working days after ``start`` (``start`` itself does not count)."""
    current = start
    remaining = days
    while remaining > 0:
        current += timedelta(days=1)
        if is_working_day(current):
            remaining -= 1
    return current


def finnish_date(moment: datetime) -> date:
    """The calendar date in Finland at an aware moment."""
    return moment.astimezone(FINNISH_TIME).date()
