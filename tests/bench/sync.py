"""Sync: a backlog of 100,000 records pushed over loopback, on a register over SQLite and over PostgreSQL, and a
day's 300 records over a link shaped like a weak mobile connection.

The register runs as its own process (``pysakki-register serve``); the laptop's push runs in a child process of
its own, so its peak memory (ru_maxrss) is the client's alone. Throughput is compared with a raw SQLAlchemy Core
executemany insert of the same rows into a freshly migrated database of the same kind, in one transaction.
Run: python -m tests.bench.sync [--records N] [--no-postgres]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import func, insert, select

from app.db import open_store
from app.identity import current_author, set_setting
from app.models import EncounterTally, GuidanceSession, StopDay
from app.paths import database_path
from app.services import encounters, records, stop_days
from sync.engine import SyncEngine, SyncReport
from sync.laptop import REGISTER_URL, configured_client, enroll
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server import auth
from sync.server.store import make_engine, migrate, open_register
from tests.bench import big_store
from tests.bench.shaped_link import ShapedLink
from tests.bench.table import Figure, report
from tests.conftest import NOW
from tests.postgres import free_port

TABLES = (StopDay, EncounterTally, GuidanceSession)  # parents first


@contextmanager
def register_process(url: str, *, nice: int = 0) -> Iterator[str]:
    """``pysakki-register serve`` on a free loopback port over the migrated database at ``url``; its address.
    With ``nice``, the register runs at that lower priority (POSIX): it stands for headquarters' own machine."""
    port = free_port()  # a moment's race with other programs; fine for a benchmark
    command = [sys.executable, "-m", "sync.server.cli", "--database", url, "serve", "--port", str(port)]
    lower = (lambda: os.nice(nice)) if nice and hasattr(os, "nice") else None
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=lower)  # noqa: PLW1509
    address = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                requests.get(f"{address}{API_PREFIX}/hello", headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
                             timeout=1)  # fmt: skip
                break
            except requests.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise RuntimeError("the register did not start") from None
                time.sleep(0.1)
        yield address
    finally:
        process.terminate()
        process.wait(timeout=30)


def enrolled_laptop(template: Path, directory: Path, url: str, address: str) -> Path:
    """A copy of the laptop store in ``template``, enrolled with the register at ``address``."""
    directory.mkdir(parents=True)
    shutil.copyfile(database_path(template), database_path(directory))
    register = open_register(url)
    with register.session() as session:
        code = auth.create_enrollment_code(session=session, unit_id="perhelinja")
    register.close()
    store = open_store(directory)
    enroll(store, address, code, "Bench laptop")
    store.close()
    return directory


def push_child(directory: Path) -> None:
    """In a child process: push this laptop's backlog; print seconds, body bytes each way and peak memory."""
    store = open_store(directory)
    client = configured_client(store)
    sent, received = [0], [0]

    def count(response: requests.Response, *_args: Any, **_kwargs: Any) -> None:
        body = response.request.body
        sent[0] += len(body) if isinstance(body, bytes | str) else 0
        received[0] += int(response.headers.get("content-length") or len(response.content))

    client.session.hooks["response"].append(count)
    report = SyncReport()
    began = time.perf_counter()
    SyncEngine(store, client).push(report)  # batches as the program sizes them: from 200, adapting to the link
    seconds = time.perf_counter() - began
    print(json.dumps({"seconds": seconds, "sent": sent[0], "received": received[0], "peak": peak_memory(),
                      "answers": dict(report.pushed)}))  # fmt: skip


def pull_child(directory: Path) -> None:
    """In a child process: a replacement laptop's first sync pulls every record of its unit; print the figures."""
    store = open_store(directory)
    client = configured_client(store)
    report = SyncReport()
    began = time.perf_counter()
    SyncEngine(store, client).pull(report)
    seconds = time.perf_counter() - began
    with store.session() as session:
        held = sum(session.scalar(select(func.count()).select_from(model)) or 0 for model in TABLES)
    print(json.dumps({"seconds": seconds, "held": held, "waiting": report.waiting, "peak": peak_memory()}))


def peak_memory() -> int:
    """This process's peak resident memory in bytes. On Linux from VmHWM, which starts afresh at exec; ru_maxrss
    would also count the pages of the (large) benchmark process this one was forked from."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux, bytes on macOS


def executemany_baseline(source_url: str, target_url: str) -> float:
    """Seconds to insert the rows the register holds into a fresh database with one executemany per table."""
    source = make_engine(source_url)
    with source.connect() as connection:
        rows = {model: [dict(row._mapping) for row in connection.execute(select(model.__table__))] for model in TABLES}
    source.dispose()
    migrate(target_url)
    target = make_engine(target_url)
    began = time.perf_counter()
    with target.begin() as connection:
        for model, values in rows.items():
            connection.execute(insert(model.__table__), values)
    seconds = time.perf_counter() - began
    target.dispose()
    return seconds


def build_backlog(directory: Path, total: int) -> Path:
    """A laptop store whose ``total`` records all wait for the register: 1 % stop days, 80 % encounters, the rest
    guidance sessions."""
    big_store.write_template(directory)
    days = max(1, total // 100)
    tallies = total * 8 // 10
    big_store.fill(database_path(directory), stop_days=days, encounters=tallies, guidance=total - days - tallies,
                   synced=False)  # fmt: skip
    return directory


def backlog_run(kind: str, url: str, baseline_url: str, template: Path, work: Path, total: int) -> list[Figure]:
    migrate(url)
    env = os.environ | {"PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    with register_process(url) as address:
        laptop = enrolled_laptop(template, work / f"laptop-{kind}", url, address)
        child = subprocess.run([sys.executable, "-m", "tests.bench.sync", "--push-child", str(laptop)],
                               capture_output=True, text=True, check=True, env=env)  # fmt: skip
        empty = work / f"empty-{kind}"
        open_store(empty).close()
        replacement = enrolled_laptop(empty, work / f"replacement-{kind}", url, address)
        pulled = subprocess.run([sys.executable, "-m", "tests.bench.sync", "--pull-child", str(replacement)],
                                capture_output=True, text=True, check=True, env=env)  # fmt: skip
    figures = json.loads(child.stdout.strip().splitlines()[-1])
    pull_figures = json.loads(pulled.stdout.strip().splitlines()[-1])
    raw = executemany_baseline(url, baseline_url)
    rate, raw_rate = total / figures["seconds"], total / raw
    print(
        f"push {total} records, register on {kind}: {figures['seconds']:.1f} s, {rate:,.0f} records/s; "
        f"raw executemany {raw:.2f} s, {raw_rate:,.0f} rows/s; ratio {rate / raw_rate:.2f} (target at least 0.3)"
    )
    print(f"  bytes per record (HTTP bodies, gzip; copies of one record compress far better than a real day's): "
          f"{figures['sent'] / total:.0f} sent, {figures['received'] / total:.0f} received; client peak memory "
          f"{figures['peak'] / 1e6:.0f} MB (target under 250 MB); answers {figures['answers']}")  # fmt: skip
    pull_rate = pull_figures["held"] / pull_figures["seconds"]
    print(f"a replacement laptop pulls the unit's {pull_figures['held']} records: {pull_figures['seconds']:.1f} s, "
          f"{pull_rate:,.0f} records/s, peak memory {pull_figures['peak'] / 1e6:.0f} MB, "
          f"{pull_figures['waiting']} waiting at the end")  # fmt: skip
    if pull_figures["held"] != total or pull_figures["waiting"]:
        raise SystemExit(f"the replacement laptop holds {pull_figures['held']} of {total} records")
    raw_text = f"raw executemany insert {raw_rate:,.0f} rows/s"
    push_text = f"the push of the same records: {rate:,.0f} records/s"
    return [
        Figure("sync", f"push {total:,} records, register on {kind}", f"{rate:,.0f} records/s", "", None, raw_text),
        Figure(
            "sync",
            "  as a ratio to raw executemany",
            f"{rate / raw_rate:.2f}",
            "≥ 0.3",
            rate / raw_rate >= 0.3,
            raw_text,
        ),
        Figure("sync", "  client peak memory", f"{figures['peak'] / 1e6:.0f} MB", "< 250 MB", figures["peak"] < 250e6),
        Figure(
            "sync", f"replacement laptop pulls {total:,}, {kind}", f"{pull_rate:,.0f} records/s", "", None, push_text
        ),
        Figure(
            "sync",
            "  replacement laptop peak memory",
            f"{pull_figures['peak'] / 1e6:.0f} MB",
            "< 250 MB",
            pull_figures["peak"] < 250e6,
        ),
    ]


def shaped_day(work: Path, bits_per_second: float, round_trip: float) -> list[Figure]:
    """A day's 300 records (a stop day, 259 encounters, 40 guidance sessions) through the shaped link: whole sync."""
    url = f"sqlite:///{work / 'shaped-register.db'}"
    migrate(url)
    directory = work / "shaped-template"
    store = open_store(directory)
    with store.session() as session:
        author = current_author(session)
        day = stop_days.open_stop_day(session=session, author=author, day=NOW.date(), municipality_code="400",
                                      place="Tori", now=NOW)  # fmt: skip
        groups = ("parent", "child", "youth", "professional")
        for number in range(259):
            encounters.count_encounter(session=session, author=author, group=groups[number % 4], stop_day_id=day.id,
                                       now=NOW)  # fmt: skip
        for _ in range(40):
            records.create(session=session, author=author, type="guidance", now=NOW, data={
                "occurred_at": NOW, "stop_day_id": day.id, "client_type": "parent", "themes": ["coping"],
                "duration_min": 15, "outcome": "advice",
            })  # fmt: skip
    store.close()
    with register_process(url) as address, ExitStack() as stack:
        port = int(address.rsplit(":", 1)[1])
        link = ShapedLink(port, bits_per_second=bits_per_second, round_trip=round_trip)
        stack.callback(link.close)
        laptop = enrolled_laptop(directory, work / "shaped-laptop", url, address)
        store = open_store(laptop)
        with store.session() as session:
            set_setting(session, REGISTER_URL, f"http://127.0.0.1:{link.port}")
        began = time.perf_counter()
        report = SyncEngine(store, configured_client(store)).run()
        seconds = time.perf_counter() - began
        store.close()
    total = sum(report.pushed.values())
    print(f"a day's {total} records, whole sync over {bits_per_second / 1e6:g} Mbit/s and {round_trip * 1000:.0f} ms "
          f"round trip: {seconds:.2f} s (target under 3 s); {(link.sent + link.received) / total:.0f} bytes per "
          f"record on the wire, headers included ({link.sent} up, {link.received} down)")  # fmt: skip
    link_text = f"{bits_per_second / 1e6:g} Mbit/s, {round_trip * 1000:.0f} ms round trip"
    return [Figure("sync", f"a day's {total} records, whole sync", f"{seconds:.2f} s", "< 3 s", seconds < 3, link_text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--no-postgres", action="store_true", help="only the register on SQLite")
    parser.add_argument("--push-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--pull-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help=argparse.SUPPRESS)  # for python -m tests.bench
    options = parser.parse_args()
    if options.push_child:
        push_child(options.push_child)
        return
    if options.pull_child:
        pull_child(options.pull_child)
        return
    work = Path(tempfile.mkdtemp(prefix="pysakki-bench-sync-"))
    began = time.perf_counter()
    template = build_backlog(work / "backlog", options.records)
    print(f"backlog: {options.records} records waiting on a laptop, built in {time.perf_counter() - began:.1f} s")
    figures = backlog_run("SQLite", f"sqlite:///{work / 'register.db'}", f"sqlite:///{work / 'baseline.db'}",
                          template, work, options.records)  # fmt: skip
    if not options.no_postgres:
        from tests.postgres import cluster, fresh_database  # noqa: PLC0415

        with cluster(work / "postgres") as admin:
            figures += backlog_run("PostgreSQL", fresh_database(admin), fresh_database(admin), template, work,
                                   options.records)  # fmt: skip
    figures += shaped_day(work, 1_000_000, 0.3)
    shutil.rmtree(work, ignore_errors=True)
    report(figures, options.json)


if __name__ == "__main__":
    main()
