"""The laptop's side of the register as the desktop and ``pysakki sync`` use it: enrollment, the configured client,
what the Sync page shows, one whole sync, and whether the register answers now."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Store
from app.identity import current_author, device_id, get_setting, set_setting, set_unit
from app.models import QuarantinedRecord
from app.privacy.store import seal_setting, sealed_setting
from sync.client import RETRY_STATUSES, RegisterClient, SyncError
from sync.engine import LAST_SYNC, SyncEngine, SyncReport
from sync.outbox import pending_count

REGISTER_URL = "register_url"
REGISTER_TOKEN = "register_token"


def enroll(store: Store, url: str, code: str, device_name: str) -> str:
    """Enroll this laptop with a one-time code; the register learns the laptop's own device id. Returns the unit."""
    with store.session() as session:
        own_id = device_id(session)
    # A 429 here means too many wrong codes: waiting would not make this code right, so it is not retried.
    client = RegisterClient(url, attempts=2, retry_statuses=RETRY_STATUSES - {429})
    try:
        answer = client.enroll(code, device_name, own_id)
    finally:
        client.close()
    with store.session() as session:
        configured = get_setting(session, "unit_id")
        if configured is not None and configured != answer.unit_id:
            raise SyncError("other_unit", f"this laptop records for {configured}, the code is for {answer.unit_id}")
        if configured is None:
            set_unit(session, answer.unit_id)
        current_author(session)
        set_setting(session, REGISTER_URL, url)
        seal_setting(session, REGISTER_TOKEN, answer.token)
    return answer.unit_id


def device_token(session: Session) -> str | None:
    """This laptop's token for the register, kept sealed like a contact request's name."""
    return sealed_setting(session, REGISTER_TOKEN)


def configured_client(store: Store) -> RegisterClient:
    with store.session() as session:
        url, token = get_setting(session, REGISTER_URL), device_token(session)
    if not url or not token:
        raise SyncError("not_enrolled", "this laptop is not enrolled with a register yet")
    return RegisterClient(url, token)


@dataclass(frozen=True, slots=True)
class QuarantineEntry:
    record_type: str
    record_id: str
    version: int
    status: str
    reason: str
    at: datetime


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the Sync page shows: where the register is, whether this laptop is enrolled, what waits."""

    url: str
    enrolled: bool
    last_sync: datetime | None
    pending: int
    quarantine: list[QuarantineEntry]


def status(*, session: Session) -> SyncStatus:
    last = get_setting(session, LAST_SYNC)
    entries = session.scalars(select(QuarantinedRecord).order_by(QuarantinedRecord.at.desc())).all()
    return SyncStatus(
        url=get_setting(session, REGISTER_URL) or "",
        enrolled=bool(get_setting(session, REGISTER_TOKEN)),
        last_sync=datetime.fromisoformat(last) if last else None,
        pending=pending_count(session),
        quarantine=[QuarantineEntry(e.record_type, e.record_id, e.version, e.status, e.reason, e.at) for e in entries],
    )


def sync_now(store: Store, progress: Callable[[int, int], None] | None = None) -> SyncReport:
    """One whole sync with the enrolled register (the desktop's "Sync now" and the automatic sync)."""
    client = configured_client(store)
    try:
        return SyncEngine(store, client, progress=progress).run()
    finally:
        client.close()


def worth_syncing(store: Store) -> bool:
    """For the automatic sync: enrolled, something waits, and the register answers now."""
    with store.session() as session:
        current = status(session=session)
    return current.enrolled and current.pending > 0 and reachable(store)


def reachable(store: Store) -> bool:
    """Whether the enrolled register answers now (one quick try, no retries): for the automatic sync."""
    with store.session() as session:
        url = get_setting(session, REGISTER_URL)
    if not url:
        return False
    client = RegisterClient(url, attempts=0, connect_timeout=3, read_timeout=5)
    try:
        client.hello()
    except SyncError:
        return False
    finally:
        client.close()
    return True
