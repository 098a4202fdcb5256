"""The register client against a real HTTP server on loopback that answers as scripted."""

from __future__ import annotations

import gzip
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from sync.client import RegisterClient, SyncError
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION, PushRecord, PushRequest

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
HELLO = {"protocol_version": 1, "min_protocol_version": 1, "server_time": NOW.isoformat()}
Answer = tuple[int, dict[str, str], bytes | dict[str, Any]]


class Script:
    """The answers the server gives, in order (the last one repeats), and what it received."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers)
        self.requests: list[dict[str, Any]] = []
        self.delay = 0.0

    def next(self) -> Answer:
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that gave up (the timeout test) leaves a broken pipe here; that is expected, not news."""


@pytest.fixture
def server() -> Iterator[Callable[..., tuple[str, Script]]]:
    servers: list[ThreadingHTTPServer] = []

    def start(*answers: Answer) -> tuple[str, Script]:
        script = Script(*answers)

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                if self.headers.get("Content-Encoding") == "gzip":
                    raw = gzip.decompress(raw)
                script.requests.append(
                    {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": raw}
                )
                time.sleep(script.delay)
                status, headers, body = script.next()
                data = body if isinstance(body, bytes) else json.dumps(body).encode()
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _answer  # noqa: N815 (http.server's names)

        httpd = QuietServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        servers.append(httpd)
        return f"http://127.0.0.1:{httpd.server_address[1]}", script

    yield start
    for httpd in servers:
        httpd.shutdown()
        httpd.server_close()


def client(url: str, **options: Any) -> RegisterClient:
    return RegisterClient(url, "secret-token", backoff=0.01, **options)


def test_hello_sends_the_protocol_version_and_the_token(server: Callable[..., tuple[str, Script]]) -> None:
    url, script = server((200, {}, HELLO))
    info = client(url).hello()
    assert info.protocol_version == 1 and info.server_time == NOW
    (request,) = script.requests
    assert request["path"] == "/api/v1/hello"
    assert request["headers"][PROTOCOL_HEADER] == str(PROTOCOL_VERSION)
    assert request["headers"]["Authorization"] == "Bearer secret-token"


def test_503_and_429_are_retried_then_succeed(server: Callable[..., tuple[str, Script]]) -> None:
    url, script = server(
        (503, {}, {"code": "busy"}), (429, {"Retry-After": "0"}, {"code": "slow_down"}), (200, {}, HELLO)
    )
    assert client(url).hello().protocol_version == 1
    assert len(script.requests) == 3


def test_a_register_that_keeps_failing_gives_server_error(server: Callable[..., tuple[str, Script]]) -> None:
    url, script = server((503, {}, {"code": "busy", "message": "maintenance"}))
    with pytest.raises(SyncError) as caught:
        client(url, attempts=2).hello()
    assert caught.value.code == "server_error"
    assert len(script.requests) == 3  # the first try and two retries


@pytest.mark.parametrize(
    ("status", "body", "code"),
    [
        (401, {"code": "revoked", "message": "this device has been revoked"}, "revoked"),
        (401, {"code": "bad_token"}, "unauthorised"),
        (426, {"code": "update_required", "message": "protocol 1 is no longer supported"}, "update_required"),
        (404, b"", "wrong_address"),
        (403, {"code": "other_unit"}, "other_unit"),
        (200, b"<html>captive portal</html>", "bad_response"),
    ],
)
def test_answers_become_typed_errors(
    server: Callable[..., tuple[str, Script]], status: int, body: bytes | dict[str, Any], code: str
) -> None:
    url, _ = server((status, {}, body))
    with pytest.raises(SyncError) as caught:
        client(url).hello()
    assert caught.value.code == code


def test_no_register_listening_is_no_network() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # free once closed: nothing listens there
    with pytest.raises(SyncError) as caught:
        RegisterClient(f"http://127.0.0.1:{port}", attempts=1, backoff=0).hello()
    assert caught.value.code == "no_network"


def test_a_slow_register_times_out(server: Callable[..., tuple[str, Script]]) -> None:
    url, script = server((200, {}, HELLO))
    script.delay = 0.5
    with pytest.raises(SyncError) as caught:
        client(url, read_timeout=0.1, attempts=0).hello()
    assert caught.value.code == "timeout"


def test_a_large_push_goes_gzip_compressed(server: Callable[..., tuple[str, Script]]) -> None:
    answer = {"results": [], "server_time": NOW.isoformat()}
    url, script = server((200, {}, answer))
    record = {
        "type": "encounter",
        "unit_id": "perhelinja",
        "device_id": "d1",
        "created_at": NOW,
        "updated_at": NOW,
        "version": 1,
        "body": {"group": "parent", "count": 1},
    }
    records = [PushRecord(id=f"00000000-0000-4000-8000-{n:012d}", **record) for n in range(50)]
    client(url).push(PushRequest(records=records))
    (request,) = script.requests
    assert request["headers"]["Content-Encoding"] == "gzip"
    sent = json.loads(request["body"])
    assert len(sent["records"]) == 50 and sent["records"][0]["body"] == {"group": "parent", "count": 1}
    assert int(request["headers"]["Content-Length"]) < len(request["body"]) / 4  # compressed on the wire
