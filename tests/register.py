"""A real register for tests: migrated SQLite database, uvicorn on a free loopback port, in a thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
import uvicorn
from sqlalchemy import select

from app.db import Store
from app.identity import Author
from app.models import GuidanceSession, StopDay
from app.records import BY_NAME, RecordType, to_record
from app.services import records
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PushRecord, PushRequest
from sync.server import auth
from sync.server.app import create_app
from sync.server.store import RegisterStore, key_path, migrate, open_register
from tests.conftest import NOW, stop_day_data, valid_data


@dataclass
class Register:
    url: str
    store: RegisterStore
    database: str  # the register's database URL, for pysakki-register --database
    key: Path  # the key of its sealed fields, for $PYSAKKI_REGISTER_KEY_FILE

    def coordinator_token(self, name: str = "Koordinaattori") -> str:
        with self.store.session() as session:
            return auth.create_coordinator(session=session, name=name)

    def enrollment_code(self, unit_id: str = "perhelinja", hours: int = 24) -> str:
        with self.store.session() as session:
            return auth.create_enrollment_code(session=session, unit_id=unit_id, hours=hours)


@contextmanager
def running_register(directory: Path, url: str | None = None) -> Iterator[Register]:
    """A migrated register served on loopback: SQLite in ``directory``, or the database at ``url``."""
    url = url or f"sqlite:///{directory / 'register.db'}"
    migrate(url)
    key = key_path(url)  # as pysakki-register finds it, so the CLI in a test opens what the server sealed
    store = open_register(url, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the register did not start")
        time.sleep(0.01)
    try:
        yield Register(f"http://127.0.0.1:{port}", store, url, key)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()
        store.close()


def push_record(rtype: RecordType, row: Any, **over: Any) -> PushRecord:
    """The wire form of a local row, as the engine sends it."""
    envelope = to_record(rtype, row).envelope() | over
    return PushRecord.model_validate(envelope)


def local_records(store: Store, author: Author) -> list[PushRecord]:
    """A stop day and a guidance session written on the laptop, as the engine would push them."""
    with store.session() as session:
        day = records.create(session=session, author=author, type="stop_day", data=stop_day_data(), now=NOW)
        records.create(session=session, author=author, type="guidance", data=valid_data("guidance", day.id, {}),
                       now=NOW)  # fmt: skip
        return [
            push_record(BY_NAME["stop_day"], session.get(StopDay, day.id)),
            push_record(BY_NAME["guidance"], session.scalars(select(GuidanceSession)).one()),
        ]


def call(register: Register, method: str, path: str, token: str | None = None, **kwargs: Any) -> requests.Response:
    headers = {PROTOCOL_HEADER: "1"} | ({"Authorization": f"Bearer {token}"} if token else {})
    return requests.request(method, register.url + API_PREFIX + path, headers=headers, timeout=10, **kwargs)


def push_a_conflict(store: Store, client: Any, author: Author) -> tuple[PushRecord, Any]:
    """A day pushed, then its guidance session again at the same version with 90 minutes instead of 15.

    Returns the session as first pushed and the register's answer to the clash.
    """
    pushed = local_records(store, author)
    client.push(PushRequest(records=pushed))
    clash = pushed[1].model_copy(update={"body": pushed[1].body | {"duration_min": 90}})
    (result,) = client.push(PushRequest(records=[clash])).results
    return pushed[1], result
