"""The time every record is stamped with: aware UTC, so laptops in any zone agree (and the GUI can import it
without loading the database layer)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    return datetime.now(UTC)
