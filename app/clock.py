"""The time every record is stamped with: aware UTC, so laptops in any zone agree (and the GUI can import it
without loading the database layer)."""

from __future__ import annotations

from datetime import UTC, date, datetime

# Every date a record or a report may carry: the program's working life, with room on both sides. Older dates are
# typing slips (a year 1752), and before 1970 Windows' time-zone conversion fails.
EARLIEST, LATEST = date(2000, 1, 1), date(2100, 12, 31)


def utcnow() -> datetime:
    return datetime.now(UTC)
