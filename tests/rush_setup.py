"""Setting up the end-of-day rush (tests/rush.py): the register as its own process, every HTTP answer counted
(retried ones too), and the enrolled laptops with their days built and encoded before the clock starts."""

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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, Self

import requests
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import ConnectionPool
from urllib3.response import BaseHTTPResponse
from urllib3.util.retry import Retry

from app.models import Unit
from app.records import BY_NAME
from sync.client import Encoded, RegisterClient, make_retry
from sync.protocol import (
    API_PREFIX,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    PushRecord,
    PushRequest,
    PushStatus,
)
from sync.server import auth
from sync.server.models import RegisterState
from sync.server.store import open_register
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
