"""Reception bookings on the public pages: a visit's free times, the booking form, its code, and cancelling by code.

No sign-in and no JavaScript. Cross-site posts are refused twice over: a form's hidden token must equal the
SameSite=Strict cookie the form page set (another site's page can neither read nor send it), and a browser's
Origin header, when it names a site, must name this register. No answer says who booked, nor whether a code exists.
The coordinator's endpoint (``PUT /api/v1/reception/{entry_id}``) sets a visit's slots.
"""

from __future__ import annotations

import hmac
import secrets
from typing import Any
from urllib.parse import parse_qs, urlsplit

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field
from sqlalchemy import select

from app.contact_address import normalise_contact
from app.models import Theme
from app.terms import term
from app.vocab import Language
from sync.protocol import API_PREFIX
from sync.server.auth import AuthError
from sync.server.public import bookings
from sync.server.public.routes import BASE, not_found, templates
from sync.server.public.texts import BOOKING_WORDS, LANGUAGE_NAMES, LANGUAGES, WORDS, format_day, format_hours
from sync.server.public.timetable import contacts, finnish_today
from sync.server.routes import CoordinatorDep, StoreDep, client_address

# As the timetable's, but its own forms may be sent (to this register only).
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
COOKIE = "pysakki_form"
MAX_FORM_BYTES = 4096
router: APIRouter = APIRouter(include_in_schema=False)


class SlotsBody(BaseModel):
    minutes: int = Field(ge=5, le=bookings.MAX_MINUTES)
    capacity: int = Field(ge=0, le=bookings.MAX_CAPACITY)


@router.put(API_PREFIX + "/reception/{entry_id}")
def put_slots(store: StoreDep, _caller: CoordinatorDep, entry_id: str, body: SlotsBody) -> dict[str, Any]:
    """A visit's bookable reception slots, set by a coordinator; capacity 0 takes them off."""
    try:
        with store.session() as session:
            bookings.set_slots(session, entry_id, minutes=body.minutes, capacity=body.capacity)
    except bookings.SlotsError as exc:
        raise AuthError(422, "unbookable", str(exc)) from exc
    return {"entry_id": entry_id, "minutes": body.minutes, "capacity": body.capacity}


async def form_of(request: Request) -> dict[str, str]:
    """A posted form's fields (application/x-www-form-urlencoded, the only kind these pages send)."""
    if request.method != "POST":
        return {}
    body = (await request.body())[:MAX_FORM_BYTES]
    fields = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {name: values[0] for name, values in fields.items()}


def same_site(request: Request, form: dict[str, str]) -> bool:
    """The post came from this register's own form: the token equals the cookie, and the Origin (if any) is us."""
    origin = request.headers.get("origin")
    # "null" says nothing: a browser sends it for our own form too, under the register's no-referrer policy.
    if origin not in (None, "null") and urlsplit(origin).netloc != request.headers.get("host"):
        return False
    cookie = request.cookies.get(COOKIE, "")
    return bool(cookie) and hmac.compare_digest(cookie.encode(), form.get("form_token", "").encode())


def _render(
    request: Request, store: StoreDep, lang: str, template: str, context: dict[str, Any], *, status: int = 200
) -> Response:
    root = request.scope.get("root_path", "") + BASE
    token = request.cookies.get(COOKIE) or secrets.token_urlsafe(24)
    with store.snapshot() as session:
        units = contacts(session=session)
    here = request.url.path.removeprefix(request.scope.get("root_path", "")).split("/", 3)[-1]
    full = {
        "lang": lang,
        "words": WORDS[lang] | BOOKING_WORDS[lang],
        "root": root,
        "site": ", ".join(unit.name for unit in units) or "Pysäkki",
        "units": units,
        "form_token": token,
        "languages": [(other, LANGUAGE_NAMES[other], f"{root}/{other}/{here}") for other in LANGUAGES],
        "format_day": format_day,
        "format_hours": format_hours,
    } | context
    answer = templates.TemplateResponse(request, template, full, status_code=status)
    answer.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    answer.headers["Cache-Control"] = "no-store"
    answer.set_cookie(
        COOKIE, token, httponly=True, samesite="strict", secure=request.url.scheme == "https", path=BASE
    )  # fmt: skip
    return answer


def _refused(request: Request, store: StoreDep, lang: str) -> Response:
    return _render(request, store, lang, "booking_refused.html", {}, status=403)


@router.api_route(BASE + "/{lang}/booking/cancel", methods=["GET", "HEAD", "POST"])
def cancel_page(request: Request, store: StoreDep, lang: str, form: dict[str, str] = Depends(form_of)) -> Response:  # noqa: B008
    if lang not in LANGUAGES:
        return not_found(request, LANGUAGES[0])
    if request.method != "POST":
        return _render(request, store, lang, "booking_cancel.html", {"done": False})
    if not same_site(request, form):
        return _refused(request, store, lang)
    try:
        with store.session() as session:
            bookings.cancel(session, code=form.get("code", "")[:40], client=client_address(request))
    except AuthError as exc:
        return _render(request, store, lang, "booking_cancel.html", {"done": False, "too_many": True},
                       status=exc.status)  # fmt: skip
    return _render(request, store, lang, "booking_cancel.html", {"done": True})


@router.api_route(BASE + "/{lang}/booking/{entry_id}", methods=["GET", "HEAD", "POST"])
def booking_page(
    request: Request,
    store: StoreDep,
    lang: str,
    entry_id: str,
    form: dict[str, str] = Depends(form_of),  # noqa: B008
) -> Response:
    if lang not in LANGUAGES:
        return not_found(request, LANGUAGES[0])
    today = finnish_today()
    with store.snapshot() as session:
        visit = bookings.bookable(session, entry_id, today)
        themes = [(t.key, t.name(lang)) for t in session.scalars(select(Theme).where(Theme.active).order_by(
            Theme.position, Theme.key))]  # fmt: skip
    if visit is None:
        return not_found(request, lang)
    context: dict[str, Any] = {
        "visit": visit,
        "themes": themes,
        "family_languages": [(language.value, term(language, lang)) for language in Language],
        "values": {"language": lang},
        "errors": {},
    }
    if request.method != "POST":
        return _render(request, store, lang, "booking.html", context)
    if not same_site(request, form):
        return _refused(request, store, lang)
    errors, fields = _checked(form, {key for key, _ in themes}, {o.slot for o in visit.openings})
    context |= {"values": form, "errors": errors}
    if errors:
        return _render(request, store, lang, "booking.html", context, status=422)
    try:
        with store.session() as session:
            code = bookings.book(session, entry_id=entry_id, today=today, client=client_address(request), **fields)
    except bookings.SlotTaken:
        with store.snapshot() as session:
            context["visit"] = bookings.bookable(session, entry_id, today) or visit
        context["errors"] = {"slot": "slot_full"}
        return _render(request, store, lang, "booking.html", context, status=409)
    except AuthError as exc:
        return _render(request, store, lang, "booking.html", context | {"too_many": True}, status=exc.status)
    opening = next(o for o in visit.openings if o.slot == fields["slot"])
    return _render(request, store, lang, "booked.html", {"visit": visit, "opening": opening, "code": code})


def _checked(form: dict[str, str], themes: set[str], slots: set[str]) -> tuple[dict[str, str], dict[str, Any]]:
    """The form's errors by field (as word keys, turned into words by the template), and its values as booked."""
    errors: dict[str, str] = {}
    slot = form.get("slot", "")
    if slot not in slots:
        errors["slot"] = "choose_slot"
    nickname = " ".join(form.get("nickname", "").split())
    if not nickname or len(nickname) > bookings.NICKNAME_LENGTH:
        errors["nickname"] = "nickname_needed"
    contact = normalise_contact(form.get("contact", ""))
    if contact is None:
        errors["contact"] = "contact_needed"
    language = form.get("language", "")
    if language not in {item.value for item in Language}:
        errors["language"] = "language_needed"
    theme = form.get("theme") or None
    if theme is not None and theme not in themes:
        errors["theme"] = "theme_unknown"
    if form.get("consent") != "yes":
        errors["consent"] = "consent_needed"
    fields = {"slot": slot, "nickname": nickname, "contact": contact or "", "language": language, "theme_key": theme}
    return errors, fields
