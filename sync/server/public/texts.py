"""The public pages' words in Finnish, Swedish and English, in the program's one vocabulary: the stop day's states
come from ``app.terms``, the rest are the desktop's terms (pysäkki / hållplats / stop, pysäkkipäivä / hållplatsdag /
stop day, kunta / kommun / municipality, järjestö / organisation ...); and dates and times as each language writes
them."""

from __future__ import annotations

from datetime import date, time

from app.terms import term
from app.vocab import StopDayStatus
from sync.server.public.timetable import VisitState

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
LANGUAGE_NAMES = {"fi": "Suomeksi", "sv": "På svenska", "en": "In English"}

WORDS: dict[str, dict[str, str]] = {
    "fi": {
        "title": "Aikataulu",
        "intro": "Bussin pysäkit ja ajat tällä kaudella. Apu on maksutonta ja vapaaehtoista, ja sen saa nimettömänä.",
        "skip": "Siirry sisältöön",
        "languages": "Kieli",
        "municipalities": "Kunnat",
        "all_municipalities": "Kaikki kunnat",
        "stop": "Pysäkki",
        "address": "Osoite",
        "stop_days": "Pysäkkipäivät",
        "day": "Päivä",
        "time": "Aika",
        "state": "Tila",
        "organisations": "Järjestöt",
        "all_day": "koko päivän",
        "nothing": "Tulevia pysäkkipäiviä ei ole vielä julkaistu.",
        "contact": "Yhteystiedot",
        "phone": "Puhelin",
        "email": "Sähköposti",
        "website": "Verkkosivut",
        "feeds": "Kalenterit",
        "ical_all": "Kaikki pysäkkipäivät kalenteriin (iCalendar)",
        "ical_one": "Kunnan {name} pysäkkipäivät kalenteriin (iCalendar)",
        "json": "Aikataulu JSON-muodossa",
        "not_found": "Sivua ei löytynyt",
        "not_found_text": "Aikataulussa ei ole tällaista sivua.",
        "back": "Takaisin aikatauluun",
    },
    "sv": {
        "title": "Tidtabell",
        "intro": (
            "Bussens hållplatser och tider den här säsongen. Hjälpen är gratis och frivillig, och du kan vara anonym."
        ),
        "skip": "Hoppa till innehållet",
        "languages": "Språk",
        "municipalities": "Kommuner",
        "all_municipalities": "Alla kommuner",
        "stop": "Hållplats",
        "address": "Adress",
        "stop_days": "Hållplatsdagar",
        "day": "Dag",
        "time": "Tid",
        "state": "Status",
        "organisations": "Organisationer",
        "all_day": "hela dagen",
        "nothing": "Inga kommande hållplatsdagar har publicerats ännu.",
        "contact": "Kontaktuppgifter",
        "phone": "Telefon",
        "email": "E-post",
        "website": "Webbplats",
        "feeds": "Kalendrar",
        "ical_all": "Alla hållplatsdagar till kalendern (iCalendar)",
        "ical_one": "Hållplatsdagarna i {name} till kalendern (iCalendar)",
        "json": "Tidtabellen i JSON-format",
        "not_found": "Sidan hittades inte",
        "not_found_text": "Tidtabellen har ingen sådan sida.",
        "back": "Tillbaka till tidtabellen",
    },
    "en": {
        "title": "Timetable",
        "intro": "The bus's stops and times this season. Help is free and voluntary, and you can stay anonymous.",
        "skip": "Skip to content",
        "languages": "Language",
        "municipalities": "Municipalities",
        "all_municipalities": "All municipalities",
        "stop": "Stop",
        "address": "Address",
        "stop_days": "Stop days",
        "day": "Day",
        "time": "Time",
        "state": "State",
        "organisations": "Organisations",
        "all_day": "all day",
        "nothing": "No coming stop days have been published yet.",
        "contact": "Contact details",
        "phone": "Phone",
        "email": "E-mail",
        "website": "Website",
        "feeds": "Calendars",
        "ical_all": "All stop days in your calendar (iCalendar)",
        "ical_one": "The stop days in {name} in your calendar (iCalendar)",
        "json": "The timetable as JSON",
        "not_found": "Page not found",
        "not_found_text": "The timetable has no such page.",
        "back": "Back to the timetable",
    },
}

# The stop day's own states in the one vocabulary's words (app.terms), said of today or of a cancellation made early.
TODAY = {"fi": "tänään", "sv": "i dag", "en": "today"}
IN_ADVANCE = {"fi": "etukäteen", "sv": "på förhand", "en": "in advance"}
AT_STOP = {"fi": "Bussi on paikalla tänään", "sv": "Bussen är på plats i dag", "en": "The bus is here today"}
PLANNED = {"fi": "Suunniteltu", "sv": "Planerad", "en": "Planned"}
STATES: dict[str, dict[VisitState, str]] = {
    language: {
        VisitState.PLANNED: PLANNED[language],
        VisitState.CANCELLED_IN_ADVANCE: f"{term(StopDayStatus.CANCELLED, language)} {IN_ADVANCE[language]}",
        VisitState.AT_STOP: AT_STOP[language],
        VisitState.HELD: term(StopDayStatus.HELD, language),
        VisitState.CANCELLED: f"{term(StopDayStatus.CANCELLED, language)} {TODAY[language]}",
    }
    for language in LANGUAGES
}

WEEKDAYS = {
    "fi": ("ma", "ti", "ke", "to", "pe", "la", "su"),
    "sv": ("mån", "tis", "ons", "tors", "fre", "lör", "sön"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def language_of(value: str | None) -> str:
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def day_and_year(day: date, language: str) -> tuple[str, str]:
    """A date as the language writes it, cut before its year ("pe 27.11.", "2026"): a phone's narrow table shows
    the first part alone."""
    weekday = WEEKDAYS[language][day.weekday()]
    if language == "en":
        return f"{weekday} {day.day} {MONTHS_EN[day.month - 1]}", f" {day.year}"
    return f"{weekday} {day.day}.{day.month}.", str(day.year)


def format_day(day: date, language: str) -> str:
    return "".join(day_and_year(day, language))


def format_time(at: time, language: str) -> str:
    separator = ":" if language == "en" else "."
    return f"{at.hour}{separator}{at.minute:02d}"


def format_hours(starts: time | None, ends: time | None, language: str) -> str:
    if starts is None:
        return WORDS[language]["all_day"]
    if ends is None:
        return format_time(starts, language)
    return f"{format_time(starts, language)}–{format_time(ends, language)}"
