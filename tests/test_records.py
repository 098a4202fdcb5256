"""The life cycle every record type shares: create, validate, edit, delete, restore; nothing half-written."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, get_args

import pytest
from pydantic import AwareDatetime
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.errors import NotAuthorError, NotFoundError, RecordDeletedError, StaleEditError, ValidationError
from app.identity import Author
from app.records import RECORD_TYPES, record_type
from app.services import records
from tests.conftest import NOW, stop_day_data, valid_data

TYPE_NAMES = [rt.name for rt in RECORD_TYPES]


def _make(session: Session, author: Author, type_name: str, stop_day_id: str) -> Any:
    refs = {}
    if type_name == "referral":
        refs["guidance"] = _make(session, author, "guidance", stop_day_id).id
    if type_name == "audit_entry":
        refs["contact_request"] = _make(session, author, "contact_request", stop_day_id).id
    data = valid_data(type_name, stop_day_id, refs)
    return records.create(session=session, author=author, type=type_name, data=data, now=NOW)


def _rows(session: Session, type_name: str) -> int:
    model = record_type(type_name).model
    return session.scalar(select(func.count()).select_from(model)) or 0


def _codes(exc: ValidationError) -> set[tuple[str, str]]:
    return {(e.field, e.code) for e in exc.errors}


@pytest.mark.parametrize("type_name", TYPE_NAMES)
def test_create_stores_the_record_with_sync_columns(
    session: Session, author: Author, stop_day_id: str, type_name: str
) -> None:
    made = _make(session, author, type_name, stop_day_id)
    again = records.get(session=session, type=type_name, id=made.id)
    assert again == made
    assert (again.version, again.revision, again.deleted, again.pending) == (1, None, False, True)
    assert (again.unit_id, again.device_id) == (author.unit_id, author.device_id)
    assert again.created_at == again.updated_at == NOW
    assert len(again.id) == 36


@pytest.mark.parametrize("type_name", TYPE_NAMES)
def test_a_missing_required_field_is_named_and_nothing_is_written(
    session: Session, author: Author, stop_day_id: str, type_name: str
) -> None:
    data = valid_data(type_name, stop_day_id, {"guidance": "x"})
    required = [n for n, f in record_type(type_name).body.model_fields.items() if f.is_required()]
    before = _rows(session, type_name)
    for name in required:
        broken = {k: v for k, v in data.items() if k != name}
        with pytest.raises(ValidationError) as err:
            records.create(session=session, author=author, type=type_name, data=broken)
        assert (name, "required") in _codes(err.value)
    assert _rows(session, type_name) == before


@pytest.mark.parametrize("type_name", TYPE_NAMES)
def test_an_unknown_field_is_refused_not_dropped(
    session: Session, author: Author, stop_day_id: str, type_name: str
) -> None:
    data = valid_data(type_name, stop_day_id, {}) | {"henkilotunnus": "010101-123N"}
    with pytest.raises(ValidationError) as err:
        records.create(session=session, author=author, type=type_name, data=data)
    assert ("henkilotunnus", "unknown_field") in _codes(err.value)


@pytest.mark.parametrize(
    ("type_name", "change", "expected"),
    [
        ("stop_day", {"status": "paused"}, ("status", "invalid_choice")),
        ("stop_day", {"municipality_code": "999"}, ("municipality_code", "unknown_reference")),
        ("stop_day", {"km": -3}, ("km", "out_of_range")),
        ("stop_day", {"status": "cancelled"}, ("cancel_reason", "required")),
        ("stop_day", {"cancel_reason": "weather"}, ("cancel_reason", "only_when_cancelled")),
        ("stop_day", {"odometer_start": 1000, "odometer_end": 900}, ("odometer_end", "before_start")),
        ("stop_day", {"worker_ids": ["nobody"]}, ("worker_ids", "unknown_reference")),
        ("stop_day", {"place": "   "}, ("place", "required")),
        ("stop_day", {"opened_at": "2026-11-20T09:00:00"}, ("opened_at", "timezone_required")),
        ("encounter", {"count": 0}, ("count", "out_of_range")),
        ("encounter", {"group": "grandparent"}, ("group", "invalid_choice")),
        ("encounter", {"stop_day_id": None}, ("stop_day_id", "place_required")),
        ("encounter", {"theme_key": "gardening"}, ("theme_key", "unknown_reference")),
        (
            "encounter",
            {"stop_day_id": "00000000-0000-4000-8000-000000000000"},
            ("stop_day_id", "unknown_reference"),
        ),
        ("guidance", {"themes": ["divorce", "divorce"]}, ("themes", "duplicate")),
        ("guidance", {"themes": ["divorce", "astrology"]}, ("themes", "unknown_reference")),
        ("guidance", {"service_package": 5}, ("service_package", "unknown_reference")),
        ("guidance", {"duration_min": 0}, ("duration_min", "out_of_range")),
        ("guidance", {"note": "x" * 2001}, ("note", "too_long")),
        ("referral", {"organisation_id": "acme"}, ("organisation_id", "unknown_reference")),
        ("referral", {"handout_language": "de"}, ("handout_language", "invalid_choice")),
        ("contact_request", {"consent": False}, ("consent", "consent_required")),
        ("contact_request", {"phone": "call me maybe"}, ("phone", "invalid_phone")),
        ("contact_request", {"email": "not-an-address"}, ("email", "invalid_email")),
        ("contact_request", {"deadline": "2026-11-01"}, ("deadline", "before_received")),
        ("event", {"mode": "on_site", "municipality_code": None}, ("municipality_code", "required")),
        ("event", {"participants_youth": -1}, ("participants_youth", "out_of_range")),
        ("event", {"kind": "party"}, ("kind", "invalid_choice")),
        ("professional_work", {"professionals": 0}, ("professionals", "out_of_range")),
        ("professional_work", {"sector": "police_state"}, ("sector", "invalid_choice")),
    ],
)
def test_rejections_name_the_field_and_a_code(
    session: Session,
    author: Author,
    stop_day_id: str,
    type_name: str,
    change: dict[str, Any],
    expected: tuple[str, str],
) -> None:
    data = valid_data(type_name, stop_day_id, {}) | change
    before = _rows(session, type_name)
    with pytest.raises(ValidationError) as err:
        records.create(session=session, author=author, type=type_name, data=data)
    assert expected in _codes(err.value)
    assert _rows(session, type_name) == before


def test_several_bad_fields_are_reported_together(session: Session, author: Author, stop_day_id: str) -> None:
    data = valid_data("guidance", stop_day_id, {}) | {"duration_min": -1, "outcome": "?", "language": "xx"}
    with pytest.raises(ValidationError) as err:
        records.create(session=session, author=author, type="guidance", data=data)
    assert set(err.value.fields) == {"duration_min", "outcome", "language"}


def test_edit_bumps_version_and_keeps_created_at(session: Session, author: Author, stop_day_id: str) -> None:
    made = _make(session, author, "guidance", stop_day_id)
    later = NOW + timedelta(minutes=5)
    edited = records.update(
        session=session,
        author=author,
        type="guidance",
        id=made.id,
        changes={"duration_min": 30},
        expected_version=1,
        now=later,
    )
    assert edited.version == 2
    assert edited.body.duration_min == 30  # type: ignore[attr-defined]
    assert (edited.created_at, edited.updated_at) == (NOW, later)


def test_an_edit_that_changes_nothing_makes_no_new_version(session: Session, author: Author, stop_day_id: str) -> None:
    made = _make(session, author, "guidance", stop_day_id)
    same = records.update(session=session, author=author, type="guidance", id=made.id, changes={"duration_min": 15})
    assert same.version == 1


def test_an_invalid_edit_leaves_the_record_as_it_was(session: Session, author: Author, stop_day_id: str) -> None:
    made = _make(session, author, "guidance", stop_day_id)
    with pytest.raises(ValidationError):
        records.update(
            session=session,
            author=author,
            type="guidance",
            id=made.id,
            changes={"duration_min": 20, "outcome": "nonsense"},
        )
    assert records.get(session=session, type="guidance", id=made.id) == made


def test_a_stale_edit_is_refused(session: Session, author: Author, stop_day_id: str) -> None:
    made = _make(session, author, "guidance", stop_day_id)
    records.update(session=session, author=author, type="guidance", id=made.id, changes={"duration_min": 20})
    with pytest.raises(StaleEditError):
        records.update(
            session=session,
            author=author,
            type="guidance",
            id=made.id,
            changes={"duration_min": 25},
            expected_version=1,
        )


def test_delete_writes_a_tombstone_and_restore_undoes_it(session: Session, author: Author, stop_day_id: str) -> None:
    made = _make(session, author, "encounter", stop_day_id)
    gone = records.delete(session=session, author=author, type="encounter", id=made.id)
    assert (gone.deleted, gone.version) == (True, 2)
    assert _rows(session, "encounter") == 1  # still there, as a tombstone that will sync
    assert records.list_records(session=session, type="encounter") == []
    assert [r.id for r in records.list_records(session=session, type="encounter", include_deleted=True)] == [made.id]
    with pytest.raises(RecordDeletedError):
        records.update(session=session, author=author, type="encounter", id=made.id, changes={"count": 2})
    back = records.restore(session=session, author=author, type="encounter", id=made.id)
    assert (back.deleted, back.version) == (False, 3)


def test_a_record_still_referred_to_cannot_be_deleted(session: Session, author: Author, stop_day_id: str) -> None:
    _make(session, author, "encounter", stop_day_id)
    with pytest.raises(ValidationError) as err:
        records.delete(session=session, author=author, type="stop_day", id=stop_day_id)
    assert ("id", "in_use") in _codes(err.value)


def test_a_deleted_record_cannot_be_referred_to(session: Session, author: Author) -> None:
    day = records.create(session=session, author=author, type="stop_day", data=stop_day_data())
    records.delete(session=session, author=author, type="stop_day", id=day.id)
    with pytest.raises(ValidationError) as err:
        records.create(
            session=session,
            author=author,
            type="encounter",
            data={"occurred_at": NOW, "group": "child", "stop_day_id": day.id},
        )
    assert ("stop_day_id", "deleted_reference") in _codes(err.value)


def test_only_the_author_device_may_change_a_record(session: Session, author: Author, stop_day_id: str) -> None:
    made = _make(session, author, "encounter", stop_day_id)
    other = Author(unit_id=author.unit_id, device_id="another-device")
    with pytest.raises(NotAuthorError):
        records.update(session=session, author=other, type="encounter", id=made.id, changes={"count": 3})
    with pytest.raises(NotAuthorError):
        records.delete(session=session, author=other, type="encounter", id=made.id)


def test_unknown_ids_and_types(session: Session, author: Author) -> None:
    with pytest.raises(NotFoundError):
        records.get(session=session, type="encounter", id="00000000-0000-4000-8000-000000000000")
    with pytest.raises(KeyError):
        records.get(session=session, type="diary", id="x")


def test_pending_count_follows_versions(session: Session, author: Author, stop_day_id: str) -> None:
    made = _make(session, author, "encounter", stop_day_id)
    assert records.pending_count(session=session) == 2
    row = session.get(record_type("encounter").model, made.id)
    assert row is not None
    row.synced_version = row.version  # what the sync engine does when the register acknowledges
    session.flush()
    assert records.pending_count(session=session) == 1
    records.update(session=session, author=author, type="encounter", id=made.id, changes={"count": 2})
    assert records.pending_count(session=session) == 2


def _date_fields(body: type[Any]) -> dict[str, type]:
    """Every field of a record body that holds a date or a moment, with which of the two it is."""

    def kinds(annotation: Any) -> set[type]:
        if annotation in (datetime, AwareDatetime):
            return {datetime}
        if annotation is date:
            return {date}
        return {kind for arg in get_args(annotation) for kind in kinds(arg)}

    found = {}
    for name, info in body.model_fields.items():
        for kind in kinds(info.annotation):
            found[name] = kind
    return found


DATE_FIELDS = [(rt.name, name, kind) for rt in RECORD_TYPES for name, kind in _date_fields(rt.body).items()]


def test_every_record_type_has_its_dates_checked() -> None:
    named = {(t, f) for t, f, _k in DATE_FIELDS}
    assert named >= {
        ("event", "starts_at"),
        ("stop_day", "day"),
        ("contact_request", "deadline"),
        ("audit_entry", "at"),
    }


@pytest.mark.parametrize("year", [1752, 1969, 2101])
@pytest.mark.parametrize(("type_name", "field", "kind"), DATE_FIELDS, ids=[f"{t}.{f}" for t, f, _k in DATE_FIELDS])
def test_a_date_outside_2000_to_2100_is_refused_on_every_record(
    session: Session, author: Author, stop_day_id: str, type_name: str, field: str, kind: type, year: int
) -> None:
    refs = {"guidance": stop_day_id, "contact_request": stop_day_id}
    value: Any = date(year, 9, 14) if kind is date else datetime(year, 9, 14, 12, tzinfo=UTC)
    data = valid_data(type_name, stop_day_id, refs) | {field: value.isoformat()}
    with pytest.raises(ValidationError) as err:
        records.create(session=session, author=author, type=type_name, data=data)
    assert (field, "date_out_of_range") in _codes(err.value)


def test_the_first_and_last_day_of_the_range_are_taken(session: Session, author: Author) -> None:
    for day in (date(2000, 1, 1), date(2100, 12, 31)):
        records.create(session=session, author=author, type="stop_day", data=stop_day_data(day=day, opened_at=None))
