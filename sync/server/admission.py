"""Admission control: at most a set number of API requests work at once, the rest wait their turn on the event loop.

A request that waits here holds no worker thread and no database connection, so the threads and the connection pool
are sized together (``RegisterStore.capacity``) and neither can be exhausted by a crowd: fifty laptops syncing at the
end of the day queue here in order, and ``/hello`` and ``/health`` (answered on the event loop, never queued) answer
throughout. A request that cannot get its turn in time is answered 503 with ``Retry-After``, never left hanging; the
laptops' client retries it after that many seconds.
"""

from __future__ import annotations

import asyncio
import json

from starlette.types import ASGIApp, Receive, Scope, Send

from sync.protocol import API_PREFIX

RETRY_AFTER_SECONDS = 5
NEVER_QUEUED = frozenset({f"{API_PREFIX}/hello", f"{API_PREFIX}/health"})


class Admission:
    def __init__(self, app: ASGIApp, *, capacity: int, wait: float = 20.0) -> None:
        self.app = app
        self.capacity = capacity
        self.wait = wait  # seconds a request may wait for its turn
        self._turns: asyncio.Semaphore | None = None  # made on the server's own event loop, at the first request

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not path.startswith(API_PREFIX) or path in NEVER_QUEUED:
            await self.app(scope, receive, send)
            return
        if self._turns is None:
            self._turns = asyncio.Semaphore(self.capacity)
        try:
            await asyncio.wait_for(self._turns.acquire(), self.wait)
        except TimeoutError:
            await busy(send)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self._turns.release()


async def busy(send: Send) -> None:
    """503 with the project's error body and Retry-After."""
    body = json.dumps({"code": "busy", "message": "the register is busy; try again shortly"}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": 503,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"retry-after", str(RETRY_AFTER_SECONDS).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
