"""Reception bookings on a live register (SQLite and PostgreSQL): headquarters opens slots on a visit, a family
books one from the public page and cancels it by its code; the limits a public form needs (a slot's capacity
under concurrent posts, bookings per address, cross-site posts, nothing said about a code) and the purge."""

from __future__ import annotations

import re
import statistics
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta

import pytest
import requests
from sqlalchemy import select, text

from sync.server.cli import main as register_main
from sync.server.models import Booking, ReceptionSlots
from sync.server.public import bookings
from sync.server.public.timetable import finnish_today
from sync.server.purge import purge
from tests.register import Register, call
from tests.timetable_data import CONTACT, Season, entry, put

NICKNAME = "Maija"
PHONE = "040 765 4321"
CODE = re.compile(r'id="booking-code">([A-Z0-9-]+)<')
TOKEN = re.compile(r'name="form_token" value="([^"]+)"')


@pytest.fixture
def season(register: Register) -> Season:
    """One stop with a visit today and one next week, bookable 10-12 in 30-minute slots, one family each."""
    today = finnish_today()
    season = Season(today)
    token = register.coordinator_token()
    put(register, token, "units", [{"id": "perhelinja", "name": "Perhelinja"} | CONTACT])
    put(register, token, "stops", [{"id": "laitila-tori", "unit_id": "perhelinja", "municipality_code": "400",
                                    "name": "Laitilan tori", "address": "Keskuskatu 1, 23800 Laitila"}])  # fmt: skip
    put(register, token, "schedule_entries", [
        entry("laitila-today", "laitila-tori", today, "10:00", "12:00"),
        entry("laitila-next", "laitila-tori", season.day(7), "10:00", "12:00"),
        entry("laitila-plain", "laitila-tori", season.day(14), "10:00", "12:00"),
    ])  # fmt: skip
    for visit in ("laitila-today", "laitila-next"):
        answer = call(register, "PUT", f"/reception/{visit}", token, json={"minutes": 30, "capacity": 1})
        assert answer.status_code == 200, answer.text
    return season


@dataclass
class Family:
    """A browser: keeps the form cookie the booking page sets."""

    register: Register
    web: requests.Session

    def get(self, path: str) -> requests.Response:
        return self.web.get(self.register.url + path, timeout=10)

    def post(self, path: str, form: dict[str, str], **headers: str) -> requests.Response:
        return self.web.post(self.register.url + path, data=form, headers=headers, timeout=10)

    def book(
        self, visit: str = "laitila-next", slot: str = "10:00", lang: str = "en", **over: str
    ) -> requests.Response:
        path = f"/timetable/{lang}/booking/{visit}"
        form = {"form_token": token_of(self.get(path)), "slot": slot, "nickname": NICKNAME, "contact": PHONE,
                "language": "fi", "theme": "", "consent": "yes"} | over  # fmt: skip
        return self.post(path, form)

    def cancel(self, code: str, lang: str = "en") -> requests.Response:
        path = f"/timetable/{lang}/booking/cancel"
        return self.post(path, {"form_token": token_of(self.get(path)), "code": code})


def token_of(answer: requests.Response) -> str:
    assert answer.status_code == 200, answer.text
    found = TOKEN.search(answer.text)
    assert found, answer.text
    return found.group(1)


def family(register: Register) -> Family:
    return Family(register, requests.Session())


def code_of(answer: requests.Response) -> str:
    assert answer.status_code == 200, answer.text
    found = CODE.search(answer.text)
    assert found, answer.text
    return found.group(1)


def booked(register: Register) -> list[Booking]:
    with register.store.snapshot() as session:
        return list(session.scalars(select(Booking).order_by(Booking.id)))


def test_a_family_books_a_free_time_and_no_page_shows_who(register: Register, season: Season) -> None:
    timetable = requests.get(register.url + "/timetable/en", timeout=10).text
    assert timetable.count("Book a time") == 2  # the two visits with slots; the plain one has none
    assert "/timetable/en/booking/laitila-next" in timetable

    visitor = family(register)
    page = visitor.get("/timetable/en/booking/laitila-next")
    assert page.headers["cache-control"] == "no-store"
    assert "form-action 'self'" in page.headers["content-security-policy"]
    assert "samesite=strict" in page.headers["set-cookie"].lower()
    assert page.text.count('type="radio"') == 4  # 10-12 in four 30-minute slots

    answer = visitor.book(contact="+358 40 765 4321", theme="")
    code = code_of(answer)
    assert re.fullmatch(r"[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", code)
    assert "10:00–10:30" in answer.text and NICKNAME not in answer.text and "765" not in answer.text

    (row,) = booked(register)
    assert (row.nickname, row.contact, row.language, row.slot) == (NICKNAME, "+358407654321", "fi", "10:00")
    with register.store.snapshot() as session:  # sealed at rest: the columns hold neither the name nor the number
        raw = session.execute(text("SELECT nickname, contact, code_hash FROM bookings")).one()
    assert NICKNAME not in raw[0] and "765" not in raw[1] and code not in raw[2]

    after = family(register).get("/timetable/en/booking/laitila-next").text
    assert after.count('type="radio"') == 3 and "(full)" in after
    assert NICKNAME not in after and "765" not in after


def test_the_form_says_what_is_wrong_beside_each_field(register: Register, season: Season) -> None:
    answer = family(register).book(lang="sv", nickname=" ", contact="123", consent="", slot="09:00")
    assert answer.status_code == 422
    for words in ("Välj en tid.", "Skriv ett förnamn", "finländskt telefonnummer", "ditt samtycke"):
        assert words in answer.text
    assert 'aria-invalid="true"' in answer.text and booked(register) == []
    assert family(register).book(contact="perhe@example.org").status_code == 200


def test_a_full_slot_is_refused(register: Register, season: Season) -> None:
    code_of(family(register).book())
    answer = family(register).book()
    assert answer.status_code == 409
    assert "This time has just filled up" in answer.text
    assert len(booked(register)) == 1


def test_concurrent_bookings_never_overfill_a_slot(
    register: Register, season: Season, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bookings, "BOOKINGS_PER_ADDRESS", 100)
    token = register.coordinator_token("Toinen")
    assert call(register, "PUT", "/reception/laitila-next", token, json={"minutes": 30, "capacity": 2}).ok
    families = [family(register) for _ in range(8)]
    forms = [f.get("/timetable/en/booking/laitila-next") for f in families]  # each has its cookie and token first
    assert all(form.ok for form in forms)
    with ThreadPoolExecutor(8) as pool:
        answers = list(pool.map(lambda f: f.book(), families))
    statuses = sorted(answer.status_code for answer in answers)
    assert statuses.count(200) == 2, statuses
    assert set(statuses) <= {200, 409, 503}, statuses
    assert len([b for b in booked(register) if b.slot == "10:00"]) == 2


def test_cancelling_by_code_frees_the_slot_and_a_wrong_code_gets_the_same_page(
    register: Register, season: Season, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bookings, "CANCELS_PER_ADDRESS", 100)
    monkeypatch.setattr(bookings, "BOOKINGS_PER_ADDRESS", 100)
    first = code_of(family(register).book())
    someone = family(register)
    wrong = someone.cancel("ABCD-EFGH-JKLM")
    assert len([b for b in booked(register) if b.cancelled_at is None]) == 1
    right = someone.cancel(first.lower().replace("-", " "))  # as typed from a note
    assert wrong.status_code == right.status_code == 200
    assert TOKEN.sub("", wrong.text) == TOKEN.sub("", right.text)
    (row,) = booked(register)
    assert row.cancelled_at is not None and row.nickname is None and row.contact is None
    assert code_of(family(register).book())  # the slot is free again

    # Timing: a wrong code costs what a right one does (the same single statement).
    times: dict[str, list[float]] = {"wrong": [], "right": []}
    for _ in range(6):
        codes = {"wrong": "ZZZZ-ZZZZ-ZZZZ", "right": code_of(family(register).book(visit="laitila-today"))}
        for kind, code in codes.items():
            path = "/timetable/en/booking/cancel"
            form = {"form_token": token_of(someone.get(path)), "code": code}
            started = time.perf_counter()
            assert someone.post(path, form).status_code == 200
            times[kind].append(time.perf_counter() - started)
    wrong_ms, right_ms = (statistics.median(times[kind]) * 1000 for kind in ("wrong", "right"))
    print(f"cancel median: wrong code {wrong_ms:.1f} ms, right code {right_ms:.1f} ms")
    assert wrong_ms < 3 * right_ms and right_ms < 3 * wrong_ms


def test_bookings_and_cancellations_per_address_are_limited(register: Register, season: Season) -> None:
    visitor = family(register)
    for slot in ("10:00", "10:30", "11:00"):
        code_of(visitor.book(slot=slot))
    answer = family(register).book(slot="11:30")  # another browser, the same address
    assert answer.status_code == 429 and "Too many bookings" in answer.text
    assert len(booked(register)) == 3
    for _ in range(bookings.CANCELS_PER_ADDRESS):
        assert visitor.cancel("ABCD-EFGH-JKLM").status_code == 200
    assert visitor.cancel("ABCD-EFGH-JKLM").status_code == 429


def test_a_cross_site_post_is_refused(register: Register, season: Season) -> None:
    visitor = family(register)
    path = "/timetable/en/booking/laitila-next"
    form = {"form_token": token_of(visitor.get(path)), "slot": "10:00", "nickname": NICKNAME, "contact": PHONE,
            "language": "fi", "consent": "yes"}  # fmt: skip
    evil = visitor.post(path, form, Origin="https://evil.example")
    assert evil.status_code == 403 and "The form has expired" in evil.text
    stranger = family(register).post(path, form)  # the token without its cookie, as another site's form sends it
    assert stranger.status_code == 403
    forged = visitor.post(path, form | {"form_token": "x" * 32})
    assert forged.status_code == 403
    assert booked(register) == []
    assert visitor.post(path, form, Origin=register.url).status_code == 200


def test_purge_empties_the_contact_the_day_after_the_visit(register: Register, season: Season) -> None:
    code_of(family(register).book(visit="laitila-today"))
    code_of(family(register).book(visit="laitila-next"))
    purge(register.store, 30)  # default: the day after, so today's visit keeps its contact until tomorrow
    assert [b.nickname for b in booked(register)] == [NICKNAME, NICKNAME]
    purge(register.store, 30, booking_days=0)  # 0 too: never on the visit's own day, the workers may still call
    assert [b.nickname for b in booked(register)] == [NICKNAME, NICKNAME]
    with register.store.session() as session:
        assert bookings.empty_past(session, today=finnish_today() + timedelta(days=1), after_days=0) == 1
    today, later = booked(register)
    assert (today.nickname, today.contact, today.emptied_at is not None) == (None, None, True)
    assert later.nickname == NICKNAME
    with register.store.snapshot() as session:
        assert session.execute(text("SELECT count(*) FROM bookings WHERE contact IS NULL")).scalar() == 1


def test_slots_set_by_command_and_refused_where_they_cannot_be(register: Register, season: Season) -> None:
    database = ["--database", register.database]
    assert register_main([*database, "reception", "laitila-plain", "--minutes", "20", "--capacity", "3"]) == 0
    with register.store.snapshot() as session:
        row = session.get(ReceptionSlots, "laitila-plain")
        assert row is not None and (row.minutes, row.capacity) == (20, 3)
    assert register_main([*database, "reception", "no-such-visit", "--minutes", "20", "--capacity", "3"]) == 1
    assert register_main([*database, "reception", "laitila-plain", "--minutes", "20", "--capacity", "0"]) == 0
    assert (
        call(register, "PUT", "/reception/laitila-next", None, json={"minutes": 30, "capacity": 1}).status_code == 401
    )
    assert family(register).get("/timetable/en/booking/laitila-plain").status_code == 404
