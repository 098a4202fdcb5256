"""The end-of-day rush: 50 laptops syncing a day's ~300 records each with one register at the same moment, on a
register over SQLite and over PostgreSQL; then the same laptops syncing a few records every one to three seconds.

Every bus syncs within the same few minutes at the end of the day, so this is the register's real peak; a register
that fails syncs or stops answering under it sends every laptop home with its day unsent. The register runs as its
own process (``pysakki-register serve``) and each laptop's day is encoded before the start, so the figures are
the register's (tests/rush.py). The baseline is one laptop syncing the same day alone on a fresh register. CPU
and memory are the register process's own; PostgreSQL's server processes are not counted.
Run: python -m tests.bench.rush [--laptops 50] [--no-postgres]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.bench.table import Figure, report
from tests.rush import rush, steady
from tests.rush_result import RushResult


def yes(flag: bool) -> str:
    return "yes" if flag else "no"


def failed_text(result: RushResult) -> str:
    """ "3 of 50: server_error 2, unfinished 1": how many syncs failed, and why."""
    why = ", ".join(f"{code} {count}" for code, count in result.failures().most_common())
    return f"{result.failed} of {len(result.outcomes)}" + (f": {why}" if why else "")


def rush_figures(result: RushResult, alone: RushResult) -> list[Figure]:
    """The rush's figures, each with its target where the register is held to one."""
    name = f"rush, {result.laptops} laptops' day at once, {result.backend}"
    unanswered = sum(not probe.answered for probe in result.probes)
    health = yes(result.health_throughout)
    if unanswered:
        health += f": {unanswered} of {len(result.probes)} unanswered, {result.longest_silence():.0f} s silent"
    exact = yes(result.exact)
    if not result.exact:
        exact += f": {result.missing} missing, {result.lost} lost, {result.unexpected} unexpected"
    baseline = f"1 laptop alone: {alone.p95():.1f} s" + ("" if alone.failed == 0 else ", FAILED")
    return [
        Figure("rush", name + ": failed syncs", failed_text(result), "0", result.failed == 0),
        Figure("rush", "  per-laptop p95", f"{result.p95():.1f} s", "", None, baseline),
        server_errors(result),
        Figure("rush", "  health answered throughout", health, "yes", result.health_throughout),
        Figure(
            "rush", "  answering after the run", "yes" if result.recovered else "no: wedged", "yes", result.recovered
        ),
        Figure("rush", "  every record held exactly once", exact, "yes", result.exact),
        Figure(
            "rush",
            "  register CPU",
            f"{result.cpu_seconds:.1f} s",
            "",
            None,
            f"1 laptop alone: {alone.cpu_seconds:.1f} s",
        ),
        Figure(
            "rush",
            "  register peak memory",
            f"{result.peak_rss / 1e6:.0f} MB",
            "",
            None,
            f"1 laptop alone: {alone.peak_rss / 1e6:.0f} MB",
        ),
    ]


def server_errors(result: RushResult) -> Figure:
    """Every 5xx the register gave, the ones a laptop's retry then hid included."""
    errors = result.server_error_answers
    return Figure("rush", "  5xx answers, retried ones included", str(errors), "0", errors == 0)


def steady_figures(result: RushResult, seconds: float) -> list[Figure]:
    name = f"steady, {result.laptops} laptops, 5-20 records every 1-3 s for {seconds:.0f} s, {result.backend}"
    return [
        Figure("rush", name + ": failed syncs", failed_text(result), "0", result.failed == 0),
        server_errors(result),
        Figure("rush", "  health answered throughout", yes(result.health_throughout), "yes", result.health_throughout),
        Figure("rush", "  per-sync p95", f"{result.p95():.2f} s", "", None),
    ]


def measure(backend: str, database: Callable[[], str], work: Path, options: argparse.Namespace) -> list[Figure]:
    """One laptop alone, then the rush, then the steady syncs, each on a register of its own."""
    results = []
    alone = rush(database(), work / f"{backend}-alone", laptops=1, backend=backend)
    print(alone.summary(), flush=True)
    results.append(alone)
    crowd = rush(database(), work / f"{backend}-rush", laptops=options.laptops, backend=backend,
                 deadline=options.deadline)  # fmt: skip
    print(crowd.summary(), flush=True)
    calm = steady(database(), work / f"{backend}-steady", laptops=options.laptops, backend=backend,
                  seconds=options.steady_seconds)  # fmt: skip
    print(calm.summary(), flush=True)
    return rush_figures(crowd, alone) + steady_figures(calm, options.steady_seconds)


@contextmanager
def postgres_databases(work: Path) -> Iterator[Callable[[], str]]:
    """A throwaway cluster; each call makes a fresh database in it."""
    from tests.postgres import cluster, fresh_database  # noqa: PLC0415

    with cluster(work / "postgres") as admin:
        yield lambda: fresh_database(admin)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--laptops", type=int, default=50)
    parser.add_argument("--no-postgres", action="store_true", help="only the register on SQLite")
    parser.add_argument("--deadline", type=float, default=120.0, help="seconds the rush may take at most")
    parser.add_argument("--steady-seconds", type=float, default=30.0)
    parser.add_argument("--json", type=Path, help="also write the figures here (for python -m tests.bench)")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pysakki-bench-rush-"))
    try:
        counter = iter(range(1_000))
        figures = measure("SQLite", lambda: f"sqlite:///{work / f'register-{next(counter)}.db'}", work, options)
        if not options.no_postgres:
            with postgres_databases(work) as databases:
                figures += measure("PostgreSQL", databases, work, options)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(figures, options.json)


if __name__ == "__main__":
    main()
