"""Contact requests: taken with consent, due within three Finnish working days, followed up until closed.

The status flow: new → contacted → closed or unreachable; a new request may also be closed (withdrawn) or
marked unreachable at once. The first call (or try) stamps ``contacted_at``, which the reports compare with the
deadline; closing stamps ``closed_at``, from which the retention period runs (:mod:`app.privacy.retention`).

A worker reads and changes the requests of their own organisation, a coordinator every one; each creation, view,
change and deletion leaves an audit entry (:mod:`app.privacy.audit`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.errors import FieldError, ValidationError
from app.identity import Author
from app.models import ContactRequest
from app.privacy import audit
from app.privacy.audit import Actor
from app.records import Record, record_type
from app.services import records
from app.validation import validate
from app.vocab import AuditAction, ContactStatus
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
    """Create a contact request; unless given, ``received_at`` is now and ``deadline`` three working days on.

    The desktop program goes through :func:`take_request`, which also logs who took it."""
    stamp = now or utcnow()
    values = dict(data)
    values.setdefault("received_at", stamp)
    received = values["received_at"]
    if isinstance(received, datetime) and received.tzinfo is not None:
        values.setdefault("deadline", add_working_days(finnish_date(received), ANSWER_WITHIN_WORKING_DAYS))
    # Taking a request needs a way to call back. (A stored one may lack it: emptied after retention, or exported
    # without it, so the rule lives here and not in the body.) Refused with every other error of the form at once,
    # so the worker fixes them in one go.
    if not values.get("phone") and not values.get("email"):
        missing = FieldError("phone", "contact_required")
        try:
            validate(session, record_type("contact_request"), values, unit_id=author.unit_id)
        except ValidationError as refused:
            raise ValidationError([*refused.errors, missing]) from None
        raise ValidationError([missing])
    return records.create(session=session, author=author, type="contact_request", data=values, now=stamp)


def take_request(*, session: Session, who: Actor, data: Mapping[str, Any], now: datetime | None = None) -> Record:
    """A worker records a request with the person's consent; the audit log says who."""
    stamp = now or utcnow()
    made = record_contact_request(session=session, author=who.author, data=data, now=stamp)
    audit.log(session, who, AuditAction.CREATED, made.id, at=stamp)
    return made


def open_request(*, session: Session, who: Actor, id: str, now: datetime | None = None) -> Record:
    """The whole request, name and number included, for a worker of the answering organisation or a
    coordinator; the viewing is logged."""
    audit.readable(session, who, id)
    audit.log(session, who, AuditAction.VIEWED, id, at=now or utcnow())
    return records.get(session=session, type="contact_request", id=id)


def change_status(
    *,
    session: Session,
    who: Actor,
    id: str,
    status: ContactStatus,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Record:
    """Move a request on in the flow; a step the flow does not have is refused (``status``: ``invalid_step``)."""
    stamp = now or utcnow()
    row = audit.readable(session, who, id)
    was = ContactStatus(row.status)
    if status not in NEXT[was]:
        raise ValidationError.single("status", "invalid_step", was=was.value, to=status.value)
    changes: dict[str, Any] = {"status": status}
    if status is not ContactStatus.CLOSED and row.contacted_at is None:
        changes["contacted_at"] = stamp  # a call, or a try that did not reach them
    if status in FINAL:
        changes["closed_at"] = stamp
    changed = records.update(
        session=session,
        author=who.author,
        type="contact_request",
        id=id,
        changes=changes,
        expected_version=expected_version,
        now=stamp,
    )
    audit.log(session, who, AuditAction.CHANGED, id, at=stamp, detail=status.value)
    return changed


def delete_request(*, session: Session, who: Actor, id: str, now: datetime | None = None) -> Record:
    """A request taken by mistake: a tombstone, logged."""
    stamp = now or utcnow()
    audit.readable(session, who, id)
    audit.log(session, who, AuditAction.DELETED, id, at=stamp)
    return records.delete(session=session, author=who.author, type="contact_request", id=id, now=stamp)


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


def follow_ups(*, session: Session, who: Actor, today: date) -> list[FollowUp]:
    """The open requests ``who`` may read: their organisation's, or every one for a coordinator."""
    organisation = None if who.coordinator else (who.organisation_id or "")
    return open_requests(session=session, unit_id=who.author.unit_id, today=today, organisation_id=organisation)


def open_requests(*, session: Session, unit_id: str, today: date, organisation_id: str | None = None) -> list[FollowUp]:
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
