"""Reception bookings between a laptop and a live register: a family's booking reaches the laptop sealed, the
worker's marks go back, a time booked offline is confirmed at the next sync or comes back as a conflict, and a
booking's nickname and contact are emptied on the laptop as at the register."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text

from app.cli import main
from app.db import Store
from app.identity import current_author
from app.privacy.booking_purge import empty_past_bookings, set_booking_days
from app.services import bookings as laptop_bookings
from sync import bookings as sync_bookings
from sync.booking_wire import BookingMark, BookingsRequest, WorkerBooking
from sync.client import RegisterClient
from sync.laptop import configured_client, sync_now, worth_syncing
from sync.server import auth
from sync.server.public import bookings
from tests.booking_data import (
    NICKNAME,
    at_register,
    bookable_day,
    family_books,
    free_at_register,
    mark,
    on_laptop,
    worker_books,
)
from tests.timetable_data import entry, put


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_a_familys_booking_reaches_the_laptop_sealed_and_the_marks_go_back(register: Any, laptop: Store) -> None:
    visits = bookable_day(register, laptop, capacity=2)
    family_books(register, "10:00")
    family_books(register, "10:30", nickname="Kalle", language="fi", theme=None)
    family_books(register, "11:00", nickname="Liisa", language="en", theme=None)

    report = sync_now(laptop)
    assert report.bookings is not None and report.bookings.received == 3
    lines = on_laptop(laptop, visits.today)
    assert [(b.slot, b.nickname, b.language, b.theme_key, b.state) for b in lines] == [
        ("10:00", NICKNAME, "sv", "coping", "booked"),
        ("10:30", "Kalle", "fi", None, "booked"),
        ("11:00", "Liisa", "en", None, "booked"),
    ]
    with laptop.session() as session:  # sealed at rest, like a contact request's name and number
        raw = session.execute(text("SELECT nickname, contact FROM reception_bookings")).all()
        contact = laptop_bookings.contact_of(session=session, unit_id="perhelinja", id=lines[0].id)
    assert contact == "+358407654321"
    assert all(NICKNAME not in (n or "") and "765" not in (c or "") for n, c in raw)
    assert all(n.startswith("enc1:") for n, _c in raw)

    arrived, no_show, cancelled = lines
    assert not worth_syncing(laptop)  # nothing waits
    mark(laptop, arrived.id, "arrived")
    assert worth_syncing(laptop)  # a mark alone is worth the automatic sync
    mark(laptop, no_show.id, "no_show")
    mark(laptop, cancelled.id, "cancelled")
    after = {b.id: b for b in on_laptop(laptop, visits.today)}
    assert after[arrived.id].nickname is None and after[cancelled.id].nickname is None  # emptied at once
    assert after[no_show.id].nickname == "Kalle" and all(b.waiting for b in after.values())

    assert free_at_register(register, "11:00") == 1  # still held until the register hears of the cancellation
    report = sync_now(laptop)
    assert report.bookings.sent == 3
    held = {row.uid: row for row in at_register(register)}
    assert (held[arrived.id].outcome, held[arrived.id].nickname, held[arrived.id].contact) == ("arrived", None, None)
    assert (held[no_show.id].outcome, held[no_show.id].nickname) == ("no_show", "Kalle")
    assert held[cancelled.id].cancelled_at is not None and held[cancelled.id].contact is None
    assert free_at_register(register, "11:00") == 2  # the cancelled place is free again
    assert not any(b.waiting for b in on_laptop(laptop, visits.today))
    states = [b.state for b in on_laptop(laptop, visits.today)]
    assert states == ["arrived", "no_show", "cancelled"]
    assert sync_now(laptop).bookings.sent == 0  # nothing left to send


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_family_cancelling_by_code_shows_on_the_laptop(register: Any, laptop: Store) -> None:
    visits = bookable_day(register, laptop)
    code = family_books(register)
    sync_now(laptop)
    with register.store.session() as session:
        bookings.cancel(session, code=code, client="198.51.100.7")
    sync_now(laptop)
    (line,) = on_laptop(laptop, visits.today)
    assert (line.state, line.nickname) == ("cancelled", None)


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_a_time_booked_offline_is_confirmed_at_the_next_sync(register: Any, laptop: Store) -> None:
    visits = bookable_day(register, laptop)
    booked = worker_books(laptop, visits.today, "11:30", theme_key="divorce", contact="040 123 4567")
    assert booked.waiting and booked.conflict is None
    with laptop.session() as session:  # this laptop counts its own booking: the slot is full here too
        free = {o.slot: o.free for o in laptop_bookings.openings(session=session, unit_id="perhelinja",
                                                                 today=visits.today)}  # fmt: skip
    assert free == {"10:00": 1, "10:30": 1, "11:00": 1, "11:30": 0}

    report = sync_now(laptop)
    assert (report.bookings.confirmed, report.bookings.conflicts) == (1, [])
    (row,) = at_register(register)
    assert (row.uid, row.slot, row.nickname, row.contact, row.theme_key) == (
        booked.id, "11:30", "Ville", "+358401234567", "divorce")  # fmt: skip
    with laptop.session() as session:
        assert row.device_id == current_author(session).device_id
    (line,) = on_laptop(laptop, visits.today)
    assert (line.waiting, line.conflict, line.booked_here) == (False, None, True)
    assert free_at_register(register, "11:30") == 0  # a family on the public page can no longer take it

    # The same booking sent again (the first answer was lost) holds the same one place.
    client = configured_client(laptop)
    again = WorkerBooking(id=booked.id, entry_id="laitila-today", slot="11:30", nickname="Ville",
                          contact="040 123 4567", language="fi")  # fmt: skip
    (answer,) = client.bookings(BookingsRequest(bookings=[again])).answers
    client.close()
    assert answer.status == "booked" and len(at_register(register)) == 1


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_a_slot_taken_meanwhile_comes_back_as_a_conflict(register: Any, laptop: Store) -> None:
    visits = bookable_day(register, laptop)
    booked = worker_books(laptop, visits.today, "10:00")
    family_books(register, "10:00")  # a family takes the last place on the public page first

    report = sync_now(laptop)
    assert report.bookings.confirmed == 0
    assert [(c.id, c.slot, c.reason) for c in report.bookings.conflicts] == [(booked.id, "10:00", "taken")]
    assert [row.nickname for row in at_register(register)] == [NICKNAME]  # nothing booked over the family's
    lines = {b.id: b for b in on_laptop(laptop, visits.today)}
    assert (lines[booked.id].conflict, lines[booked.id].nickname, lines[booked.id].waiting) == ("taken", "Ville", False)
    assert sync_now(laptop).bookings.conflicts == []  # told once; it stays marked on the laptop

    mark(laptop, booked.id, "cancelled")  # the worker called the family and settled it
    shown = sorted((b.state, b.nickname or "") for b in on_laptop(laptop, visits.today))
    assert shown == [("booked", NICKNAME), ("cancelled", "")]
    with laptop.session() as session:  # on another day's list it no longer shows
        assert (
            laptop_bookings.day_bookings(session=session, unit_id="perhelinja", day=visits.today.replace(year=2000))
            == []
        )
    assert sync_now(laptop).bookings.sent == 0  # a refused booking's cancellation has nothing to tell


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_booking_the_family_came_to_before_any_sync_never_holds_a_place(register: Any, laptop: Store) -> None:
    visits = bookable_day(register, laptop)
    booked = worker_books(laptop, visits.today, "10:30")
    mark(laptop, booked.id, "arrived")
    assert sync_now(laptop).bookings.sent == 0
    assert at_register(register) == []
    (line,) = on_laptop(laptop, visits.today)
    assert (line.state, line.nickname, line.waiting) == ("arrived", None, False)


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_time_booked_here_that_can_no_longer_be_sent_is_reported(
    register: Any, laptop: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    visits = bookable_day(register, laptop)
    booked = worker_books(laptop, visits.today, "10:30")
    with laptop.session() as session:  # emptied before it ever left (as a store of an earlier version could)
        session.execute(text("UPDATE reception_bookings SET nickname = NULL, contact = NULL"))
    report = sync_now(laptop)
    assert [(c.id, c.reason) for c in report.bookings.conflicts] == [(booked.id, "unbookable")]
    assert at_register(register) == []
    (line,) = on_laptop(laptop, visits.today)
    assert (line.conflict, line.waiting) == ("unbookable", False)


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_booking_is_marked_once(register: Any, laptop: Store) -> None:
    visits = bookable_day(register, laptop)
    family_books(register, "10:00")
    sync_now(laptop)
    (line,) = on_laptop(laptop, visits.today)
    mark(laptop, line.id, "arrived")
    for again in ("arrived", "no_show", "cancelled"):  # a double click, or a second laptop's list not yet refreshed
        with pytest.raises(laptop_bookings.ValidationError) as refused:
            mark(laptop, line.id, again)
        assert [(e.field, e.code) for e in refused.value.errors] == [("state", "already_marked")]
    (after,) = on_laptop(laptop, visits.today)
    assert after.state == "arrived"
    assert sync_now(laptop).bookings.sent == 1
    assert at_register(register)[0].outcome == "arrived"


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_wrong_entry_on_the_booking_form_is_refused_field_by_field(register: Any, laptop: Store) -> None:
    visits = bookable_day(register, laptop)
    with pytest.raises(laptop_bookings.ValidationError) as refused:
        worker_books(laptop, visits.today, "09:00", nickname=" ", contact="123", language=None)
    assert sorted((e.field, e.code) for e in refused.value.errors) == [
        ("contact", "contact_required"), ("language", "required"), ("nickname", "required"),
        ("slot", "invalid_choice"),
    ]  # fmt: skip
    worker_books(laptop, visits.today, "10:00")
    with pytest.raises(laptop_bookings.ValidationError) as full:
        worker_books(laptop, visits.today, "10:00")
    assert [(e.field, e.code) for e in full.value.errors] == [("slot", "slot_full")]
    assert len(on_laptop(laptop, visits.today)) == 1


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_bookings_contact_is_emptied_after_its_day_and_not_filled_again(register: Any, laptop: Store) -> None:
    visits = bookable_day(register, laptop)
    family_books(register)
    sync_now(laptop)
    with laptop.session() as session:
        assert empty_past_bookings(session, today=visits.today) == 0  # the visit is today: kept (default 1 day)
        set_booking_days(session, 0)
        assert empty_past_bookings(session, today=visits.today) == 0  # 0 too: never on the visit's own day
        assert empty_past_bookings(session, today=visits.today + timedelta(days=1)) == 1
    sync_now(laptop)  # the register still holds it today; the laptop does not take it back
    (line,) = on_laptop(laptop, visits.today)
    assert (line.nickname, line.state) == (None, "booked")
    with laptop.session() as session:
        assert laptop_bookings.contact_of(session=session, unit_id="perhelinja", id=line.id) is None


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_pysakki_sync_says_which_time_was_not_confirmed(
    register: Any, laptop: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    visits = bookable_day(register, laptop)
    worker_books(laptop, visits.today, "11:00")
    family_books(register, "11:00")
    capsys.readouterr()
    assert main(["--data-dir", str(laptop.path.parent), "sync"]) == 1
    said = capsys.readouterr().err
    assert f"bookings: sent 1, received 1, confirmed 0, not confirmed: {visits.today.isoformat()} 11:00 taken" in said
    assert "Ville" not in said and "example.org" not in said
    assert main(["--data-dir", str(laptop.path.parent), "sync"]) == 0  # told once; nothing more to send


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_time_booked_for_a_visit_cancelled_meanwhile_comes_back_unbookable(register: Any, laptop: Store) -> None:
    visits = bookable_day(register, laptop)
    booked = worker_books(laptop, visits.today, "10:30")
    family_books(register, "11:00")  # booked before headquarters called the visit off: the workers must call them
    token = register.coordinator_token("Koordinaattori 2")
    put(register, token, "schedule_entries",
        [entry("laitila-today", "laitila-tori", visits.today, "10:00", "12:00", cancelled=True)])  # fmt: skip

    report = sync_now(laptop)
    assert [(c.id, c.reason) for c in report.bookings.conflicts] == [(booked.id, "unbookable")]
    assert [row.nickname for row in at_register(register)] == [NICKNAME]
    shown = {b.slot: (b.nickname, b.conflict) for b in on_laptop(laptop, visits.today)}
    assert shown == {"10:30": ("Ville", "unbookable"), "11:00": (NICKNAME, None)}
    with laptop.session() as session:  # nothing of a cancelled visit is offered any more
        assert laptop_bookings.openings(session=session, unit_id="perhelinja", today=visits.today) == []


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
@pytest.mark.parametrize("taken_off", ["stops", "units"])
def test_a_visit_whose_stop_or_bus_was_taken_off_is_not_offered_on_the_laptop(
    register: Any, laptop: Store, taken_off: str
) -> None:
    """The laptop offers the times the register would take: a visit to a stop, or of a bus, that headquarters took
    off is offered neither on the public page nor on the laptop."""
    visits = bookable_day(register, laptop)
    with laptop.session() as session:
        assert laptop_bookings.openings(session=session, unit_id="perhelinja", today=visits.today) != []
    token = register.coordinator_token("Koordinaattori 2")
    rows = {"stops": [{"id": "laitila-tori", "unit_id": "perhelinja", "municipality_code": "400",
                       "name": "Laitilan tori", "address": "Keskuskatu 1, 23800 Laitila", "active": False}],
            "units": [{"id": "perhelinja", "name": "Perhelinja", "active": False}]}  # fmt: skip
    put(register, token, taken_off, rows[taken_off])
    sync_now(laptop)
    with laptop.session() as session:
        assert laptop_bookings.openings(session=session, unit_id="perhelinja", today=visits.today) == []


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_mark_or_booking_for_another_units_visit_changes_nothing(register: Any, laptop: Store) -> None:
    bookable_day(register, laptop)
    family_books(register, "10:00")
    token = register.coordinator_token("Koordinaattori 2")
    put(register, token, "units", [{"id": "toinen", "name": "Toinen bussi"}])
    with register.store.session() as session:
        other = auth.create_enrollment_code(session=session, unit_id="toinen")
    stranger = RegisterClient(register.url)
    enrolled = stranger.enroll(other, "Toisen bussi", str(uuid.uuid4()))
    stranger.close()
    client = RegisterClient(register.url, enrolled.token, attempts=0)
    (held,) = at_register(register)
    foreign = WorkerBooking(id=str(uuid.uuid4()), entry_id="laitila-today", slot="10:30", nickname="Ville",
                            contact="040 123 4567", language="fi")  # fmt: skip
    answer = client.bookings(BookingsRequest(marks=[BookingMark(id=held.uid, state="cancelled")], bookings=[foreign]))
    client.close()
    assert [a.status for a in answer.answers] == ["unknown", "unbookable"]
    assert answer.bookings == [] and answer.slots == []  # another unit's bookings are not its to see
    (after,) = at_register(register)
    assert (after.cancelled_at, after.nickname) == (None, NICKNAME)


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_more_marks_and_bookings_than_one_request_carries_all_go_in_turn(
    register: Any, laptop: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past the protocol's limits for one request (2,000 marks, 200 bookings) the rest goes in the next request of
    the same sync; a request over them was refused whole (422), and every later sync with it."""
    monkeypatch.setattr(sync_bookings, "MAX_MARKS", 1)
    monkeypatch.setattr(sync_bookings, "MAX_BOOKINGS", 1)
    visits = bookable_day(register, laptop, capacity=2)
    family_books(register, "10:00")
    family_books(register, "10:30", nickname="Kalle", language="fi", theme=None)
    sync_now(laptop)
    first, second = on_laptop(laptop, visits.today)
    mark(laptop, first.id, "no_show")
    mark(laptop, second.id, "cancelled")
    worker_books(laptop, visits.today, "11:00")
    worker_books(laptop, visits.today, "11:30")

    report = sync_now(laptop)
    assert report.bookings is not None
    assert (report.bookings.sent, report.bookings.confirmed, report.bookings.conflicts) == (4, 2, [])
    held = {row.uid: row for row in at_register(register)}
    assert held[first.id].outcome == "no_show" and held[second.id].cancelled_at is not None
    assert sorted(row.slot for row in held.values() if row.cancelled_at is None) == ["10:00", "11:00", "11:30"]
    assert not any(line.waiting for line in on_laptop(laptop, visits.today))
