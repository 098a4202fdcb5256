"""Several laptops pushing while another pulls, on PostgreSQL: the puller sees every record exactly once."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from app.schemas import StopDayBody
from sync.client import RegisterClient
from sync.protocol import PushRecord, PushRequest, PushStatus
from tests.conftest import NOW, stop_day_data
from tests.postgres import fresh_database
from tests.register import Register, running_register

PUSHERS, BATCHES, BATCH = 4, 10, 20


@pytest.fixture
def postgres_register(tmp_path: Path, postgres_cluster: str, postgres_register_template: str) -> Iterator[Register]:
    with running_register(tmp_path, fresh_database(postgres_cluster, postgres_register_template)) as running:
        yield running


def a_batch(device_id: str, count: int) -> list[PushRecord]:
    """Stop days, each followed by an encounter at it: records of two tables, in one transaction each batch.

    Two tables matter: a pull reads them one after the other, and only a consistent snapshot keeps a push that
    commits in between from showing its encounters without its stop days.
    """
    day_body = StopDayBody.model_validate(stop_day_data()).model_dump(mode="json")
    batch = []
    for n in range(count // 2):
        day_id = str(uuid.uuid4())
        stamp = NOW + timedelta(seconds=n)
        common = {"unit_id": "perhelinja", "device_id": device_id, "created_at": stamp, "updated_at": stamp}
        batch.append(PushRecord(type="stop_day", id=day_id, version=1, body=day_body, **common))
        encounter = {"occurred_at": stamp.isoformat(), "group": "parent", "stop_day_id": day_id}
        batch.append(PushRecord(type="encounter", id=str(uuid.uuid4()), version=1, body=encounter, **common))
    return batch


def test_concurrent_pushes_reach_a_concurrent_puller_exactly_once(postgres_register: Register) -> None:
    register = postgres_register
    devices = []
    for number in range(PUSHERS + 1):
        device_id = str(uuid.uuid4())
        token = RegisterClient(register.url).enroll(register.enrollment_code(), f"Bussi {number}", device_id).token
        devices.append((device_id, RegisterClient(register.url, token)))
    puller = devices.pop()[1]
    pushed: set[str] = set()
    lock = threading.Lock()
    errors: list[BaseException] = []

    def push(device_id: str, client: RegisterClient) -> None:
        try:
            for _ in range(BATCHES):
                batch = a_batch(device_id, BATCH)
                results = client.push(PushRequest(records=batch)).results
                assert all(result.status == PushStatus.CREATED for result in results)
                with lock:
                    pushed.update(record.id for record in batch)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=push, args=device) for device in devices]
    for thread in threads:
        thread.start()
    seen: list[str] = []
    revisions: list[int] = []
    cursor = 0
    while True:
        finished = not any(thread.is_alive() for thread in threads)
        answer = puller.pull(cursor, limit=37)
        seen += [change.data["id"] for change in answer.changes]
        revisions += [change.revision for change in answer.changes]
        cursor = answer.cursor
        if finished and not answer.changes:
            break
    assert errors == []
    assert len(pushed) == PUSHERS * BATCHES * BATCH
    assert len(seen) == len(set(seen))  # nothing twice
    assert set(seen) == pushed  # nothing missing
    assert revisions == sorted(revisions)
