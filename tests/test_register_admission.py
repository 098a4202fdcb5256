"""A register that cannot serve a request in time answers 503 with Retry-After, never a hang, and its health check
answers throughout (sync.server.admission and the database-busy answers of sync.server.app)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sqlalchemy.exc import OperationalError
from starlette.types import Receive, Scope, Send

from sync.protocol import API_PREFIX, PushRequest
from sync.server import push
from sync.server.admission import RETRY_AFTER_SECONDS, Admission
from tests.register import Register, call


def test_a_request_that_cannot_get_its_turn_is_told_to_come_back() -> None:
    """Capacity 1: while one request works, a second waits its turn and, past the wait, is answered 503 with
    Retry-After; /hello and /health are never queued."""

    async def scenario() -> tuple[list[int], str | None, int, int]:
        release = asyncio.Event()
        started = asyncio.Event()

        async def slow_app(scope: Scope, receive: Receive, send: Send) -> None:
            if scope["path"].endswith("/push"):
                started.set()
                await release.wait()
            await send({"type": "http.response.start", "status": 200, "headers": []})
            await send({"type": "http.response.body", "body": b"{}"})

        transport = httpx.ASGITransport(app=Admission(slow_app, capacity=1, wait=0.2))
        async with httpx.AsyncClient(transport=transport, base_url="http://register") as client:
            first = asyncio.create_task(client.post(f"{API_PREFIX}/push"))
            await started.wait()
            second = await client.post(f"{API_PREFIX}/pull")
            health = await client.get(f"{API_PREFIX}/health")
            hello = await client.get(f"{API_PREFIX}/hello")
            release.set()
            done = await first
            third = await client.post(f"{API_PREFIX}/pull")  # a turn is free again
        return [done.status_code, second.status_code, third.status_code], second.headers.get("retry-after"), \
            health.status_code, hello.status_code  # fmt: skip

    statuses, retry_after, health, hello = asyncio.run(scenario())
    assert statuses == [200, 503, 200]
    assert retry_after == str(RETRY_AFTER_SECONDS)
    assert (health, hello) == (200, 200)


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_database_that_is_busy_is_a_503_with_retry_after(
    register: Register, device: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    client, _author = device
    token = client.session.headers["Authorization"].split()[1]

    def locked(**_kwargs: Any) -> Any:
        raise OperationalError("INSERT ...", {}, Exception("database is locked"))

    monkeypatch.setattr(push, "apply_push", locked)
    answer = call(register, "POST", "/push", token, json=PushRequest(records=[]).model_dump(mode="json"))
    assert (answer.status_code, answer.json()["code"]) == (503, "busy")
    assert answer.headers["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert call(register, "GET", "/health").status_code == 200
