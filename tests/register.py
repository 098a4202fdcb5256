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

import uvicorn

from app.records import RecordType
from sync.protocol import PushRecord
from sync.server import auth
from sync.server.app import create_app
from sync.server.store import RegisterStore, migrate, open_register


@dataclass
class Register:
    url: str
    store: RegisterStore

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
    store = open_register(url)
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
        yield Register(f"http://127.0.0.1:{port}", store)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        listener.close()
        store.close()


def push_record(rtype: RecordType, row: Any, **over: Any) -> PushRecord:
    """The wire form of a local row, as the engine sends it."""
    from app.records import to_record  # noqa: PLC0415

    envelope = to_record(rtype, row).envelope() | over
    return PushRecord.model_validate(envelope)
