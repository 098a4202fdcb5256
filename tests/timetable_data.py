"""A season on a live register, set up the way it happens: headquarters writes the stops, the schedule and the
bus's contact details through the reference API; a laptop pulls them, records its stop days and syncs them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from app.db import Store
from app.identity import current_author
from app.services import records
from sync.laptop import sync_now
from sync.server.public.timetable import finnish_today
from tests.register import Register, call

# Free text a laptop writes on a stop day: it must never reach a public page or feed.
PRIVATE_PLACE = "Takapiha Virtasen luona"
PRIVATE_NOTE = "Moottorivika, korjaamo katsoo huomenna"
CONTACT = {"phone": "+358 40 123 4567", "email": "perhelinja@example.org", "website": "https://www.perhelinja.fi"}


@dataclass(frozen=True)
class Season:
    today: date

    def day(self, offset: int) -> date:
        return self.today + timedelta(days=offset)


def put(register: Register, token: str, table: str, rows: list[dict[str, Any]]) -> None:
    answers = call(register, "PUT", f"/reference/{table}", token, json={"rows": rows}).json()
    assert all(answer["status"] in ("created", "updated") for answer in answers), answers


def publish_season(register: Register, laptop: Store) -> Season:
    """Three municipalities' stops and visits; today's visits opened (Laitila) and cancelled (Kemiönsaari) by
    the laptop and synced."""
    today = finnish_today()
    season = Season(today)
    token = register.coordinator_token()
    put(register, token, "units", [
        {"id": "perhelinja", "name": "Perhelinja"} | CONTACT,
        {"id": "vanha-bussi", "name": "Vanha bussi", "active": False},  # a bus taken off: none of its visits shows
    ])  # fmt: skip
    put(register, token, "stops", [
        {"id": "laitila-tori", "unit_id": "perhelinja", "municipality_code": "400", "name": "Laitilan tori",
         "address": "Keskuskatu 1, 23800 Laitila"},
        {"id": "kimito-torget", "unit_id": "perhelinja", "municipality_code": "322", "name": "Kimito torget",
         "address": "Engelsbyvägen 8, 25700 Kimito"},
        {"id": "uki-kirjasto", "unit_id": "perhelinja", "municipality_code": "895", "name": "Uudenkaupungin kirjasto",
         "address": None},
        {"id": "turku-tori", "unit_id": "vanha-bussi", "municipality_code": "853", "name": "Turun kauppatori"},
    ])  # fmt: skip
    put(register, token, "schedule_entries", [
        entry("laitila-past", "laitila-tori", season.day(-3), "10:00", "14:00"),
        entry("laitila-today", "laitila-tori", today, "10:00", "14:00"),
        entry("laitila-next", "laitila-tori", season.day(7), "10:00", "14:00",
              organisation_ids=["mll-varsinais-suomi", "folkhalsan"]),
        entry("laitila-off", "laitila-tori", season.day(14), "10:00", "14:00", cancelled=True),
        entry("laitila-retired", "laitila-tori", season.day(21), "10:00", "14:00", active=False),
        entry("kimito-today", "kimito-torget", today, "15:30", "18:00"),
        entry("kimito-next", "kimito-torget", season.day(3), "15:30", "18:00"),
        entry("uki-day", "uki-kirjasto", season.day(2), None, None),
        entry("turku-day", "turku-tori", season.day(1), "09:00", "12:00", unit_id="vanha-bussi"),
    ])  # fmt: skip
    sync_now(laptop)  # the laptop pulls the stops and the schedule
    with laptop.session() as session:
        author = current_author(session)
        now = datetime.now(UTC)
        records.create(session=session, author=author, type="stop_day", data={
            "day": today, "status": "open", "municipality_code": "400", "stop_id": "laitila-tori",
            "place": PRIVATE_PLACE, "opened_at": now, "odometer_start": 1000})  # fmt: skip
        records.create(session=session, author=author, type="stop_day", data={
            "day": today, "status": "cancelled", "municipality_code": "322", "stop_id": "kimito-torget",
            "place": PRIVATE_PLACE, "cancel_reason": "vehicle", "cancel_note": PRIVATE_NOTE})  # fmt: skip
    report = sync_now(laptop)
    assert report.pushed["created"] == 2, report.summary()
    return season


def entry(entry_id: str, stop: str, day: date, starts: str | None, ends: str | None, **over: Any) -> dict[str, Any]:
    return {"id": entry_id, "unit_id": "perhelinja", "stop_id": stop, "day": day.isoformat(),
            "starts_at": starts, "ends_at": ends} | over  # fmt: skip
