"""A reception booking's nickname and contact are emptied on the laptop the set number of days after its visit,
each time the program opens its store (the number of days is a setting; a wrong value is refused), and at once when
headquarters orders a lost laptop erased; the register takes its own number of days."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.clock import utcnow
from app.db import Store, open_store
from app.errors import ValidationError
from app.identity import current_author
from app.models import ReceptionBooking
from app.privacy.booking_purge import booking_days, empty_past_bookings, set_booking_days
from app.privacy.erase import erase_identifying
from sync.server.cli import main as register_main
from sync.server.public.bookings import empty_past
from sync.server.public.timetable import finnish_today
from tests.booking_data import NICKNAME, at_register, bookable_day, family_books


def booking(unit_id: str, day: date) -> ReceptionBooking:
    return ReceptionBooking(
        id=str(uuid.uuid4()), unit_id=unit_id, entry_id="laitila-today", day=day, slot="10:00", nickname="Maija",
        contact="+358407654321", language="sv", theme_key="coping", state="no_show", booked_here=False, unsent=None,
        conflict=None, changed_at=utcnow(),
    )  # fmt: skip


def test_opening_the_store_empties_the_bookings_of_past_days(store: Store) -> None:
    today = utcnow().astimezone().date()
    with store.session() as session:
        unit = current_author(session).unit_id
        assert booking_days(session) == 1  # the next day, as at the register
        for offset in (-3, -1, 0, 2):
            session.add(booking(unit, today + timedelta(days=offset)))
    directory = store.path.parent
    store.close()
    reopened = open_store(directory)
    try:
        with reopened.session() as session:
            kept = {(row.day - today).days: (row.nickname, row.contact, row.state, row.theme_key)
                    for row in session.scalars(select(ReceptionBooking))}  # fmt: skip
    finally:
        reopened.close()
    assert kept == {
        -3: (None, None, "no_show", "coping"),  # the count stays for the reports; who it was does not
        -1: (None, None, "no_show", "coping"),
        0: ("Maija", "+358407654321", "no_show", "coping"),
        2: ("Maija", "+358407654321", "no_show", "coping"),
    }


def test_the_days_a_booking_keeps_its_contact_is_a_setting(store: Store) -> None:
    with store.session() as session:
        set_booking_days(session, 3)
        assert booking_days(session) == 3
        for wrong in (-1, 31):
            with pytest.raises(ValidationError) as refused:
                set_booking_days(session, wrong)
            assert refused.value.errors[0].code == "out_of_range"
        assert booking_days(session) == 3


def test_an_erase_order_empties_the_bookings_contact_too(store: Store) -> None:
    with store.session() as session:
        session.add(booking(current_author(session).unit_id, utcnow().astimezone().date()))
    erase_identifying(store, utcnow())
    with store.session() as session:
        (row,) = session.scalars(select(ReceptionBooking))
        assert (row.nickname, row.contact, row.state) == (None, None, "no_show")


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_the_register_is_told_its_own_number_of_days(register: Any, laptop: Store) -> None:
    bookable_day(register, laptop)
    family_books(register)
    database = ["--database", register.database]
    assert register_main([*database, "purge", "--booking-days", "31"]) == 2  # more than a month: refused
    assert register_main([*database, "purge"]) == 0  # the default, the day after: today's visit keeps its contact
    assert [row.nickname for row in at_register(register)] == [NICKNAME]
    assert register_main([*database, "purge", "--booking-days", "0"]) == 0
    assert [row.nickname for row in at_register(register)] == [NICKNAME]  # 0: still not on the visit's own day
    with register.store.session() as session:
        assert empty_past(session, today=finnish_today() + timedelta(days=1), after_days=0) == 1  # the day after
    assert [(row.nickname, row.contact) for row in at_register(register)] == [(None, None)]


def test_zero_days_keeps_todays_bookings_and_one_not_yet_sent(store: Store) -> None:
    today = utcnow().astimezone().date()
    with store.session() as session:
        unit = current_author(session).unit_id
        set_booking_days(session, 0)
        for offset in (-1, 0, 1):
            session.add(booking(unit, today + timedelta(days=offset)))
        waiting = booking(unit, today - timedelta(days=2))
        waiting.booked_here, waiting.unsent, waiting.state = True, "booking", "booked"  # not at the register yet
        session.add(waiting)
    with store.session() as session:
        assert empty_past_bookings(session, today=today) == 1  # yesterday's only
        kept = {(row.day - today).days: row.nickname for row in session.scalars(select(ReceptionBooking))}
    assert kept == {-2: "Maija", -1: None, 0: "Maija", 1: "Maija"}
