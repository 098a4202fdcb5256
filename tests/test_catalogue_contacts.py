"""A coordinator's catalogue edits before they are sent, and the audit log's CSV: the rules without a screen."""

from __future__ import annotations

import csv
from datetime import UTC, datetime

from app.catalogue.contacts import contact_problems
from app.errors import FieldError
from app.models import Organisation, Service
from sync.audit_wire import CSV_COLUMNS, AuditLine, audit_csv
from sync.catalogue_wire import ServiceRow, attention_first, changes


def service(id: str, name: str, **fields: object) -> ServiceRow:
    return ServiceRow.model_validate({"id": id, "organisation_id": "kota", "name_fi": name, **fields})


def test_a_contact_is_checked_for_its_shape_and_its_columns_length() -> None:
    assert (
        contact_problems(Service, {"phone": "02 123 4567", "email": "", "web": "www.kota.fi", "name_fi": "Kota"}) == []
    )
    assert contact_problems(Service, {"web": "https://kota.example.fi/nuoret?x=1", "address": "Tori 1"}) == []
    assert contact_problems(Service, {"phone": "soita", "email": "kota@", "web": "kota", "name_fi": "  "}) == [
        FieldError("phone", "invalid_phone"),
        FieldError("email", "invalid_email"),
        FieldError("web", "invalid_web"),
        FieldError("name_fi", "required"),
    ]
    assert contact_problems(Service, {"phone": "1234"}) == [FieldError("phone", "invalid_phone")]  # too few digits
    assert contact_problems(Organisation, {"website": "ei osoite", "address": "x" * 301}) == [
        FieldError("website", "invalid_web"),
        FieldError("address", "too_long", {"max_length": 300}),
    ]


def test_services_no_one_can_reach_come_first_then_those_never_checked() -> None:
    listed = attention_first(
        [
            service("a", "Aamu", phone="02 1", contacts_checked=True),
            service("b", "Bussi", web="https://b.fi"),
            service("c", "Cafe"),
            service("d", "Deli", active=False),
            service("e", "Eka", address="Tori 1", contacts_checked=True),
        ]
    )
    assert [row.id for row in listed] == ["c", "b", "a", "e"]  # a retired service is not listed
    assert [row.needs_attention for row in listed] == [True, True, False, False]


def test_a_change_names_only_what_differs_and_blank_is_no_value() -> None:
    before = service("a", "Aamu", phone="02 1", areas=["853"])
    typed = {"name_fi": " Aamu ", "phone": "", "web": "https://a.fi", "areas": ["853"], "contacts_checked": True}
    assert changes(before, typed) == {"phone": None, "web": "https://a.fi", "contacts_checked": True}


def test_the_audit_csv_holds_ids_and_times_only() -> None:
    line = AuditLine(
        at=datetime(2026, 11, 20, 9, 30, tzinfo=UTC),
        unit_id="perhelinja",
        device_id="d1",
        worker_id="w1",
        worker_name="Kerttu Kota",
        action="changed",
        contact_request_id="r1",
        detail="contacted",
    )
    data = audit_csv([line])
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(data.decode("utf-8-sig").splitlines()))
    assert rows == [list(CSV_COLUMNS), ["2026-11-20T09:30:00+00:00", "perhelinja", "d1", "w1", "changed", "r1"]]
    assert b"Kerttu" not in data
