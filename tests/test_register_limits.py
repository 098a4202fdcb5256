"""Request bodies and client addresses at the register: every body is bounded while it is read (chunked or not,
gzip or not, before anyone is authenticated), and the wrong-code lockout counts the address the socket saw unless
a trusted proxy is named."""

from __future__ import annotations

import gzip
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import select

from app.db import Store
from app.identity import Author
from app.models import StopDay
from sync.client import RegisterClient
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PushRequest, PushStatus
from sync.server.body_limit import ANONYMOUS_BODY_BYTES, MAX_BODY_BYTES
from sync.server.cli import build_parser, main, settings_of
from sync.server.store import migrate
from tests.register import Register, local_records, running_register

ROOT = Path(__file__).resolve().parents[1]
MIB = 1024 * 1024
LIMIT = MAX_BODY_BYTES  # what an authenticated request may send, after decompression: 16 MiB
ANONYMOUS_LIMIT = ANONYMOUS_BODY_BYTES  # what a request without a bearer token may send: 64 KiB
FORWARDED_ENV = "PYSAKKI_REGISTER_FORWARDED_ALLOW_IPS"


@pytest.fixture
def register(tmp_path: Path) -> Iterator[Register]:
    """The limits do not depend on the database: one SQLite register (the ``device`` fixture enrolls with it)."""
    with running_register(tmp_path / "register") as running:
        yield running


def token_of(device: tuple[RegisterClient, Author]) -> str:
    client, _author = device
    return str(client.session.headers["Authorization"]).split()[1]


def post(url: str, data: Any, token: str | None = None, path: str = "/push", **headers: str) -> requests.Response:
    sent = {PROTOCOL_HEADER: "1", "Content-Type": "application/json"} | headers
    if token:
        sent["Authorization"] = f"Bearer {token}"
    return requests.post(url + API_PREFIX + path, data=data, headers=sent, timeout=60)


def stream(data: bytes, size: int = 65536) -> Iterator[bytes]:
    """``data`` in pieces: given a generator, requests sends the body with chunked transfer encoding."""
    for start in range(0, len(data), size):
        yield data[start : start + size]


def filler(total: int) -> Iterator[bytes]:
    """``total`` bytes (ASCII zeros), chunked, without ever holding them all."""
    block = b"0" * 65536
    for start in range(0, total, len(block)):
        yield block[: total - start]


def refused(response: requests.Response, status: int, code: str) -> bool:
    return (response.status_code, response.json()["code"]) == (status, code)


def test_a_declared_length_over_the_limit_is_refused_before_the_body_comes(
    register: Register, device: tuple[RegisterClient, Author]
) -> None:
    port = int(register.url.rsplit(":", 1)[1])
    head = (
        f"POST {API_PREFIX}/push HTTP/1.1\r\nHost: 127.0.0.1\r\n{PROTOCOL_HEADER}: 1\r\n"
        f"Authorization: Bearer {token_of(device)}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {LIMIT + 1}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(head.encode())  # and not one byte of the body
        answer = b""
        while b"too_large" not in answer:
            piece = conn.recv(65536)
            assert piece, answer  # the register answers without waiting for the body
            answer += piece
    assert answer.startswith(b"HTTP/1.1 413 ") and b"x-content-type-options: nosniff" in answer.lower()


def test_a_chunked_body_over_the_limit_is_refused(register: Register, device: tuple[RegisterClient, Author]) -> None:
    answer = post(register.url, filler(LIMIT + MIB), token_of(device))
    assert refused(answer, 413, "too_large")
    assert answer.headers["X-Content-Type-Options"] == "nosniff"
    assert refused(post(register.url, b"0" * (LIMIT + 1), token_of(device)), 413, "too_large")  # Content-Length


def test_without_a_token_a_body_over_64_kib_is_refused(register: Register) -> None:
    for path in ("/enroll", "/push"):
        assert refused(post(register.url, filler(ANONYMOUS_LIMIT + 1), path=path), 413, "too_large")
        assert refused(post(register.url, b" " * (ANONYMOUS_LIMIT + 1), path=path), 413, "too_large")
    not_bearer = {"Authorization": "Basic dXNlcjpwYXNz"}  # only a bearer token earns the larger limit
    assert refused(post(register.url, filler(ANONYMOUS_LIMIT + 1), **not_bearer), 413, "too_large")
    # Below the limit, the same request is read and answered by the endpoint.
    small = b'{"code": "AAAA-BBBB-CCCC", "device_name": "Bussi 9"}' + b" " * (ANONYMOUS_LIMIT - 100)
    assert refused(post(register.url, iter([small]), path="/enroll"), 403, "bad_code")


def test_a_gzip_bomb_is_refused(register: Register, device: tuple[RegisterClient, Author]) -> None:
    bomb = gzip.compress(b" " * (LIMIT + 1))
    assert len(bomb) < 100_000  # small on the wire
    assert refused(post(register.url, bomb, token_of(device), **{"Content-Encoding": "gzip"}), 413, "too_large")
    assert refused(post(register.url, stream(bomb, 1000), token_of(device), **{"Content-Encoding": "gzip"}),
                   413, "too_large")  # fmt: skip
    small_bomb = gzip.compress(b" " * (ANONYMOUS_LIMIT + 1))
    assert refused(post(register.url, small_bomb, path="/enroll", **{"Content-Encoding": "gzip"}), 413, "too_large")


def test_a_cut_or_broken_gzip_body_is_refused(
    register: Register, store: Store, device: tuple[RegisterClient, Author]
) -> None:
    _client, author = device
    body = gzip.compress(PushRequest(records=local_records(store, author)).model_dump_json().encode())
    gzipped = {"Content-Encoding": "gzip"}
    for broken in (body[:-8], body[:-1], body[: len(body) // 2], b"not gzip at all", body + b"trailing", b""):
        assert refused(post(register.url, broken, token_of(device), **gzipped), 400, "bad_gzip"), broken[-12:]
        assert refused(post(register.url, stream(broken, 100), token_of(device), **gzipped), 400, "bad_gzip")
    with register.store.session() as session:
        assert session.scalars(select(StopDay)).all() == []  # nothing of the cut pushes was applied


def test_a_gzip_push_still_works(register: Register, store: Store, device: tuple[RegisterClient, Author]) -> None:
    _client, author = device
    pushed = local_records(store, author)
    data = PushRequest(records=pushed).model_dump_json().encode()
    gzipped = {"Content-Encoding": "gzip"}
    answer = post(register.url, gzip.compress(data), token_of(device), **gzipped)
    assert answer.status_code == 200, answer.text
    assert [r["status"] for r in answer.json()["results"]] == [PushStatus.CREATED] * 2
    # Chunked, in small pieces, and as two gzip members (RFC 1952 allows several): the same records again.
    members = gzip.compress(data[:100]) + gzip.compress(data[100:])
    again = post(register.url, stream(members, 50), token_of(device), **gzipped)
    assert again.status_code == 200, again.text
    assert [r["status"] for r in again.json()["results"]] == [PushStatus.DUPLICATE] * 2
    assert again.headers["Referrer-Policy"] == "no-referrer"


def test_a_push_body_must_say_it_is_json(
    register: Register, store: Store, device: tuple[RegisterClient, Author]
) -> None:
    """The push body is parsed from its bytes (sync.server.json_body): a body that does not say it is JSON is
    refused as FastAPI refuses one, and one that says so in the "+json" form is taken."""
    _client, author = device
    data = PushRequest(records=local_records(store, author)).model_dump_json().encode()
    for content_type in ("text/plain", "application/x-www-form-urlencoded", ""):
        refused = post(register.url, data, token_of(device), **{"Content-Type": content_type})
        assert refused.status_code == 422, content_type
        assert refused.json()["code"] == "invalid_request"
    with register.store.session() as session:
        assert session.scalars(select(StopDay)).all() == []  # nothing of the refused bodies was taken
    taken = post(
        register.url, data, token_of(device), **{"Content-Type": "application/vnd.pysakki+json; charset=utf-8"}
    )
    assert taken.status_code == 200, taken.text
    unknown = post(register.url, data, None, **{"Content-Type": "text/plain"})
    assert unknown.status_code == 401  # who calls is known before the body is even looked at


# The register as `pysakki-register serve` runs it, in a process of its own -----------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Served:
    """``python -m sync.server.cli serve`` on a free port; ready when uvicorn says it is listening."""

    def __init__(self, tmp_path: Path, *options: str, env: dict[str, str] | None = None) -> None:
        database = f"sqlite:///{tmp_path / 'served.db'}"
        migrate(database)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.lines: list[str] = []
        self.listening = threading.Event()
        environment = {k: v for k, v in os.environ.items() if k != FORWARDED_ENV} | (env or {})
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "--database", database, "serve", "--port", str(self.port),
             *options],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=environment,
        )  # fmt: skip
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()
        if not self.listening.wait(30) or self.process.poll() is not None:
            self.stop()
            raise RuntimeError("the register did not start: " + "".join(self.lines[-20:]))

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:  # drained to the end, so the pipe never fills
            self.lines.append(line)
            if "Uvicorn running on" in line:
                self.listening.set()
        self.listening.set()  # the process ended (the wait above then finds it not listening)

    def memory(self) -> dict[str, int]:
        """The process's resident and peak resident memory, in bytes (/proc/PID/status)."""
        found = {}
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            if name in {"VmRSS", "VmHWM"}:
                found[name] = int(value.split()[0]) * 1024
        return found

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.reader.join(timeout=10)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Any]:
    started: list[Served] = []

    def start(*options: str, env: dict[str, str] | None = None) -> Served:
        started.append(Served(tmp_path / str(len(started)), *options, env=env))
        return started[-1]

    yield start
    for server in started:
        server.stop()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc/PID/status")
def test_a_100_mb_chunked_body_without_a_token_does_not_grow_the_register(served: Any) -> None:
    server = served()
    for _ in range(3):  # every lazy import of the first requests is done before measuring
        assert refused(post(server.url, b"{}", path="/push"), 401, "no_token")
        assert refused(post(server.url, b"{}", path="/enroll"), 422, "invalid_request")
    before = server.memory()
    answer = post(server.url, filler(100 * MIB), path="/push")
    after = server.memory()
    growth = {name: after[name] - before[name] for name in after}
    print(f"register memory before {before}, after {after}, growth {growth} (bytes)")
    assert refused(answer, 413, "too_large")
    assert growth["VmHWM"] < 10 * MIB and growth["VmRSS"] < 10 * MIB, growth  # not the body's 100 MB
    assert refused(post(server.url, b"{}", path="/push"), 401, "no_token")  # and it still answers


def wrong_code(url: str, forwarded_for: str) -> requests.Response:
    body = b'{"code": "WRONG-CODE-0000", "device_name": "Bussi 9"}'
    return post(url, body, path="/enroll", **{"X-Forwarded-For": forwarded_for})


def test_by_default_the_lockout_counts_the_socket_address_not_x_forwarded_for(served: Any) -> None:
    server = served()
    answers = [wrong_code(server.url, f"203.0.113.{n}") for n in range(1, 7)]
    assert [a.status_code for a in answers] == [403] * 5 + [429]  # a fresh header on each try changes nothing
    assert answers[-1].json()["code"] == "too_many_attempts" and int(answers[-1].headers["Retry-After"]) > 0


@pytest.mark.parametrize(
    ("options", "env"),
    [(("--forwarded-allow-ips", "127.0.0.1"), None), ((), {FORWARDED_ENV: "127.0.0.1"})],
    ids=["flag", "environment"],
)
def test_a_trusted_proxy_s_x_forwarded_for_is_the_client(
    served: Any, options: tuple[str, ...], env: dict[str, str] | None
) -> None:
    server = served(*options, env=env)
    answers = [wrong_code(server.url, "203.0.113.7") for _ in range(6)]
    assert [a.status_code for a in answers] == [403] * 5 + [429]  # that laptop is locked out
    assert refused(wrong_code(server.url, "198.51.100.20"), 403, "bad_code")  # another one may still try


def test_forwarded_allow_ips_takes_addresses_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(FORWARDED_ENV, raising=False)

    def in_force(*flags: str) -> str | None:
        return settings_of(build_parser().parse_args(["serve", *flags])).forwarded_allow_ips

    assert in_force() is None  # by default no proxy is believed
    assert in_force("--forwarded-allow-ips", "127.0.0.1, 10.0.0.0/8,::1") == "127.0.0.1,10.0.0.0/8,::1"
    monkeypatch.setenv(FORWARDED_ENV, "*")
    assert in_force() == "*"
    database = ["--database", f"sqlite:///{tmp_path / 'register.db'}"]
    for value in ("127.0.0.1,proxy.example", "127.0.0.1,"):
        assert main([*database, "serve", "--forwarded-allow-ips", value]) == 2
        assert "is not an IP address or network" in capsys.readouterr().err
    monkeypatch.setenv(FORWARDED_ENV, "proxy.example")  # a bad value in the environment stops the start too
    assert main([*database, "serve"]) == 2
    assert "'proxy.example' is not an IP address" in capsys.readouterr().err
