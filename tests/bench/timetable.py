"""The public timetable under load: requests per second for the whole season's page (``/timetable/fi``) on a
register over SQLite and over PostgreSQL, the register in its own process (``pysakki-register serve``).

A season is what one bus does in half a year: four municipalities, twelve stops, a visit most working days (120),
some cancelled in advance and today's stop days synced. Clients on threads of this process ask for the page as fast
as it answers for a fixed time. The baseline is ``/api/v1/hello`` (no database) under the same load.
Run: python -m tests.bench.timetable [--seconds 10] [--clients 8] [--no-postgres]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock
from pathlib import Path

import requests

from app.models import ScheduleEntry, Stop, StopDay
from app.vocab import StopDayStatus
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.public.timetable import finnish_today
from sync.server.store import open_register
from tests.bench.rush import postgres_databases
from tests.bench.table import Figure, ms, percentile, report
from tests.rush_setup import register_process

MUNICIPALITIES = ("322", "400", "853", "895")
STOPS = 12
VISITS = 120


def fill_season(database: str, key: Path) -> None:
    today = finnish_today()
    store = open_register(database, key)
    try:
        with store.session() as session:
            for number in range(STOPS):
                session.add(Stop(id=f"stop-{number}", unit_id="perhelinja", name=f"Pysäkki {number}",
                                 municipality_code=MUNICIPALITIES[number % len(MUNICIPALITIES)],
                                 address=f"Katu {number}, 20100 Turku", revision=1))  # fmt: skip
            session.flush()
            for number in range(VISITS):
                day = today + timedelta(days=number * 180 // VISITS)
                session.add(ScheduleEntry(id=f"visit-{number}", unit_id="perhelinja", stop_id=f"stop-{number % STOPS}",
                                          day=day, starts_at=clock(10), ends_at=clock(14), cancelled=number % 17 == 5,
                                          organisation_ids=["mll-varsinais-suomi"] if number % 3 == 0 else [],
                                          revision=2))  # fmt: skip
            now = datetime.now(UTC)
            session.add(StopDay(id="00000000-0000-4000-8000-000000000001", unit_id="perhelinja", device_id="d",
                                created_at=now, updated_at=now, revision=3, day=today, status=StopDayStatus.OPEN,
                                municipality_code="322", stop_id="stop-0", place="x", opened_at=now))  # fmt: skip
    finally:
        store.close()


def load(url: str, headers: dict[str, str], seconds: float, clients: int) -> tuple[int, int, list[float], int]:
    """(answers 200, other answers, each answer's seconds, the page's bytes) of ``clients`` asking for ``seconds``."""
    latencies: list[float] = []
    failures = [0]
    size = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client() -> None:
        with requests.Session() as http:
            while time.monotonic() < stop_at:
                began = time.perf_counter()
                answer = http.get(url, headers=headers, timeout=30)
                took = time.perf_counter() - began
                with lock:
                    if answer.status_code == 200:
                        latencies.append(took)
                        size[0] = len(answer.content)
                    else:
                        failures[0] += 1

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return len(latencies), failures[0], latencies, size[0]


def measure(backend: str, database: str, work: Path, options: argparse.Namespace) -> list[Figure]:
    with register_process(database, work / backend) as register:
        fill_season(database, register.key)
        page = f"{register.address}/timetable/fi"
        load(page, {}, 1.0, 1)  # warm up: imports, templates, the connection pool
        ok, failed, latencies, size = load(page, {}, options.seconds, options.clients)
        hello = {PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        base, _, _, _ = load(register.address + API_PREFIX + "/hello", hello, options.seconds, options.clients)
    name = f"season's page ({VISITS} visits, {size // 1024} KiB), {options.clients} clients, {backend}"
    return [
        Figure(
            "timetable",
            name + ": requests/s",
            f"{ok / options.seconds:.0f}",
            "",
            None,
            f"/hello {base / options.seconds:.0f}/s",
        ),
        Figure("timetable", "  p95 answer", ms(percentile(latencies, 0.95)), "", None),
        Figure("timetable", "  failed answers", str(failed), "0", failed == 0),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--no-postgres", action="store_true", help="only the register on SQLite")
    parser.add_argument("--json", type=Path, help="also write the figures here (for python -m tests.bench)")
    options = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="pysakki-bench-timetable-"))
    try:
        figures = measure("SQLite", f"sqlite:///{work / 'register.db'}", work, options)
        if not options.no_postgres:
            with postgres_databases(work) as databases:
                figures += measure("PostgreSQL", databases(), work, options)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    report(figures, options.json)


if __name__ == "__main__":
    main()
