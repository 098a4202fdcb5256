"""Who is calling: device tokens from one-time enrollment codes, coordinator tokens, revocation.

Tokens and codes are random and long, so a SHA-256 hash is what the register keeps (a slow password hash protects
guessable secrets such as PINs; it adds nothing to a 256-bit random token and would cost every request).
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.models import Unit
from sync.console_wire import DEFAULT_CODE_HOURS
from sync.protocol import ERASE_ORDERED, digest
from sync.server.models import Coordinator, Device, EnrollmentAttempt, EnrollmentCode

if TYPE_CHECKING:
    from sync.server.store import RegisterStore

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud over a phone
CODE_LENGTH = 12


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
    last_seen_at: datetime | None = None  # a device's, as it was before this call

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
    code = grouped_code()
    session.add(
        EnrollmentCode(
            code_hash=digest(normalise_code(code)), unit_id=unit_id, created_at=stamp,
            expires_at=stamp + timedelta(hours=hours),
        )
    )  # fmt: skip
    session.flush()
    return code


def grouped_code() -> str:
    """A random code of ``CODE_LENGTH`` letters and digits a person can read aloud, in groups of four."""
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(code[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def enroll(
    *,
    session: Session,
    code: str,
    device_name: str,
    device_id: str | None = None,
    attempt: str | None = None,
    now: datetime | None = None,
) -> tuple[Device, str]:
    """Trade a valid code for a device and its token (the token is returned once, never stored).

    The device keeps the id it made for itself (``device_id``), so what it wrote before enrolling is its own. The code
    is used only when the caller's transaction commits. Idempotent and recoverable:

    - the same code, device and ``attempt`` secret again (the laptop keeps the secret until it has its token, so a
      lost answer is asked for again): the same device and a new token; a used code without that secret is refused;
    - a new code for a device already here: allowed when a coordinator revoked it (the way out for a stuck or lost
      laptop) or when it never called with its token (its answer was lost); then the same device, a new token, and
      the revocation lifted. An active device is refused (409 ``device_exists``), a device of another unit too.
    """
    stamp = now or utcnow()
    row = session.get(EnrollmentCode, digest(normalise_code(code)), with_for_update=True)
    if row is None or row.expires_at <= stamp:
        raise AuthError(403, "bad_code", "the enrollment code is wrong, used or expired")
    token = secrets.token_urlsafe(32)
    if row.used_at is not None:
        repeated = (
            device_id is not None and attempt is not None and row.device_id == device_id
            and row.attempt_hash == digest(attempt)
        )  # fmt: skip
        device = session.get(Device, device_id) if repeated else None
        if device is None:
            raise AuthError(403, "bad_code", "the enrollment code is wrong, used or expired")
        device.token_hash = digest(token)
        session.flush()
        return device, token
    device = session.get(Device, device_id) if device_id is not None else None
    if device is not None:
        if device.unit_id != row.unit_id:
            raise AuthError(409, "device_other_unit", "this device is enrolled for another unit")
        if device.revoked_at is None and device.last_seen_at is not None:
            raise AuthError(409, "device_exists", "this device is enrolled already; a coordinator can revoke it first")
        device.name, device.token_hash, device.revoked_at = device_name, digest(token), None
        device.erase_ordered, device.erase_told_at = False, None  # enrolled anew: an old order is spent
    else:
        device = Device(
            id=device_id or str(uuid.uuid4()),
            unit_id=row.unit_id,
            name=device_name,
            token_hash=digest(token),
            created_at=stamp,
        )
        session.add(device)
    row.used_at, row.device_id = stamp, device.id
    row.attempt_hash = digest(attempt) if attempt is not None else None
    session.flush()
    return device, token


def check_enrollment_rate(
    *,
    session: Session,
    client: str,
    now: datetime | None = None,
    what: str = "enrollment codes",
    allowed: int = ENROLL_FAILURES_ALLOWED,
    window: timedelta = ENROLL_WINDOW,
) -> None:
    """Refuse (429) an address that gave too many wrong codes (or tokens) lately: nothing is guessed by trying.

    The public bookings count their own attempts (``allowed`` in ``window``, at most a day) the same way."""
    stamp = now or utcnow()
    since = stamp - window
    recent = session.scalars(
        select(EnrollmentAttempt.at)
        .where(EnrollmentAttempt.client == client, EnrollmentAttempt.at > since)
        .order_by(EnrollmentAttempt.at.desc())
        .limit(allowed)
    ).all()
    if len(recent) >= allowed:
        wait = int((recent[-1] + window - stamp).total_seconds()) + 1
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


SEEN_EVERY = timedelta(minutes=1)  # how stale ``last_seen_at`` may be before a call writes it again


def authenticate(*, session: Session, authorization: str | None) -> Caller:
    """Who the bearer token belongs to; a read only (``touch`` writes when the device was last seen)."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise AuthError(401, "no_token", "a bearer token is required")
    hashed = digest(token.strip())
    device = session.scalar(select(Device).where(Device.token_hash == hashed))
    if device is not None:
        if device.revoked_at is not None and device.erase_ordered:
            raise AuthError(401, ERASE_ORDERED, "this device has been revoked; erase its contact requests' names")
        if device.revoked_at is not None:
            raise AuthError(401, "revoked", "this device has been revoked")
        return Caller("device", device.id, device.unit_id, device.last_seen_at)
    coordinator = session.scalar(select(Coordinator).where(Coordinator.token_hash == hashed))
    if coordinator is not None:
        return Caller("coordinator", coordinator.id, None)
    raise AuthError(401, "bad_token", "the token is not known")


def identify(store: RegisterStore, authorization: str | None, now: datetime | None = None) -> Caller:
    """The caller, looked up in a read; a device's ``last_seen_at`` is written at most once a minute, in a short
    write of its own (a read that also writes is what made concurrent SQLite requests fail with "locked")."""
    stamp = now or utcnow()
    try:
        with store.snapshot() as session:
            caller = authenticate(session=session, authorization=authorization)
    except AuthError as exc:
        if exc.code == ERASE_ORDERED:  # the coordinator sees when the lost laptop was told
            _told_to_erase(store, authorization or "", stamp)
        raise
    if caller.role == "device" and (caller.last_seen_at is None or stamp - caller.last_seen_at >= SEEN_EVERY):
        with store.session() as session:
            session.execute(
                update(Device)
                .where(Device.id == caller.id, or_(Device.last_seen_at.is_(None), Device.last_seen_at < stamp))
                .values(last_seen_at=stamp)
            )
    return caller


def _told_to_erase(store: RegisterStore, authorization: str, stamp: datetime) -> None:
    hashed = digest(authorization.partition(" ")[2].strip())
    with store.session() as session:
        session.execute(
            update(Device)
            .where(Device.token_hash == hashed, Device.erase_told_at.is_(None))
            .values(erase_told_at=stamp)
        )


def revoke(*, session: Session, device_id: str, erase: bool = False, now: datetime | None = None) -> Device:
    """Lock a device out; with ``erase``, also order it to erase its contact requests' names and numbers if it
    ever calls again (an order is never taken back by revoking again without it)."""
    device = session.get(Device, device_id)
    if device is None:
        raise AuthError(404, "unknown_device", f"no device {device_id!r}")
    if device.revoked_at is None:
        device.revoked_at = now or utcnow()
    device.erase_ordered = device.erase_ordered or erase
    session.flush()
    return device
