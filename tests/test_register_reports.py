"""The register's central report: a laptop's year, synced, gives the same figures at headquarters (SQLite and
PostgreSQL), to coordinators only, protected unless exact figures are asked for."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from app.db import Store
from app.identity import current_author
from sync.laptop import sync_now
from tests.register import call
from tests.yearly_data import write_year

YEAR = {"start": "2018-01-01", "end": "2018-12-31"}


def figures(body: dict[str, Any], table: str) -> dict[str, Any]:
    found = next(t for t in body["tables"] if t["key"] == table)
    return {row["key"]: row["values"] for row in found["rows"]}


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_the_central_report_says_what_the_laptop_recorded(register: Any, laptop: Store) -> None:
    with laptop.session() as session:
        truth = write_year(session, current_author(session))
    report = sync_now(laptop)
    assert set(report.pushed) == {"created"}, report.summary()
    coordinator = register.coordinator_token()

    answer = call(register, "GET", "/reports/review", coordinator, params={**YEAR, "exact": "true"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["small_numbers_hidden_below"] is None
    review = figures(body, "figures")
    assert review["days_on_road"] == [70] and review["km"] == [11000] and review["cancelled"] == [3]
    assert review["organisations"] == [13] and review["workers"] == [36] and review["students"] == [5]
    assert review["events"] == [52] and review["guidance"] == [30]
    assert review["answered_in_time"] == [truth.answered_in_time]
    encounters = figures(body, "encounters")
    assert [encounters[g][2] for g in ("parents", "children_youth", "professionals")] == [530, 300, 510]

    protected = call(register, "GET", "/reports/review", coordinator, params=YEAR).json()
    assert figures(protected, "figures")["answered_in_time"] == ["<5"]
    assert protected["small_numbers_hidden_below"] == 5

    laitila = call(register, "GET", "/reports/municipality", coordinator, params={**YEAR, "format": "csv"})
    assert laitila.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(laitila.content.decode("utf-8-sig")), delimiter=";"))
    totals = next(row for row in rows if row and row[0] == "Yhteensä")
    assert totals[7:10] == ["530", "300", "510"]

    pdf = call(register, "GET", "/reports/stea", coordinator, params={**YEAR, "format": "pdf", "language": "sv"})
    assert pdf.headers["content-type"] == "application/pdf" and pdf.content.startswith(b"%PDF")


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_only_coordinators_read_reports(register: Any, laptop: Store) -> None:
    from sync.laptop import device_token  # noqa: PLC0415

    with laptop.session() as session:
        token = device_token(session)
    assert call(register, "GET", "/reports/review", token, params=YEAR).status_code == 403
    assert call(register, "GET", "/reports/review", None, params=YEAR).status_code == 401
    coordinator = register.coordinator_token()
    backwards = call(
        register, "GET", "/reports/review", coordinator, params={"start": "2018-12-31", "end": "2018-01-01"}
    )
    assert backwards.status_code == 422 and backwards.json()["code"] == "invalid_period"
    assert call(register, "GET", "/reports/nonsense", coordinator, params=YEAR).status_code == 422
