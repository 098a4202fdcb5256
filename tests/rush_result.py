"""What a rush run measured (tests/rush.py): each sync's outcome, what each laptop sent and was told, the health
probe's answers, and the register's database read afterwards, put together into one result that says whether every
record sent is held exactly once."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.engine import make_url

from app.records import RECORD_TYPES
from sync.protocol import PushStatus
from sync.server.models import Conflict
from sync.server.store import make_engine
from tests.rush_setup import Mode


@dataclass(frozen=True)
class SyncOutcome:
    laptop: int
    ok: bool
    failure: str  # "" when ok; else the SyncError code and the start of its detail
    seconds: float


@dataclass(frozen=True)
class Sent:
    """What one laptop sent and was told, as it stood when the run ended."""

    device_id: str
    attempted: frozenset[str]
    acknowledged: frozenset[str]
    pulled: frozenset[str]
    answers: Counter[str]
    last_ok: bool  # its last sync succeeded, so its pull brought back everything acknowledged before it


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


def read_engine(database: str) -> Engine:
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
    engine = read_engine(database)
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


def rush_result(
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
