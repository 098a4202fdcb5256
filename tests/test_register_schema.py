"""The register against its own OpenAPI description: schemathesis, run as its command against a real register,
sends generated and broken requests to every operation; no answer may be a 5xx or fall outside the description."""

from __future__ import annotations

import subprocess
import sys

from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from tests.register import Register

DEVICE_PATHS = "^/api/v1/(push|workers|pull|bookings)$"  # what a device calls; the rest is a coordinator's or open
REPORTS = "^/api/v1/reports/"
REFERENCE = "^/api/v1/reference/"
# Probes with methods no operation has: Starlette's 405 names only one route's method in Allow.
EXCLUDED = "unsupported_method,allow_header_conformance"


def schemathesis(
    register: Register, token: str, *selection: str, excluded: str = EXCLUDED
) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable, "-m", "schemathesis.cli", "run", f"{register.url}/openapi.json",
        "--header", f"{PROTOCOL_HEADER}: {PROTOCOL_VERSION}",
        "--header", f"Authorization: Bearer {token}",
        "--checks", "all",
        "--exclude-checks", excluded,
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
    for token, selection, excluded in (
        (device_token, ("--include-path-regex", DEVICE_PATHS), EXCLUDED),
        (coordinator_token, ("--exclude-path-regex", f"{DEVICE_PATHS}|{REPORTS}|{REFERENCE}"), EXCLUDED),
        # Reference rows are answered one by one (200, each row created, updated, unchanged or rejected naming its
        # field), so a row the description does not allow is refused inside a 200, by design, not with a 4xx.
        (coordinator_token, ("--include-path-regex", REFERENCE), f"{EXCLUDED},negative_data_rejection"),
        # A report's period must end after it starts and lie within 2000-2100, which OpenAPI cannot say of two
        # dates: such a schema-valid request is refused with 422 by design. Every other check still runs on it.
        (coordinator_token, ("--include-path-regex", REPORTS), f"{EXCLUDED},positive_data_acceptance"),
    ):
        run = schemathesis(register, token, *selection, excluded=excluded)
        assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
