"""What a coordinator does at the register: conflicts listed beside the current version, reference data changed
and pulled by every laptop, and enrollment that cannot be guessed by trying."""

from __future__ import annotations

import pytest
import requests
from sqlalchemy import inspect

from app.catalogue.search import search
from app.clock import utcnow
from app.db import Store
from app.identity import Author
from app.models import Service, Worker
from sync.client import RETRY_STATUSES, RegisterClient, SyncError, make_retry
from sync.laptop import enroll
from sync.protocol import PushStatus
from sync.server import auth, reference_admin
from tests.register import Register, call, push_a_conflict
from tests.syncing import engine


def test_a_conflict_is_listed_with_the_current_version_and_can_be_resolved(
    register: Register, store: Store, device: tuple[RegisterClient, Author]
) -> None:
    client, author = device
    original, result = push_a_conflict(store, client, author)
    assert result.status == PushStatus.CONFLICT
    coordinator = register.coordinator_token()

    (listed,) = call(register, "GET", "/conflicts", coordinator).json()
    assert (listed["record_id"], listed["unit_id"], listed["resolved"]) == (original.id, "perhelinja", False)
    assert listed["pushed"]["body"]["duration_min"] == 90 and listed["current"]["body"]["duration_min"] == 15
    assert call(register, "GET", "/conflicts", coordinator, params={"unit_id": "toinen"}).json() == []

    empty_note = call(register, "POST", f"/conflicts/{listed['id']}/resolve", coordinator, json={"note": ""})
    assert empty_note.status_code == 422
    missing = call(register, "POST", "/conflicts/999/resolve", coordinator, json={"note": "ok"})
    assert (missing.status_code, missing.json()["code"]) == (404, "unknown_conflict")
    note = "Bussi 1 kirjasi keston uudelleen; 15 min pitää."
    resolved = call(register, "POST", f"/conflicts/{listed['id']}/resolve", coordinator, json={"note": note})
    assert resolved.status_code == 200 and resolved.json()["note"] == note
    assert resolved.json()["resolved_by"] == "Koordinaattori" and resolved.json()["resolved_at"]  # who and when
    assert call(register, "GET", "/conflicts", coordinator).json() == []
    assert len(call(register, "GET", "/conflicts", coordinator, params={"resolved": "true"}).json()) == 1


NEW_SERVICE = {
    "id": "ensi-ja-turvakoti-chat",
    "organisation_id": "mll-varsinais-suomi",
    "name_fi": "Eroauttamisen chat",
    "name_sv": "Skilsmässochatten",
    "description_fi": "Chat vanhemmille, jotka miettivät eroa tai elävät sen jälkeistä arkea.",
    "themes": ["divorce"],
    "target_groups": ["parents"],
    "languages": ["fi"],
    "access": ["remote"],
    "web": "https://example.org/eroauttaminen",
}


def test_reference_data_changed_by_a_coordinator_reaches_every_laptop(register: Register, laptop: Store) -> None:
    coordinator = register.coordinator_token()
    shipped = call(register, "GET", "/reference/services", coordinator).json()
    first = shipped[0]["id"]
    rows = [
        NEW_SERVICE,
        {"id": first, "phone": "020 123 4567", "contacts_checked": True},
        {"id": "broken", "organisation_id": "no-such-organisation", "name_fi": "Rikki"},
        {"id": "typed-wrong", "organisation_id": "mll-varsinais-suomi", "name_fi": "X", "free": "yes",
         "themes": "divorce", "colour": "red"},
    ]  # fmt: skip
    answer = call(register, "PUT", "/reference/services", coordinator, json={"rows": rows})
    assert answer.status_code == 200, answer.text
    statuses = [(row["key"], row["status"]) for row in answer.json()]
    assert statuses == [
        (NEW_SERVICE["id"], "created"), (first, "updated"), ("broken", "rejected"), ("typed-wrong", "rejected"),
    ]  # fmt: skip
    reasons = answer.json()[3]["reason"]
    assert "free: must be true or false" in reasons and "themes: must be a list of codes" in reasons
    assert "colour: unknown field" in reasons and "refused by the database" in answer.json()[2]["reason"]
    again = call(register, "PUT", "/reference/services", coordinator, json={"rows": rows[:2]}).json()
    assert [row["status"] for row in again] == ["unchanged", "unchanged"]  # laptops will not pull them again
    retired = call(register, "PUT", "/reference/workers", coordinator,
                   json={"rows": [{"id": "w-perhelinja-01", "unit_id": "perhelinja", "display_name": "Aino Auttaja",
                                   "active": False}]})  # fmt: skip
    assert retired.json()[0]["status"] == "created"

    report = engine(laptop).run()
    assert report.pulled == 3
    with laptop.session() as session:
        hits = search(session=session, words="eroauttamisen")
        assert [hit.id for hit in hits] == [NEW_SERVICE["id"]]  # in the offline catalogue's full-text index too
        changed = session.get(Service, first)
        assert changed is not None and (changed.phone, changed.contacts_checked) == ("020 123 4567", True)
        assert session.get(Service, "broken") is None
        worker = session.get(Worker, "w-perhelinja-01")
        assert worker is not None and not worker.active
    assert engine(laptop).run().pulled == 0


def test_an_unknown_table_or_a_bad_body_is_refused(register: Register) -> None:
    coordinator = register.coordinator_token()
    assert call(register, "PUT", "/reference/devices", coordinator, json={"rows": []}).status_code == 422
    assert call(register, "PUT", "/reference/themes", coordinator, json={"rows": "x"}).status_code == 422
    (keyless,) = call(register, "PUT", "/reference/themes", coordinator, json={"rows": [{"name_fi": "X"}]}).json()
    assert keyless["status"] == "rejected" and "key: required" in keyless["reason"]


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_wrong_enrollment_codes_from_one_address_are_slowed_down(register: Register, store: Store) -> None:
    right = register.enrollment_code()
    for _ in range(auth.ENROLL_FAILURES_ALLOWED):
        response = call(register, "POST", "/enroll", json={"code": "WRONG-CODE-0000", "device_name": "Arvaaja"})
        assert response.json()["code"] == "bad_code"
    limited = call(register, "POST", "/enroll", json={"code": right, "device_name": "Arvaaja"})
    assert (limited.status_code, limited.json()["code"]) == (429, "too_many_attempts")
    assert 0 < int(limited.headers["Retry-After"]) <= auth.ENROLL_WINDOW.total_seconds() + 1

    with pytest.raises(SyncError) as caught:
        enroll(store, register.url, right, "Bussi 1")
    assert caught.value.code == "too_many_attempts"
    # ... said at once: enrollment's retries leave a 429 alone even when it asks to be retried after a while
    enrolling = make_retry(2, 0.5, RETRY_STATUSES - {429})
    assert not enrolling.is_retry("POST", 429, has_retry_after=True)
    assert make_retry(2, 0.5).is_retry("POST", 429, has_retry_after=True)  # a sync waits as asked

    with register.store.session() as session:  # fifteen minutes later the address may try again
        auth.check_enrollment_rate(session=session, client="127.0.0.1", now=utcnow() + auth.ENROLL_WINDOW)
    with register.store.session() as session:
        with pytest.raises(auth.AuthError):
            auth.check_enrollment_rate(session=session, client="127.0.0.1")
        auth.check_enrollment_rate(session=session, client="10.0.0.7")  # another address is not held back
    assert requests.get(register.url + "/openapi.json", timeout=10).status_code == 200


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_wrong_tokens_from_one_address_are_slowed_down(register: Register) -> None:
    for _ in range(auth.ENROLL_FAILURES_ALLOWED):
        assert call(register, "GET", "/pull", "guessed-token", params={"since": 0}).json()["code"] == "bad_token"
    limited = call(register, "GET", "/pull", "guessed-token", params={"since": 0})
    assert (limited.status_code, limited.json()["code"]) == (429, "too_many_attempts")
    assert "Retry-After" in limited.headers
    coordinator = register.coordinator_token()  # a right token still works: only wrong ones are held back
    assert call(register, "GET", "/devices", coordinator).status_code == 200


def test_a_new_row_without_a_required_field_is_refused_naming_it(register: Register) -> None:
    """A worker without a unit, a stop without its municipality: the answer names the field, not the database's
    words; a change to a row that exists names only what it changes."""
    coordinator = register.coordinator_token()
    answer = call(register, "PUT", "/reference/workers", coordinator, json={"rows": [
        {"id": "w-uusi", "display_name": "Uusi Työntekijä"},
        {"id": "w-perhelinja-02", "unit_id": "perhelinja", "display_name": "Bertil Berg"},
    ]}).json()  # fmt: skip
    assert answer[0] == {"key": "w-uusi", "status": "rejected", "reason": "unit_id: required"}
    assert answer[1]["status"] == "created"
    renamed = call(register, "PUT", "/reference/workers", coordinator,
                   json={"rows": [{"id": "w-perhelinja-02", "display_name": "Bertil Berg-Nyberg"}]}).json()  # fmt: skip
    assert renamed[0]["status"] == "updated"
    stop = call(register, "PUT", "/reference/stops", coordinator,
                json={"rows": [{"id": "s-1", "unit_id": "perhelinja", "name": "Tori"}]}).json()  # fmt: skip
    assert stop[0]["status"] == "rejected" and stop[0]["reason"] == "municipality_code: required"


def test_the_description_lists_every_field_of_every_reference_table(register: Register) -> None:
    """A coordinator's tool (or headquarters' script) reads the rows' fields from /openapi.json: every column of
    every reference table but the revision, with its kind, and the key required."""
    spec = requests.get(f"{register.url}/openapi.json", timeout=10).json()
    rows = spec["components"]["schemas"]["ReferenceRows"]["properties"]["rows"]
    described = {item["title"].removesuffix(" row"): item for item in rows["items"]["anyOf"]}
    assert set(described) == set(reference_admin.TABLES)
    for table, model in reference_admin.TABLES.items():
        columns = {column.key for column in inspect(model).columns} - {"revision"}
        assert set(described[table]["properties"]) == columns, table
        (key,) = inspect(model).primary_key
        assert described[table]["required"] == [key.key]
    workers = described["workers"]["properties"]
    assert workers["is_student"] == {"type": "boolean"}
    assert described["themes"]["properties"]["position"] == {
        "type": "integer",
        "minimum": -(2**31),
        "maximum": 2**31 - 1,
    }
    assert workers["unit_id"]["type"] == "string"
    assert described["schedule_entries"]["properties"]["day"]["format"] == "date"


def test_a_row_whose_key_is_not_a_key_is_refused_naming_it(register: Register) -> None:
    """A key that is a list, an object or a number is named as the row's problem (it was a 500: the lookup of the
    existing row raised on it), and so are a number no INTEGER column holds and a NUL character, which PostgreSQL
    cannot store (the lookup of such a key refused the whole request)."""
    coordinator = register.coordinator_token()
    answer = call(register, "PUT", "/reference/themes", coordinator,
                  json={"rows": [{"key": ["a"]}, {"key": {"a": 1}}, {"key": 5}, {"name_fi": "Ei avainta"},
                                 {"key": "iso", "name_fi": "Iso", "position": 2**70},
                                 {"key": "nul\x00", "name_fi": "Nolla"}]})  # fmt: skip
    assert answer.status_code == 200  # a number too large for its column was a 500 too, a NUL in a key a 422
    assert [row["reason"] for row in answer.json()] == ["key: must be text"] * 3 + [
        "key: required",
        "position: out of range",
        "key: contains a NUL character",
    ]
    assert {row["status"] for row in answer.json()} == {"rejected"}


def test_the_audit_period_is_iso_text_with_its_offset(register: Register) -> None:
    """A bare number is not taken for a time (it was: 0.5 read as half a second after 1970); a time without its
    offset is refused rather than guessed at."""
    coordinator = register.coordinator_token()
    for until in ("0.5", "1700000000", "2026-11-27T00:00:00"):
        answer = call(register, "GET", "/audit", coordinator, params={"until": until})
        assert (answer.status_code, answer.json()["code"]) == (422, "invalid_request"), until
    assert (
        call(register, "GET", "/audit", coordinator, params={"until": "2026-11-27T00:00:00+02:00"}).status_code == 200
    )
