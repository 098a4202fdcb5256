"""The end-of-day rush: many laptops syncing with one register at once, measured from outside the register.

At the end of a day every bus laptop syncs within the same few minutes, so the register must take many syncs at
once; tests that sync one or a few laptops never show a register that locks itself up under that load.
Here the register runs as in production, a ``pysakki-register serve`` process over SQLite or PostgreSQL. Every
laptop's day is built and encoded before the clock starts, so what is timed is the register; each laptop talks with
a ``RegisterClient`` as the program has it (its retries, a 30-second read timeout) and makes the calls a sync makes:
hello, pushes of 200, pulls of 500 until there is no more, the end-of-day receipt. Every HTTP answer is counted,
the ones the client retried too: a 500 the client hid behind a retry is still a defect. A probe asks ``/hello``
twice a second meanwhile, since a register busy with syncs must still answer a health check. Afterwards the
register's database is read directly: every record a laptop sent is held exactly once, none lost, none extra.

Everything is bounded: a run ends at its deadline whatever the register does, a register that then answers nothing
(not even ``/hello``) within a grace period is reported "wedged", and the process is killed in any case.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import requests

from app.records import BY_NAME, RECORD_TYPES
from sync.client import RegisterClient, SyncError
from sync.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    ReceiptResponse,
    receipt_digest,
)
from tests.rush_result import Probe, RushResult, Sent, SyncOutcome, held_records, rush_result
from tests.rush_setup import (
    ACKNOWLEDGED,
    DAY_RECORDS,
    MAX_PULL_PAGES,
    PROBE_EVERY,
    PROBE_TIMEOUT,
    PULL_LIMIT,
    Batch,
    Laptop,
    Mode,
    StatusTally,
    day_batches,
    enroll_laptops,
    hello,
    laptop_client,
    register_process,
    steady_batches,
)

# One laptop's syncs ----------------------------------------------------------------------------------------------


class DeadlineError(Exception):
    """The run's deadline passed before this sync ended."""


class LaptopRun:
    """One laptop during a run: its client, its pull cursor, and what it sent, was told and pulled."""

    def __init__(self, laptop: Laptop, client: RegisterClient, cursor: int, deadline: float) -> None:
        self.laptop, self.client, self.cursor, self.deadline = laptop, client, cursor, deadline
        self.attempted: set[str] = set()  # sent at least once, answered or not
        self.acknowledged: set[str] = set()  # answered created, updated or duplicate
        self.pulled: set[str] = set()  # record ids that came back in its pulls
        self.answers: Counter[str] = Counter()
        self.types: dict[str, str] = {}  # record id -> type, of every record sent
        self.outcomes: list[SyncOutcome] = []
        self.in_flight_since: float | None = None

    def sync(self, batches: list[Batch]) -> bool:
        """What ``SyncEngine.run`` does on the wire: hello, the pushes, pull until nothing more, and the end-of-day
        receipt, which must match what the laptop was told."""
        began = time.monotonic()
        self.in_flight_since = began
        failure = ""
        try:
            self.client.hello()
            for batch in batches:
                self._check_deadline()
                self.attempted.update(batch.types)
                self.types.update(batch.types)
                answer = self.client.push(batch.encoded)
                self.answers.update(result.status.value for result in answer.results)
                self.acknowledged.update(result.id for result in answer.results if result.status in ACKNOWLEDGED)
            for _page in range(MAX_PULL_PAGES):
                self._check_deadline()
                pulled = self.client.pull(self.cursor, PULL_LIMIT)
                self.pulled.update(str(change.data.get("id")) for change in pulled.changes if change.kind in BY_NAME)
                self.cursor = pulled.cursor
                if not pulled.more:
                    break
            else:
                failure = f"pull_unending: more than {MAX_PULL_PAGES} pages"
            if not failure:
                self._check_deadline()
                failure = self._check_receipt(self.client.receipt())
        except SyncError as exc:
            failure = f"{exc.code}: {exc.detail[:100]}" if exc.detail else exc.code
        except DeadlineError:
            failure = "unfinished: the run's deadline passed"
        except Exception as exc:  # anything else is a failed sync too, and is shown
            failure = f"{type(exc).__name__}: {str(exc)[:100]}"
        self.in_flight_since = None
        self.outcomes.append(SyncOutcome(self.laptop.number, not failure, failure, time.monotonic() - began))
        return not failure

    def _check_receipt(self, answer: ReceiptResponse) -> str:
        """Nothing when the register holds, per record type, exactly the records it acknowledged to this laptop;
        else which types differ."""
        differing = []
        for rtype in RECORD_TYPES:
            mine = [(record_id, 1) for record_id in self.acknowledged if self.types[record_id] == rtype.name]
            theirs = answer.types.get(rtype.name)
            held = (theirs.count, theirs.digest) if theirs is not None else (0, receipt_digest([]))
            if held != (len(mine), receipt_digest(mine)):
                differing.append(f"{rtype.name} {held[0]} held of {len(mine)}")
        return f"receipt_differs: {', '.join(differing)}" if differing else ""

    def _check_deadline(self) -> None:
        if time.monotonic() > self.deadline:
            raise DeadlineError

    def snapshot(self) -> Sent:
        last_ok = bool(self.outcomes) and self.outcomes[-1].ok and self.in_flight_since is None
        return Sent(self.laptop.device_id, frozenset(self.attempted), frozenset(self.acknowledged),
                    frozenset(self.pulled), Counter(self.answers), last_ok)  # fmt: skip


def rush(database: str, work: Path, *, laptops: int, backend: str, deadline: float = 120.0,
         grace: float = 15.0, records: int = DAY_RECORDS) -> RushResult:  # fmt: skip
    """Every laptop syncs a day's ``records`` at the same moment, once."""

    def prepare(laptop: Laptop) -> Callable[[LaptopRun, threading.Event], None]:
        batches = day_batches(laptop, records)

        def work(run: LaptopRun, _stop: threading.Event) -> None:
            run.sync(batches)

        return work

    return _run(database, work, laptops=laptops, backend=backend, mode="rush", deadline=deadline, grace=grace,
                prepare=prepare)  # fmt: skip


def steady(database: str, work: Path, *, laptops: int, backend: str, seconds: float = 30.0,
           grace: float = 15.0) -> RushResult:  # fmt: skip
    """Every laptop syncs a few records every one to three seconds for ``seconds``; a failed sync's records are
    sent again with the next one, as the outbox keeps them."""

    def prepare(laptop: Laptop) -> Callable[[LaptopRun, threading.Event], None]:
        batches = steady_batches(laptop, int(seconds) + 1)
        rng = random.Random(2000 + laptop.number)

        def work(run: LaptopRun, stop: threading.Event) -> None:
            sent = 0
            for number in range(len(batches)):
                if stop.wait(rng.uniform(1.0, 3.0)):
                    return
                if run.sync(batches[sent : number + 1]):
                    sent = number + 1

        return work

    return _run(database, work, laptops=laptops, backend=backend, mode="steady", deadline=seconds + 60.0,
                grace=grace, prepare=prepare, stop_after=seconds)  # fmt: skip


def _run(
    database: str,
    work: Path,
    *,
    laptops: int,
    backend: str,
    mode: Mode,
    deadline: float,
    grace: float,
    prepare: Callable[[Laptop], Callable[[LaptopRun, threading.Event], None]],
    stop_after: float | None = None,
) -> RushResult:
    notes: list[str] = []
    with register_process(database, work) as register:
        setup = enroll_laptops(register, laptops)
        plans = [prepare(laptop) for laptop in setup.laptops]  # every body built and encoded before the start
        tally = StatusTally()
        barrier = threading.Barrier(laptops + 1, timeout=60)
        stop = threading.Event()
        runs: list[LaptopRun] = []
        threads = []
        for laptop, plan in zip(setup.laptops, plans, strict=True):
            run = LaptopRun(laptop, laptop_client(register.address, laptop.token, tally), setup.cursor, 0.0)
            runs.append(run)

            def laptop_thread(run: LaptopRun = run, plan: Callable[..., None] = plan) -> None:
                barrier.wait()
                plan(run, stop)

            threads.append(threading.Thread(target=laptop_thread, name=f"laptop-{laptop.number}", daemon=True))
        for thread in threads:
            thread.start()
        cpu_before = register.cpu_seconds()
        end = time.monotonic() + deadline
        for run in runs:
            run.deadline = end  # set before the barrier lets them go
        barrier.wait()
        began = time.monotonic()
        probes: list[Probe] = []
        ended = threading.Event()  # the probe asks until the last laptop ends, not only until ``stop_after``
        probing = threading.Thread(target=_probe, args=(register.address, began, end, ended, probes), daemon=True)
        probing.start()
        if stop_after is not None:
            stop.wait(stop_after)
            stop.set()
        for thread in threads:
            thread.join(timeout=max(0.0, end - time.monotonic()))
        elapsed = time.monotonic() - began
        finished = not any(thread.is_alive() for thread in threads)
        stop.set()
        ended.set()
        probing.join(timeout=PROBE_TIMEOUT * 2 + 1)
        cpu = register.cpu_seconds() - cpu_before
        peak = register.peak_rss()
        outcomes = [outcome for run in runs for outcome in list(run.outcomes)]
        for run in runs:
            since = run.in_flight_since
            if since is not None:  # still waiting for the register at the deadline
                outcomes.append(SyncOutcome(run.laptop.number, False, "unfinished: no answer by the deadline",
                                            end - since))  # fmt: skip
        sent = [run.snapshot() for run in runs]  # laptops still running change theirs no more from here
        statuses, no_answer = tally.counts()
        recovered = _recovers(register.address, setup.coordinator, grace)
        if not finished:
            notes.append(f"{sum(t.is_alive() for t in threads)} laptops were still waiting at the deadline "
                         f"({deadline:.0f} s)")  # fmt: skip
    for run in runs:
        run.client.close()
    server_statuses, server_errors = register.log_summary()
    held, conflicts = held_records(database, {laptop.device_id for laptop in setup.laptops})
    return rush_result(backend, mode, laptops, elapsed, finished, outcomes, statuses, no_answer, server_statuses,
                   server_errors, probes, recovered, cpu, peak, sent, held, conflicts, register.log,
                   notes)  # fmt: skip


def _probe(address: str, began: float, end: float, stop: threading.Event, probes: list[Probe]) -> None:
    """``/hello`` every half second with a 2-second timeout until the laptops end (at most until ``end``)."""
    tick = began
    while not stop.is_set() and time.monotonic() < end:
        asked = time.monotonic()
        answered = hello(address, PROBE_TIMEOUT)
        probes.append(Probe(asked - began, answered, time.monotonic() - asked))
        tick += PROBE_EVERY
        stop.wait(max(0.0, tick - time.monotonic()))


def _recovers(address: str, coordinator: str, grace: float) -> bool:
    """Whether the register answers ``/hello`` and a coordinator's device list within ``grace`` seconds."""
    until = time.monotonic() + grace
    while time.monotonic() < until:
        if hello(address, PROBE_TIMEOUT):
            headers = {PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {coordinator}"}
            try:
                answer = requests.get(f"{address}{API_PREFIX}/devices", headers=headers, timeout=5)
                if answer.status_code == 200:
                    return True
            except requests.RequestException:
                pass
        time.sleep(PROBE_EVERY)
    return False
