"""Enrollment is idempotent and recoverable: a code is used only when the enrollment commits, a lost answer is asked
for again with the same code, a unit headquarters just added is enrollable at once, and a stuck laptop has a way
back (revoke, new code) that keeps its records and its id."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.db import Store, open_store
from app.identity import current_author, get_setting
from app.models import LocalSetting, Unit
from sync.client import RegisterClient, SyncError
from sync.laptop import ENROLL_ATTEMPT, REGISTER_TOKEN, enroll
from sync.server import pull
from sync.server.models import Device, EnrollmentCode
from tests.register import Register, call
from tests.syncing import engine, write_day


def test_a_unit_added_at_headquarters_is_enrollable_at_once(register: Register, tmp_path: Path) -> None:
    coordinator = register.coordinator_token()
    added = call(
        register,
        "PUT",
        "/reference/units",
        coordinator,
        json={"rows": [{"id": "saaristo", "name": "Saariston bussi", "home_municipality_code": "322"}]},
    )
    assert added.json()[0]["status"] == "created"  # fmt: skip
    code = call(register, "POST", "/enrollment-codes", coordinator, json={"unit_id": "saaristo"}).json()["code"]
    store = open_store(tmp_path / "new")
    try:
        assert enroll(store, register.url, code, "Saariston läppäri") == "saaristo"
        with store.session() as session:
            assert current_author(session).unit_id == "saaristo"
            assert session.get(Unit, "saaristo").name == "Saariston bussi"
        assert engine(store).run().receipt is not None
    finally:
        store.close()


def test_a_lost_answer_is_asked_for_again_with_the_same_code(
    register: Register, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = register.enrollment_code()
    real = RegisterClient.enroll
    first_tokens: list[str] = []

    def answer_lost(self: RegisterClient, *args: Any) -> Any:
        first_tokens.append(real(self, *args).token)  # the register enrolled the laptop ...
        raise SyncError("no_network", "connection reset")  # ... and the answer never arrived

    monkeypatch.setattr(RegisterClient, "enroll", answer_lost)
    with pytest.raises(SyncError):
        enroll(store, register.url, code, "Bussi 1")
    with store.session() as session:
        assert get_setting(session, ENROLL_ATTEMPT) is not None  # the secret is kept for the retry
    monkeypatch.setattr(RegisterClient, "enroll", real)
    assert enroll(store, register.url, code, "Bussi 1") == "perhelinja"
    with store.session() as session:
        assert get_setting(session, ENROLL_ATTEMPT) is None
        own_id = current_author(session).device_id
    with register.store.session() as session:
        assert [d.id for d in session.scalars(select(Device))] == [own_id]  # the same device, once
    write_day(store)
    assert engine(store).run().pushed["created"] == 3  # the new token works
    assert call(register, "GET", "/pull", first_tokens[0]).status_code == 401  # the lost one does not


def test_a_used_code_without_the_secret_is_refused(register: Register, store: Store) -> None:
    code = register.enrollment_code()
    enroll(store, register.url, code, "Bussi 1")
    with store.session() as session:
        own_id = current_author(session).device_id
    client = RegisterClient(register.url, attempts=0)
    for guess in (None, "x" * 43):  # a used code, even with the device's id, gives nobody else a token
        with pytest.raises(SyncError) as refused:
            client.enroll(code, "Varas", own_id, guess)
        assert refused.value.code == "bad_code"


def test_a_code_is_used_only_when_the_enrollment_commits(
    register: Register, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    code = register.enrollment_code()

    def broken(*_args: Any) -> Any:
        raise RuntimeError("the database failed after the code was taken")

    monkeypatch.setattr(pull, "unit_reference", broken)
    with pytest.raises(SyncError):
        enroll(store, register.url, code, "Bussi 1")
    with register.store.session() as session:
        assert session.scalars(select(EnrollmentCode.used_at)).one() is None
        assert session.scalars(select(Device)).all() == []
    monkeypatch.undo()
    assert enroll(store, register.url, code, "Bussi 1") == "perhelinja"


def test_a_stuck_laptop_is_revoked_and_enrolled_again_with_its_records(
    register: Register, laptop: Store, tmp_path: Path
) -> None:
    """A laptop whose token is gone (a backup restored from before its enrollment, say) asks for a new code: an
    active device is not taken over, so headquarters revokes it first; then the same id, its records kept."""
    write_day(laptop)
    engine(laptop).run()
    with laptop.session() as session:
        own_id = current_author(session).device_id
        session.execute(LocalSetting.__table__.delete().where(LocalSetting.key == REGISTER_TOKEN))
    with pytest.raises(SyncError) as exists:
        enroll(laptop, register.url, register.enrollment_code(), "Bussi 1")
    assert exists.value.code == "device_exists"
    coordinator = register.coordinator_token()
    assert call(register, "POST", f"/devices/{own_id}/revoke", coordinator).json()["revoked"] is True
    assert enroll(laptop, register.url, register.enrollment_code(), "Bussi 1") == "perhelinja"
    report = engine(laptop).run()
    assert report.receipt is not None and report.receipt.complete and report.receipt.mine == 3
    with register.store.session() as session:
        device = session.get(Device, own_id)
        assert device is not None and device.revoked_at is None


def test_a_device_of_another_unit_cannot_enroll_here(register: Register) -> None:
    with register.store.session() as session:
        session.add(Unit(id="toinen", name="Toinen yksikkö"))
    device_id = str(uuid.uuid4())
    client = RegisterClient(register.url, attempts=0)
    client.enroll(register.enrollment_code("toinen"), "Bussi B", device_id)
    with register.store.session() as session:
        session.get(Device, device_id).revoked_at = session.get(Device, device_id).created_at
    with pytest.raises(SyncError) as other:
        client.enroll(register.enrollment_code("perhelinja"), "Bussi B", device_id)
    assert other.value.code == "device_other_unit"
