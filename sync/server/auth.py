"""Who is calling: device tokens from one-time enrollment codes, coordinator tokens, revocation.

Tokens and codes are random and long, so a SHA-256 hash is what the register keeps (a slow password hash protects
guessable secrets such as PINs; it adds nothing to a 256-bit random token and would cost every request).
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.models import Unit
from sync.protocol import digest
from sync.server.models import Coordinator, Device, EnrollmentAttempt, EnrollmentCode

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over a phone
CODE_LENGTH = 12
DEFAULT_CODE_HOURS = 72


ENROLL_FAILURES_ALLOWED = 5  # wrong codes from one address within ENROLL_WINDOW; then it waits
ENROLL_WINDOW = timedelta(minutes=15)


class AuthError(Exception):
    """Refused; ``status`` is the HTTP answer and ``code`` the stable reason."""

    def __init__(self, status: int, code: str, message: str = "", retry_after: int | None = None) -> None:
        super().__init__(message or code)
        self.status, self.code, self.message = status, code, message or code
        self.retry_after = retry_after  # seconds, for a 429


@dataclass(frozen=True, slots=True)
class Caller:
    """An authenticated caller: a device of one unit, or a coordinator (who reads across units)."""

    role: str  # "device" or "coordinator"
    id: str
    unit_id: str | None  # None for a coordinator

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def create_enrollment_code(
    *, session: Session, unit_id: str, hours: int = DEFAULT_CODE_HOURS, now: datetime | None = None
) -> str:
    """A one-time code for a new laptop of ``unit_id``, valid for ``hours``; shown once, kept as a hash."""
    if session.get(Unit, unit_id) is None:
        raise AuthError(404, "unknown_unit", f"no unit {unit_id!r}")
    stamp = now or utcnow()
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    session.add(
        EnrollmentCode(
            code_hash=digest(code), unit_id=unit_id, created_at=stamp, expires_at=stamp + timedelta(hours=hours)
        )
    )
    session.flush()
    return "-".join(code[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def enroll(
    *,
    session: Session,
    code: str,
    device_name: str,
    device_id: str | None = None,
    now: datetime | None = None,
) -> tuple[Device, str]:
    """Trade a valid, unused code for a device and its token (the token is returned once, never stored).

    The device keeps the id it made for itself (``device_id``), so what it wrote before enrolling is its own.
    """
    stamp = now or utcnow()
    row = session.get(EnrollmentCode, digest(normalise_code(code)), with_for_update=True)
    if row is None or row.used_at is not None or row.expires_at <= stamp:
        raise AuthError(403, "bad_code", "the enrollment code is wrong, used or expired")
    if device_id is not None and session.get(Device, device_id) is not None:
        raise AuthError(409, "device_exists", "this device is enrolled already; a coordinator can revoke it first")
    token = secrets.token_urlsafe(32)
    device = Device(
        id=device_id or str(uuid.uuid4()),
        unit_id=row.unit_id,
        name=device_name,
        token_hash=digest(token),
        created_at=stamp,
    )
    session.add(device)
    row.used_at, row.device_id = stamp, device.id
    session.flush()
    return device, token


def check_enrollment_rate(
    *, session: Session, client: str, now: datetime | None = None, what: str = "enrollment codes"
) -> None:
    """Refuse (429) an address that gave too many wrong codes (or tokens) lately: nothing is guessed by trying."""
    stamp = now or utcnow()
    since = stamp - ENROLL_WINDOW
    recent = session.scalars(
        select(EnrollmentAttempt.at)
        .where(EnrollmentAttempt.client == client, EnrollmentAttempt.at > since)
        .order_by(EnrollmentAttempt.at.desc())
        .limit(ENROLL_FAILURES_ALLOWED)
    ).all()
    if len(recent) >= ENROLL_FAILURES_ALLOWED:
        wait = int((recent[-1] + ENROLL_WINDOW - stamp).total_seconds()) + 1
        raise AuthError(429, "too_many_attempts", f"too many wrong {what}; try again in {wait} s", wait)


def record_failed_enrollment(*, session: Session, client: str, now: datetime | None = None) -> None:
    """Remember a wrong code from ``client``; forget attempts older than a day."""
    stamp = now or utcnow()
    session.execute(delete(EnrollmentAttempt).where(EnrollmentAttempt.at < stamp - timedelta(days=1)))
    session.add(EnrollmentAttempt(client=client[:64], at=stamp))
    session.flush()


def create_coordinator(*, session: Session, name: str, now: datetime | None = None) -> str:
    if session.scalar(select(Coordinator).where(Coordinator.name == name)) is not None:
        raise AuthError(409, "exists", f"a coordinator named {name!r} exists")
    token = secrets.token_urlsafe(32)
    session.add(Coordinator(id=str(uuid.uuid4()), name=name, token_hash=digest(token), created_at=now or utcnow()))
    session.flush()
    return token


def authenticate(*, session: Session, authorization: str | None, now: datetime | None = None) -> Caller:
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise AuthError(401, "no_token", "a bearer token is required")
    hashed = digest(token.strip())
    device = session.scalar(select(Device).where(Device.token_hash == hashed))
    if device is not None:
        if device.revoked_at is not None:
            raise AuthError(401, "revoked", "this device has been revoked")
        device.last_seen_at = now or utcnow()
        return Caller("device", device.id, device.unit_id)
    coordinator = session.scalar(select(Coordinator).where(Coordinator.token_hash == hashed))
    if coordinator is not None:
        return Caller("coordinator", coordinator.id, None)
    raise AuthError(401, "bad_token", "the token is not known")


def revoke(*, session: Session, device_id: str, now: datetime | None = None) -> Device:
    device = session.get(Device, device_id)
    if device is None:
        raise AuthError(404, "unknown_device", f"no device {device_id!r}")
    if device.revoked_at is None:
        device.revoked_at = now or utcnow()
    session.flush()
    return device
