"""The register over real HTTP (uvicorn on loopback) with the real client: enrollment, push answers, pull order,
and who may do what."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
import requests
from sqlalchemy import select

from app.clock import utcnow
from app.db import Store
from app.identity import Author
from app.models import GuidanceSession, Unit
from sync.client import RegisterClient, SyncError
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PushRequest, PushStatus
from sync.server.models import Conflict, EnrollmentCode
from tests.register import Register, local_records, push_a_conflict


def test_push_then_pull_in_revision_order(
    register: Register, store: Store, device: tuple[RegisterClient, Author]
) -> None:
    client, author = device
    pushed = local_records(store, author)
    answer = client.push(PushRequest(records=pushed))
    assert [r.status for r in answer.results] == [PushStatus.CREATED, PushStatus.CREATED]
    revisions = [r.revision for r in answer.results]
    assert revisions == sorted(revisions) and None not in revisions

    first = client.pull(0, limit=1)
    assert [c.kind for c in first.changes] == ["stop_day"] and first.more
    rest = client.pull(first.cursor)
    assert [c.kind for c in rest.changes] == ["guidance"] and not rest.more
    assert rest.changes[0].data["id"] == pushed[1].id and rest.changes[0].revision == revisions[1]
    assert client.pull(rest.cursor).changes == []


def test_a_retried_push_is_a_duplicate_and_a_newer_version_an_update(
    register: Register, store: Store, device: tuple[RegisterClient, Author]
) -> None:
    client, author = device
    pushed = local_records(store, author)
    created = client.push(PushRequest(records=pushed)).results
    again = client.push(PushRequest(records=pushed)).results
    assert [r.status for r in again] == [PushStatus.DUPLICATE, PushStatus.DUPLICATE]
    assert [r.revision for r in again] == [r.revision for r in created]  # the same answer as the first time

    edited = pushed[1].model_copy(update={"version": 2, "body": pushed[1].body | {"duration_min": 45}})
    (updated,) = client.push(PushRequest(records=[edited])).results
    assert updated.status == PushStatus.UPDATED and updated.revision > created[1].revision  # type: ignore[operator]
    (stale,) = client.push(PushRequest(records=[pushed[1]])).results  # version 1 arriving late
    assert stale.status == PushStatus.DUPLICATE and stale.revision == updated.revision
    with register.store.session() as session:
        assert session.get(GuidanceSession, pushed[1].id).duration_min == 45  # type: ignore[union-attr]


def test_the_same_version_with_another_body_is_kept_as_a_conflict(
    register: Register, store: Store, device: tuple[RegisterClient, Author]
) -> None:
    client, author = device
    original, result = push_a_conflict(store, client, author)
    assert result.status == PushStatus.CONFLICT
    with register.store.session() as session:
        kept = session.get(GuidanceSession, original.id)
        assert kept is not None and kept.duration_min == 15  # nothing silently overwritten
        conflict = session.scalars(select(Conflict)).one()
        assert (conflict.record_id, conflict.envelope["body"]["duration_min"]) == (original.id, 90)


def test_an_invalid_record_is_rejected_with_its_reason_and_the_rest_applied(
    register: Register, store: Store, device: tuple[RegisterClient, Author]
) -> None:
    client, author = device
    day, session_record = local_records(store, author)
    bad = session_record.model_copy(
        update={"id": str(uuid.uuid4()), "body": session_record.body | {"themes": ["no-such"]}}
    )
    unknown = session_record.model_copy(update={"id": str(uuid.uuid4()), "type": "horoscope"})
    results = client.push(PushRequest(records=[day, bad, unknown, session_record])).results
    assert [r.status for r in results] == [
        PushStatus.CREATED, PushStatus.REJECTED, PushStatus.REJECTED, PushStatus.CREATED,
    ]  # fmt: skip
    assert "themes" in (results[1].reason or "") and "horoscope" in (results[2].reason or "")


def test_enrollment_codes_are_one_time_and_expire(register: Register) -> None:
    code = register.enrollment_code()
    client = RegisterClient(register.url, attempts=0)
    assert client.enroll(code.lower(), "Bussi 2").unit_id == "perhelinja"  # read aloud: case and dashes are free
    with pytest.raises(SyncError) as used:
        client.enroll(code, "Bussi 3")
    assert used.value.code == "bad_code"
    expired = register.enrollment_code()
    with register.store.session() as session:
        for row in session.scalars(select(EnrollmentCode).where(EnrollmentCode.used_at.is_(None))):
            row.expires_at = utcnow() - timedelta(minutes=1)
    with pytest.raises(SyncError) as late:
        client.enroll(expired, "Bussi 3")
    assert late.value.code == "bad_code"


def test_a_device_pulls_its_own_unit_and_a_coordinator_every_unit(
    register: Register, store: Store, device: tuple[RegisterClient, Author]
) -> None:
    client, author = device
    client.push(PushRequest(records=local_records(store, author)))
    with register.store.session() as session:
        session.add(Unit(id="toinen", name="Toinen yksikkö"))
    code = register.enrollment_code("toinen")
    stranger = RegisterClient(register.url, RegisterClient(register.url).enroll(code, "Toinen bussi").token)
    assert stranger.pull(0).changes == []  # nothing of Perhelinja's
    coordinator = RegisterClient(register.url, register.coordinator_token())
    assert [change.kind for change in coordinator.pull(0).changes] == ["stop_day", "guidance"]


def test_the_api_describes_itself(register: Register) -> None:
    schema = requests.get(register.url + "/openapi.json", timeout=10).json()
    assert {"/api/v1/push", "/api/v1/pull", "/api/v1/enroll", "/api/v1/hello"} <= set(schema["paths"])
    hello = requests.get(register.url + API_PREFIX + "/hello", headers={PROTOCOL_HEADER: "1"}, timeout=10)
    assert hello.headers["X-Content-Type-Options"] == "nosniff"


def test_a_record_the_database_refuses_is_rejected_alone(
    register: Register, store: Store, device: tuple[RegisterClient, Author]
) -> None:
    """PostgreSQL cannot store a NUL character; the batch is then applied record by record and only that one fails."""
    client, author = device
    day, session_record = local_records(store, author)
    other_day = day.model_copy(update={"id": str(uuid.uuid4()), "body": day.body | {"place": "Tori\x00"}})
    results = client.push(PushRequest(records=[day, other_day, session_record])).results
    statuses = [result.status for result in results]
    if register.database.startswith("postgresql"):
        assert statuses == [PushStatus.CREATED, PushStatus.REJECTED, PushStatus.CREATED]
        assert (results[1].reason or "").startswith("unstorable_value")
        assert results[0].revision is not None and results[2].revision is not None
    else:
        assert statuses == [PushStatus.CREATED] * 3  # SQLite stores it
    with register.store.session() as session:
        assert session.get(GuidanceSession, session_record.id) is not None
