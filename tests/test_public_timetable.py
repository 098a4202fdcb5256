"""The public timetable on a live register: the season by municipality and stop with each visit's state as
headquarters and the laptops left it, in three languages, the iCalendar and JSON feeds, and the security headers;
nothing identifying ever on them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser

import icalendar
import pytest
import requests
from sqlalchemy import select

from app.db import Store
from app.identity import current_author
from app.models import StopDay
from app.services import records
from app.workdays import FINNISH_TIME
from sync.laptop import sync_now
from sync.protocol import API_PREFIX
from sync.server.public.ical import escape, fold
from sync.server.public.routes import CONTENT_SECURITY_POLICY
from sync.server.public.texts import format_day
from sync.server.public.timetable import finnish_today
from tests.register import Register
from tests.timetable_data import CONTACT, PRIVATE_NOTE, PRIVATE_PLACE, Season, publish_season, put

SQLITE = pytest.mark.parametrize("register", ["sqlite"], indirect=True)


class Page(HTMLParser):
    """What a reader of the page meets: headings in order, each table's caption and rows, links, landmarks."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.lang = ""
        self.headings: list[tuple[int, str]] = []
        self.tables: dict[str, list[list[str]]] = {}
        self.links: dict[str, str] = {}
        self.landmarks: list[str] = []
        self._text: list[str] | None = None
        self._caption = ""
        self._row: list[str] | None = None
        self._href = ""
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "html":
            self.lang = attributes.get("lang") or ""
        if tag in ("main", "nav", "header", "footer"):
            self.landmarks.append(tag)
        if tag in ("h1", "h2", "h3", "h4", "caption", "th", "td", "a"):
            self._text = []
        if tag == "a":
            self._href = attributes.get("href") or ""
        if tag == "tr":
            self._row = []

    def handle_data(self, data: str) -> None:
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        text = " ".join("".join(self._text or []).split())
        if tag in ("h1", "h2", "h3", "h4"):
            self.headings.append((int(tag[1]), text))
        elif tag == "caption":
            self._caption = text
            self.tables[text] = []
        elif tag in ("th", "td") and self._row is not None:
            self._row.append(text)
        elif tag == "tr" and self._row is not None:
            if self._row and self._caption:
                self.tables[self._caption].append(self._row)
            self._row = None
        elif tag == "a":
            self.links[text] = self._href
        if tag in ("h1", "h2", "h3", "h4", "caption", "th", "td", "a"):
            self._text = [] if tag in ("th", "td") and self._row is not None else None


def get(register: Register, path: str) -> requests.Response:
    """As a browser asks: no protocol header, no token."""
    return requests.get(register.url + path, timeout=10)


def page(register: Register, path: str) -> Page:
    answer = get(register, path)
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("text/html")
    return Page(answer.text)


@pytest.fixture
def season(register: Register, laptop: Store) -> Season:
    return publish_season(register, laptop)


def test_the_timetable_lists_the_season_by_municipality_and_stop_with_each_visits_state(
    register: Register, season: Season
) -> None:
    answer = get(register, "/timetable")
    shown = Page(answer.text)
    assert shown.lang == "fi"
    assert shown.headings[:7] == [
        (1, "Aikataulu"),
        (2, "Kemiönsaari"), (3, "Kimito torget"),
        (2, "Laitila"), (3, "Laitilan tori"),
        (2, "Uusikaupunki"), (3, "Uudenkaupungin kirjasto"),
    ]  # fmt: skip
    assert {"header", "nav", "main", "footer"} <= set(shown.landmarks)
    assert "Turku" not in answer.text and "Turun kauppatori" not in answer.text  # only a retired bus goes there
    assert shown.tables["Pysäkkipäivät: Laitilan tori"] == [
        ["Päivä", "Aika", "Tila", "Järjestöt"],
        [format_day(season.today, "fi"), "10.00–14.00", "Bussi on paikalla tänään", ""],
        [
            format_day(season.day(7), "fi"),
            "10.00–14.00",
            "Suunniteltu",
            "MLL Varsinais-Suomen piiri ry, Folkhälsanin liitto ry",
        ],
        [format_day(season.day(14), "fi"), "10.00–14.00", "Peruttu etukäteen", ""],
    ]  # fmt: skip  (the past visit and the retired one are not listed)
    assert shown.tables["Pysäkkipäivät: Kimito torget"] == [
        ["Päivä", "Aika", "Tila"],  # no organisations published for this stop: no column for them
        [format_day(season.today, "fi"), "15.30–18.00", "Peruttu tänään"],
        [format_day(season.day(3), "fi"), "15.30–18.00", "Suunniteltu"],
    ]
    assert shown.tables["Pysäkkipäivät: Uudenkaupungin kirjasto"][1][1] == "koko päivän"
    assert "Keskuskatu 1, 23800 Laitila" in answer.text
    assert shown.links[CONTACT["phone"]] == "tel:+358401234567"
    assert shown.links[CONTACT["website"]] == CONTACT["website"]
    for private in (PRIVATE_PLACE, PRIVATE_NOTE, "Bussi 1", "odometer", "1000"):
        assert private not in answer.text


def test_a_held_day_and_a_visit_cancelled_after_publishing_change_state_at_the_next_look(
    register: Register, season: Season, laptop: Store
) -> None:
    sequence_before = sequences(register)
    put(register, register.coordinator_token("Toinen"), "schedule_entries", [{"id": "kimito-next", "cancelled": True}])
    with laptop.session() as session:
        author = current_author(session)
        day = session.scalars(select(StopDay).where(StopDay.stop_id == "laitila-tori")).one()
        changes = {"status": "held", "closed_at": datetime.now(UTC), "odometer_end": 1042}
        records.update(session=session, author=author, type="stop_day", id=day.id, changes=changes)
        # Today's cancellation at Kimito was recorded by mistake and deleted: the visit is planned again.
        mistaken = session.scalars(select(StopDay).where(StopDay.stop_id == "kimito-torget")).one()
        records.delete(session=session, author=author, type="stop_day", id=mistaken.id)
    sync_now(laptop)
    shown = page(register, "/timetable/en")
    assert shown.tables["Stop days: Laitilan tori"][1][2] == "Held"
    assert [row[2] for row in shown.tables["Stop days: Kimito torget"][1:]] == ["Planned", "Cancelled in advance"]
    sequence_after = sequences(register)
    assert {uid for uid in sequence_after if sequence_after[uid] > sequence_before[uid]} == {
        "laitila-today@pysakki-register",
        "kimito-today@pysakki-register",
        "kimito-next@pysakki-register",
    }  # each changed event tells calendars it is newer, the one whose stop day was deleted too


def sequences(register: Register) -> dict[str, int]:
    calendar = icalendar.Calendar.from_ical(get(register, "/timetable/calendar.ics").content)
    return {str(event["UID"]): int(event["SEQUENCE"]) for event in calendar.walk("VEVENT")}


@SQLITE
def test_languages_by_path_or_query_with_links_between_them(register: Register, season: Season) -> None:
    swedish = page(register, "/timetable/sv")
    assert swedish.lang == "sv"
    assert [text for level, text in swedish.headings if level == 2][:3] == ["Kimitoön", "Letala", "Nystad"]
    assert swedish.tables["Hållplatsdagar: Kimito torget"][1] == [
        format_day(season.today, "sv"),
        "15.30–18.00",
        "Inställd i dag",
    ]
    assert (
        swedish.tables["Hållplatsdagar: Laitilan tori"][2][3]
        == "MLL, Egentliga Finlands distrikt rf, Folkhälsan Förbund rf"
    )
    assert swedish.links["Suomeksi"] == "/timetable/fi" and swedish.links["In English"] == "/timetable/en"
    english = page(register, "/timetable?lang=en")
    assert english.lang == "en" and english.headings[0] == (1, "Timetable")
    assert english.tables["Stop days: Laitilan tori"][1][:2] == [format_day(season.today, "en"), "10:00–14:00"]
    assert page(register, "/timetable?lang=xx").lang == "fi"

    one = page(register, "/timetable/sv/322")  # one municipality: its stops are the page's sections
    assert one.headings[:2] == [(1, "Tidtabell: Kimitoön"), (2, "Kimito torget")]
    assert list(one.tables) == ["Hållplatsdagar: Kimito torget"]
    assert one.links["Suomeksi"] == "/timetable/fi/322"
    assert one.links["Hållplatsdagarna i Kimitoön till kalendern (iCalendar)"] == "/timetable/calendar/322.ics?lang=sv"
    for missing in ("/timetable/sv/999", "/timetable/de", "/timetable/fi/853"):  # Turku: no visits
        answer = get(register, missing)
        assert answer.status_code == 404 and answer.headers["content-type"].startswith("text/html"), missing
        assert Page(answer.text).headings[0][0] == 1


@SQLITE
def test_public_answers_carry_the_security_headers_and_need_no_protocol_header(
    register: Register, season: Season
) -> None:
    for path in ("/timetable", "/timetable/sv/400", "/timetable/style.css", "/timetable/calendar.ics",
                 "/timetable/timetable.json", "/timetable/fi/999"):  # fmt: skip
        answer = get(register, path)
        assert answer.status_code in (200, 404), path
        assert answer.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
        assert answer.headers["X-Content-Type-Options"] == "nosniff"
        assert answer.headers["X-Frame-Options"] == "DENY"
        assert answer.headers["Referrer-Policy"] == "no-referrer"
        asked = requests.head(register.url + path, timeout=10)  # a link checker's or calendar's first question
        assert (asked.status_code, asked.content) == (answer.status_code, b""), path
        assert asked.headers["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "script-src" not in CONTENT_SECURITY_POLICY and "default-src 'none'" in CONTENT_SECURITY_POLICY
    assert get(register, API_PREFIX + "/hello").status_code == 426
    assert get(register, "/timetable/timetable.json").headers["Access-Control-Allow-Origin"] == "*"


def lines_of(text: bytes) -> list[bytes]:
    assert text.endswith(b"\r\n")
    return text[:-2].split(b"\r\n")


@SQLITE
def test_the_calendar_feeds_are_valid_icalendar(register: Register, season: Season) -> None:
    answer = get(register, "/timetable/calendar.ics?lang=sv")
    assert answer.headers["content-type"] == "text/calendar; charset=utf-8"
    raw = answer.content
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line ends with CRLF, no bare LF
    physical = lines_of(raw)
    assert max(len(line) for line in physical) <= 75
    assert any(line.startswith(b" ") for line in physical)  # long lines are folded, not cut
    calendar = icalendar.Calendar.from_ical(raw)
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    assert b"\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n" in raw
    events = {str(event["UID"]): event for event in calendar.walk("VEVENT")}
    assert set(events) == {
        f"{uid}@pysakki-register"
        for uid in (
            "laitila-past",
            "laitila-today",
            "laitila-next",
            "laitila-off",
            "kimito-today",
            "kimito-next",
            "uki-day",
        )
    }
    for event in events.values():
        assert event.decoded("DTSTAMP").tzinfo is not None
    today = events["laitila-today@pysakki-register"]
    start = today.decoded("DTSTART")
    assert start.utcoffset() == timedelta(0)  # written in UTC
    assert start.astimezone(UTC) == datetime.combine(season.today, datetime.min.time().replace(hour=10),
                                                     tzinfo=FINNISH_TIME).astimezone(UTC)  # fmt: skip
    assert (today.decoded("DTEND") - start) == timedelta(hours=4)
    assert str(today["LOCATION"]) == "Laitilan tori, Keskuskatu 1, 23800 Laitila, Letala"  # commas escaped and back
    assert str(today["STATUS"]) == "CONFIRMED" and str(today["SUMMARY"]) == "Hållplats: Laitilan tori"
    assert str(events["kimito-today@pysakki-register"]["STATUS"]) == "CANCELLED"
    assert str(events["laitila-off@pysakki-register"]["SUMMARY"]) == "Inställd: Hållplats: Laitilan tori"
    description = str(events["laitila-next@pysakki-register"]["DESCRIPTION"])
    assert description.splitlines() == [
        "Tid: 10.00–14.00", "Status: Planerad",
        "Organisationer: MLL, Egentliga Finlands distrikt rf, Folkhälsan Förbund rf"]  # fmt: skip
    whole_day = events["uki-day@pysakki-register"]
    assert whole_day.decoded("DTSTART") == season.day(2) and whole_day.decoded("DTEND") == season.day(3)
    for private in (PRIVATE_PLACE, PRIVATE_NOTE):
        assert private.encode() not in raw

    one = icalendar.Calendar.from_ical(get(register, "/timetable/calendar/322.ics").content)
    assert {str(event["UID"]) for event in one.walk("VEVENT")} == {
        "kimito-today@pysakki-register", "kimito-next@pysakki-register"}  # fmt: skip
    assert "Kemiönsaari" in str(one["X-WR-CALNAME"])
    empty = get(register, "/timetable/calendar/853.ics")  # a municipality without visits: an empty calendar
    assert empty.status_code == 200 and icalendar.Calendar.from_ical(empty.content).walk("VEVENT") == []
    assert get(register, "/timetable/calendar/999.ics").status_code == 404


@SQLITE
def test_the_json_feed_for_the_organisations_site(register: Register, season: Season) -> None:
    answer = get(register, "/timetable/timetable.json?lang=en")
    feed = answer.json()
    assert feed["language"] == "en" and feed["today"] == finnish_today().isoformat()
    assert feed["units"] == [{"name": "Perhelinja"} | CONTACT]
    assert [place["code"] for place in feed["municipalities"]] == ["322", "400", "895"]
    laitila = feed["municipalities"][1]["stops"][0]
    assert (laitila["id"], laitila["address"]) == ("laitila-tori", "Keskuskatu 1, 23800 Laitila")
    assert [(v["date"], v["starts_at"], v["ends_at"], v["state"]) for v in laitila["visits"]] == [
        (season.today.isoformat(), "10:00", "14:00", "at_stop"),
        (season.day(7).isoformat(), "10:00", "14:00", "planned"),
        (season.day(14).isoformat(), "10:00", "14:00", "cancelled_in_advance"),
    ]
    assert laitila["visits"][1]["organisations"] == [
        "Mannerheim League for Child Welfare, Southwest Finland District", "Folkhälsan"]  # fmt: skip
    assert feed["municipalities"][0]["stops"][0]["visits"][0]["state_text"] == "Cancelled today"
    for private in (PRIVATE_PLACE, PRIVATE_NOTE):
        assert private not in answer.text


def test_folding_keeps_every_line_within_75_octets_and_never_splits_a_character() -> None:
    line = "DESCRIPTION:" + escape("Järjestöt: Folkhälsan, Åbo mödra- och skyddshem; " * 6 + "\nrivi")
    folded = fold(line).encode("utf-8")
    physical = folded.split(b"\r\n")
    assert len(physical) > 3 and all(len(piece) <= 75 for piece in physical)
    for piece in physical:
        piece.decode("utf-8")  # each line whole UTF-8: no character cut between two lines
    assert all(piece.startswith(b" ") for piece in physical[1:])
    assert folded.replace(b"\r\n ", b"").decode() == line
    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    assert fold("x" * 75) == "x" * 75  # exactly 75 octets: one line
