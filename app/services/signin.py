"""What the sign-in screen needs in one read: the unit (or the units to choose from), its workers, who was last."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.choice import Choice
from app.errors import NotConfiguredError
from app.identity import Author, current_author, set_unit
from app.services.choices import organisations, units
from app.services.workers import WorkerInfo, last_worker_id, list_workers


@dataclass(frozen=True, slots=True)
class SignInState:
    author: Author | None  # None until the unit of this laptop is chosen
    units: list[Choice]
    workers: list[WorkerInfo]
    last_worker_id: str | None
    organisations: list[Choice]


def signin_state(*, session: Session, language: str = "fi") -> SignInState:
    try:
        author = current_author(session)
    except NotConfiguredError:
        return SignInState(None, units(session), [], None, organisations(session, language))
    return SignInState(
        author,
        units(session),
        list_workers(session=session, unit_id=author.unit_id, language=language),
        last_worker_id(session=session),
        organisations(session, language),
    )


def choose_unit(*, session: Session, unit_id: str, language: str = "fi") -> SignInState:
    set_unit(session, unit_id)
    return signin_state(session=session, language=language)
