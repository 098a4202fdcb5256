"""The public timetable's addresses: HTML pages in three languages, iCalendar feeds and a JSON feed.

No sign-in, no protocol header, no JavaScript; every answer carries a strict Content-Security-Policy beside the
register's other security headers (added by ``BodyLimit``). Reads only, each in its own snapshot.
"""

from __future__ import annotations

from datetime import timedelta
from functools import cache, partial
from importlib.resources import files
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates

from app.clock import utcnow
from app.models import Municipality
from sync.server.public import ical
from sync.server.public.bookings import bookable_ids
from sync.server.public.texts import (
    BOOKING_WORDS,
    LANGUAGE_NAMES,
    LANGUAGES,
    STATES,
    WORDS,
    day_and_year,
    format_hours,
    language_of,
)
from sync.server.public.timetable import Contact, MunicipalityTimes, contacts, finnish_today, municipalities, season
from sync.server.routes import StoreDep

BASE = "/timetable"
# Pages and feeds load nothing but their own style sheet: no scripts, frames, forms, images or fonts from anywhere.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
FEED_DAYS_BACK = 30  # a calendar keeps the last month's visits, with how they went
templates = Jinja2Templates(directory=str(files("sync.server.public").joinpath("templates")))
templates.env.globals.update(day_and_year=day_and_year, format_hours=format_hours)
router = APIRouter(include_in_schema=False)
# HEAD as well as GET: link checkers and calendar programs ask whether a page or feed is there before fetching it.
readable = partial(router.api_route, methods=["GET", "HEAD"])
LangQuery = Annotated[str | None, Query(alias="lang")]


def public(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    return response


def shared(response: Response) -> Response:
    """A feed other sites may read from a browser: it holds only what the public pages show."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    return public(response)


@cache
def style_sheet() -> str:
    return files("sync.server.public").joinpath("style.css").read_text(encoding="utf-8")


@readable(BASE + "/style.css")
def style() -> Response:
    return public(Response(style_sheet(), media_type="text/css; charset=utf-8"))


@readable(BASE)
def front(request: Request, store: StoreDep, lang: LangQuery = None) -> Response:
    return page(request, store, language_of(lang), None)


@readable(BASE + "/calendar.ics")
def calendar_all(store: StoreDep, lang: LangQuery = None) -> Response:
    return _calendar(store, language_of(lang), None)


@readable(BASE + "/calendar/{code}.ics")
def calendar_one(store: StoreDep, code: str, lang: LangQuery = None) -> Response:
    return _calendar(store, language_of(lang), code)


@readable(BASE + "/timetable.json")
def feed(store: StoreDep, lang: LangQuery = None) -> Response:
    language = language_of(lang)
    today = finnish_today()
    with store.snapshot() as session:
        places = season(session=session, language=language, since=today)
        units = contacts(session=session)
    body: dict[str, Any] = {
        "language": language,
        "generated_at": utcnow().isoformat(timespec="seconds"),
        "today": today.isoformat(),
        "units": [{"name": u.name, "phone": u.phone, "email": u.email, "website": u.website} for u in units],
        "municipalities": [_place_json(place, language) for place in places],
    }
    return shared(JSONResponse(body))


@readable(BASE + "/{lang}")
def front_in(request: Request, store: StoreDep, lang: str) -> Response:
    if lang not in LANGUAGES:
        return not_found(request, language_of(None))
    return page(request, store, lang, None)


@readable(BASE + "/{lang}/{code}")
def municipality_page(request: Request, store: StoreDep, lang: str, code: str) -> Response:
    if lang not in LANGUAGES:
        return not_found(request, language_of(None))
    return page(request, store, lang, code)


def page(request: Request, store: StoreDep, language: str, code: str | None) -> Response:
    today = finnish_today()
    with store.snapshot() as session:
        listed = municipalities(session=session, language=language, since=today)
        if code is not None and code not in dict(listed):
            return not_found(request, language)
        places = season(session=session, language=language, since=today, municipality=code)
        units = contacts(session=session)
        ids = [visit.id for place in places for stop in place.stops for visit in stop.visits if not visit.cancelled]
        open_for_booking = bookable_ids(session, ids)
    root = request.scope.get("root_path", "") + BASE
    suffix = f"/{code}" if code else ""
    context = {
        "lang": language,
        "words": WORDS[language],
        "states": STATES[language],
        "root": root,
        "places": places,
        "municipality": places[0].name if code and places else None,
        "code": code,
        "listed": listed,
        "units": units,
        "site": _site_name(units),
        "languages": [(other, LANGUAGE_NAMES[other], f"{root}/{other}{suffix}") for other in LANGUAGES],
        "bookable": open_for_booking,
        "book": BOOKING_WORDS[language]["book"],
    }
    return public(templates.TemplateResponse(request, "timetable.html", context))


def not_found(request: Request, language: str) -> Response:
    root = request.scope.get("root_path", "") + BASE
    context = {
        "lang": language,
        "words": WORDS[language],
        "root": root,
        "site": "",
        "units": [],
        "languages": [(other, LANGUAGE_NAMES[other], f"{root}/{other}") for other in LANGUAGES],
    }
    return public(templates.TemplateResponse(request, "not_found.html", context, status_code=404))


def _calendar(store: StoreDep, language: str, code: str | None) -> Response:
    with store.snapshot() as session:
        places = season(
            session=session,
            language=language,
            since=finnish_today() - timedelta(days=FEED_DAYS_BACK),
            municipality=code,
        )
        units = contacts(session=session)
        place = session.get(Municipality, code) if code is not None else None
    if code is not None and place is None:
        return public(Response("no such municipality\n", status_code=404, media_type="text/plain"))
    name = f"{_site_name(units)}: {WORDS[language]['title']}"
    if place is not None:
        name += f" ({place.name(language)})"
    text = ical.calendar(places=places, name=name, language=language, now=utcnow())
    filename = f"timetable-{code or 'all'}.ics"
    answer = Response(text, media_type="text/calendar; charset=utf-8")
    answer.headers["Content-Disposition"] = f'inline; filename="{filename}"'
    return shared(answer)


def _site_name(units: list[Contact]) -> str:
    return ", ".join(unit.name for unit in units) or "Pysäkki"


def _place_json(place: MunicipalityTimes, language: str) -> dict[str, Any]:
    return {
        "code": place.code,
        "name": place.name,
        "stops": [
            {
                "id": stop.id,
                "name": stop.name,
                "address": stop.address,
                "visits": [
                    {
                        "id": visit.id,
                        "date": visit.day.isoformat(),
                        "starts_at": visit.starts_at.isoformat(timespec="minutes") if visit.starts_at else None,
                        "ends_at": visit.ends_at.isoformat(timespec="minutes") if visit.ends_at else None,
                        "state": visit.state.value,
                        "state_text": STATES[language][visit.state],
                        "organisations": list(visit.organisations),
                    }
                    for visit in stop.visits
                ],
            }
            for stop in place.stops
        ],
    }


# The booking pages use this module's templates and pages; their addresses have a path segment more than any here.
from sync.server.public.booking_pages import router as booking_router  # noqa: E402

router.include_router(booking_router)
