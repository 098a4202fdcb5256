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

# The same totals as the yearly review, with the same rules: live records of the period (in Finnish time), none on a
# cancelled or deleted stop day. Written as well as one query can be: "+occurred_at" keeps SQLite on the covering
# report indexes, as the engine does, instead of seeking the occurred_at index and reading every row.
RAW = """
WITH dropped AS (SELECT id FROM stop_days WHERE deleted = 1 OR status = 'cancelled'),
days AS (SELECT * FROM stop_days WHERE deleted = 0 AND day BETWEEN :first AND :last)
SELECT
  (SELECT count(DISTINCT unit_id || day) FROM days WHERE status IN ('held', 'open')),
  (SELECT sum(km) FROM days WHERE status IN ('held', 'open')),
  (SELECT count(*) FROM days WHERE status = 'cancelled'),
  (SELECT count(*) FROM events WHERE deleted = 0 AND starts_at >= :low AND starts_at < :high),
  (SELECT count(*) FROM guidance_sessions WHERE deleted = 0 AND +occurred_at >= :low AND +occurred_at < :high
     AND coalesce(stop_day_id, '') NOT IN dropped),
  (SELECT count(*) FROM contact_requests WHERE deleted = 0 AND received_at >= :low AND received_at < :high),
  e.parents, e.children_youth, e.professionals
FROM (
  SELECT sum(CASE WHEN "group" = 'parent' THEN count END) AS parents,
         sum(CASE WHEN "group" IN ('child', 'youth') THEN count END) AS children_youth,
         sum(CASE WHEN "group" = 'professional' THEN count END) AS professionals
  FROM encounters
  WHERE deleted = 0 AND +occurred_at >= :low AND +occurred_at < :high AND coalesce(stop_day_id, '') NOT IN dropped
) AS e
"""


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
    encounters = next(t for t in report.tables if t.key == "encounters")
    totals = [line[2] for line in encounters.cells[:3]]
    assert list(raw_row[6:9]) == totals, (raw_row, totals)
    print(f"yearly review over {big_store.ENCOUNTERS:,} encounters and {big_store.GUIDANCE:,} guidance sessions:")
    print(f"  report engine  {engine_s * 1000:7.1f} ms   (target < 500 ms)")
    print(f"  one raw query  {raw_s * 1000:7.1f} ms")
    print(f"  ratio          {engine_s / raw_s:7.2f}x  (target <= 1.5x)")
    print(f"  encounters by group: {totals}, guidance sessions {raw_row[4]}")
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
