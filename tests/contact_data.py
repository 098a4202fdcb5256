"""Contact requests as the tests take them: with consent, a number to call and the organisation that answers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.identity import current_author
from app.privacy.audit import Actor
from app.services import contact_requests
from tests.conftest import NOW

PHONE = "040 765 4321"


def consented(organisation: str = "kota", **fields: Any) -> dict[str, Any]:
    return {"consent": True, "consent_text_version": "2026-1", "phone": PHONE, "organisation_id": organisation} | fields


def take(session: Session, who: Actor, *, now: datetime = NOW, **fields: Any) -> str:
    """A request taken by ``who`` (logged in the audit log); its id."""
    return contact_requests.take_request(session=session, who=who, data=consented(**fields), now=now).id


def recorded(session: Session, organisation: str, *, now: datetime = NOW, phone: str = PHONE) -> str:
    """A request already on this laptop (written without a signed-in worker, as a pulled one would be)."""
    return contact_requests.record_contact_request(
        session=session, author=current_author(session), data=consented(organisation, phone=phone), now=now
    ).id
