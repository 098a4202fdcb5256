"""Referrals: one record per service a family is pointed to, and the handout that goes with them.

A handout is drawn from the catalogue, the unit's name and the date, never from the referral or the session, so
reprinting one later gives the same sheet (with the catalogue's current contact details).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.catalogue import search as catalogue
from app.catalogue.contacts import reachable
from app.clock import utcnow
from app.errors import NotFoundError, ValidationError
from app.files import write_atomically
from app.handouts import HandoutService, render_handout
from app.identity import Author
from app.models import GuidanceSession, Organisation, Referral, Service, Unit
from app.services import records
from app.vocab import HandoutLanguage

MAX_SERVICES = 8  # a sheet a family will read, not a directory


@dataclass(frozen=True, slots=True)
class HandoutRecord:
    """A handout given earlier: when, in which language, which services (for reprinting)."""

    referred_at: datetime
    language: str
    service_ids: list[str]
    service_names: list[str]
    session_id: str | None


def refer(
    *,
    session: Session,
    author: Author,
    service_ids: Sequence[str],
    language: HandoutLanguage | str,
    stop_day_id: str | None = None,
    session_id: str | None = None,
    theme_key: str | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Record a referral to each service (all in one transaction: all or none); return the new record ids."""
    if not service_ids:
        raise ValidationError.single("service_ids", "required")
    if len(service_ids) > MAX_SERVICES:
        raise ValidationError.single("service_ids", "too_many", max_items=MAX_SERVICES)
    stamp = now or utcnow()
    created = []
    for service_id in dict.fromkeys(service_ids):  # the same service twice is one referral
        service = session.get(Service, service_id)
        if service is None:
            raise NotFoundError(f"service {service_id}", id=service_id)
        record = records.create(
            session=session,
            author=author,
            type="referral",
            now=stamp,
            data={
                "referred_at": stamp,
                "session_id": session_id,
                "stop_day_id": stop_day_id,
                "organisation_id": service.organisation_id,
                "service_id": service.id,
                "theme_key": theme_key,
                "handout_language": language,
            },
        )
        created.append(record.id)
    return created


@dataclass(frozen=True, slots=True)
class Unreachable:
    """A chosen service the sheet would give no way to reach (no phone, web address or street address)."""

    service_id: str
    name: str
    organisation: str
    organisation_contact: str | None  # the organisation's general contact, when the catalogue has one


def unreachable(*, session: Session, service_ids: Sequence[str], language: str) -> list[Unreachable]:
    """The chosen services a family could not reach from the sheet, to be put to the worker before it leaves."""
    found: list[Unreachable] = []
    for service_id in dict.fromkeys(service_ids):
        service = session.get(Service, service_id)
        if service is None:
            raise NotFoundError(f"service {service_id}", id=service_id)
        if reachable(service.phone, service.web, service.address):
            continue
        organisation = session.get(Organisation, service.organisation_id)
        contact = None
        if organisation is not None and reachable(organisation.phone, organisation.website, organisation.address):
            contact = " · ".join(
                value for value in (organisation.phone, organisation.website, organisation.address) if value
            )
        found.append(
            Unreachable(service.id, service.name(language), organisation.name(language) if organisation else "",
                        contact)
        )  # fmt: skip
    return found


def handout_services(
    *, session: Session, service_ids: Sequence[str], language: str, organisation_contact: Collection[str] = ()
) -> list[HandoutService]:
    """The sheet's services; those in ``organisation_contact`` with no contact of their own get their
    organisation's general one (only when the worker chose so: it may reach a switchboard, not the service)."""
    found: list[HandoutService] = []
    for service_id in service_ids:
        service = session.get(Service, service_id)
        if service is None:
            raise NotFoundError(f"service {service_id}", id=service_id)
        organisation = session.get(Organisation, service.organisation_id)
        phone, web, email, address = service.phone, service.web, service.email, service.address
        borrowed = (
            service_id in organisation_contact
            and organisation is not None
            and not reachable(phone, web, address)
            and reachable(organisation.phone, organisation.website, organisation.address)
        )
        if borrowed and organisation is not None:
            phone, web = organisation.phone, organisation.website
            email, address = email or organisation.email, organisation.address
        found.append(
            HandoutService(
                name=service.name(language),
                organisation=organisation.name(language) if organisation else "",
                description=service.description(language),
                target_groups=list(service.target_groups),
                languages=list(service.languages),
                free=service.free,
                phone=phone,
                web=web,
                email=email,
                address=address,
                hours=service.hours(language) or None,
                organisation_contact=borrowed,
            )
        )
    return found


def handout_pdf(
    *,
    session: Session,
    author: Author,
    service_ids: Sequence[str],
    language: str,
    day: date,
    page_size: str = "A4",
    organisation_contact: Collection[str] = (),
) -> bytes:
    unit = session.get(Unit, author.unit_id)
    return render_handout(
        handout_services(
            session=session, service_ids=service_ids, language=language, organisation_contact=organisation_contact
        ),
        language=language,
        unit_name=unit.name if unit else "",
        day=day,
        page_size=page_size,
    )


def save_handout_pdf(
    *,
    session: Session,
    author: Author,
    service_ids: Sequence[str],
    language: str,
    day: date,
    path: Path,
    page_size: str = "A4",
    organisation_contact: Collection[str] = (),
) -> Path:
    """Write the handout to ``path`` whole or not at all (a half-written file on a USB stick helps nobody)."""
    pdf = handout_pdf(session=session, author=author, service_ids=service_ids, language=language, day=day,
                      page_size=page_size, organisation_contact=organisation_contact)  # fmt: skip
    return write_atomically(path, pdf)


def recent_handouts(*, session: Session, language: str, limit: int = 30) -> list[HandoutRecord]:
    """Handouts given on this device, newest first: referrals made together are one handout."""
    rows = session.execute(
        select(Referral, Service)
        .join(Service, Service.id == Referral.service_id)
        .where(Referral.deleted.is_(False))
        .order_by(Referral.referred_at.desc(), Referral.created_at)
        .limit(limit * MAX_SERVICES)
    ).all()
    handouts: dict[tuple[datetime, str, str | None], HandoutRecord] = {}
    for referral, service in rows:
        key = (referral.referred_at, str(referral.handout_language or "fi"), referral.session_id)
        if key not in handouts:
            if len(handouts) == limit:
                break
            handouts[key] = HandoutRecord(referral.referred_at, key[1], [], [], referral.session_id)
        handouts[key].service_ids.append(service.id)
        handouts[key].service_names.append(service.name(language))
    return list(handouts.values())


def handout_of(*, session: Session, referral_id: str, language: str) -> HandoutRecord:
    """The handout a referral was given on: the live referrals made with it (same moment, language, session)."""
    referral = session.get(Referral, referral_id)
    if referral is None or referral.deleted:
        raise NotFoundError(f"referral {referral_id}", id=referral_id)
    rows = session.execute(
        select(Referral, Service)
        .join(Service, Service.id == Referral.service_id)
        .where(
            Referral.deleted.is_(False),
            Referral.referred_at == referral.referred_at,
            Referral.handout_language == referral.handout_language,
            Referral.session_id.is_(None)
            if referral.session_id is None
            else Referral.session_id == referral.session_id,
        )
        .order_by(Referral.created_at, Referral.id)
    ).all()
    return HandoutRecord(
        referral.referred_at,
        str(referral.handout_language or "fi"),
        [service.id for _, service in rows],
        [service.name(language) for _, service in rows],
        referral.session_id,
    )


@dataclass(frozen=True, slots=True)
class SessionChoice:
    """A guidance session a referral can come from, as the referral page lists it (nothing identifying)."""

    id: str
    occurred_at: datetime
    client_type: str
    themes: list[str]
    language: str  # the language the session was held in: the family's language for the handout


def sessions_at(*, session: Session, stop_day_id: str) -> list[SessionChoice]:
    """The live guidance sessions recorded at one stop day, newest first."""
    rows = session.scalars(
        select(GuidanceSession)
        .where(GuidanceSession.stop_day_id == stop_day_id, GuidanceSession.deleted.is_(False))
        .order_by(GuidanceSession.occurred_at.desc())
    )
    return [
        SessionChoice(row.id, row.occurred_at, str(row.client_type), list(row.themes or []), str(row.language))
        for row in rows
    ]


search = catalogue.search  # the catalogue search, for the referral page's one import
