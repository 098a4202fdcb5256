"""Contact requests followed up: the status flow, the follow-up list by deadline, and the retention purge that
empties a closed request's name and number on the laptop and on the register."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import Store, open_store
from app.errors import NotAllowedError, ValidationError
from app.identity import Author, current_author
from app.models import AuditEntry, ContactRequest, Worker
from app.models.base import new_id
from app.privacy.audit import Actor, actor
from app.privacy.retention import purge_expired
from app.services import contact_requests, preferences, records
from app.sqlite import forget_old_pages
from app.vocab import AuditAction, ContactStatus, Role
from sync.laptop import device_token, sync_now
from sync.server.cli import main as register_cli
from sync.server.store import ENV_KEY_FILE
from tests.conftest import NOW
from tests.contact_data import take
from tests.register import call

NAME, PHONE = "Maija Meikäläinen", "040 765 4321"


def worker(session: Session, author: Author, name: str, organisation: str | None, role: Role = Role.WORKER) -> Actor:
    """A worker added on this laptop (so the register learns of them at the next sync)."""
    id = f"local-{new_id()}"
    session.add(Worker(id=id, unit_id=author.unit_id, organisation_id=organisation, display_name=name, role=role))
    session.flush()
    return actor(session, author, id)


@pytest.fixture
def kota(session: Session, author: Author) -> Actor:
    return worker(session, author, "kota", "kota")


def request(session: Session, author: Author, *, days_ago: int = 0, organisation: str = "kota") -> str:
    return contact_requests.record_contact_request(
        session=session,
        author=author,
        data={
            "received_at": NOW - timedelta(days=days_ago),
            "consent": True,
            "consent_text_version": "2026-1",
            "name": NAME,
            "phone": PHONE,
            "organisation_id": organisation,
        },
        now=NOW - timedelta(days=days_ago),
    ).id


def test_the_status_flow_stamps_the_call_and_the_closing(session: Session, author: Author, kota: Actor) -> None:
    who = kota
    made = request(session, author)
    contact_requests.change_status(
        session=session, who=who, id=made, status=ContactStatus.CONTACTED, now=NOW + timedelta(hours=2)
    )
    row = session.get(ContactRequest, made)
    assert row is not None and row.contacted_at == NOW + timedelta(hours=2) and row.closed_at is None
    closed = contact_requests.change_status(
        session=session, who=who, id=made, status=ContactStatus.CLOSED, now=NOW + timedelta(days=1)
    )
    assert closed.body.status is ContactStatus.CLOSED  # type: ignore[attr-defined]
    assert row.contacted_at == NOW + timedelta(hours=2) and row.closed_at == NOW + timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        contact_requests.change_status(session=session, who=who, id=made, status=ContactStatus.CONTACTED)
    assert [(e.field, e.code) for e in refused.value.errors] == [("status", "invalid_step")]


def test_unreachable_counts_as_a_try_and_closes(session: Session, author: Author, kota: Actor) -> None:
    who = kota
    made = request(session, author)
    contact_requests.change_status(session=session, who=who, id=made, status=ContactStatus.UNREACHABLE, now=NOW)
    row = session.get(ContactRequest, made)
    assert row is not None and row.contacted_at == NOW and row.closed_at == NOW


def test_the_follow_up_list_is_by_deadline_with_the_overdue_marked(session: Session, author: Author) -> None:
    who = worker(session, author, "coordinator", None, Role.COORDINATOR)
    late = request(session, author, days_ago=10)
    fresh = request(session, author)
    other = request(session, author, days_ago=5, organisation="mll-varsinais-suomi")
    called = request(session, author, days_ago=9)
    contact_requests.change_status(session=session, who=who, id=called, status=ContactStatus.CONTACTED)
    done = request(session, author, days_ago=8)
    contact_requests.change_status(session=session, who=who, id=done, status=ContactStatus.CLOSED)

    listed = contact_requests.follow_ups(session=session, who=who, today=date(2026, 11, 20))
    assert [f.id for f in listed] == [late, called, other, fresh]
    assert [f.overdue for f in listed] == [True, False, True, False]  # a call in time or late ends "overdue"
    assert listed[0].deadline == date(2026, 11, 13) and listed[0].received_on == date(2026, 11, 10)
    own = contact_requests.follow_ups(session=session, who=worker(session, author, "kota", "kota"), today=NOW.date())
    assert other not in [f.id for f in own] and len(own) == 3
    mll = worker(session, author, "mll", "mll-varsinais-suomi")
    assert [f.id for f in contact_requests.follow_ups(session=session, who=mll, today=NOW.date())] == [other]


def test_a_closed_request_is_emptied_after_the_retention_period(session: Session, author: Author, kota: Actor) -> None:
    who = kota
    kept, emptied = request(session, author), request(session, author)
    for made, closed_at in ((kept, NOW - timedelta(days=29)), (emptied, NOW - timedelta(days=30))):
        contact_requests.change_status(session=session, who=who, id=made, status=ContactStatus.CLOSED, now=closed_at)
    assert purge_expired(session, now=NOW) == 1
    session.expire_all()
    rows = {row.id: row for row in session.scalars(select(ContactRequest))}
    assert (rows[kept].name, rows[kept].phone) == (NAME, PHONE)
    assert (rows[emptied].name, rows[emptied].phone, rows[emptied].email) == (None, None, None)
    assert rows[emptied].status is ContactStatus.CLOSED and rows[emptied].deadline  # the rest stays for reports
    assert purge_expired(session, now=NOW) == 0


def test_the_laptop_purges_when_the_program_opens_and_leaves_no_trace_in_the_file(tmp_path: Path) -> None:
    store = open_store(tmp_path / "data")
    with store.session() as session:
        author = current_author(session)
        who = worker(session, author, "kota", "kota")
        made = request(session, author, days_ago=3)
        contact_requests.change_status(
            session=session, who=who, id=made, status=ContactStatus.CLOSED, now=NOW - timedelta(days=2)
        )
        preferences.set_retention_days(session=session, days=1)
    sealed_phone = sqlite3.connect(store.path).execute("SELECT phone FROM contact_requests").fetchone()[0]
    store.close()
    reopened = open_store(tmp_path / "data")
    try:
        with reopened.session() as session:
            assert session.scalars(select(ContactRequest.phone)).one() is None
        data = b"".join(p.read_bytes() for p in (tmp_path / "data").glob("pysakki.db*"))
        assert sealed_phone.encode("ascii") not in data  # not even sealed, not in a free page, not in the WAL
    finally:
        reopened.close()


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_the_register_purges_its_copy_too(register: Any, laptop: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_KEY_FILE, str(register.key))
    with laptop.session() as session:
        author = current_author(session)
        who = worker(session, author, "kota", "kota")
        made = request(session, author, days_ago=40)
        contact_requests.change_status(
            session=session, who=who, id=made, status=ContactStatus.CLOSED, now=NOW - timedelta(days=35)
        )
    assert set(sync_now(laptop).pushed) == {"created"}
    with register.store.session() as session:
        assert session.scalars(select(ContactRequest.phone)).one() == PHONE

    assert register_cli(["--database", register.database, "purge", "--retention-days", "60"]) == 0
    with register.store.session() as session:
        assert session.scalars(select(ContactRequest.phone)).one() == PHONE  # within 60 days: kept
    assert register_cli(["--database", register.database, "purge"]) == 0  # the default 30 days
    with register.store.session() as session:
        row = session.scalars(select(ContactRequest)).one()
        assert (row.name, row.phone, row.status) == (None, None, ContactStatus.CLOSED)
    if register.database.startswith("sqlite"):
        forget_old_pages(register.store.engine)
        path = Path(register.database.removeprefix("sqlite:///"))
        data = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))
        assert PHONE.encode() not in data and NAME.encode() not in data


def test_a_worker_reads_only_their_own_organisations_requests(session: Session, author: Author, kota: Actor) -> None:
    made = request(session, author)
    mll = worker(session, author, "mll", "mll-varsinais-suomi")
    with pytest.raises(NotAllowedError):
        contact_requests.open_request(session=session, who=mll, id=made)
    with pytest.raises(NotAllowedError):
        contact_requests.change_status(session=session, who=mll, id=made, status=ContactStatus.CONTACTED)
    unattached = worker(session, author, "none", None)
    with pytest.raises(NotAllowedError):
        contact_requests.open_request(session=session, who=unattached, id=made)
    assert contact_requests.follow_ups(session=session, who=unattached, today=NOW.date()) == []
    coordinator = worker(session, author, "coordinator", None, Role.COORDINATOR)
    assert contact_requests.open_request(session=session, who=coordinator, id=made).body.phone == PHONE  # type: ignore[attr-defined]
    assert contact_requests.open_request(session=session, who=kota, id=made).body.name == NAME  # type: ignore[attr-defined]
    refused = session.scalars(select(AuditEntry).where(AuditEntry.worker_id == mll.worker_id)).all()
    assert refused == []  # a refused look leaves no entry: it saw nothing


def test_every_view_and_change_is_in_the_audit_log(session: Session, author: Author, kota: Actor) -> None:
    made = take(session, kota)
    contact_requests.open_request(session=session, who=kota, id=made, now=NOW + timedelta(minutes=1))
    contact_requests.change_status(
        session=session, who=kota, id=made, status=ContactStatus.CONTACTED, now=NOW + timedelta(minutes=2)
    )
    contact_requests.delete_request(session=session, who=kota, id=made, now=NOW + timedelta(minutes=3))
    entries = session.scalars(select(AuditEntry).order_by(AuditEntry.at)).all()
    assert [(e.action, e.worker_id, e.contact_request_id, e.detail) for e in entries] == [
        (AuditAction.CREATED, kota.worker_id, made, None),
        (AuditAction.VIEWED, kota.worker_id, made, None),
        (AuditAction.CHANGED, kota.worker_id, made, "contacted"),
        (AuditAction.DELETED, kota.worker_id, made, None),
    ]
    with pytest.raises(ValidationError) as refused:  # the log is written once and never changed
        records.delete(session=session, author=author, type="audit_entry", id=entries[0].id)
    assert refused.value.errors[0].code == "read_only"


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_coordinators_read_the_audit_log_at_the_register(register: Any, laptop: Store) -> None:
    with laptop.session() as session:
        author = current_author(session)
        kota = worker(session, author, "kota", "kota")
        made = take(session, kota)
        contact_requests.open_request(session=session, who=kota, id=made, now=NOW + timedelta(minutes=1))
    assert set(sync_now(laptop).pushed) == {"created"}
    answer = call(register, "GET", "/audit", register.coordinator_token(), params={"request": made})
    assert answer.status_code == 200, answer.text
    assert [(line["action"], line["worker_id"], line["worker_name"]) for line in answer.json()] == [
        ("viewed", kota.worker_id, "kota"),
        ("created", kota.worker_id, "kota"),
    ]
    assert PHONE not in answer.text
    with laptop.session() as session:
        token = device_token(session)
    assert call(register, "GET", "/audit", token).status_code == 403


def test_taking_a_request_needs_a_way_to_call_back(session: Session, kota: Actor) -> None:
    with pytest.raises(ValidationError) as refused:
        contact_requests.take_request(
            session=session,
            who=kota,
            data={"consent": True, "consent_text_version": "2026-1", "name": NAME, "organisation_id": "kota"},
        )
    assert [(e.field, e.code) for e in refused.value.errors] == [("phone", "contact_required")]
    assert session.scalars(select(ContactRequest)).all() == [] and session.scalars(select(AuditEntry)).all() == []
