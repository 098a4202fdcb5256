"""What the sign-in screen needs in one read: the unit (or the units to choose from), its workers, who was last."""

from __future__ import annotations

from sqlalchemy.orm import Session

from app.errors import NotConfiguredError
from app.identity import current_author, set_unit
from app.services.choices import organisations, units
from app.services.workers import last_worker_id, list_workers
from app.signin_state import SignInState

__all__ = ["SignInState", "choose_unit", "signin_state"]


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
