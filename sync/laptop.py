"""The laptop's side of the register as the desktop and ``pysakki sync`` use it: enrollment, the configured client,
what the Sync page shows, one whole sync, and whether the register answers now."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.db import Store
from app.identity import current_author, device_id, forget_setting, get_setting, set_setting, set_unit
from app.models import QuarantinedRecord, WaitingChange
from app.privacy.store import seal_setting, sealed_setting
from app.records import model_for_table
from app.reference import apply_pulled_row
from sync import bookings
from sync.client import RETRY_STATUSES, TRANSIENT, RegisterClient, SyncError
from sync.engine import LAST_SYNC, NO_RECEIPT, SyncEngine, SyncReport, carry_out_erase
from sync.inbox import key_of
from sync.outbox import pending_count
from sync.protocol import ERASE_ORDERED
from sync.receipt import ReceiptCheck, last_check

log = logging.getLogger(__name__)
REGISTER_URL = "register_url"
DEVICE_NAME = "device_name"  # this laptop's name at the register, as it was enrolled
REGISTER_TOKEN = "register_token"
ENROLL_ATTEMPT = "enroll_attempt"  # the attempt secret of an enrollment not finished yet (see ``enroll``)


def enroll(store: Store, url: str, code: str, device_name: str) -> str:
    """Enroll this laptop with a one-time code; the register learns the laptop's own device id. Returns the unit.

    A random attempt secret is kept (sealed) from before the first try until the token is stored: if the answer is
    lost on the way, or this laptop cannot store it, enrolling again with the same code gives this laptop a new
    token instead of "code used". The unit's reference rows come with the answer, so a unit headquarters added
    after this program was built is known before the first pull.
    """
    with store.session() as session:
        own_id = device_id(session)
        attempt = sealed_setting(session, ENROLL_ATTEMPT)
        if attempt is None:
            attempt = secrets.token_urlsafe(32)
            seal_setting(session, ENROLL_ATTEMPT, attempt)
    # A 429 here means too many wrong codes: waiting would not make this code right, so it is not retried.
    client = RegisterClient(url, attempts=2, retry_statuses=RETRY_STATUSES - {429})
    try:
        answer = client.enroll(code, device_name, own_id, attempt)
    finally:
        client.close()
    with store.session() as session:
        configured = get_setting(session, "unit_id")
        if configured is not None and configured != answer.unit_id:
            raise SyncError("other_unit", f"this laptop records for {configured}, the code is for {answer.unit_id}")
        for change in answer.reference:
            if session.get(model_for_table(change.kind), key_of(change.kind, change.data)) is None:
                apply_pulled_row(session, change.kind, change.data)
        if configured is None:
            set_unit(session, answer.unit_id)
        current_author(session)
        set_setting(session, REGISTER_URL, url)
        set_setting(session, DEVICE_NAME, device_name)
        seal_setting(session, REGISTER_TOKEN, answer.token)
        forget_setting(session, ENROLL_ATTEMPT)
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
class WaitingEntry:
    """A pulled change this laptop cannot take yet (``sync.inbox``), without its content."""

    kind: str
    key: str
    reason: str
    waits_for: str | None
    since: datetime
    tries: int


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the Sync page shows: where the register is, whether this laptop is enrolled, what waits."""

    url: str
    device_name: str  # as enrolled; empty for a laptop enrolled before the name was kept
    enrolled: bool
    last_sync: datetime | None
    pending: int
    quarantine: list[QuarantineEntry]
    waiting: list[WaitingEntry]
    receipt: ReceiptCheck | None  # the last end-of-day receipt, checked


def status(*, session: Session) -> SyncStatus:
    last = get_setting(session, LAST_SYNC)
    entries = session.scalars(select(QuarantinedRecord).order_by(QuarantinedRecord.at.desc())).all()
    return SyncStatus(
        url=get_setting(session, REGISTER_URL) or "",
        device_name=get_setting(session, DEVICE_NAME) or "",
        enrolled=bool(get_setting(session, REGISTER_TOKEN)),
        last_sync=datetime.fromisoformat(last) if last else None,
        pending=pending_count(session),
        quarantine=[QuarantineEntry(e.record_type, e.record_id, e.version, e.status, e.reason, e.at) for e in entries],
        waiting=waiting_entries(session),
        receipt=last_check(session),
    )


def waiting_entries(session: Session) -> list[WaitingEntry]:
    """What waits in ``sync.inbox``, oldest revision first, read without opening the sealed changes."""
    columns = (WaitingChange.kind, WaitingChange.key, WaitingChange.reason, WaitingChange.waits_for,
               WaitingChange.since, WaitingChange.tries)  # fmt: skip
    return [WaitingEntry(*row) for row in session.execute(select(*columns).order_by(WaitingChange.revision))]


def sync_now(
    store: Store, progress: Callable[[int, int], None] | None = None, *, erase_here: bool = True
) -> SyncReport:
    """One whole sync with the enrolled register (the desktop's "Sync now" and the automatic sync, in a process of
    their own: see ``sync.child`` for ``erase_here``)."""
    client = configured_client(store)
    try:
        report = SyncEngine(store, client, progress=progress, erase_here=erase_here).run()
        try:
            report.bookings = bookings.exchange(store, client)
        except SyncError as exc:
            if exc.code in TRANSIENT:
                # The line dropped after the records' sync, which is whole (sent, received and acknowledged): it is
                # reported as done, and the bookings wait for the next one.
                log.warning("the reception bookings were not exchanged (%s); they wait for the next sync", exc.code)
                report.bookings_failed = exc.code
            elif exc.code == ERASE_ORDERED and erase_here:
                raise carry_out_erase(store, utcnow()) from exc  # revoked meanwhile, as the engine would have been
            elif exc.code not in NO_RECEIPT:  # a register from before bookings has none to give
                raise
        return report
    finally:
        client.close()


def worth_syncing(store: Store) -> bool:
    """For the automatic sync: enrolled, something waits, and the register answers now."""
    with store.session() as session:
        current = status(session=session)
        marks = bookings.unsent_count(session)  # a booking marked or booked here waits for the register too
    return current.enrolled and (current.pending > 0 or marks > 0) and reachable(store)


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
