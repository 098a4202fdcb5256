"""A contact request is followed up by whichever laptop of the unit answers it: its changes meet at the register
by compare-and-set, and when two laptops change it at once, the second is kept aside and shown, not lost."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Store, open_store
from app.identity import current_author
from app.models import ContactRequest, QuarantinedRecord, Worker
from app.models.base import new_id
from app.privacy.audit import Actor, actor
from app.services import contact_requests
from app.vocab import ContactStatus
from sync.laptop import enroll, sync_now
from sync.server.models import Conflict
from tests.conftest import NOW
from tests.contact_data import PHONE, take
from tests.register import call


@pytest.fixture
def second(register: Any, tmp_path: Path) -> Iterator[Store]:
    """Another laptop of the same unit, enrolled with the same register."""
    store = open_store(tmp_path / "second")
    enroll(store, register.url, register.enrollment_code(), "Bussi 2")
    yield store
    store.close()


def kota_worker(store: Store, name: str) -> Actor:
    with store.session() as session:
        author = current_author(session)
        worker_id = f"local-{new_id()}"
        session.add(Worker(id=worker_id, unit_id=author.unit_id, organisation_id="kota", display_name=name))
    with store.session() as session:
        return actor(session, current_author(session), worker_id)


def status_of(store: Store, request_id: str) -> ContactStatus:
    with store.session() as session:
        row = session.get(ContactRequest, request_id)
        assert row is not None
        return row.status


def change(store: Store, who: Actor, request_id: str, status: ContactStatus) -> None:
    with store.session() as session:
        contact_requests.change_status(
            session=session, who=who, id=request_id, status=status, now=NOW + timedelta(hours=1)
        )


def changed_on_both(laptop: Store, second: Store) -> str:
    """A contact request both laptops have, then changed on each while both are offline (both act on version 1):
    the second to sync meets a conflict. Its id."""
    aino, bertil = kota_worker(laptop, "Aino"), kota_worker(second, "Bertil")
    with laptop.session() as session:
        made = take(session, aino)
    sync_now(laptop)
    sync_now(second)
    change(laptop, aino, made, ContactStatus.CLOSED)
    change(second, bertil, made, ContactStatus.UNREACHABLE)
    return made


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_another_laptop_follows_up_and_the_first_one_sees_it(register: Any, laptop: Store, second: Store) -> None:
    aino, bertil = kota_worker(laptop, "Aino"), kota_worker(second, "Bertil")
    with laptop.session() as session:
        made = take(session, aino)
    assert sync_now(laptop).pushed["created"] >= 2  # the request and its audit entry
    sync_now(second)
    with second.session() as session:  # the second laptop has it, sealed with its own key
        assert session.scalars(select(ContactRequest.phone)).one() == PHONE
        listed = contact_requests.follow_ups(session=session, who=bertil, today=NOW.date())
    assert [f.id for f in listed] == [made]

    change(second, bertil, made, ContactStatus.CONTACTED)
    assert sync_now(second).pushed["updated"] == 1
    sync_now(laptop)
    assert status_of(laptop, made) is ContactStatus.CONTACTED
    with laptop.session() as session:
        row = session.get(ContactRequest, made)
        assert row is not None and row.contacted_at is not None and row.version == row.synced_version == 2

    change(laptop, aino, made, ContactStatus.CLOSED)  # and back the other way
    sync_now(laptop)
    sync_now(second)
    assert status_of(second, made) is ContactStatus.CLOSED


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_two_changes_at_once_the_second_is_kept_aside_and_shown(register: Any, laptop: Store, second: Store) -> None:
    made = changed_on_both(laptop, second)
    assert sync_now(laptop).pushed["updated"] == 1  # the first to reach the register wins

    report = sync_now(second)
    assert report.pushed["conflict"] == 1
    with second.session() as session:
        [kept] = session.scalars(select(QuarantinedRecord).where(QuarantinedRecord.record_id == made)).all()
        assert kept.status == "conflict" and "compare-and-set" in kept.reason  # shown on the Sync page
    assert status_of(second, made) is ContactStatus.CLOSED  # the register's version, pulled in the same sync
    with register.store.session() as session:
        assert session.get(ContactRequest, made).status is ContactStatus.CLOSED  # type: ignore[union-attr]
        conflict = session.scalars(select(Conflict).where(Conflict.record_id == made)).one()
        assert conflict.envelope["body"]["status"] == "unreachable"  # Bertil's change, kept for a coordinator
    coordinator = register.coordinator_token()  # reads what happened, not whom it concerns, outside the audit
    conflicts = call(register, "GET", "/conflicts", coordinator)
    assert conflicts.status_code == 200 and made in conflicts.text and PHONE not in conflicts.text
    pulled = call(register, "GET", "/pull", coordinator, params={"since": 0})
    assert made in pulled.text and PHONE not in pulled.text
    with second.session() as session:
        from sync.outbox import pending_count  # noqa: PLC0415

        assert pending_count(session) == 0  # nothing stuck: the refused version is in view, not in the queue
