"""Contact requests: recorded with consent, due within three Finnish working days, followed up until closed.

The status flow: new → contacted → closed or unreachable; a new request may also be closed (withdrawn) or
marked unreachable at once. The first call (or try) stamps ``contacted_at``, which the reports compare with the
deadline; closing stamps ``closed_at``, from which the retention period runs (:mod:`app.privacy.retention`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.errors import ValidationError
from app.identity import Author
from app.models import ContactRequest
from app.records import Record
from app.services import records
from app.vocab import ContactStatus
from app.workdays import add_working_days, finnish_date

ANSWER_WITHIN_WORKING_DAYS = 3
OPEN = (ContactStatus.NEW, ContactStatus.CONTACTED)
FINAL = (ContactStatus.CLOSED, ContactStatus.UNREACHABLE)
NEXT: dict[ContactStatus, tuple[ContactStatus, ...]] = {
    ContactStatus.NEW: (ContactStatus.CONTACTED, ContactStatus.UNREACHABLE, ContactStatus.CLOSED),
    ContactStatus.CONTACTED: (ContactStatus.CLOSED, ContactStatus.UNREACHABLE),
    ContactStatus.UNREACHABLE: (),
    ContactStatus.CLOSED: (),
}


def record_contact_request(
    *, session: Session, author: Author, data: Mapping[str, Any], now: datetime | None = None
) -> Record:
    """Create a contact request; unless given, ``received_at`` is now and ``deadline`` three working days on."""
    stamp = now or utcnow()
    values = dict(data)
    values.setdefault("received_at", stamp)
    received = values["received_at"]
    if isinstance(received, datetime) and received.tzinfo is not None:
        values.setdefault("deadline", add_working_days(finnish_date(received), ANSWER_WITHIN_WORKING_DAYS))
    return records.create(session=session, author=author, type="contact_request", data=values, now=stamp)


def change_status(
    *,
    session: Session,
    author: Author,
    id: str,
    status: ContactStatus,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Record:
    """Move a request on in the flow; a step the flow does not have is refused (``status``: ``invalid_step``)."""
    stamp = now or utcnow()
    current = records.get(session=session, type="contact_request", id=id)
    was = ContactStatus(current.body.status)  # type: ignore[attr-defined]
    if status not in NEXT[was]:
        raise ValidationError.single("status", "invalid_step", was=was.value, to=status.value)
    changes: dict[str, Any] = {"status": status}
    if status is not ContactStatus.CLOSED and current.body.contacted_at is None:  # type: ignore[attr-defined]
        changes["contacted_at"] = stamp  # a call, or a try that did not reach them
    if status in FINAL:
        changes["closed_at"] = stamp
    return records.update(
        session=session,
        author=author,
        type="contact_request",
        id=id,
        changes=changes,
        expected_version=expected_version,
        now=stamp,
    )


@dataclass(frozen=True, slots=True)
class FollowUp:
    """One open request as the follow-up list shows it: no name or number until a worker opens it."""

    id: str
    version: int
    received_on: date
    deadline: date
    status: ContactStatus
    organisation_id: str
    theme_key: str | None
    language: str
    overdue: bool  # not called back by the deadline


def follow_ups(*, session: Session, unit_id: str, today: date, organisation_id: str | None = None) -> list[FollowUp]:
    """Open requests of the unit by deadline, the most urgent first; one organisation's when ``organisation_id``.

    Only the columns the list shows are read: the sealed name and number are not opened for a list.
    """
    c = ContactRequest
    query = (
        select(c.id, c.version, c.received_at, c.deadline, c.status, c.organisation_id, c.theme_key, c.language)
        .where(c.unit_id == unit_id, c.deleted.is_(False), c.status.in_(OPEN))
        .order_by(c.deadline, c.received_at)
    )
    if organisation_id is not None:
        query = query.where(c.organisation_id == organisation_id)
    return [
        FollowUp(
            id=row.id,
            version=row.version,
            received_on=finnish_date(row.received_at),
            deadline=row.deadline,
            status=ContactStatus(row.status),
            organisation_id=row.organisation_id,
            theme_key=row.theme_key,
            language=str(row.language),
            overdue=row.status is ContactStatus.NEW and row.deadline < today,
        )
        for row in session.execute(query)
    ]
