"""Sync over a link that fails in every way, and a register killed in the middle of a push: afterwards the
register holds exactly the laptop's records at their latest versions, none missing, none twice."""

from __future__ import annotations

import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app.db import Store
from app.identity import current_author
from app.records import RECORD_TYPES, to_record
from app.services import records
from sync.client import RegisterClient, SyncError
from sync.engine import SyncEngine
from sync.laptop import device_token, enroll
from sync.server.store import migrate, open_register
from tests.chaos_proxy import ChaosProxy
from tests.conftest import NOW, stop_day_data, valid_data
from tests.portable import posix_only
from tests.register import Register

ROOT = Path(__file__).resolve().parents[1]


def snapshot(session: Any) -> dict[str, tuple[int, dict[str, Any]]]:
    """Every record: id -> (version, body), from the laptop's or the register's tables."""
    found = {}
    for rtype in RECORD_TYPES:
        for row in session.scalars(select(rtype.model)):
            record = to_record(rtype, row)
            found[record.id] = (record.version, record.body.model_dump(mode="json"))
    return found


def token_of(store: Store) -> str:
    with store.session() as session:
        token = device_token(session)
    assert token
    return token


def test_a_bad_link_loses_nothing_and_duplicates_nothing(register: Register, store: Store) -> None:
    enroll(store, register.url, register.enrollment_code(), "Bussi 1")
    proxy = ChaosProxy(int(register.url.rsplit(":", 1)[1]), seed=11)
    client = RegisterClient(f"http://127.0.0.1:{proxy.port}", token_of(store), attempts=6, backoff=0.005,
                            read_timeout=5)  # fmt: skip
    client.session.headers["Connection"] = "close"  # a connection, and a chance to fail, for every request
    rng = random.Random(5)
    with store.session() as session:
        author = current_author(session)
        day = records.create(session=session, author=author, type="stop_day", data=stop_day_data(), now=NOW).id
    written: list[str] = []
    failed_runs = 0
    for _round in range(20):
        with store.session() as session:
            for _ in range(3):
                data = valid_data("guidance", day, {})
                written.append(records.create(session=session, author=author, type="guidance", data=data).id)
            for record_id in rng.sample(written, min(2, len(written))):
                records.update(session=session, author=author, type="guidance", id=record_id,
                               changes={"duration_min": rng.choice([5, 10, 20, 30, 45, 60])})  # fmt: skip
        try:
            SyncEngine(store, client, batch_size=4).run()
        except SyncError:
            failed_runs += 1  # the link gave up this time; the records wait for the next sync
    proxy.enabled = False
    SyncEngine(store, client).run()  # a good connection at the end of the day
    faults = {mode: n for mode, n in proxy.counts.items() if mode != "pass"}
    assert min(faults.values()) > 0, faults  # every kind of failure really happened
    with store.session() as session:
        laptop = snapshot(session)
    with register.store.session() as session:
        central = snapshot(session)
    assert central == laptop  # the same records, each at its latest version and body
    assert len(laptop) == 1 + len(written)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_register(url: str, port: int) -> subprocess.Popen[bytes]:
    process = subprocess.Popen(
        [sys.executable, "-m", "sync.server.cli", "--database", url, "serve", "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    probe = RegisterClient(f"http://127.0.0.1:{port}", attempts=0)
    deadline = time.monotonic() + 20
    while True:
        try:
            probe.hello()
            return process
        except SyncError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError("the register did not start") from None
            time.sleep(0.05)


def held_at_the_third_push(client: RegisterClient) -> tuple[threading.Event, threading.Event]:
    """Two batches go in; the third waits until the second event is set (the register killed), then leaves."""
    some_in, killed = threading.Event(), threading.Event()
    real_push, pushes = client.push, [0]

    def push(request: Any) -> Any:
        pushes[0] += 1
        if pushes[0] == 3:
            some_in.set()
            killed.wait(30)
        return real_push(request)

    client.push = push  # type: ignore[method-assign]
    return some_in, killed


@posix_only("SIGKILL ends the register at once; Windows has no signal for it")
def test_the_register_killed_in_the_middle_of_a_push(store: Store, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'register.db'}"
    migrate(url)
    port = free_port()
    server = start_register(url, port)
    try:
        register_url = f"http://127.0.0.1:{port}"
        with open_register(url).session() as session:
            from sync.server import auth  # noqa: PLC0415

            code = auth.create_enrollment_code(session=session, unit_id="perhelinja")
        enroll(store, register_url, code, "Bussi 1")
        with store.session() as session:
            author = current_author(session)
            day = records.create(session=session, author=author, type="stop_day", data=stop_day_data(), now=NOW).id
            for _ in range(600):
                records.create(session=session, author=author, type="encounter",
                               data={"occurred_at": NOW, "group": "parent", "stop_day_id": day})  # fmt: skip
        client = RegisterClient(register_url, token_of(store), attempts=1, backoff=0.01)
        outcome: list[BaseException | None] = []
        some_in, killed = held_at_the_third_push(client)

        def sync() -> None:
            try:
                SyncEngine(store, client, batch_size=20).run()
                outcome.append(None)
            except BaseException as exc:
                outcome.append(exc)
            finally:
                some_in.set()

        worker = threading.Thread(target=sync)
        worker.start()
        assert some_in.wait(60)
        os.kill(server.pid, signal.SIGKILL)
        server.wait()
        killed.set()
        worker.join(timeout=60)
        assert outcome and isinstance(outcome[0], SyncError)  # the push broke off
        server = start_register(url, port)  # the register restarts on the same file
        SyncEngine(store, RegisterClient(register_url, token_of(store))).run()
        with store.session() as session:
            laptop = snapshot(session)
        register = open_register(url)
        with register.session() as session:
            central = snapshot(session)
        register.close()
        assert central == laptop and len(central) == 601
    finally:
        server.kill()
        server.wait()
