"""The timetable as an iCalendar feed (RFC 5545): one event per visit, times in UTC (so no VTIMEZONE is needed),
text escaped, lines folded at 75 octets and ended with CRLF."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta

from app.terms import term
from app.vocab import StopDayStatus
from sync.server.public.texts import STATES, WORDS, format_hours
from sync.server.public.timetable import MunicipalityTimes, StopTimes, Visit

PRODID = "-//Pysakki//Public timetable//EN"
UID_DOMAIN = "pysakki-register"
MAX_OCTETS = 75
REFRESH = "PT1H"


def escape(text: str) -> str:
    """TEXT as RFC 5545 3.3.11 writes it: backslash, semicolon and comma escaped, line breaks as ``\\n``."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """One content line folded so that no physical line passes 75 octets, never inside a UTF-8 character; each
    continuation starts with a space (RFC 5545 3.1)."""
    pieces: list[str] = []
    current, size, limit = "", 0, MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            current, size, limit = "", 0, MAX_OCTETS - 1  # the leading space takes one octet
        current += char
        size += width
    pieces.append(current)
    return "\r\n ".join(pieces)


def utc_stamp(moment: datetime) -> str:
    return moment.strftime("%Y%m%dT%H%M%SZ")


def calendar(*, places: list[MunicipalityTimes], name: str, language: str, now: datetime) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
        # A visit can be cancelled on the day: calendars that honour these look again every hour (RFC 7986).
        f"REFRESH-INTERVAL;VALUE=DURATION:{REFRESH}",
        f"X-PUBLISHED-TTL:{REFRESH}",
    ]
    for place in places:
        for stop in place.stops:
            for visit in stop.visits:
                lines += _event(visit, stop, place, language, now)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _event(visit: Visit, stop: StopTimes, place: MunicipalityTimes, language: str, now: datetime) -> Iterator[str]:
    words = WORDS[language]
    yield "BEGIN:VEVENT"
    yield f"UID:{visit.id}@{UID_DOMAIN}"
    yield f"DTSTAMP:{utc_stamp(now)}"
    yield f"SEQUENCE:{visit.sequence}"
    start, end = visit.start(), visit.end()
    if start is None or end is None:
        yield f"DTSTART;VALUE=DATE:{_date(visit.day)}"
        yield f"DTEND;VALUE=DATE:{_date(visit.day + timedelta(days=1))}"
    else:
        yield f"DTSTART:{utc_stamp(start)}"
        yield f"DTEND:{utc_stamp(end)}"
    summary = f"{words['stop']}: {stop.name}"
    if visit.cancelled:
        summary = f"{term(StopDayStatus.CANCELLED, language)}: {summary}"
    yield f"SUMMARY:{escape(summary)}"
    yield f"LOCATION:{escape(', '.join(part for part in (stop.name, stop.address, place.name) if part))}"
    details = [
        f"{words['time']}: {format_hours(visit.starts_at, visit.ends_at, language)}",
        f"{words['state']}: {STATES[language][visit.state]}",
    ]
    if visit.organisations:
        details.append(f"{words['organisations']}: {', '.join(visit.organisations)}")
    yield f"DESCRIPTION:{escape(chr(10).join(details))}"
    yield "STATUS:CANCELLED" if visit.cancelled else "STATUS:CONFIRMED"
    yield "TRANSP:TRANSPARENT"
    yield "END:VEVENT"


def _date(day: date) -> str:
    return day.strftime("%Y%m%d")
