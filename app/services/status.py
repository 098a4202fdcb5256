"""What the main window and the status bar show about the store: plain data, gathered in one read."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from app.identity import current_author
from app.models import Unit
from app.services.records import pending_count


@dataclass(frozen=True, slots=True)
class StoreSummary:
    unit_name: str
    device_id: str
    pending: int


def summary(*, session: Session) -> StoreSummary:
    author = current_author(session)
    unit = session.get(Unit, author.unit_id)
    return StoreSummary(
        unit_name=unit.name if unit else author.unit_id,
        device_id=author.device_id,
        pending=pending_count(session=session),
    )
