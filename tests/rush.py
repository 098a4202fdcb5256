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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.engine import make_url

from app.records import BY_NAME, RECORD_TYPES
from sync.client import RegisterClient, SyncError
from sync.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PushStatus,
    ReceiptResponse,
    receipt_digest,
)
from sync.server.models import Conflict
from sync.server.store import make_engine
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


@dataclass(frozen=True)
class SyncOutcome:
    laptop: int
    ok: bool
    failure: str  # "" when ok; else the SyncError code and the start of its detail
    seconds: float


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


@dataclass(frozen=True)
class Sent:
    """What one laptop sent and was told, as it stood when the run ended."""

    device_id: str
    attempted: frozenset[str]
    acknowledged: frozenset[str]
    pulled: frozenset[str]
    answers: Counter[str]
    last_ok: bool  # its last sync succeeded, so its pull brought back everything acknowledged before it


# A run -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    at: float  # seconds since the start
    answered: bool
    seconds: float


@dataclass
class RushResult:
    """What one run measured; ``summary()`` says it in a paragraph."""

    backend: str
    mode: Mode
    laptops: int
    seconds: float  # from the start until every laptop ended, or the deadline
    finished: bool  # every laptop ended before the deadline
    outcomes: list[SyncOutcome]
    statuses: Counter[int]  # every HTTP answer the laptops got, retried ones included
    no_answer: Counter[str]  # requests of the laptops that got no answer, by urllib3's exception, retried included
    server_statuses: Counter[int]  # the register's access log (laptops, probe and setup)
    server_errors: Counter[str]  # error lines in the register's log
    probes: list[Probe]
    recovered: bool  # /hello and a coordinator's request answered within the grace period after the run
    cpu_seconds: float  # the register process's CPU time during the run
    peak_rss: int  # bytes
    answers: Counter[str]  # push results by status
    records_sent: int
    records_held: int
    lost: int  # acknowledged to a laptop, yet not in the register
    missing: int  # sent, not acknowledged, not in the register (a laptop sends them again next time)
    unexpected: int  # in the register under these laptops' names, yet never sent
    conflicts_held: int
    pull_missed: int  # a laptop's own acknowledged records that its last successful pull did not bring back
    log: Path | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(not outcome.ok for outcome in self.outcomes)

    @property
    def server_error_answers(self) -> int:
        return sum(count for status, count in self.statuses.items() if status >= 500)

    @property
    def health_throughout(self) -> bool:
        return bool(self.probes) and all(probe.answered for probe in self.probes)

    @property
    def wedged(self) -> bool:
        return not self.recovered

    @property
    def exact(self) -> bool:
        """Every record sent is held exactly once, and nothing else: no loss, no gap, no stray copy."""
        clean = not (self.answers[PushStatus.CONFLICT.value] or self.answers[PushStatus.REJECTED.value])
        return clean and not (self.lost or self.missing or self.unexpected or self.conflicts_held)

    def p95(self) -> float:
        ordered = sorted(outcome.seconds for outcome in self.outcomes)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else 0.0

    def longest_silence(self) -> float:
        """The longest stretch of seconds in which no probe was answered."""
        longest, began = 0.0, None
        for probe in self.probes:
            if probe.answered:
                began = None
                continue
            began = probe.at if began is None else began
            longest = max(longest, probe.at + probe.seconds - began)
        return longest

    def failures(self) -> Counter[str]:
        """Failed syncs by their reason, the detail cut at the first colon after the code."""
        return Counter(outcome.failure.split(":")[0] for outcome in self.outcomes if not outcome.ok)

    def summary(self) -> str:
        unanswered = sum(not probe.answered for probe in self.probes)
        lines = [
            f"{self.backend}, {self.mode}, {self.laptops} laptops: {self.failed} of {len(self.outcomes)} syncs "
            f"failed{' ' + str(dict(self.failures())) if self.failed else ''}; "
            f"{'ended' if self.finished else 'DEADLINE PASSED'} after "
            f"{self.seconds:.1f} s; per-sync p95 {self.p95():.2f} s"
            + ("; WEDGED: no answer to /hello or a coordinator after the run" if self.wedged else ""),
            f"  HTTP answers to the laptops {dict(sorted(self.statuses.items()))} ({self.server_error_answers} 5xx, "
            f"retried ones included); no answer {dict(self.no_answer) or 'none'}; the register's log: "
            f"{dict(sorted(self.server_statuses.items()))}",
            f"  health probe: {len(self.probes) - unanswered} of {len(self.probes)} answered, longest silence "
            f"{self.longest_silence():.1f} s; register CPU {self.cpu_seconds:.1f} s, peak memory "
            f"{self.peak_rss / 1e6:.0f} MB",
            f"  records: {self.records_sent} sent, {self.records_held} held, {self.lost} lost, {self.missing} "
            f"missing, {self.unexpected} unexpected, {self.conflicts_held} conflicts held, {self.pull_missed} not "
            f"pulled back; push answers {dict(self.answers)}",
        ]
        lines += [f"  register error x{count}: {line}" for line, count in self.server_errors.most_common(4)]
        lines += [f"  {note}" for note in self.notes]
        return "\n".join(lines)


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
    return _result(backend, mode, laptops, elapsed, finished, outcomes, statuses, no_answer, server_statuses,
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


def _read_engine(database: str) -> Engine:
    """An engine for reading the register after its process ended, every statement bounded in time."""
    url = make_url(database)
    if url.get_backend_name() == "sqlite":
        return make_engine(database)
    if url.get_driver_name() in ("", "psycopg2"):
        url = url.set(drivername="postgresql+psycopg")
    return create_engine(url, connect_args={"connect_timeout": 10, "options": "-c statement_timeout=30000"})


def held_records(database: str, devices: set[str]) -> tuple[dict[str, Counter[str]], int]:
    """Record ids the register holds for ``devices`` (how many rows each, over every record table), and how many
    conflicts it keeps for them."""
    engine = _read_engine(database)
    held: dict[str, Counter[str]] = {device: Counter() for device in devices}
    try:
        with engine.connect() as connection:
            for rtype in RECORD_TYPES:
                model: Any = rtype.model
                rows = connection.execute(select(model.id, model.device_id).where(model.device_id.in_(devices)))
                for record_id, device_id in rows:
                    held[device_id][record_id] += 1
            conflicts = connection.execute(
                select(func.count()).select_from(Conflict).where(Conflict.device_id.in_(devices))
            ).scalar_one()
    finally:
        engine.dispose()
    return held, int(conflicts)


def _result(
    backend: str,
    mode: Mode,
    laptops: int,
    elapsed: float,
    finished: bool,
    outcomes: list[SyncOutcome],
    statuses: Counter[int],
    no_answer: Counter[str],
    server_statuses: Counter[int],
    server_errors: Counter[str],
    probes: list[Probe],
    recovered: bool,
    cpu: float,
    peak: int,
    sent: list[Sent],
    held: dict[str, Counter[str]],
    conflicts: int,
    log: Path,
    notes: list[str],
) -> RushResult:
    answers: Counter[str] = Counter()
    lost = missing = unexpected = pull_missed = sent_count = held_count = 0
    for laptop in sent:
        answers.update(laptop.answers)
        here = held[laptop.device_id]
        sent_count += len(laptop.attempted)
        held_count += sum(here.values())
        lost += len(laptop.acknowledged - here.keys())
        missing += len((laptop.attempted - laptop.acknowledged) - here.keys())
        unexpected += len(here.keys() - laptop.attempted) + sum(count - 1 for count in here.values())
        if laptop.last_ok:
            pull_missed += len(laptop.acknowledged - laptop.pulled)
    return RushResult(backend, mode, laptops, elapsed, finished, outcomes, statuses, no_answer, server_statuses,
                      server_errors, probes, recovered, cpu, peak, answers, sent_count, held_count, lost, missing,
                      unexpected, conflicts, pull_missed, log, notes)  # fmt: skip
