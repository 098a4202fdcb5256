"""The device's HTTP client for the register: timeouts, retries with backoff and jitter, gzip, bearer token.

Every failure becomes a ``SyncError`` with a stable ``code`` the desktop program turns into a translated sentence:
``no_network``, ``wrong_address``, ``tls``, ``timeout``, ``revoked``, ``unauthorised``, ``update_required``,
``server_error`` or ``bad_response``. Push is idempotent on the register (a repeated batch is answered "duplicate"),
so POSTs are retried like GETs.
"""

from __future__ import annotations

import gzip
import json
import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import quote

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ReadTimeoutError
from urllib3.util.retry import Retry

from sync.audit_wire import AuditLine
from sync.booking_wire import BookingsRequest, BookingsResponse
from sync.catalogue_wire import CatalogueImportAnswer
from sync.console_wire import (
    CodeRequest,
    CodeResponse,
    ConflictInfo,
    DeviceInfo,
    ReferenceRowsRequest,
    ResolveRequest,
    RowAnswer,
    UnitInfo,
)
from sync.protocol import (
    API_PREFIX,
    ERASE_ORDERED,
    PROTOCOL_HEADER,
    PROTOCOL_VERSION,
    EnrollRequest,
    EnrollResponse,
    ErrorBody,
    PullResponse,
    PushRequest,
    PushResponse,
    ReceiptResponse,
    ServerInfo,
    WorkersRequest,
    WorkersResponse,
)
from sync.report_wire import ReportBody

Model = TypeVar("Model", bound=BaseModel)
Answer = TypeVar("Answer")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# Failures of the line or of the register's moment (after the retries): the same request may well go through later.
# Any other code says something about this laptop (revoked, an erase order, a program to update) that must be heard.
TRANSIENT = frozenset({"no_network", "timeout", "server_error", "bad_response"})
GZIP_FROM_BYTES = 1024  # smaller bodies are sent as they are


class SyncError(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail

    def __reduce__(self) -> tuple[type[SyncError], tuple[str, str]]:
        return SyncError, (self.code, self.detail)  # whole after a trip between processes (sync.child)


def make_retry(attempts: int, backoff: float, statuses: frozenset[int] = RETRY_STATUSES) -> Retry:
    """Exponential backoff with jitter on connection errors and ``statuses`` (429 and 5xx); Retry-After is respected."""
    return Retry(
        total=attempts,
        connect=attempts,
        read=attempts,
        status=attempts,
        other=0,
        allowed_methods=None,  # every method: push is idempotent on the register
        status_forcelist=statuses,
        backoff_factor=backoff,
        backoff_max=30,
        backoff_jitter=backoff,
        raise_on_status=False,  # the last answer is turned into a SyncError below, with its body
        # urllib3 retries any 413/429/503 that carries Retry-After, listed or not: honour it only where 429 is.
        respect_retry_after_header=429 in statuses,
        retry_after_max=60,
    )


@dataclass(frozen=True, slots=True)
class Encoded:
    """A request body as it goes on the wire: JSON, gzip-compressed when large, and its headers."""

    data: bytes
    headers: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, body: BaseModel) -> Encoded:
        return cls.json(body.model_dump_json().encode("utf-8"))

    @classmethod
    def json(cls, data: bytes) -> Encoded:
        """JSON text as it is (a file read from the disk), compressed the same way."""
        headers = [("Content-Type", "application/json")]
        if len(data) >= GZIP_FROM_BYTES:
            data = gzip.compress(data, compresslevel=6)
            headers.append(("Content-Encoding", "gzip"))
        return cls(data, tuple(headers))


class RegisterClient:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        attempts: int = 5,
        backoff: float = 0.5,
        verify: bool | str = True,
        retry_statuses: frozenset[int] = RETRY_STATUSES,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = (connect_timeout, read_timeout)
        self.attempts, self.backoff = attempts, backoff
        self.session = requests.Session()
        adapter = HTTPAdapter(max_retries=make_retry(attempts, backoff, retry_statuses))
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)
        self.session.verify = verify
        self.session.headers[PROTOCOL_HEADER] = str(PROTOCOL_VERSION)
        self.session.headers["Accept-Encoding"] = "gzip"
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"

    def close(self) -> None:
        self.session.close()

    # The calls -------------------------------------------------------------------------------------------------

    def hello(self) -> ServerInfo:
        return self._call("GET", "/hello", ServerInfo)

    def enroll(
        self, code: str, device_name: str, device_id: str | None = None, attempt: str | None = None
    ) -> EnrollResponse:
        request = EnrollRequest(code=code, device_name=device_name, device_id=device_id, attempt=attempt)
        return self._call("POST", "/enroll", EnrollResponse, request)

    def push(self, request: PushRequest | Encoded) -> PushResponse:
        """Push a batch; ``Encoded.of(request)`` may be made beforehand, in another thread."""
        return self._call("POST", "/push", PushResponse, request)

    def upload_workers(self, request: WorkersRequest) -> WorkersResponse:
        return self._call("POST", "/workers", WorkersResponse, request)

    def pull(self, cursor: int, limit: int = 500) -> PullResponse:
        return self._call("GET", "/pull", PullResponse, params={"since": cursor, "limit": limit})

    def bookings(self, request: BookingsRequest) -> BookingsResponse:
        """This laptop's booking marks and offline bookings sent, its unit's bookings and slots back."""
        return self._call("POST", "/bookings", BookingsResponse, request)

    def receipt(self) -> ReceiptResponse:
        """What the register holds of this device's records (the end-of-day receipt)."""
        return self._call("GET", "/receipt", ReceiptResponse)

    def report(self, kind: str, params: dict[str, Any]) -> ReportBody:
        """The central report as figures (a coordinator's token); ``params`` as ``GET /reports/{kind}`` takes them."""
        return self._call("GET", f"/reports/{kind}", ReportBody, params={**params, "format": "json"})

    def report_file(self, kind: str, params: dict[str, Any], format: str) -> bytes:
        """The central report as the register renders it: CSV, XLSX or PDF bytes."""
        response = self._send("GET", f"/reports/{kind}", None, {}, {**params, "format": format})
        if response.status_code >= 400:
            raise _error_for(response)
        return response.content

    # A coordinator's calls (the console) -----------------------------------------------------------------------

    def devices(self) -> list[DeviceInfo]:
        return self._call_list("GET", "/devices", DeviceInfo)

    def units(self) -> list[UnitInfo]:
        """The register's units, a unit added at headquarters a minute ago among them."""
        return self._call_list("GET", "/reference/units", UnitInfo)

    def revoke_device(self, device_id: str, *, erase: bool = False) -> DeviceInfo:
        """Lock a laptop out; ``erase``: and order it to erase its contact requests' names if it calls again."""
        params = {"erase": "true"} if erase else None
        return self._call("POST", f"/devices/{quote(device_id, safe='')}/revoke", DeviceInfo, params=params)

    def enrollment_code(self, unit_id: str, hours: int | None = None) -> str:
        request = CodeRequest(unit_id=unit_id) if hours is None else CodeRequest(unit_id=unit_id, hours=hours)
        return self._call("POST", "/enrollment-codes", CodeResponse, request).code

    def conflicts(self, *, resolved: bool = False) -> list[ConflictInfo]:
        return self._call_list("GET", "/conflicts", ConflictInfo, {"resolved": "true" if resolved else "false"})

    def resolve_conflict(self, conflict_id: int, note: str) -> ConflictInfo:
        return self._call("POST", f"/conflicts/{conflict_id}/resolve", ConflictInfo, ResolveRequest(note=note))

    def reference_rows(self, table: str, row: type[Model]) -> list[Model]:
        """Every row of a reference table at the register (retired ones too), read as ``row``."""
        return self._call_list("GET", f"/reference/{quote(table, safe='')}", row)

    def put_reference_rows(self, table: str, rows: list[dict[str, Any]]) -> list[RowAnswer]:
        """New or changed reference rows; each answered on its own. Laptops pull them at their next sync."""
        request = ReferenceRowsRequest(rows=rows)
        return self._call_list_body("PUT", f"/reference/{quote(table, safe='')}", RowAnswer, request)

    def import_catalogue(self, path: Path) -> CatalogueImportAnswer:
        """A national service catalogue (PTV) file imported at the register, for every laptop (a coordinator's)."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise SyncError("unreadable_file", f"{path.name}: {exc.strerror or exc}") from exc
        return self._call("POST", "/catalogue/ptv", CatalogueImportAnswer, Encoded.json(data))

    def audit(self, params: dict[str, Any]) -> list[AuditLine]:
        """The audit log of contact requests, newest first; ``params`` as ``GET /audit`` takes them."""
        return self._call_list("GET", "/audit", AuditLine, params)

    # Transport -------------------------------------------------------------------------------------------------

    def _call(
        self,
        method: str,
        path: str,
        answer: type[Model],
        body: BaseModel | Encoded | None = None,
        params: dict[str, Any] | None = None,
    ) -> Model:
        encoded = body if isinstance(body, Encoded) or body is None else Encoded.of(body)
        data, headers = (encoded.data, dict(encoded.headers)) if encoded else (None, {})
        return _read(self._send(method, path, data, headers, params), path, answer.model_validate_json)

    def _call_list(
        self, method: str, path: str, item: type[Model], params: dict[str, Any] | None = None
    ) -> list[Model]:
        adapter = TypeAdapter(list[item])  # type: ignore[valid-type]
        return _read(self._send(method, path, None, {}, params), path, adapter.validate_json)

    def _call_list_body(self, method: str, path: str, item: type[Model], body: BaseModel) -> list[Model]:
        encoded = Encoded.of(body)
        adapter = TypeAdapter(list[item])  # type: ignore[valid-type]
        response = self._send(method, path, encoded.data, dict(encoded.headers), None)
        return _read(response, path, adapter.validate_json)

    def _send(
        self, method: str, path: str, data: bytes | None, headers: dict[str, str], params: dict[str, Any] | None
    ) -> requests.Response:
        """One request, its body read whole. urllib3 retries what breaks before the answer's headers; a link that
        breaks while the body is arriving is retried here the same way (every call is idempotent)."""
        for attempt in range(self.attempts + 1):
            try:
                return self._request(method, path, data, headers, params)
            except SyncError as exc:
                if exc.code != "broken" or attempt == self.attempts:
                    raise SyncError("no_network" if exc.code == "broken" else exc.code, exc.detail) from exc
                time.sleep(self.backoff * (2**attempt) + random.uniform(0, self.backoff))
        raise AssertionError("unreachable")

    def _request(
        self, method: str, path: str, data: bytes | None, headers: dict[str, str], params: dict[str, Any] | None
    ) -> requests.Response:
        try:
            response = self.session.request(
                method, self.base_url + API_PREFIX + path, data=data, headers=headers, params=params,
                timeout=self.timeout,
            )  # fmt: skip
            response.content  # noqa: B018 (read the whole body inside the try: it can break mid-way)
            return response
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as exc:
            raise SyncError("broken", str(exc)) from exc
        except requests.exceptions.SSLError as exc:
            raise SyncError("tls", str(exc)) from exc
        except requests.exceptions.Timeout as exc:
            raise SyncError("timeout", str(exc)) from exc
        except requests.exceptions.InvalidURL as exc:
            raise SyncError("wrong_address", str(exc)) from exc
        except requests.exceptions.RetryError as exc:
            raise SyncError("server_error", str(exc)) from exc
        except requests.exceptions.ConnectionError as exc:
            # With retries, a read timeout arrives as a ConnectionError around urllib3's MaxRetryError.
            reason = getattr(exc.args[0], "reason", None) if exc.args else None
            code = "timeout" if isinstance(reason, ReadTimeoutError) else "no_network"
            raise SyncError(code, str(exc)) from exc
        except requests.exceptions.RequestException as exc:
            raise SyncError("no_network", str(exc)) from exc


def _read(response: requests.Response, path: str, parse: Callable[[bytes], Answer]) -> Answer:
    """The answer's body as ``parse`` reads it, or the register's refusal as a ``SyncError``."""
    if response.status_code >= 400:
        raise _error_for(response)
    try:
        return parse(response.content)
    except ValidationError as exc:
        raise SyncError("bad_response", f"{path}: {exc.error_count()} problems") from exc


def _error_for(response: requests.Response) -> SyncError:
    try:
        error = ErrorBody.model_validate(response.json())
        code, message = error.code, error.message
    except (ValueError, ValidationError, json.JSONDecodeError):
        code, message = "", response.text[:200]
    status = response.status_code
    if status == 401:
        return SyncError(code if code in ("revoked", ERASE_ORDERED) else "unauthorised", message)
    if status == 426:
        return SyncError("update_required", message)
    if status == 404 and not code:
        return SyncError("wrong_address", f"{response.url} answered 404: not a Pysäkki register")
    if status >= 500:
        return SyncError("server_error", f"{status} {message}".strip())
    return SyncError(code or f"http_{status}", message)
