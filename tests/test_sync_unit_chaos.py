"""A unit's laptops through a bad day, as headquarters runs them: two laptops of one unit and one of another, one
register (SQLite and PostgreSQL) in a process of its own, rounds of creating, editing parents after their children
were pushed, deleting and restoring, and following up the other laptop's contact requests, every sync through a link
that resets connections and drops answers after the register committed, and the register killed in the middle of a
push. At the end of the day every laptop of the unit holds exactly the unit's records (tombstones included) at
their latest versions, nothing waits, nothing is quarantined, the other unit's laptop holds none of them, and a
replacement laptop gets the unit whole."""

from __future__ import annotations

import os
import random
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.db import open_store
from app.errors import PysakkiError
from app.identity import current_author
from app.models import QuarantinedRecord, Unit, WaitingChange
from app.records import RECORD_TYPES, to_record
from app.services import records
from sync.client import RegisterClient, SyncError
from sync.engine import SyncEngine
from sync.laptop import device_token, enroll
from sync.server import auth
from sync.server.store import migrate, open_register
from tests.chaos_proxy import ChaosProxy
from tests.conftest import NOW, stop_day_data, valid_data
from tests.portable import posix_only
from tests.test_sync_faults import free_port, start_register

ROUNDS = 8


def unit_records(session: Any, unit: str | None = None) -> dict[str, tuple[int, bool, dict[str, Any]]]:
    """id -> (version, deleted, body) of every record (of one unit), from a laptop's or the register's tables."""
    found = {}
    for rtype in RECORD_TYPES:
        query = select(rtype.model)
        if unit is not None:
            query = query.where(rtype.model.unit_id == unit)
        for row in session.scalars(query):
            record = to_record(rtype, row)
            found[record.id] = (record.version, record.deleted, record.body.model_dump(mode="json"))
    return found


class Laptop:
    def __init__(self, name: str, directory: Path, url: str, code: str, proxy_port: int) -> None:
        self.name = name
        self.store = open_store(directory)
        enroll(self.store, url, code, name)
        with self.store.session() as session:
            self.author = current_author(session)
            token = device_token(session)
        assert token
        self.client = RegisterClient(f"http://127.0.0.1:{proxy_port}", token, attempts=4, backoff=0.01,
                                     read_timeout=10)  # fmt: skip
        self.client.session.headers["Connection"] = "close"  # every request its own chance to fail
        self.days: list[str] = []
        self.children: list[tuple[str, str]] = []  # (type, id)

    def sync(self, **options: Any) -> bool:
        try:
            SyncEngine(self.store, self.client, batch_size=8, **options).run()
        except SyncError:
            return False  # the link gave up this time; everything waits for the next sync
        return True

    def write(self, rng: random.Random, *, requests: bool) -> None:
        """A new stop day with children; then a parent edited after its children were sent, a few deletions and
        restorations."""
        with self.store.session() as session:
            author = self.author
            day = records.create(session=session, author=author, type="stop_day", data=stop_day_data(), now=NOW).id
            self.days.append(day)
            guidance = records.create(session=session, author=author, type="guidance",
                                      data=valid_data("guidance", day, {}), now=NOW).id  # fmt: skip
            self.children.append(("guidance", guidance))
            made = [("referral", valid_data("referral", day, {"guidance": guidance}))]
            made += [("encounter", valid_data("encounter", day, {}))] * rng.randint(2, 6)
            if requests:
                made.append(("contact_request", valid_data("contact_request", day, {})))
            for type_name, data in made:
                self.children.append((type_name, records.create(session=session, author=author, type=type_name,
                                                                data=data, now=NOW).id))  # fmt: skip
            for old_day in rng.sample(self.days, min(2, len(self.days))):  # parents edited after their children
                changes = {"km": rng.randint(1, 300), "place": rng.choice(["Tori", "Kirjasto"])}
                records.update(session=session, author=author, type="stop_day", id=old_day, changes=changes)
            leaves = [(t, i) for t, i in self.children if t in ("encounter", "referral")]  # nothing refers to them
            for type_name, record_id in rng.sample(leaves, min(2, len(leaves))):
                current = records.get(session=session, type=type_name, id=record_id)
                change = records.restore if current.deleted else records.delete
                change(session=session, author=author, type=type_name, id=record_id)

    def follow_up(self, rng: random.Random, other: Laptop) -> None:
        """Change the other laptop's contact requests that this one has pulled (a shared record)."""
        with self.store.session() as session:
            for type_name, record_id in other.children:
                if type_name != "contact_request" or rng.random() < 0.5:
                    continue
                try:
                    current = records.get(session=session, type=type_name, id=record_id)
                except PysakkiError:
                    continue  # not pulled here yet
                if not current.deleted and current.revision is not None and not current.pending:
                    changes = {"preferred_time": rng.choice(["aamulla", "illalla", "klo 12-14"])}
                    records.update(session=session, author=self.author, type=type_name, id=record_id, changes=changes)

    def close(self) -> None:
        self.client.close()
        self.store.close()


@contextmanager
def register_process(url: str) -> Iterator[tuple[int, list[Any]]]:
    port = free_port()
    processes = [start_register(url, port)]
    try:
        yield port, processes
    finally:
        for process in processes:
            process.kill()
            process.wait()


@posix_only("SIGKILL ends a register in the middle of a push; Windows has no signal for it")
@pytest.mark.parametrize("database", ["sqlite", "postgresql"])
def test_every_laptop_of_the_unit_ends_the_day_with_every_record(
    database: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    if database == "sqlite":
        url = f"sqlite:///{tmp_path / 'register.db'}"
    else:
        from tests.postgres import fresh_database  # noqa: PLC0415

        url = fresh_database(request.getfixturevalue("postgres_cluster"))
    migrate(url)
    register = open_register(url)
    with register.session() as session:
        session.add(Unit(id="toinen", name="Toinen yksikkö"))

    def code(unit: str) -> str:
        with register.session() as session:
            return auth.create_enrollment_code(session=session, unit_id=unit)

    rng = random.Random(20261127)
    with register_process(url) as (port, processes):
        direct = f"http://127.0.0.1:{port}"
        proxy = ChaosProxy(port, seed=7, weights={"pass": 6, "reset_before": 1, "reset_after_request": 2,
                                                  "reset_mid_response": 1, "busy": 1})  # fmt: skip
        a1 = Laptop("A1", tmp_path / "a1", direct, code("perhelinja"), proxy.port)
        a2 = Laptop("A2", tmp_path / "a2", direct, code("perhelinja"), proxy.port)
        b1 = Laptop("B1", tmp_path / "b1", direct, code("toinen"), proxy.port)
        laptops = [a1, a2, b1]
        try:
            for round_number in range(ROUNDS):
                a1.write(rng, requests=True)
                a2.write(rng, requests=False)
                b1.write(rng, requests=False)
                a2.follow_up(rng, a1)
                if round_number == ROUNDS // 2:
                    kill_in_the_middle_of_a_push(a1, processes, url, port)
                for laptop in rng.sample(laptops, len(laptops)):
                    laptop.sync()
            proxy.enabled = False  # a good connection at the end of the day
            for laptop in laptops * 2:  # everyone sends, then everyone receives what the others sent
                assert laptop.sync(), laptop.name
            assert min(proxy.counts[mode] for mode in proxy.weights if mode != "pass") > 0, proxy.counts

            check_the_end_of_the_day(register, a1, a2, b1)
            replacement = Laptop("A3", tmp_path / "a3", direct, code("perhelinja"), port)
            try:
                assert replacement.sync()
                with replacement.store.session() as session, register.session() as central:
                    assert unit_records(session) == unit_records(central, "perhelinja")
                    assert session.scalar(select(func.count()).select_from(WaitingChange)) == 0
            finally:
                replacement.close()
        finally:
            for laptop in laptops:
                laptop.close()
            proxy.close()
    register.close()


def check_the_end_of_the_day(register: Any, a1: Laptop, a2: Laptop, b1: Laptop) -> None:
    with register.session() as session:
        unit_a = unit_records(session, "perhelinja")
        unit_b = unit_records(session, "toinen")
    written_a = {record_id for _t, record_id in a1.children + a2.children} | set(a1.days + a2.days)
    assert set(unit_a) == written_a  # the register lost nothing, made nothing up
    assert any(deleted for _v, deleted, _b in unit_a.values())  # tombstones travel too
    for laptop in (a1, a2):
        with laptop.store.session() as session:
            assert unit_records(session) == unit_a, laptop.name
            assert session.scalar(select(func.count()).select_from(WaitingChange)) == 0
            assert session.scalar(select(func.count()).select_from(QuarantinedRecord)) == 0
    with b1.store.session() as session:
        assert unit_records(session) == unit_b  # none of unit A's
        assert set(unit_b).isdisjoint(unit_a)


def kill_in_the_middle_of_a_push(laptop: Laptop, processes: list[Any], url: str, port: int) -> None:
    """The register is killed once the first batch of a push has been answered, then started again on its data."""
    answered = threading.Event()
    outcome: list[bool] = []
    direct = RegisterClient(f"http://127.0.0.1:{port}", laptop.client.session.headers["Authorization"].split()[1],
                            attempts=0)  # fmt: skip

    def progress(done: int, _total: int) -> None:
        if done:
            answered.set()

    def push() -> None:
        try:
            SyncEngine(laptop.store, direct, batch_size=2, progress=progress).run()
            outcome.append(True)
        except SyncError:
            outcome.append(False)
        finally:
            answered.set()

    worker = threading.Thread(target=push)
    worker.start()
    assert answered.wait(60)
    os.kill(processes[-1].pid, signal.SIGKILL)
    processes[-1].wait()
    worker.join(timeout=60)
    direct.close()
    processes.append(start_register(url, port))
