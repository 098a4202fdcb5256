"""A year of the unit's work, recorded through the services the desktop program uses, whose true figures are those
of the first yearly review (2018): 70 days on the road, 11,000 km, 3 cancelled departures, 13 organisations (the
partner NGOs; Kela and City of Turku workers rode along too), 36 workers and 5 students, 140 people in the regional
networks, 52 events, 30 pop-up guidance clients, and encounters with 530 parents, 300 children and youth and 510
professionals.

Around them lie records that must not count: tombstones, encounters on a cancelled departure, and records just
outside the year in Finnish time (the first hour of 2019 in Helsinki is still 2018 in UTC).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.identity import Author
from app.models import NetworkMember
from app.services import records
from app.services.contact_requests import record_contact_request
from app.services.encounters import count_encounter
from app.services.stop_days import cancel_departure, close_stop_day, open_stop_day
from app.services.workers import add_worker

HELSINKI = ZoneInfo("Europe/Helsinki")
MUNICIPALITIES = ("400", "895", "322", "853")  # Laitila, Uusikaupunki, Kemiönsaari, Turku
ORGANISATIONS = (
    "turun-ensi-ja-turvakoti",
    "sateenkaari-koto",
    "mll-varsinais-suomi",
    "finfami-varsinais-suomi",
    "yhden-vanhemman-perheiden-liitto",
    "lounais-suomen-syli",
    "kota",
    "folkhalsan",
    "turun-tyttojen-talo",
    "auta-lasta",
    "turun-4h",
    "pelastakaa-lapset",
    "elvan",
)
OTHER_ORGANISATIONS = {34: "kela", 35: "turun-kaupunki"}  # not partners, yet their workers rode along
WORKERS, STUDENTS = 36, 5
# Headquarters' roster of the regional networks in 2018: (municipality, organisation, role, people), 140 in all.
NETWORK_ROSTER = (
    ("400", "Laitilan kaupunki", "perhetyö ja sosiaalityö", 14),
    ("400", "Laitilan kaupunki", "koulu ja varhaiskasvatus", 16),
    ("895", "Uudenkaupungin kaupunki", "perhetyö ja sosiaalityö", 15),
    ("895", "Uudenkaupungin seurakunta", "diakonia", 6),
    ("895", "Uudenkaupungin kaupunki", "koulu ja varhaiskasvatus", 14),
    ("322", "Kemiönsaaren kunta", "familjearbete och socialt arbete", 12),
    ("322", "Folkhälsan", "föreningar", 13),
    ("853", "Turun kaupunki", "perhetyö ja sosiaalityö", 22),
    ("853", "Järjestöt", "järjestötyö", 28),
)
THEMES = ("parenting", "coping", "adolescence", "divorce", "substances", "relatives", "eating", "violence")
EVENT_KINDS = {"themed_event": 20, "workshop": 12, "network_meeting": 10, "peer_group": 6, "tailored_package": 4}


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A Finnish wall-clock time as an aware UTC moment."""
    return datetime.combine(day, time(hour, minute), tzinfo=HELSINKI).astimezone(UTC)


@dataclass
class Truth:
    """What the year's reports must say, worked out while the records were written."""

    municipality_days: dict[str, int] = field(default_factory=dict)
    municipality_parents: dict[str, int] = field(default_factory=dict)
    referrals_by_organisation: dict[str, int] = field(default_factory=dict)
    event_participants: int = 0
    estimated_parents: int = 0
    estimated_youth: int = 0
    contact_requests: int = 0
    answered_in_time: int = 0
    guidance_by_client_type: dict[str, int] = field(default_factory=dict)
    professionals_in_work: int = 0


def write_year(session: Session, author: Author) -> Truth:
    truth = Truth()
    workers = [
        add_worker(
            session=session,
            author=author,
            display_name=f"Työntekijä {n + 1}",
            organisation_id=OTHER_ORGANISATIONS.get(n, ORGANISATIONS[n % len(ORGANISATIONS)]),
            pin="2468",
            pin_again="2468",
            is_student=n >= WORKERS,
        ).id
        for n in range(WORKERS + STUDENTS)
    ]
    _network_roster(session)
    days = _days(session, author, workers, truth)
    _encounters(session, author, days, truth)
    events = _events(session, author, truth)
    _estimated_encounters(session, author, events, truth)
    _guidance_and_referrals(session, author, days, workers, truth)
    _contact_requests(session, author, days, truth)
    _professional_work(session, author, days, truth)
    _what_must_not_count(session, author, days)
    return truth


def _network_roster(session: Session) -> None:
    """The roster as the register's reference data brings it; a 2017 line and a withdrawn one must not count."""
    for n, (municipality, organisation, role, people) in enumerate(NETWORK_ROSTER):
        session.add(NetworkMember(id=f"network-2018-{n}", year=2018, municipality_code=municipality,
                                  organisation=organisation, role=role, people=people, revision=1))  # fmt: skip
    session.add(NetworkMember(id="network-2017", year=2017, municipality_code="400", organisation="Laitilan kaupunki",
                              role="perhetyö", people=9, revision=1))  # fmt: skip
    session.add(NetworkMember(id="network-withdrawn", year=2018, municipality_code="853", organisation="Kaksoiskappale",
                              role="perhetyö", people=22, active=False, revision=1))  # fmt: skip
    session.flush()


def _days(session: Session, author: Author, workers: list[str], truth: Truth) -> list[tuple[str, date, str]]:
    days: list[tuple[str, date, str]] = []
    first = date(2018, 1, 8)
    for n in range(70):
        day = date(2018, 12, 31) if n == 69 else first + timedelta(days=5 * n)
        municipality = MUNICIPALITIES[n % len(MUNICIPALITIES)]
        opened = open_stop_day(
            session=session,
            author=author,
            day=day,
            municipality_code=municipality,
            place="Tori",
            worker_ids=[workers[(2 * n) % len(workers)], workers[(2 * n + 1) % len(workers)]],
            odometer_start=10_000 + 200 * n,
            now=at(day, 9),
        )
        km = 167 if n == 0 else 157  # 11,000 in all
        close_stop_day(session=session, author=author, id=opened.id, km=km, now=at(day, 23, 45))
        days.append((opened.id, day, municipality))
        truth.municipality_days[municipality] = truth.municipality_days.get(municipality, 0) + 1
    for n, reason in enumerate(("vehicle", "weather")):
        cancel_departure(
            session=session,
            author=author,
            day=date(2018, 3, 1 + n),
            municipality_code="400",
            place="Tori",
            reason=reason,
            now=at(date(2018, 3, 1 + n), 8),
        )
    return days


def _encounters(session: Session, author: Author, days: list[tuple[str, date, str]], truth: Truth) -> None:
    clicks = [("parent", 500), ("child", 180), ("youth", 100), ("professional", 510)]
    n = 0
    for group, total in clicks:
        for _ in range(total):
            day_id, day, municipality = days[n % len(days)]
            # The last day's last click is at 23:30 on New Year's Eve in Helsinki: still 2018.
            moment = at(day, 23, 30) if day == date(2018, 12, 31) else at(day, 10 + n % 6, n % 60)
            count_encounter(
                session=session,
                author=author,
                group=group,
                stop_day_id=day_id,
                theme_key=THEMES[n % len(THEMES)] if n % 3 == 0 else None,
                now=moment,
            )
            if group == "parent":
                truth.municipality_parents[municipality] = truth.municipality_parents.get(municipality, 0) + 1
            n += 1


def _events(session: Session, author: Author, truth: Truth) -> list[tuple[str, str]]:
    made: list[tuple[str, str]] = []
    n = 0
    for kind, how_many in EVENT_KINDS.items():
        for _ in range(how_many):
            day = date(2018, 1, 15) + timedelta(days=6 * n)
            municipality = MUNICIPALITIES[n % len(MUNICIPALITIES)]
            data: dict[str, Any] = {
                "kind": kind,
                "title": f"Tilaisuus {n + 1}",
                "starts_at": at(day, 18),
                "municipality_code": municipality,
                "themes": [THEMES[n % len(THEMES)], THEMES[(n + 3) % len(THEMES)]],
                "organisation_ids": [ORGANISATIONS[n % len(ORGANISATIONS)]],
                "service_package": 2 if kind == "themed_event" else 4,
                "participants_parents": 6 + n % 5,
                "participants_children": n % 4,
                "participants_youth": 2 * (n % 3),
                "participants_professionals": 3,
                "participants_estimated": n % 10 == 0,
            }
            event = records.create(session=session, author=author, type="event", data=data, now=at(day, 20))
            truth.event_participants += sum(
                v for k, v in data.items() if k.startswith("participants_") and k != "participants_estimated"
            )
            made.append((event.id, municipality))
            n += 1
    return made


def _estimated_encounters(session: Session, author: Author, events: list[tuple[str, str]], truth: Truth) -> None:
    """Crowds at two events counted as estimates: 30 parents and 20 youth."""
    for (event_id, municipality), group, count in ((events[0], "parent", 30), (events[1], "youth", 20)):
        count_encounter(
            session=session,
            author=author,
            group=group,
            event_id=event_id,
            count=count,
            estimated=True,
            now=at(date(2018, 1, 15), 19),
        )
        if group == "parent":
            truth.estimated_parents += count
            truth.municipality_parents[municipality] = truth.municipality_parents.get(municipality, 0) + count
        else:
            truth.estimated_youth += count


def _guidance_and_referrals(
    session: Session, author: Author, days: list[tuple[str, date, str]], workers: list[str], truth: Truth
) -> None:
    client_types = ("parent", "family", "youth", "professional", "parent", "other_adult")
    # Referral counts per organisation include small ones (1 to 4) that an export must hide.
    referral_targets = ["turun-ensi-ja-turvakoti"] * 7 + ["mll-varsinais-suomi"] * 6 + ["kota"] * 3 + ["elvan"]
    for n in range(30):
        day_id, day, _ = days[2 * n]
        client_type = client_types[n % len(client_types)]
        session_record = records.create(
            session=session,
            author=author,
            type="guidance",
            now=at(day, 13),
            data={
                "occurred_at": at(day, 13),
                "stop_day_id": day_id,
                "worker_id": workers[(4 * n) % 36],
                "client_type": client_type,
                "age_band": "30-64",
                "language": "fi",
                "arrival": "self",
                "channel": "face_to_face",
                "themes": [THEMES[n % len(THEMES)]],
                "service_package": 1,
                "duration_min": 20,
                "outcome": "referral" if n < len(referral_targets) else "advice",
            },
        )
        truth.guidance_by_client_type[client_type] = truth.guidance_by_client_type.get(client_type, 0) + 1
        if n < len(referral_targets):
            organisation = referral_targets[n]
            records.create(
                session=session,
                author=author,
                type="referral",
                now=at(day, 13, 30),
                data={
                    "referred_at": at(day, 13, 30),
                    "session_id": session_record.id,
                    "stop_day_id": day_id,
                    "organisation_id": organisation,
                    "theme_key": THEMES[n % len(THEMES)],
                    "handout_language": "fi",
                },
            )
            truth.referrals_by_organisation[organisation] = truth.referrals_by_organisation.get(organisation, 0) + 1


def _contact_requests(session: Session, author: Author, days: list[tuple[str, date, str]], truth: Truth) -> None:
    # Received on Maundy Thursday 2018 (29 March): due three working days on, Good Friday and Easter Monday skipped.
    days_until_called_back = [1, 3, 3, 5, 12, None]  # None: not called back yet
    for n, call_after in enumerate(days_until_called_back):
        received = at(date(2018, 3, 29), 12, n)
        request = record_contact_request(
            session=session,
            author=author,
            now=received,
            data={
                "stop_day_id": days[12][0],
                "consent": True,
                "consent_text_version": "2018-1",
                "name": f"Vanhempi {n}",
                "phone": "040 123 4567",
                "organisation_id": "turun-ensi-ja-turvakoti",
                "theme_key": "divorce",
            },
        )
        truth.contact_requests += 1
        if call_after is None:
            continue
        called = received + timedelta(days=call_after)
        records.update(
            session=session,
            author=author,
            type="contact_request",
            id=request.id,
            changes={"status": "contacted", "contacted_at": called},
            now=called,
        )
        # Due Thursday 5 April: Good Friday and Easter Monday are holidays.
        if called.astimezone(HELSINKI).date() <= date(2018, 4, 5):
            truth.answered_in_time += 1


def _professional_work(session: Session, author: Author, days: list[tuple[str, date, str]], truth: Truth) -> None:
    for n in range(8):
        day_id, day, _ = days[5 * n]
        records.create(
            session=session,
            author=author,
            type="professional_work",
            now=at(day, 15),
            data={
                "kind": "consultation" if n % 2 else "pair_work",
                "occurred_at": at(day, 15),
                "sector": "school",
                "stop_day_id": day_id,
                "organisation_id": ORGANISATIONS[n],
                "themes": ["coping"],
                "professionals": 1 + n % 2,
            },
        )
        truth.professionals_in_work += 1 + n % 2


def _what_must_not_count(session: Session, author: Author, days: list[tuple[str, date, str]]) -> None:
    # Clicks undone, a guidance session and an event deleted, a stop day opened by mistake and deleted.
    day_id, day, _ = days[3]
    for _ in range(5):
        click = count_encounter(session=session, author=author, group="parent", stop_day_id=day_id, now=at(day, 11))
        records.delete(session=session, author=author, type="encounter", id=click.id, now=at(day, 11))
    mistaken = open_stop_day(
        session=session, author=author, day=day, municipality_code="853", place="Väärä", now=at(day, 8)
    )
    records.delete(session=session, author=author, type="stop_day", id=mistaken.id, now=at(day, 8, 5))
    event = records.create(
        session=session,
        author=author,
        type="event",
        now=at(day, 18),
        data={"kind": "workshop", "title": "Peruttu", "starts_at": at(day, 18), "municipality_code": "400",
              "participants_parents": 40},
    )  # fmt: skip
    records.delete(session=session, author=author, type="event", id=event.id, now=at(day, 19))
    # The third cancelled departure: the bus did not leave, yet someone counted on it first.
    cancelled = cancel_departure(
        session=session,
        author=author,
        day=date(2018, 6, 21),
        municipality_code="322",
        place="Satama",
        reason="staff",
        now=at(date(2018, 6, 21), 7),
    )
    for group in ("parent", "child", "professional"):
        count_encounter(
            session=session, author=author, group=group, stop_day_id=cancelled.id, now=at(date(2018, 6, 21), 9)
        )
    # Just outside 2018 in Finnish time: New Year's Eve 2017 at 23:30 and New Year's Day 2019 at 00:30.
    for moment in (at(date(2017, 12, 31), 23, 30), at(date(2019, 1, 1), 0, 30)):
        outside = records.create(
            session=session,
            author=author,
            type="event",
            now=moment,
            data={"kind": "themed_event", "title": "Uusi vuosi", "starts_at": moment, "municipality_code": "853",
                  "participants_parents": 9},
        )  # fmt: skip
        count_encounter(session=session, author=author, group="parent", event_id=outside.id, now=moment)
