"""Reception bookings when the line or the register fails on the way: an answer lost after the register booked, a
request that never arrived, a retry that overlaps the first, the exchange failing after the records went whole, and
a laptop revoked between its records and its bookings."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import pytest

from app.cli import main
from app.db import Store
from app.identity import current_author
from app.services import stop_days
from sync import bookings as sync_bookings
from sync.booking_wire import BookingsRequest, WorkerBooking
from sync.client import RegisterClient, SyncError
from sync.laptop import sync_now, worth_syncing
from sync.server import auth, booking_sync
from sync.server.public import bookings
from tests import test_contact_sealing as sealing
from tests.booking_data import (
    at_register,
    bookable_day,
    free_at_register,
    mark,
    on_laptop,
    worker_books,
)
from tests.test_revoke_erase import raw_requests, revoke


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
@pytest.mark.parametrize("state", ["cancelled", "arrived", "no_show"])
def test_a_mark_of_a_booking_whose_answer_was_lost_still_reaches_the_register(
    register: Any, laptop: Store, monkeypatch: pytest.MonkeyPatch, state: str
) -> None:
    visits = bookable_day(register, laptop)
    booked = worker_books(laptop, visits.today, "10:30")
    real = RegisterClient.bookings

    def lost(self: RegisterClient, request: BookingsRequest) -> Any:
        real(self, request)  # the register books it and commits; its answer never reaches the laptop
        raise SyncError("no_network", "answer lost")

    monkeypatch.setattr(RegisterClient, "bookings", lost)
    assert sync_now(laptop).bookings_failed == "no_network"  # the records' sync is whole; the bookings wait
    monkeypatch.setattr(RegisterClient, "bookings", real)
    (held,) = at_register(register)
    assert held.uid == booked.id and held.cancelled_at is None

    mark(laptop, booked.id, state)
    assert worth_syncing(laptop)  # the register may hold it: the mark must go
    report = sync_now(laptop)
    assert report.bookings is not None and report.bookings.conflicts == []
    (held,) = at_register(register)
    if state == "cancelled":
        assert held.cancelled_at is not None and held.contact is None
        assert free_at_register(register, "10:30") == 1  # the place is free again
    else:
        assert held.outcome == state
    (line,) = on_laptop(laptop, visits.today)
    assert (line.state, line.waiting, line.conflict) == (state, False, None)
    assert sync_now(laptop).bookings.sent == 0


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_mark_of_a_booking_that_left_but_never_arrived_is_answered_unknown_and_let_go(
    register: Any, laptop: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    visits = bookable_day(register, laptop)
    booked = worker_books(laptop, visits.today, "10:30")

    def broken(self: RegisterClient, request: BookingsRequest) -> Any:
        raise SyncError("no_network", "never arrived")

    monkeypatch.setattr(RegisterClient, "bookings", broken)
    assert sync_now(laptop).bookings_failed == "no_network"  # the records' sync is whole; the bookings wait
    monkeypatch.undo()
    mark(laptop, booked.id, "cancelled")
    sync_now(laptop)
    assert at_register(register) == []  # no place held for a family who cancelled
    (line,) = on_laptop(laptop, visits.today)
    assert (line.state, line.waiting, line.conflict) == ("cancelled", False, None)
    assert sync_now(laptop).bookings.sent == 0


def retry_of(laptop: Store, visits: Any) -> tuple[auth.Caller, BookingsRequest]:
    with laptop.session() as session:
        device_id = current_author(session).device_id
    wanted = WorkerBooking(id=str(uuid.uuid4()), entry_id=visits.entry_id, slot="10:00", nickname="Ville",
                           contact="040 123 4567", language="fi")  # fmt: skip
    return auth.Caller("device", device_id, "perhelinja"), BookingsRequest(bookings=[wanted])


@pytest.mark.parametrize("register", ["sqlite", "postgresql"], indirect=True)
def test_the_same_booking_sent_twice_holds_one_place(register: Any, laptop: Store) -> None:
    visits = bookable_day(register, laptop, capacity=2)
    caller, request = retry_of(laptop, visits)
    for _ in range(2):
        with register.store.session() as session:
            (answer,) = booking_sync.exchange(session, caller=caller, request=request, today=visits.today).answers
        assert answer.status == "booked"
    assert [row.uid for row in at_register(register)] == [request.bookings[0].id]
    assert free_at_register(register, "10:00") == 1


@pytest.mark.parametrize("register", ["postgresql"], indirect=True)
def test_a_retry_overlapping_the_first_request_holds_one_place(
    register: Any, laptop: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The retry looked for the booking before the first request committed it, and counts after it did."""
    visits = bookable_day(register, laptop, capacity=2)
    caller, request = retry_of(laptop, visits)
    real = bookings.bookable
    first: list[str] = []

    def first_request_commits_meanwhile(*args: Any, **kwargs: Any) -> Any:
        if not first:
            first.append("running")

            def run() -> None:
                with register.store.session() as session:
                    (answer,) = booking_sync.exchange(session, caller=caller, request=request,
                                                      today=visits.today).answers  # fmt: skip
                first[0] = answer.status

            worker = threading.Thread(target=run)
            worker.start()
            worker.join(timeout=30)
            assert not worker.is_alive()
        return real(*args, **kwargs)

    monkeypatch.setattr(bookings, "bookable", first_request_commits_meanwhile)
    with register.store.session() as session:
        (answer,) = booking_sync.exchange(session, caller=caller, request=request, today=visits.today).answers
    assert (first[0], answer.status) == ("booked", "booked")
    assert [row.uid for row in at_register(register)] == [request.bookings[0].id]
    assert free_at_register(register, "10:00") == 1


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
def test_a_failed_booking_exchange_leaves_the_records_sync_whole_and_the_bookings_waiting(
    register: Any, laptop: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The records go, then the line drops before the bookings: the sync is reported done with the bookings
    waiting (before, the whole sync failed and the Sync page said so though the records were all at the register);
    the next sync takes the bookings."""
    visits = bookable_day(register, laptop)
    booked = worker_books(laptop, visits.today, "10:30")
    with laptop.session() as session:
        stop_days.open_stop_day(session=session, author=current_author(session), day=visits.today,
                                municipality_code="400", place="Laitilan tori")  # fmt: skip

    def dropped(_client: RegisterClient, _request: BookingsRequest) -> None:
        raise SyncError("no_network", "the connection dropped")

    monkeypatch.setattr(RegisterClient, "bookings", dropped)
    report = sync_now(laptop)
    assert report.pushed["created"] == 1 and report.receipt is not None and report.receipt.complete
    assert report.bookings is None and report.bookings_failed == "no_network"
    assert "bookings not exchanged (no_network)" in report.summary()
    with laptop.session() as session:
        assert sync_bookings.unsent_count(session) == 1  # still waiting for the register
    capsys.readouterr()
    assert main(["--data-dir", str(laptop.path.parent), "sync"]) == 1  # told, as a problem, not as a failure
    assert "sent 0" in capsys.readouterr().err

    monkeypatch.undo()
    report = sync_now(laptop)
    assert report.bookings_failed is None and report.bookings is not None and report.bookings.confirmed == 1
    assert [row.nickname for row in at_register(register)] == [booked.nickname]


@pytest.mark.parametrize("register", ["sqlite"], indirect=True)
@pytest.mark.parametrize("erase", [False, True])
def test_a_laptop_revoked_between_its_records_and_its_bookings_hears_it(
    register: Any, laptop: Store, monkeypatch: pytest.MonkeyPatch, erase: bool
) -> None:
    """Headquarters revokes the laptop (as lost, with an order to erase) while it syncs: the bookings' exchange is
    refused, and that is not a dropped line the next sync gets past. The sync fails with it, and an erase order is
    carried out as when the records' own sync meets it."""
    visits = bookable_day(register, laptop)
    worker_books(laptop, visits.today, "10:30")
    sealing.record(laptop)
    real, coordinator = sync_bookings.exchange, register.coordinator_token("Päivystäjä")

    def revoked_first(store: Store, client: RegisterClient) -> Any:
        revoke(register, coordinator, laptop, erase=erase)
        return real(store, client)

    monkeypatch.setattr(sync_bookings, "exchange", revoked_first)
    with pytest.raises(SyncError) as refused:
        sync_now(laptop)
    assert refused.value.code == ("erased" if erase else "revoked")
    assert (raw_requests(laptop)[0][0] is None) is erase  # the name emptied when ordered, kept when not
