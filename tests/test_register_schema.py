"""The register against its own OpenAPI description: schemathesis, run as its command against a real register,
sends generated and broken requests to every operation; no answer may be a 5xx or fall outside the description."""

from __future__ import annotations

import subprocess
import sys

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.register import Register

DEVICE_PATHS = "^/api/v1/(push|workers|pull)$"  # what a device calls; the rest is a coordinator's or open


def schemathesis(register: Register, token: str, *selection: str) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", f"{register.url}/openapi.json",
        "--header", f"{PROTOCOL_HEADER}: {PROTOCOL_VERSION}",
        "--header", f"Authorization: Bearer {token}",
        "--checks", "all",
        # Probes with methods no operation has: Starlette's 405 names only one route's method in Allow.
        "--exclude-checks", "unsupported_method,allow_header_conformance",
        "--max-examples", "25",
        "--seed", "20261122",
        "--suppress-health-check", "all",
        "--workers", "1",  # Python 3.11 ast.parse is not thread-safe, and Hypothesis calls it
        "--no-color",
        *selection,
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)


def test_the_register_keeps_its_description(register: Register, device: tuple[object, object]) -> None:
    client, _author = device
    device_token = client.session.headers["Authorization"].split()[1]  # type: ignore[attr-defined]
    coordinator_token = register.coordinator_token()
    for token, selection in (
        (device_token, ("--include-path-regex", DEVICE_PATHS)),
        (coordinator_token, ("--exclude-path-regex", DEVICE_PATHS)),
    ):
        run = schemathesis(register, token, *selection)
        assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
