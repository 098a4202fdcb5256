"""A lost laptop revoked with an order to erase: if it ever reaches the register again, it empties its contact
requests' names and numbers, keeps no old copy in its file, and destroys their key; it sends nothing. Revoked
without the order, it keeps everything. A new key is made at once, so what is taken afterwards stays readable."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest
from sqlalchemy import select

from app.db import Store, open_store
from app.identity import device_id, get_setting
from app.models import ContactRequest
from app.privacy.erase import ERASED_AT
from app.privacy.keys import laptop_key_path
from app.write_turn import WriteTurn
from sync.child import sync_in_child
from sync.client import SyncError
from sync.laptop import REGISTER_TOKEN
from tests.register import Register, call
from tests.syncing import engine
from tests.test_contact_sealing import NAME, PHONE, record

SEALED = ("name", "phone", "email", "preferred_time")


def raw_requests(store: Store) -> list[tuple[str | None, ...]]:
    """The contact requests' identifying columns as stored (sealed), read past the program."""
    with sqlite3.connect(store.path) as connection:
        return connection.execute(f"SELECT {', '.join(SEALED)} FROM contact_requests").fetchall()


def file_bytes(store: Store) -> bytes:
    wal = store.path.with_name(store.path.name + "-wal")
    return store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


@pytest.fixture
def coordinator(register: Register) -> str:
    return register.coordinator_token()


def revoke(register: Register, coordinator: str, laptop: Store, *, erase: bool) -> dict[str, object]:
    with laptop.session() as session:
        own = device_id(session)
    answer = call(register, "POST", f"/devices/{own}/revoke", coordinator,
                  params={"erase": "true"} if erase else {})  # fmt: skip
    assert answer.status_code == 200
    return answer.json()


def test_a_lost_laptop_revoked_with_an_erase_order_empties_its_names_when_it_calls_again(
    register: Register, coordinator: str, laptop: Store
) -> None:
    record(laptop)
    engine(laptop).run()  # sent: the register holds it
    sealed = raw_requests(laptop)[0]
    assert all(value is not None for value in sealed)
    with laptop.session() as session:
        own = device_id(session)
    old_key = laptop_key_path(laptop.path.parent, own).read_bytes()  # no keyring in the tests: the key file
    assert revoke(register, coordinator, laptop, erase=True)["erase_ordered"] is True

    with pytest.raises(SyncError) as refused:
        engine(laptop).run()
    assert refused.value.code == "erased" and "1 contact request(s) emptied" in str(refused.value)
    assert raw_requests(laptop) == [(None, None, None, None)]  # the record stays, anonymous
    stored = file_bytes(laptop)
    assert not any(value is not None and value.encode() in stored for value in sealed)  # no old copy in the file
    with laptop.session() as session:
        assert get_setting(session, REGISTER_TOKEN) is None and get_setting(session, ERASED_AT) is not None
    assert laptop_key_path(laptop.path.parent, own).read_bytes() != old_key  # the old key is gone; a new one made

    devices = call(register, "GET", "/devices", coordinator).json()
    assert next(d for d in devices if d["id"] == own)["erase_told_at"] is not None  # headquarters sees it was told

    record(laptop, name="Uusi Nimi")  # the worker goes on: sealed with the new key, readable after a restart
    laptop.close()
    reopened = open_store(laptop.path.parent)
    try:
        with reopened.session() as session:
            names = sorted(str(name) for name in session.scalars(select(ContactRequest.name)) if name)
        assert names == ["Uusi Nimi"]
    finally:
        reopened.close()


def test_revoked_without_the_order_it_keeps_everything(register: Register, coordinator: str, laptop: Store) -> None:
    record(laptop)
    engine(laptop).run()
    assert revoke(register, coordinator, laptop, erase=False)["erase_ordered"] is False
    with pytest.raises(SyncError) as refused:
        engine(laptop).run()
    assert refused.value.code == "revoked"
    with laptop.session() as session:
        request = session.scalars(select(ContactRequest)).one()
        assert (request.name, request.phone) == (NAME, PHONE)


def test_an_erase_order_is_not_taken_back_by_revoking_again_and_a_new_enrollment_ends_it(
    register: Register, coordinator: str, laptop: Store
) -> None:
    revoke(register, coordinator, laptop, erase=True)
    assert revoke(register, coordinator, laptop, erase=False)["erase_ordered"] is True
    with pytest.raises(SyncError) as refused:
        engine(laptop).run()
    assert refused.value.code == "erased"
    from sync.laptop import enroll  # noqa: PLC0415

    enroll(laptop, register.url, register.enrollment_code(), "Bussi 1 (löydetty)")  # found, set up again
    engine(laptop).run()  # syncs again: the order was spent


def test_an_erase_order_met_by_the_sync_s_own_process_is_carried_out_by_the_window_s(
    register: Register, coordinator: str, laptop: Store
) -> None:
    """The sync runs in a child process (sync.child); the new key the erase makes must be the one the window's own
    connections seal with afterwards, so the window's process carries the order out."""
    window = replace(laptop, turn=WriteTurn())
    record(window)
    engine(window).run()
    assert revoke(register, coordinator, window, erase=True)["erase_ordered"] is True
    with pytest.raises(SyncError) as refused:
        sync_in_child(window)
    assert refused.value.code == "erased" and "1 contact request(s) emptied" in str(refused.value)
    assert raw_requests(window) == [(None, None, None, None)]
    record(window, name="Uusi Nimi")  # sealed by the window's process after the erase
    window.close()
    reopened = open_store(window.path.parent)
    try:
        with reopened.session() as session:
            assert sorted(r.name or "" for r in session.scalars(select(ContactRequest))) == ["", "Uusi Nimi"]
    finally:
        reopened.close()
