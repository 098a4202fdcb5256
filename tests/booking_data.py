"""Reception bookings as the laptop tests set them up: a unit's stop with a bookable visit on a live register,
pulled by the laptop, and a family booking a time on the public side."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from app.db import Store
from app.identity import current_author
from app.services import bookings as laptop_bookings
from app.services.bookings import BookingLine
from sync.laptop import sync_now
from sync.server.models import Booking
from sync.server.public import bookings
from sync.server.public.timetable import finnish_today
from tests.register import Register, call
from tests.timetable_data import CONTACT, entry, put

NICKNAME = "Maija"
PHONE = "040 765 4321"


@dataclass(frozen=True)
class Visits:
    today: date
    entry_id: str = "laitila-today"


def bookable_day(register: Register, laptop: Store, *, capacity: int = 1) -> Visits:
    """Today's visit to Laitila 10-12 in 30-minute slots of ``capacity`` families each; the laptop has synced."""
    today = finnish_today()
    token = register.coordinator_token()
    put(register, token, "units", [{"id": "perhelinja", "name": "Perhelinja"} | CONTACT])
    put(register, token, "stops", [{"id": "laitila-tori", "unit_id": "perhelinja", "municipality_code": "400",
                                    "name": "Laitilan tori", "address": "Keskuskatu 1, 23800 Laitila"}])  # fmt: skip
    put(register, token, "schedule_entries", [entry("laitila-today", "laitila-tori", today, "10:00", "12:00")])
    answer = call(register, "PUT", "/reception/laitila-today", token, json={"minutes": 30, "capacity": capacity})
    assert answer.status_code == 200, answer.text
    sync_now(laptop)
    return Visits(today)


def family_books(register: Register, slot: str = "10:00", *, nickname: str = NICKNAME, language: str = "sv",
                 theme: str | None = "coping", client: str = "198.51.100.7") -> str:  # fmt: skip
    """A family books ``slot`` of today's visit on the public page; its booking code."""
    with register.store.session() as session:
        return bookings.book(
            session, entry_id="laitila-today", slot=slot, today=finnish_today(), client=client,
            nickname=nickname, contact="+358407654321", language=language, theme_key=theme,
        )  # fmt: skip


def at_register(register: Register) -> list[Booking]:
    with register.store.snapshot() as session:
        return list(session.scalars(select(Booking).order_by(Booking.id)))


def on_laptop(laptop: Store, day: date) -> list[BookingLine]:
    with laptop.session() as session:
        return laptop_bookings.day_bookings(session=session, unit_id=current_author(session).unit_id, day=day)


def worker_books(laptop: Store, day: date, slot: str = "10:00", **over: str | None) -> BookingLine:
    """A worker books ``slot`` of today's visit for a family on the laptop."""
    fields: dict[str, str | None] = {"nickname": "Ville", "contact": "ville@example.org", "language": "fi",
                                     "theme_key": None} | over  # fmt: skip
    with laptop.session() as session:
        return laptop_bookings.book(
            session=session, author=current_author(session), entry_id="laitila-today", slot=slot, today=day,
            nickname=fields["nickname"] or "", contact=fields["contact"] or "", language=fields["language"],
            theme_key=fields["theme_key"],
        )  # fmt: skip


def mark(laptop: Store, booking_id: str, state: str) -> None:
    """A worker marks a booking on the laptop (arrived, no-show, cancelled)."""
    with laptop.session() as session:
        laptop_bookings.mark(session=session, unit_id=current_author(session).unit_id, id=booking_id, state=state)


def free_at_register(register: Register, slot: str) -> int:
    """Places still free at ``slot`` of today's visit, as the register counts them."""
    with register.store.snapshot() as session:
        visit = bookings.bookable(session, "laitila-today", finnish_today())
    assert visit is not None
    return next(o.free for o in visit.openings if o.slot == slot)
