"""Who may do what at the register, tried as an attacker would: every endpoint with every kind of caller, and every
record type pushed by every kind of device (sync.server.authorisation), on SQLite and PostgreSQL.

Callers: the device that wrote the records (A1), another device of its unit (A2), a device of another unit (B1), a
revoked device of the unit (A3), a coordinator, no token, and a token nobody was given.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import delete, select

from app.db import Store
from app.identity import current_author
from app.models import Unit
from app.records import BY_NAME, RECORD_TYPES, SHARED, to_record
from app.services import records
from sync.client import RegisterClient
from sync.protocol import PushRecord, PushRequest
from sync.server.models import EnrollmentAttempt
from tests.conftest import NOW, stop_day_data, valid_data
from tests.register import Register, call
from tests.syncing import engine


@dataclass
class Callers:
    tokens: dict[str, str | None]  # caller kind -> bearer token
    ids: dict[str, str]  # device kind -> device id
    records: dict[str, dict[str, Any]]  # record type -> A1's record as the register holds it (an envelope)


def enrolled(register: Register, unit: str) -> tuple[str, str]:
    device_id = str(uuid.uuid4())
    answer = RegisterClient(register.url, attempts=0).enroll(register.enrollment_code(unit), "Bussi", device_id)
    return device_id, answer.token


@pytest.fixture
def callers(register: Register, laptop: Store) -> Callers:
    with register.store.session() as session:
        session.add(Unit(id="toinen", name="Toinen yksikkö"))
    with laptop.session() as session:  # A1 writes one record of every type and syncs
        author = current_author(session)
        made: dict[str, str] = {}
        day = records.create(session=session, author=author, type="stop_day", data=stop_day_data(), now=NOW).id
        made["stop_day"] = day
        for rtype in RECORD_TYPES[1:]:
            data = valid_data(rtype.name, day, made)
            made[rtype.name] = records.create(session=session, author=author, type=rtype.name, data=data, now=NOW).id
    report = engine(laptop).run()
    assert report.pushed["created"] == len(RECORD_TYPES)
    a2, a2_token = enrolled(register, "perhelinja")
    b1, b1_token = enrolled(register, "toinen")
    a3, a3_token = enrolled(register, "perhelinja")
    coordinator = register.coordinator_token()
    assert call(register, "POST", f"/devices/{a3}/revoke", coordinator).status_code == 200
    from sync.laptop import device_token  # noqa: PLC0415

    with laptop.session() as session:
        a1_token = device_token(session)
    return Callers(
        tokens={"A1": a1_token, "A2": a2_token, "B1": b1_token, "A3 revoked": a3_token, "coordinator": coordinator,
                "no token": None, "bad token": "x" * 43},
        ids={"A1": author.device_id, "A2": a2, "B1": b1, "A3 revoked": a3},
        records={name: held(register, name, record_id) for name, record_id in made.items()},
    )  # fmt: skip


def held(register: Register, type_name: str, record_id: str) -> dict[str, Any]:
    """The register's copy of a record, as an envelope with its revision (for compare-and-set)."""
    rtype = BY_NAME[type_name]
    with register.store.session() as session:
        return to_record(rtype, session.get(rtype.model, record_id)).envelope()


def forget_failures(register: Register) -> None:
    """A wrong token is counted against the address; the matrix tries many, each must be answered for itself."""
    with register.store.session() as session:
        session.execute(delete(EnrollmentAttempt))


def push(register: Register, token: str | None, record: dict[str, Any]) -> tuple[int, str]:
    """(HTTP status, the record's answer or the error code)."""
    body = PushRequest(records=[PushRecord.model_validate(record)]).model_dump(mode="json")
    forget_failures(register)
    response = call(register, "POST", "/push", token, json=body)
    if response.status_code != 200:
        return response.status_code, response.json()["code"]
    (result,) = response.json()["results"]
    return 200, result["status"] + (f" {result['reason'].split(':')[0]}" if result["reason"] else "")


def test_every_record_type_pushed_by_every_kind_of_caller(register: Register, callers: Callers) -> None:
    for type_name, stored in callers.records.items():
        shared = type_name in SHARED
        change = stored | {"version": stored["version"] + 1, "base_revision": stored["revision"]}
        attempts = [
            # (who, what they push, the answer expected)
            ("B1", change, "rejected other_unit"),  # another unit's record as it is
            ("B1", change | {"unit_id": "toinen", "device_id": callers.ids["B1"]}, "rejected other_unit"),
            ("B1", change | {"unit_id": "toinen"}, "rejected not_this_device" if not shared else "rejected other_unit"),
            ("A2", change | {"device_id": callers.ids["A2"]}, "rejected not_author"),  # taking authorship
            ("A2", change | {"id": str(uuid.uuid4())}, "rejected not_this_device"),  # creating in A1's name
            ("A3 revoked", change, "401 revoked"),
            ("coordinator", change, "403 devices_only"),
            ("no token", change, "401 no_token"),
            ("bad token", change, "401 bad_token"),
        ]
        if not shared:
            attempts.append(("A2", change, "rejected not_this_device"))  # changing another device's record
        for who, record, expected in attempts:
            status, answer = push(register, callers.tokens[who], record)
            got = answer if status == 200 else f"{status} {answer}"
            assert got == expected, (type_name, who, record["unit_id"], record["device_id"])
            assert held(register, type_name, stored["id"]) == stored, (type_name, who)  # nothing changed
        author = "A2" if shared else "A1"  # a contact request is followed up by any device of the unit
        assert push(register, callers.tokens[author], change) == (200, "updated"), type_name
        now = held(register, type_name, stored["id"])
        assert (now["version"], now["unit_id"], now["device_id"]) == (stored["version"] + 1, "perhelinja",
                                                                      callers.ids["A1"])  # fmt: skip


ENDPOINTS: list[tuple[str, str, dict[str, Any] | None, str]] = [
    # method, path, JSON body, who may: "all", "devices" (of any unit, not revoked), "coordinator", "callers"
    ("GET", "/hello", None, "all"),
    ("GET", "/health", None, "all"),
    ("GET", "/pull?since=0", None, "callers"),
    ("GET", "/receipt", None, "devices"),
    ("POST", "/push", {"records": []}, "devices"),
    ("POST", "/workers", {"workers": []}, "devices"),
    ("GET", "/devices", None, "coordinator"),
    ("POST", "/enrollment-codes", {"unit_id": "toinen"}, "coordinator"),
    ("GET", "/conflicts", None, "coordinator"),
    ("POST", "/conflicts/999/resolve", {"note": "ok"}, "coordinator"),
    ("GET", "/reference/themes", None, "coordinator"),
    ("PUT", "/reference/themes", {"rows": []}, "coordinator"),
    ("GET", "/reports/review?start=2026-01-01&end=2026-12-31", None, "coordinator"),
    ("GET", "/audit", None, "coordinator"),
    ("POST", "/devices/{A2}/revoke", None, "coordinator"),  # last: it revokes A2
]


def expected_status(who: str, allowed: str, path: str) -> int:
    if allowed == "all":
        return 200
    if who in {"no token", "bad token", "A3 revoked"}:
        return 401
    devices = who in ("A1", "A2", "B1")
    if allowed == "devices":
        return 200 if devices else 403
    if allowed == "callers":
        return 200
    if who != "coordinator":
        return 403
    return 404 if "/conflicts/999" in path else 200


def test_every_endpoint_with_every_kind_of_caller(register: Register, callers: Callers) -> None:
    for method, path, body, allowed in ENDPOINTS:
        for who, token in callers.tokens.items():
            if path.endswith("/revoke") and who == "coordinator":
                continue  # revoking A2 is tried last, below
            forget_failures(register)
            response = call(register, method, path.replace("{A2}", callers.ids["A2"]), token, json=body)
            assert response.status_code == expected_status(who, allowed, path), (method, path, who, response.text)
    forget_failures(register)
    revoked = call(register, "POST", f"/devices/{callers.ids['A2']}/revoke", callers.tokens["coordinator"])
    assert revoked.status_code == 200 and revoked.json()["revoked"] is True
    assert call(register, "GET", "/pull", callers.tokens["A2"]).json()["code"] == "revoked"


def test_a_device_pulls_its_own_unit_only_and_a_coordinator_every_unit_without_names(
    register: Register, callers: Callers
) -> None:
    def pulled(who: str) -> dict[str, dict[str, Any]]:
        changes = call(register, "GET", "/pull?since=0&limit=1000", callers.tokens[who]).json()["changes"]
        return {c["data"]["id"]: c["data"] for c in changes if c["kind"] in BY_NAME}

    ids = {record["id"] for record in callers.records.values()}
    assert set(pulled("A2")) == ids  # a replacement laptop of the unit gets them all
    assert pulled("B1") == {}  # another unit's laptop none of them
    everything = pulled("coordinator")
    assert set(everything) == ids
    request = everything[callers.records["contact_request"]["id"]]
    assert request["body"]["name"] is None and request["body"]["phone"] is None
    assert pulled("A2")[callers.records["contact_request"]["id"]]["body"]["name"] == "Testi Vanhempi"


def test_a_worker_of_another_unit_cannot_be_taken_over(register: Register, callers: Callers) -> None:
    mine = {"id": f"local-{uuid.uuid4()}", "display_name": "Uusi Työntekijä"}
    assert call(register, "POST", "/workers", callers.tokens["A1"], json={"workers": [mine]}).status_code == 200
    taken = call(register, "POST", "/workers", callers.tokens["B1"], json={"workers": [mine]})
    assert (taken.status_code, taken.json()["code"]) == (403, "other_unit")
    with register.store.session() as session:
        from app.models import Worker  # noqa: PLC0415

        assert session.scalars(select(Worker.unit_id).where(Worker.id == mine["id"])).one() == "perhelinja"
