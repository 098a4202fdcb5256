"""Reports count reception bookings: times booked (not cancelled), families who came and who did not, by the period,
unit and municipality of the visit, and an exported report hides small counts as it hides every count of people."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from app.db import Store
from app.identity import current_author
from app.models import ReceptionBooking, ScheduleEntry, Stop
from app.reports import Scope, make_report, render
from app.reports.table import Table
from app.services import bookings as laptop_bookings
from sync.laptop import sync_now
from sync.server.public import bookings
from sync.server.public.timetable import finnish_today
from sync.server.store import migrate
from tests.booking_data import bookable_day, family_books, on_laptop
from tests.register import call

YEAR = Scope.year(2026)


def book(session: Session, unit_id: str, entry_id: str, day: date, state: str, count: int, **over: Any) -> None:
    for _ in range(count):
        fields: dict[str, Any] = dict(
            id=str(uuid.uuid4()), unit_id=unit_id, entry_id=entry_id, day=day, slot="10:00", nickname="Maija",
            contact="+358407654321", language="fi", theme_key=None, state=state, booked_here=False, unsent=None,
            conflict=None, changed_at=datetime(2026, 3, 1, tzinfo=UTC),
        )  # fmt: skip
        session.add(ReceptionBooking(**(fields | over)))


def bookings_of(table: Table) -> dict[str, object]:
    return {row.key: table.shown(r, 0) for r, row in enumerate(table.rows) if row.key.startswith("bookings_")}


def test_the_yearly_review_counts_booked_arrived_and_no_show(session: Session) -> None:
    unit = current_author(session).unit_id
    for stop, municipality in (("laitila-tori", "400"), ("kimito-torget", "322")):
        session.add(Stop(id=stop, unit_id=unit, municipality_code=municipality, name=stop))
        session.flush()
        session.add(ScheduleEntry(id=f"{stop}-day", unit_id=unit, stop_id=stop, day=date(2026, 3, 2)))
    session.flush()
    book(session, unit, "laitila-tori-day", date(2026, 3, 2), "arrived", 6)
    book(session, unit, "laitila-tori-day", date(2026, 3, 2), "no_show", 2)
    book(session, unit, "laitila-tori-day", date(2026, 3, 2), "booked", 3)
    book(session, unit, "laitila-tori-day", date(2026, 3, 2), "cancelled", 4)  # freed: not counted as booked
    book(session, unit, "kimito-torget-day", date(2026, 3, 2), "arrived", 7)
    book(session, unit, "kimito-torget-day", date(2025, 12, 31), "arrived", 9)  # another year
    # Times booked here that the register refused (the slot was taken): no family holds them, nobody came to them.
    book(session, unit, "laitila-tori-day", date(2026, 3, 2), "booked", 5, booked_here=True, conflict="taken")
    book(session, unit, "laitila-tori-day", date(2026, 3, 2), "no_show", 1, booked_here=True, conflict="unbookable")
    session.flush()

    figures = next(t for t in make_report(session, "review", YEAR, language="en").tables if t.key == "figures")
    assert bookings_of(figures) == {"bookings_booked": 18, "bookings_arrived": 13, "bookings_no_show": 2}
    labels = {row.key: row.label for row in figures.rows}
    assert labels["bookings_arrived"] == "Booked and came"

    laitila = make_report(session, "review", Scope.year(2026, municipality_code="400"), language="fi")
    assert bookings_of(laitila.tables[0]) == {"bookings_booked": 11, "bookings_arrived": 6, "bookings_no_show": 2}
    other = make_report(session, "review", Scope.year(2026, unit_id="no-such-unit"))
    assert bookings_of(other.tables[0]) == {}  # no bookings there: no rows, rather than zeros

    exported = make_report(session, "review", Scope.year(2026, municipality_code="400"), language="en", threshold=5)
    assert bookings_of(exported.tables[0]) == {"bookings_booked": 11, "bookings_arrived": 6, "bookings_no_show": "<5"}
    csv = render(exported, "csv").decode("utf-8")
    assert "Booked and did not come" in csv and "Maija" not in csv and "765" not in csv


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_the_central_report_counts_the_bookings_as_the_laptops_marked_them(register: Any, laptop: Store) -> None:
    bookable_day(register, laptop, capacity=2)
    for number, slot in enumerate(("10:00", "10:00", "10:30", "10:30", "11:00", "11:00", "11:30")):
        code = family_books(register, slot, nickname=f"Perhe {number}", client=f"198.51.100.{number}")
    with register.store.session() as session:
        bookings.cancel(session, code=code, client="198.51.100.99")  # the last family cancels by its code
    sync_now(laptop)
    lines = on_laptop(laptop, finnish_today())
    with laptop.session() as session:
        for line in lines:
            if line.state == "booked":
                state = "no_show" if line.nickname == "Perhe 0" else "arrived"
                laptop_bookings.mark(session=session, unit_id="perhelinja", id=line.id, state=state)
    sync_now(laptop)

    coordinator = register.coordinator_token("Raportoija")
    today = finnish_today().isoformat()
    period = {"start": today, "end": today}
    exact = call(register, "GET", "/reports/review", coordinator, params={**period, "exact": "true"}).json()
    figures = {row["key"]: row["values"][0] for row in exact["tables"][0]["rows"]}
    assert (figures["bookings_booked"], figures["bookings_arrived"], figures["bookings_no_show"]) == (6, 5, 1)
    protected = call(register, "GET", "/reports/review", coordinator, params=period).json()
    shown = {row["key"]: row["values"][0] for row in protected["tables"][0]["rows"]}
    assert (shown["bookings_booked"], shown["bookings_arrived"], shown["bookings_no_show"]) == (6, 5, "<5")
    with register.store.snapshot() as session:  # the report's copy holds no nickname or contact
        assert {(row.nickname, row.contact) for row in session.scalars(select(ReceptionBooking))} == {(None, None)}


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_bookings_taken_before_the_register_counted_them_are_counted_after_its_migration(
    register: Any, laptop: Store
) -> None:
    """Bookings of a register from before r0008 had no row in the reports' table; migrating writes them, once."""
    bookable_day(register, laptop, capacity=2)
    family_books(register, "10:00")
    code = family_books(register, "10:30", nickname="Kalle", client="198.51.100.7")
    with register.store.session() as session:
        bookings.cancel(session, code=code, client="198.51.100.8")
        session.execute(delete(ReceptionBooking))  # as a register from before r0008 holds them
    migrate(register.database)
    migrate(register.database)  # again: nothing more
    with register.store.snapshot() as session:
        rows = session.scalars(select(ReceptionBooking).order_by(ReceptionBooking.slot)).all()
        assert [(row.slot, row.state, row.unit_id, row.nickname, row.contact) for row in rows] == [
            ("10:00", "booked", "perhelinja", None, None),
            ("10:30", "cancelled", "perhelinja", None, None),
        ]
