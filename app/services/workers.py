"""Who is at the laptop: the unit's workers, adding oneself, and signing in with a short PIN.

PINs are stored as argon2 hashes on this device only. Repeated wrong PINs lock that worker out for a while,
doubling each time, so a PIN of four digits cannot be guessed by trying them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.errors import FieldError, NotFoundError, ValidationError
from app.identity import Author, get_setting, set_setting
from app.models import Organisation, Worker, WorkerPin
from app.models.base import new_id
from app.settings_keys import LAST_WORKER
from app.signin_state import WorkerInfo
from app.vocab import Role

__all__ = [
    "FIRST_LOCKOUT",
    "FREE_ATTEMPTS",
    "LAST_WORKER",
    "PIN_SHAPE",
    "SignInOutcome",
    "WorkerInfo",
    "add_worker",
    "get_worker",
    "last_worker_id",
    "list_workers",
    "set_first_pin",
    "sign_in",
]

PIN_SHAPE = re.compile(r"^[0-9]{4,8}$")
FREE_ATTEMPTS = 5
FIRST_LOCKOUT = timedelta(seconds=30)

_hasher = PasswordHasher()


def list_workers(*, session: Session, unit_id: str, language: str = "fi") -> list[WorkerInfo]:
    """Active workers of the unit, by name, each marked with whether they have a PIN on this device."""
    rows = session.execute(
        select(Worker, Organisation, WorkerPin.worker_id)
        .outerjoin(Organisation, Organisation.id == Worker.organisation_id)
        .outerjoin(WorkerPin, WorkerPin.worker_id == Worker.id)
        .where(Worker.unit_id == unit_id, Worker.active)
        .order_by(Worker.display_name)
    ).all()
    return [_info(worker, organisation, pin is not None, language) for worker, organisation, pin in rows]


def get_worker(*, session: Session, worker_id: str, language: str = "fi") -> WorkerInfo:
    worker = session.get(Worker, worker_id)
    if worker is None:
        raise NotFoundError(f"no worker {worker_id}", id=worker_id)
    organisation = session.get(Organisation, worker.organisation_id) if worker.organisation_id else None
    return _info(worker, organisation, session.get(WorkerPin, worker_id) is not None, language)


def add_worker(
    *,
    session: Session,
    author: Author,
    display_name: str,
    organisation_id: str | None,
    pin: str,
    pin_again: str,
    is_student: bool = False,
    now: datetime | None = None,
) -> WorkerInfo:
    """A worker not yet in the reference data adds themselves on this device; the register learns of them later."""
    name = " ".join(display_name.split())
    errors: list[FieldError] = []
    if not name:
        errors.append(FieldError("display_name", "required"))
    elif len(name) > 120:
        errors.append(FieldError("display_name", "too_long", {"max_length": 120}))
    if organisation_id is not None and session.get(Organisation, organisation_id) is None:
        errors.append(FieldError("organisation_id", "unknown_reference", {"value": organisation_id}))
    errors += _pin_errors(pin, pin_again)
    if errors:
        raise ValidationError(errors)
    worker = Worker(
        id=f"local-{new_id()}",
        unit_id=author.unit_id,
        organisation_id=organisation_id,
        display_name=name,
        is_student=is_student,
        active=True,
        revision=None,
    )
    session.add(worker)
    session.flush()
    session.add(WorkerPin(worker_id=worker.id, pin_hash=_hasher.hash(pin), updated_at=now or utcnow()))
    set_setting(session, LAST_WORKER, worker.id)
    return get_worker(session=session, worker_id=worker.id)


def set_first_pin(
    *, session: Session, worker_id: str, pin: str, pin_again: str, now: datetime | None = None
) -> WorkerInfo:
    """A worker from the reference data signs in on this device for the first time and chooses a PIN."""
    worker = session.get(Worker, worker_id)
    if worker is None or not worker.active:
        raise NotFoundError(f"no worker {worker_id}", id=worker_id)
    if session.get(WorkerPin, worker_id) is not None:
        raise ValidationError.single("pin", "pin_already_set")
    errors = _pin_errors(pin, pin_again)
    if errors:
        raise ValidationError(errors)
    session.add(WorkerPin(worker_id=worker_id, pin_hash=_hasher.hash(pin), updated_at=now or utcnow()))
    set_setting(session, LAST_WORKER, worker_id)
    return get_worker(session=session, worker_id=worker_id)


@dataclass(frozen=True, slots=True)
class SignInOutcome:
    """Either the signed-in worker or why not. Refusals are returned, not raised, so the count of wrong PINs is
    committed with the session instead of rolled back with an exception."""

    worker: WorkerInfo | None
    error: FieldError | None = None


def sign_in(*, session: Session, worker_id: str, pin: str, now: datetime | None = None) -> SignInOutcome:
    stamp = now or utcnow()
    row = session.get(WorkerPin, worker_id)
    if row is None:
        return SignInOutcome(None, FieldError("pin", "pin_not_set"))
    if row.locked_until is not None and row.locked_until > stamp:
        return SignInOutcome(None, _locked(row.locked_until, stamp))
    try:
        _hasher.verify(row.pin_hash, pin)
    except (VerificationError, InvalidHashError):
        row.failed_attempts += 1
        left = FREE_ATTEMPTS - row.failed_attempts
        if left <= 0:
            row.locked_until = stamp + FIRST_LOCKOUT * 2 ** (-left)
            session.flush()
            return SignInOutcome(None, _locked(row.locked_until, stamp))
        session.flush()
        return SignInOutcome(None, FieldError("pin", "wrong_pin", {"attempts_left": left}))
    row.failed_attempts = 0
    row.locked_until = None
    if _hasher.check_needs_rehash(row.pin_hash):
        row.pin_hash = _hasher.hash(pin)
    set_setting(session, LAST_WORKER, worker_id)
    return SignInOutcome(get_worker(session=session, worker_id=worker_id))


def last_worker_id(*, session: Session) -> str | None:
    return get_setting(session, LAST_WORKER)


def _locked(until: datetime, now: datetime) -> FieldError:
    return FieldError("pin", "locked_out", {"seconds": int((until - now).total_seconds()) + 1})


def _pin_errors(pin: str, pin_again: str) -> list[FieldError]:
    if not PIN_SHAPE.match(pin):
        return [FieldError("pin", "pin_shape")]
    if pin != pin_again:
        return [FieldError("pin_again", "pin_mismatch")]
    return []


def _info(worker: Worker, organisation: Organisation | None, has_pin: bool, language: str) -> WorkerInfo:
    org_name = None
    if organisation is not None:
        org_name = organisation.short_name or organisation.name(language)
    coordinator = worker.role is Role.COORDINATOR
    return WorkerInfo(
        worker.id, worker.display_name, org_name, worker.is_student, has_pin, coordinator, worker.organisation_id
    )
