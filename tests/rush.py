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

import copy
import os
import random
import re
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

import requests
from requests.adapters import HTTPAdapter
from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.engine import make_url
from urllib3.connectionpool import ConnectionPool
from urllib3.response import BaseHTTPResponse
from urllib3.util.retry import Retry

from app.models import Unit
from app.records import BY_NAME, RECORD_TYPES
from sync.client import Encoded, RegisterClient, SyncError, make_retry
from sync.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PushRecord,
    PushRequest,
    PushStatus,
    ReceiptResponse,
    receipt_digest,
)
from sync.server import auth
from sync.server.models import Conflict, RegisterState
from sync.server.store import make_engine, open_register
from tests.postgres import free_port

ROOT = Path(__file__).resolve().parents[1]
UNITS = 10
DAY_RECORDS = 300  # a busy day on one bus: a stop day, guidance sessions, referrals and counted encounters
PUSH_BATCH = 200  # the engine's first batch size
PULL_LIMIT = 500  # what the engine asks for
READ_TIMEOUT = 30.0
PROBE_EVERY, PROBE_TIMEOUT = 0.5, 2.0
MAX_PULL_PAGES = 100  # a bound on one pull; a day of ten units is a few pages
ACKNOWLEDGED = frozenset({PushStatus.CREATED, PushStatus.UPDATED, PushStatus.DUPLICATE})
Mode = Literal["rush", "steady"]


# Counting every answer -------------------------------------------------------------------------------------------


class StatusTally:
    """HTTP statuses the laptops received, and requests that got no answer (a timeout, a refused connection), by
    the exception urllib3 raised; from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[int] = Counter()
        self._errors: Counter[str] = Counter()

    def add(self, status: int) -> None:
        with self._lock:
            self._counts[status] += 1

    def add_error(self, name: str) -> None:
        with self._lock:
            self._errors[name] += 1

    def counts(self) -> tuple[Counter[int], Counter[str]]:
        with self._lock:
            return Counter(self._counts), Counter(self._errors)


class CountingRetry(Retry):
    """The client's own retry policy that also counts each answer it retries, which requests never sees.

    urllib3 calls ``increment`` for every answer it may retry; when no retry is left it raises and the answer goes
    on to requests (counted there by a response hook), so each answer is counted exactly once. A request that got
    no answer comes here too, retried or not.
    """

    tally: StatusTally | None = None

    @classmethod
    def like(cls, policy: Retry, tally: StatusTally) -> CountingRetry:
        counting = copy.copy(policy)
        counting.__class__ = cls  # the same settings, whatever make_retry chose
        assert isinstance(counting, CountingRetry)
        counting.tally = tally
        return counting

    def new(self, **kw: Any) -> Self:
        following = super().new(**kw)
        following.tally = self.tally
        return following

    def increment(
        self,
        method: str | None = None,
        url: str | None = None,
        response: BaseHTTPResponse | None = None,
        error: Exception | None = None,
        _pool: ConnectionPool | None = None,
        _stacktrace: TracebackType | None = None,
    ) -> Self:
        if error is not None and self.tally is not None:
            self.tally.add_error(type(error).__name__)
        following = super().increment(method, url, response, error, _pool, _stacktrace)
        if response is not None and self.tally is not None:  # retried: requests will not see this answer
            self.tally.add(response.status)
        return following


def laptop_client(address: str, token: str, tally: StatusTally) -> RegisterClient:
    """A laptop's client (default attempts and backoff, 30 s read timeout) whose every answer is counted."""
    client = RegisterClient(address, token, read_timeout=READ_TIMEOUT)
    policy = CountingRetry.like(make_retry(client.attempts, client.backoff), tally)
    client.session.mount("http://", HTTPAdapter(max_retries=policy))
    client.session.hooks["response"].append(lambda response, *_a, **_k: tally.add(response.status_code))
    return client


# The register process --------------------------------------------------------------------------------------------

ACCESS_LINE = re.compile(r'"[A-Z]+ \S+ HTTP/[\d.]+" (\d{3})')
ERROR_LINE = re.compile(r"^(?:[A-Za-z_][\w.]*\.)?[A-Z]\w*(?:Error|Exception|Timeout)\b.*")


@dataclass
class RegisterProcess:
    address: str
    database: str
    key: Path
    log: Path
    process: subprocess.Popen[bytes]

    def cpu_seconds(self) -> float:
        """User and system CPU time of the process so far (/proc/PID/stat, fields 14 and 15)."""
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def peak_rss(self) -> int:
        """Peak resident memory in bytes (VmHWM)."""
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
        return 0

    def log_summary(self) -> tuple[Counter[int], Counter[str]]:
        """Statuses from uvicorn's access log and the errors it logged, each error line cut to 160 characters."""
        statuses: Counter[int] = Counter()
        errors: Counter[str] = Counter()
        if not self.log.exists():
            return statuses, errors
        for line in self.log.read_text("utf-8", errors="replace").splitlines():
            access = ACCESS_LINE.search(line)
            if access:
                statuses[int(access.group(1))] += 1
            elif ERROR_LINE.match(line):
                errors[line[:160]] += 1
        return statuses, errors


def _environment(key: Path) -> dict[str, str]:
    return os.environ | {"PYTHONPATH": str(ROOT), "PYSAKKI_REGISTER_KEY_FILE": str(key)}


def migrate_database(database: str, key: Path) -> None:
    """``pysakki-register migrate``, as an operator runs it before serving."""
    subprocess.run(
        [sys.executable, "-m", "sync.server.cli", "--database", database, "migrate"],
        cwd=ROOT, env=_environment(key), check=True, capture_output=True, timeout=180,
    )  # fmt: skip


@contextmanager
def register_process(database: str, work: Path) -> Iterator[RegisterProcess]:
    """``pysakki-register serve`` over the database at ``database`` (migrated here), on a free loopback port.

    Its output goes to a log file in ``work``; the process is killed on leaving, whatever happened.
    """
    work.mkdir(parents=True, exist_ok=True)
    key = work / "register.key"
    migrate_database(database, key)
    port = free_port()  # a moment's race with other programs, as in the other register tests
    log = work / "register.log"
    command = [sys.executable, "-m", "sync.server.cli", "--database", database, "serve", "--port", str(port)]
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=_environment(key), stdout=out, stderr=subprocess.STDOUT)
    register = RegisterProcess(f"http://127.0.0.1:{port}", database, key, log, process)
    try:
        deadline = time.monotonic() + 30
        while not hello(register.address, 1.0):
            if time.monotonic() > deadline or process.poll() is not None:
                raise RuntimeError(f"the register did not start; see {log}")
            time.sleep(0.05)
        yield register
    finally:
        process.terminate()
        try:
            process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def hello(address: str, timeout: float) -> bool:
    """Whether ``/hello`` answered 200 within ``timeout`` seconds, on a new connection as a monitor would make."""
    try:
        answer = requests.get(f"{address}{API_PREFIX}/hello", headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
                              timeout=(timeout, timeout))  # fmt: skip
    except requests.RequestException:
        return False
    return answer.status_code == 200


# Laptops and their days ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Laptop:
    number: int
    unit_id: str
    device_id: str
    token: str


@dataclass(frozen=True)
class Setup:
    laptops: list[Laptop]
    coordinator: str
    cursor: int  # the register's revision before the run: where each laptop's pull starts, as after yesterday


def unit_ids() -> list[str]:
    return [f"rush-{number:02d}" for number in range(1, UNITS + 1)]


def enroll_laptops(register: RegisterProcess, count: int) -> Setup:
    """Ten units, a coordinator, and ``count`` laptops spread over the units, each enrolled over HTTP with an id
    of its own (as a laptop that made its id at first start)."""
    store = open_register(register.database, register.key)
    try:
        with store.session() as session:
            for unit_id in unit_ids():
                if session.get(Unit, unit_id) is None:
                    session.add(Unit(id=unit_id, name=f"Bus {unit_id}"))
        with store.session() as session:
            coordinator = auth.create_coordinator(session=session, name=f"Rush coordinator {uuid.uuid4().hex[:8]}")
            codes = [
                auth.create_enrollment_code(session=session, unit_id=unit_ids()[number % UNITS])
                for number in range(count)
            ]
        with store.session() as session:
            state = session.get(RegisterState, 1)
            cursor = state.last_revision if state is not None else 0
    finally:
        store.close()
    laptops = []
    client = RegisterClient(register.address)
    try:
        for number, code in enumerate(codes):
            device_id = str(uuid.uuid4())
            enrolled = client.enroll(code, f"Bus laptop {number}", device_id)
            laptops.append(Laptop(number, enrolled.unit_id, enrolled.device_id, enrolled.token))
    finally:
        client.close()
    return Setup(laptops, coordinator, cursor)


@dataclass(frozen=True)
class Batch:
    """One push as it goes on the wire, encoded beforehand, and the type of each record it carries, by id."""

    types: dict[str, str]
    encoded: Encoded

    @classmethod
    def of(cls, records: list[PushRecord]) -> Batch:
        return cls({record.id: record.type for record in records}, Encoded.of(PushRequest(records=records)))


class DayWriter:
    """Valid records of one laptop, as the program would push them: each body checked by its own schema."""

    GROUPS = ("parent", "child", "youth", "professional")
    THEMES = ("divorce", "coping", "parenting", "adolescence")

    def __init__(self, laptop: Laptop, start: datetime, rng: random.Random) -> None:
        self.laptop = laptop
        self.clock = start
        self.rng = rng
        self.stop_day_id = ""
        self.sessions: list[str] = []

    def record(self, kind: str, data: dict[str, Any]) -> PushRecord:
        self.clock += timedelta(seconds=self.rng.randint(5, 90))
        body = BY_NAME[kind].body.model_validate(data).model_dump(mode="json")
        return PushRecord(type=kind, id=str(uuid.uuid4()), unit_id=self.laptop.unit_id,
                          device_id=self.laptop.device_id, created_at=self.clock, updated_at=self.clock, version=1,
                          body=body)  # fmt: skip

    def stop_day(self) -> PushRecord:
        municipality = self.rng.choice(("400", "895", "322"))
        day = self.record("stop_day", {"day": self.clock.date(), "status": "open", "municipality_code": municipality,
                                       "place": "Tori", "opened_at": self.clock})  # fmt: skip
        self.stop_day_id = day.id
        return day

    def guidance(self) -> PushRecord:
        session = self.record("guidance", {
            "occurred_at": self.clock, "stop_day_id": self.stop_day_id, "client_type": self.rng.choice(self.GROUPS),
            "age_band": "30-64", "themes": [self.rng.choice(self.THEMES)], "duration_min": self.rng.randint(5, 60),
            "outcome": self.rng.choice(("advice", "referral")),
        })  # fmt: skip
        self.sessions.append(session.id)
        return session

    def encounter(self) -> PushRecord:
        return self.record("encounter", {"occurred_at": self.clock, "group": self.rng.choice(self.GROUPS),
                                         "stop_day_id": self.stop_day_id})  # fmt: skip

    def referral(self) -> PushRecord:
        return self.record("referral", {"referred_at": self.clock, "session_id": self.rng.choice(self.sessions),
                                        "organisation_id": "yhden-vanhemman-perheiden-liitto",
                                        "handout_language": "fi"})  # fmt: skip


def day_start() -> datetime:
    yesterday = datetime.now(UTC) - timedelta(days=1)
    return yesterday.replace(hour=7, minute=0, second=0, microsecond=0)


def day_batches(laptop: Laptop, records: int = DAY_RECORDS) -> list[Batch]:
    """A day's records in push order (parents first) and in batches of ``PUSH_BATCH``: a stop day, 40 guidance
    sessions, 10 referrals from them, and the rest counted encounters."""
    writer = DayWriter(laptop, day_start(), random.Random(laptop.number))
    guidance = min(40, max(1, (records - 1) // 7))
    referrals = min(10, guidance)
    day = [writer.stop_day(), *(writer.guidance() for _ in range(guidance))]
    day += [writer.encounter() for _ in range(records - len(day) - referrals)]
    day += [writer.referral() for _ in range(referrals)]
    return [Batch.of(day[start : start + PUSH_BATCH]) for start in range(0, len(day), PUSH_BATCH)]


def steady_batches(laptop: Laptop, count: int) -> list[Batch]:
    """``count`` small syncs of 5 to 20 records each (the first opens the stop day), as a laptop that syncs
    after every few encounters."""
    rng = random.Random(1000 + laptop.number)
    writer = DayWriter(laptop, day_start(), rng)
    batches = []
    for number in range(count):
        size = rng.randint(5, 20)
        records = [writer.stop_day(), writer.guidance()] if number == 0 else []
        while len(records) < size:
            records.append(writer.referral() if writer.sessions and rng.random() < 0.1 else
                           writer.guidance() if rng.random() < 0.15 else writer.encounter())  # fmt: skip
        batches.append(Batch.of(records))
    return batches


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
