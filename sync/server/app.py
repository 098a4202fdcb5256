"""The register's HTTP API (FastAPI): hello, enrollment, push, pull, and the coordinator's device list.

Stateless: every request opens its own transaction on the shared database, so several instances can serve one
PostgreSQL behind a load balancer. Every error answers ``{"code", "message"}`` (``sync.protocol.ErrorBody``).
"""

from __future__ import annotations

import zlib
from collections.abc import Awaitable, Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.reports.scope import ScopeError
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION, ErrorBody
from sync.server.audit_routes import router as audit_router
from sync.server.auth import AuthError
from sync.server.report_routes import router as report_router
from sync.server.routes import MIN_PROTOCOL_VERSION, router
from sync.server.store import RegisterStore

MAX_BODY_BYTES = 16 * 1024 * 1024  # after decompression: a push of 500 records is far below this
SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def error(status: int, code: str, message: str = "") -> JSONResponse:
    return JSONResponse(ErrorBody(code=code, message=message).model_dump(), status_code=status)


def create_app(store: RegisterStore) -> FastAPI:
    api = FastAPI(title="Pysäkki register", version=str(PROTOCOL_VERSION))
    api.add_middleware(GZipMiddleware, minimum_size=1024)

    @api.middleware("http")
    async def protocol_and_body(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        if request.url.path.startswith(API_PREFIX):
            sent = request.headers.get(PROTOCOL_HEADER, "")
            if not sent.isdigit() or not MIN_PROTOCOL_VERSION <= int(sent) <= PROTOCOL_VERSION:
                return error(426, "update_required", f"this register speaks protocol {MIN_PROTOCOL_VERSION}-"
                             f"{PROTOCOL_VERSION}; update Pysäkki")  # fmt: skip
            if request.headers.get("content-encoding", "").lower() == "gzip":
                try:
                    decoder = zlib.decompressobj(16 + zlib.MAX_WBITS)
                    body = decoder.decompress(await request.body(), MAX_BODY_BYTES + 1)
                except zlib.error:
                    return error(400, "bad_gzip", "the body is not valid gzip")
                if len(body) > MAX_BODY_BYTES or decoder.unconsumed_tail:
                    return error(413, "too_large", "the request body is too large")
                request._body = body  # Starlette serves the body from here to the endpoint
            elif int(request.headers.get("content-length") or 0) > MAX_BODY_BYTES:
                return error(413, "too_large", "the request body is too large")
        response = await call_next(request)
        response.headers.update(SECURITY_HEADERS)
        return response

    @api.exception_handler(AuthError)
    async def refused(_request: Request, exc: AuthError) -> JSONResponse:
        answer = error(exc.status, exc.code, exc.message)
        if exc.retry_after is not None:
            answer.headers["Retry-After"] = str(exc.retry_after)
        return answer

    @api.exception_handler(StarletteHTTPException)
    async def http_problem(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {400: "bad_request", 404: "not_found", 405: "method_not_allowed"}
        answer = error(exc.status_code, codes.get(exc.status_code, f"http_{exc.status_code}"), str(exc.detail))
        answer.headers.update(exc.headers or {})
        return answer

    @api.exception_handler(ScopeError)
    async def impossible_report(_request: Request, exc: ScopeError) -> JSONResponse:
        return error(422, exc.code, str(exc))

    @api.exception_handler(DataError)
    async def unstorable(_request: Request, _exc: DataError) -> JSONResponse:
        # PostgreSQL refuses what SQLite takes (a NUL character in text, a number out of range): the sender's fault.
        return error(422, "unstorable_value", "a value in the request cannot be stored")

    @api.exception_handler(RequestValidationError)
    async def invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return error(422, "invalid_request", f"{len(exc.errors())} problems in the request")

    api.include_router(router)
    api.include_router(report_router)
    api.include_router(audit_router)
    api.state.store = store
    return api
