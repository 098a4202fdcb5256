"""The register's gate for API requests: protocol version first, then the body, read with a bound.

A pure ASGI middleware, so the body is counted chunk by chunk as it arrives (chunked transfer included) and the
reading stops the moment the count passes the limit: the register never holds more than the limit of one request,
and a request without a bearer token (enrollment, or someone guessing) never more than 64 KiB. A gzip body is
inflated as it arrives, bounded the same way, and refused when it is invalid or cut short. The endpoint then reads
the body as if it had come plain.
"""

from __future__ import annotations

import zlib
from collections import deque
from collections.abc import Mapping

from starlette.datastructures import Headers, MutableHeaders
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION, ErrorBody

MAX_BODY_BYTES = 16 * 1024 * 1024  # after decompression: a push of 500 records is far below this
ANONYMOUS_BODY_BYTES = 64 * 1024  # without a bearer token: an enrollment is a few hundred bytes
GZIP_WBITS = 16 + zlib.MAX_WBITS  # a gzip header and trailer around the deflate stream


class RefusedError(Exception):
    """The request is answered with this error instead of reaching the endpoint."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def too_large() -> RefusedError:
    return RefusedError(413, "too_large", "the request body is too large")


class Gunzip:
    """Inflates a gzip body piece by piece and refuses it once it inflates past ``limit`` bytes."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.produced = 0
        self.decoder = zlib.decompressobj(GZIP_WBITS)

    def feed(self, data: bytes) -> bytes:
        inflated: list[bytes] = []
        while data:
            if self.decoder.eof:  # another gzip member follows: RFC 1952 allows several in one body
                self.decoder = zlib.decompressobj(GZIP_WBITS)
            try:
                # At most one byte past the limit is ever inflated; the rest waits in unconsumed_tail.
                piece = self.decoder.decompress(data, self.limit - self.produced + 1)
            except zlib.error:
                raise RefusedError(400, "bad_gzip", "the body is not valid gzip") from None
            self.produced += len(piece)
            if self.produced > self.limit or self.decoder.unconsumed_tail:
                raise too_large()
            inflated.append(piece)
            data = self.decoder.unused_data if self.decoder.eof else b""
        return b"".join(inflated)

    def finish(self) -> None:
        """A body that stops before the end of its gzip stream (its trailer, with the CRC, missing) is refused."""
        if not self.decoder.eof:
            raise RefusedError(400, "bad_gzip", "the gzip body is cut short")


class ClientGoneError(Exception):
    """The client disconnected while sending its body: there is nobody to answer."""


async def read_body(receive: Receive, headers: Headers, limit: int) -> list[bytes]:
    """The (inflated) body in the pieces it came in, never more than ``limit`` bytes of it; or ``RefusedError``."""
    declared = headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large()  # before a byte of the body is read
    gunzip = Gunzip(limit) if headers.get("content-encoding", "").strip().lower() == "gzip" else None
    pieces: list[bytes] = []
    received = 0
    more = True
    while more:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGoneError
        data: bytes = message.get("body", b"")
        more = bool(message.get("more_body", False))
        received += len(data)
        if received > limit:  # on the wire; a gzip body is held to the limit again once inflated
            raise too_large()
        if gunzip is not None:
            data = gunzip.feed(data)
        if data:
            pieces.append(data)
    if gunzip is not None:
        gunzip.finish()
    return pieces


def replay(pieces: list[bytes], receive: Receive) -> Receive:
    """A ``receive`` that hands the app the body already read, then waits on the client (for its disconnect)."""
    pending = deque(pieces or [b""])

    async def again() -> Message:
        if pending:
            body = pending.popleft()
            return {"type": "http.request", "body": body, "more_body": bool(pending)}
        return await receive()

    return again


def plain_headers(scope: Scope, length: int) -> list[tuple[bytes, bytes]]:
    """The request's headers as the app sees its replayed body: plain, of a known length, not chunked."""
    dropped = {b"content-encoding", b"content-length", b"transfer-encoding"}
    kept: list[tuple[bytes, bytes]] = [(name, value) for name, value in scope["headers"] if name.lower() not in dropped]
    return [*kept, (b"content-length", str(length).encode("ascii"))]


def has_bearer_token(headers: Headers) -> bool:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    return scheme.lower() == "bearer" and bool(token.strip())


class BodyLimit:
    """Checks every API request's protocol version and reads its body with a bound before the app sees it.

    Adds ``response_headers`` to every HTTP response, the refusals included.
    """

    def __init__(
        self,
        app: ASGIApp,
        *,
        min_protocol: int,
        response_headers: Mapping[str, str],
        limit: int = MAX_BODY_BYTES,
        anonymous_limit: int = ANONYMOUS_BODY_BYTES,
    ) -> None:
        self.app = app
        self.min_protocol = min_protocol
        self.response_headers = dict(response_headers)
        self.limit, self.anonymous_limit = limit, anonymous_limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = self.with_headers(send)
        if not scope["path"].startswith(API_PREFIX):
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        sent = headers.get(PROTOCOL_HEADER, "")
        if not sent.isdigit() or not self.min_protocol <= int(sent) <= PROTOCOL_VERSION:
            message = f"this register speaks protocol {self.min_protocol}-{PROTOCOL_VERSION}; update Pysäkki"
            await answer(scope, receive, send, RefusedError(426, "update_required", message))
            return
        limit = self.limit if has_bearer_token(headers) else self.anonymous_limit
        try:
            pieces = await read_body(receive, headers, limit)
        except ClientGoneError:
            return
        except RefusedError as refusal:
            await answer(scope, receive, send, refusal)
            return
        scope = dict(scope, headers=plain_headers(scope, sum(map(len, pieces))))
        await self.app(scope, replay(pieces, receive), send)

    def with_headers(self, send: Send) -> Send:
        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                MutableHeaders(scope=message).update(self.response_headers)
            await send(message)

        return sending


async def answer(scope: Scope, receive: Receive, send: Send, refusal: RefusedError) -> None:
    """The refusal as ``{"code", "message"}``, sent before the rest of the body has come.

    The connection stays open: the server throws the rest of the body away as it arrives, keeping none of it.
    Closing at once would leave unread bytes behind, and the kernel would reset the connection, often before the
    client had read this answer (it then sees a broken connection instead of a 413).
    """
    body = ErrorBody(code=refusal.code, message=refusal.message).model_dump()
    await JSONResponse(body, status_code=refusal.status)(scope, receive, send)
