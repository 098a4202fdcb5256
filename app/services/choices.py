"""Reference data as the forms offer it: (key, label) pairs in the user's language, in a sensible order."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.choice import Choice, Choices
from app.models import Municipality, Organisation, ServicePackage, Theme, Unit


def themes(session: Session, language: str) -> list[Choice]:
    rows = session.scalars(select(Theme).where(Theme.active).order_by(Theme.position, Theme.key))
    return [Choice(row.key, row.name(language)) for row in rows]


def service_packages(session: Session, language: str) -> list[Choice]:
    rows = session.scalars(select(ServicePackage).where(ServicePackage.active).order_by(ServicePackage.number))
    return [Choice(str(row.number), row.name(language)) for row in rows]


def municipalities(session: Session, language: str) -> list[Choice]:
    """Partner municipalities first, then the rest, each group by name."""
    rows = session.scalars(select(Municipality).where(Municipality.active))
    ordered = sorted(rows, key=lambda m: (not m.partner, m.name(language)))
    return [Choice(row.code, row.name(language)) for row in ordered]


def organisations(session: Session, language: str) -> list[Choice]:
    rows = session.scalars(select(Organisation).where(Organisation.active))
    ordered = sorted(rows, key=lambda o: (not o.partner, o.name(language)))
    return [Choice(row.id, row.name(language)) for row in ordered]


def units(session: Session) -> list[Choice]:
    rows = session.scalars(select(Unit).where(Unit.active).order_by(Unit.name))
    return [Choice(row.id, row.name) for row in rows]


def all_choices(*, session: Session, language: str) -> Choices:
    return Choices(
        themes=themes(session, language),
        service_packages=service_packages(session, language),
        municipalities=municipalities(session, language),
        organisations=organisations(session, language),
        units=units(session),
    )
