"""A store the size of years of work: many closed stop days, a million encounters, 100,000 guidance sessions.

One day of records is made through the services, so every column is in the program's own format; SQL then copies
those rows, shifted back day by day, which takes seconds instead of the hours a million service calls would take.
Everything old is marked synced, as it would be on a laptop in use; the built store is kept for later runs.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from app.db import open_store
from app.identity import current_author
from app.paths import database_path
from app.services import encounters, records, stop_days, workers

ENCOUNTERS = 1_000_000
GUIDANCE = 100_000
STOP_DAYS = 1_000
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

_SERIES = "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < :last)"


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def _copy(connection: sqlite3.Connection, table: str, count: int, changed: dict[str, str]) -> None:
    """Insert ``count`` copies of the table's one row, with ``changed`` columns computed from the copy number i."""
    columns = _columns(connection, table)
    select = ", ".join(changed.get(column, f't."{column}"') for column in columns)
    names = ", ".join(f'"{column}"' for column in columns)
    connection.execute(
        f"{_SERIES} INSERT INTO {table} ({names}) SELECT {select} FROM n, (SELECT * FROM {table}) AS t",
        {"last": count - 1},
    )


def _shift(column: str, days: int = STOP_DAYS) -> str:
    """The template's timestamp moved back by the copy's day, in the stored text format."""
    return f"strftime('%Y-%m-%d %H:%M:%f000', t.{column}, '-' || (i % {days}) || ' days')"


def build_small(directory: Path) -> Path:
    """A store with one worker and no records, to compare start-up against."""
    store = open_store(directory)
    with store.session() as session:
        _add_worker(session)
    store.close()
    return database_path(directory)


def _add_worker(session: Session) -> None:
    workers.add_worker(
        session=session,
        author=current_author(session),
        display_name="Aino Auttaja",
        organisation_id="mll-varsinais-suomi",
        pin="1234",
        pin_again="1234",
    )


def build(directory: Path) -> Path:
    """Build (or reuse) the big store in ``directory``; return the database file."""
    path = database_path(directory)
    marker = directory / f"big-{ENCOUNTERS}-{GUIDANCE}.done"
    if marker.exists():
        return path
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("*.sqlite*"):
        stale.unlink()
    write_template(directory)
    fill(path, stop_days=STOP_DAYS, encounters=ENCOUNTERS, guidance=GUIDANCE, synced=True)
    marker.touch()
    return path


def write_template(directory: Path) -> None:
    """A store with one worker and one closed stop day holding one encounter and one guidance session."""
    store = open_store(directory)
    with store.session() as session:
        author = current_author(session)
        _add_worker(session)
        day = stop_days.open_stop_day(
            session=session, author=author, day=date(2026, 6, 1), municipality_code="400", place="Tori", now=NOW
        )
        encounters.count_encounter(session=session, author=author, group="parent", stop_day_id=day.id, now=NOW)
        records.create(
            session=session,
            author=author,
            type="guidance",
            now=NOW,
            data={
                "occurred_at": NOW,
                "stop_day_id": day.id,
                "client_type": "parent",
                "themes": ["coping"],
                "duration_min": 15,
                "outcome": "advice",
            },
        )
        stop_days.close_stop_day(session=session, author=author, id=day.id, km=80.0, now=NOW)
    store.close()


def record_id(table_number: int, copy: str) -> str:
    """An SQL expression for a UUID-shaped id, unique per table and copy number."""
    return f"printf('%08x-0000-4000-8000-%012x', {table_number}, {copy})"


def fill(path: Path, *, stop_days: int, encounters: int, guidance: int, synced: bool) -> None:
    """Replace the template's records with copies: days back in time, encounters and sessions spread over them.

    ``synced``: marked acknowledged by the register (a laptop in use) or all still waiting (a backlog to push).
    """
    connection = sqlite3.connect(path)  # foreign keys are off on a plain connection: templates go last
    try:
        state = {"synced_version": "t.version", "revision": "i + 1"} if synced else {"synced_version": "0"}
        with connection:
            for number, (table, count) in enumerate(
                (("stop_days", stop_days), ("encounters", encounters), ("guidance_sessions", guidance)), start=1
            ):
                templates = [row[0] for row in connection.execute(f"SELECT id FROM {table}")]
                changed = state | {
                    "id": record_id(number, "i"),
                    "created_at": _shift("created_at", stop_days),
                    "updated_at": _shift("updated_at", stop_days),
                }
                if table == "stop_days":
                    changed |= {
                        "day": "date(t.day, '-' || i || ' days')",
                        "opened_at": _shift("opened_at", stop_days),
                        "closed_at": _shift("closed_at", stop_days),
                    }
                else:
                    changed |= {
                        "occurred_at": _shift("occurred_at", stop_days),
                        "stop_day_id": record_id(1, f"(i % {stop_days})"),
                    }
                if table == "encounters":
                    groups = (
                        "CASE i % 4 WHEN 0 THEN 'parent' WHEN 1 THEN 'child' WHEN 2 THEN 'youth' ELSE 'professional'"
                    )
                    changed["group"] = f"({groups} END)"
                _copy(connection, table, count, changed)
                connection.executemany(f"DELETE FROM {table} WHERE id = ?", [(t,) for t in templates])
        connection.execute("ANALYZE")
        connection.execute("VACUUM")
    finally:
        connection.close()
