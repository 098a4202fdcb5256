"""The yearly review over a year of 1,000,000 encounters and 100,000 guidance sessions (target under 0.5 s), as a
ratio to one hand-written SQL query computing the same totals on the same file (target at most 1.5x).

The store is the big one of tests/bench/big_store.py with its days packed into one year (365 stop days), so every
record falls inside the report's period. Both sides read the same file warm, each run in a new transaction; the
figures printed are medians of several runs. The breakdowns and the renderers are timed too, for information.
Run: python -m tests.bench.reports [--data DIR] [--runs N]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from app.db import open_store
from app.paths import database_path
from app.reports import KINDS, Report, Scope, make_report, render
from tests.bench import big_store, table
from tests.bench.table import Figure, ms

T = TypeVar("T")
DAYS = 365
LAST_DAY = date(2026, 6, 1)  # the template's day; copies go back from it
SCOPE = Scope(LAST_DAY - timedelta(days=DAYS - 1), LAST_DAY)

# Every figure of the yearly review's figures table and its encounter table, with the same rules: live records of the
# period (in Finnish time), none on a cancelled or deleted stop day; kilometres rounded day by day (halves up);
# workers from the days on the road and the guidance sessions, students apart, organisations of those workers and of
# the events, partners apart; the network roster of the year the period ends in; a contact request answered in time
# when it was called back on or before its deadline (Finnish calendar day). Written as well as one query can be:
# "+occurred_at" keeps SQLite on the covering report indexes, as the engine does, instead of seeking the occurred_at
# index and reading every row.
RAW = """
WITH dropped AS (SELECT id FROM stop_days WHERE deleted = 1 OR status = 'cancelled'),
days AS (SELECT * FROM stop_days WHERE deleted = 0 AND day BETWEEN :first AND :last),
road AS (SELECT * FROM days WHERE status IN ('held', 'open')),
live_events AS (SELECT * FROM events WHERE deleted = 0 AND starts_at >= :low AND starts_at < :high
                AND coalesce(stop_day_id, '') NOT IN dropped),
guidance AS (SELECT worker_id FROM guidance_sessions WHERE deleted = 0 AND +occurred_at >= :low
             AND +occurred_at < :high AND coalesce(stop_day_id, '') NOT IN dropped),
involved AS (SELECT value AS worker FROM road, json_each(road.worker_ids)
             UNION SELECT worker_id FROM guidance WHERE worker_id IS NOT NULL),
people AS (SELECT w.id, w.organisation_id, w.is_student FROM workers AS w JOIN involved ON w.id = involved.worker),
involved_organisations AS (SELECT organisation_id AS id FROM people WHERE organisation_id IS NOT NULL
                           UNION SELECT value FROM live_events, json_each(live_events.organisation_ids)),
partners AS (SELECT id FROM organisations WHERE partner = 1),
contacts AS (SELECT deadline, contacted_at FROM contact_requests WHERE deleted = 0 AND received_at >= :low
             AND received_at < :high AND coalesce(stop_day_id, '') NOT IN dropped)
SELECT
  (SELECT count(DISTINCT unit_id || day) FROM road),
  (SELECT coalesce(sum(CAST(coalesce(km, 0) + 0.5 AS INTEGER)), 0) FROM road),
  (SELECT count(*) FROM days WHERE status = 'cancelled'),
  (SELECT count(*) FROM involved_organisations WHERE id IN partners),
  (SELECT count(*) FROM involved_organisations WHERE id NOT IN partners),
  (SELECT count(*) FROM people WHERE is_student = 0),
  (SELECT count(*) FROM people WHERE is_student = 1),
  (SELECT coalesce(sum(people), 0) FROM network_members WHERE active = 1 AND year = :year),
  (SELECT count(*) FROM live_events),
  (SELECT count(*) FROM guidance),
  (SELECT count(*) FROM contacts),
  (SELECT count(*) FROM contacts WHERE contacted_at IS NOT NULL AND date(contacted_at, CASE
     -- Finnish summer time: from the last Sunday of March to the last Sunday of October, 01:00 UTC
     WHEN contacted_at >= date(strftime('%Y', contacted_at) || '-03-25', 'weekday 0') || ' 01:00:00'
      AND contacted_at < date(strftime('%Y', contacted_at) || '-10-25', 'weekday 0') || ' 01:00:00'
     THEN '+3 hours' ELSE '+2 hours' END) <= deadline),
  e.parents, e.children_youth, e.professionals
FROM (
  SELECT sum(CASE WHEN "group" = 'parent' THEN count END) AS parents,
         sum(CASE WHEN "group" IN ('child', 'youth') THEN count END) AS children_youth,
         sum(CASE WHEN "group" = 'professional' THEN count END) AS professionals
  FROM encounters
  WHERE deleted = 0 AND +occurred_at >= :low AND +occurred_at < :high AND coalesce(stop_day_id, '') NOT IN dropped
) AS e
"""
FIGURES = ("days_on_road", "km", "cancelled", "organisations", "other_organisations", "workers", "students",
           "network_people", "events", "guidance", "contact_requests", "answered_in_time")  # fmt: skip


def build(directory: Path) -> Path:
    path = database_path(directory)
    marker = directory / f"year-{big_store.ENCOUNTERS}-{big_store.GUIDANCE}-{DAYS}.done"
    if marker.exists():
        return path
    directory.mkdir(parents=True, exist_ok=True)
    for stale in directory.glob("pysakki.db*"):
        stale.unlink()
    big_store.write_template(directory)
    big_store.fill(path, stop_days=DAYS, encounters=big_store.ENCOUNTERS, guidance=big_store.GUIDANCE, synced=True)
    marker.touch()
    return path


def report_figures(report: Report) -> list[tuple[str, int]]:
    """The review's figures table and its encounter totals by group (collected and estimated together)."""
    figures = next(t for t in report.tables if t.key == "figures")
    found = [(row.key, int(cells[0] or 0)) for row, cells in zip(figures.rows, figures.cells, strict=True)]
    encounters = next(t for t in report.tables if t.key == "encounters")
    found += [(row.key, int(cells[-1] or 0)) for row, cells in zip(encounters.rows, encounters.cells, strict=True)
              if row.key in ("parents", "children_youth", "professionals")]  # fmt: skip
    return found


def median_time(run: Callable[[], T], runs: int) -> tuple[float, T]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "pysakki-bench-reports")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # for python -m tests.bench
    options = parser.parse_args()
    started = time.perf_counter()
    path = build(options.data)
    print(f"store: {path} ({path.stat().st_size / 1e6:.0f} MB, ready in {time.perf_counter() - started:.1f} s)")

    store = open_store(options.data)
    low, high = SCOPE.moments()
    raw = sqlite3.connect(path)
    params = {
        "first": SCOPE.start.isoformat(),
        "last": SCOPE.end.isoformat(),
        # Stored timestamps are naive UTC text, as SQLAlchemy writes them.
        "low": low.replace(tzinfo=None).isoformat(sep=" "),
        "high": high.replace(tzinfo=None).isoformat(sep=" "),
        "year": SCOPE.end.year,
    }

    def engine_review() -> Report:
        with store.session() as session:
            return make_report(session, "review", SCOPE)

    def raw_review() -> tuple[Any, ...]:
        with raw:
            row: tuple[Any, ...] = raw.execute(RAW, params).fetchone()
            return row

    engine_review()
    raw_review()  # warm both
    engine_s, report = median_time(engine_review, options.runs)
    raw_s, raw_row = median_time(raw_review, options.runs)
    engine_figures = dict(report_figures(report))
    raw_figures = dict(zip([*FIGURES, "parents", "children_youth", "professionals"], raw_row, strict=True))
    assert engine_figures == raw_figures, (engine_figures, raw_figures)  # every figure, the same
    totals = [raw_figures[key] for key in ("parents", "children_youth", "professionals")]
    print(f"yearly review over {big_store.ENCOUNTERS:,} encounters and {big_store.GUIDANCE:,} guidance sessions:")
    print(f"  report engine  {engine_s * 1000:7.1f} ms   (target < 500 ms)")
    print(f"  one raw query  {raw_s * 1000:7.1f} ms")
    print(f"  ratio          {engine_s / raw_s:7.2f}x  (target <= 1.5x)")
    print(f"  all {len(raw_figures)} figures equal on both sides: {raw_figures}")
    print(f"  encounters by group: {totals}, guidance sessions {raw_figures['guidance']}")
    for kind in KINDS:
        if kind == "review":
            continue

        def breakdown(kind: str = kind) -> Report:
            with store.session() as session:
                return make_report(session, kind, SCOPE, threshold=5)

        seconds, _ = median_time(breakdown, max(3, options.runs // 2))
        print(f"  {kind:<13}  {seconds * 1000:7.1f} ms")
    with store.session() as session:
        protected = make_report(session, "municipality", SCOPE, threshold=5)
    for format in ("csv", "xlsx", "pdf"):
        seconds, data = median_time(partial(render, protected, format), 3)
        print(f"  render {format:<5}  {seconds * 1000:7.1f} ms, {len(data):,} bytes")
    raw.close()
    store.close()
    raw_text = f"one hand-written SQL query {ms(raw_s, 1)}"
    table.report(
        [
            Figure("reports", "yearly review, 1M encounters", ms(engine_s, 1), "< 500 ms", engine_s < 0.5, raw_text),
            Figure(
                "reports",
                "  as a ratio to raw SQL",
                f"{engine_s / raw_s:.2f}x",
                "≤ 1.5x",
                engine_s / raw_s <= 1.5,
                raw_text,
            ),
        ],
        options.json,
    )


if __name__ == "__main__":
    main()
