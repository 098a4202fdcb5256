"""Who may read a contact request, and the audit entry every reading and change of one leaves.

A worker reads the requests their own organisation answers; a coordinator reads every one. Each creation, view,
change and deletion writes an audit entry (an ``audit_entry`` record: it syncs to the register, where
coordinators read the log). The entry names the worker, the action and the request, never what it holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from app.errors import NotAllowedError, NotFoundError
from app.identity import Author
from app.models import ContactRequest, Worker
from app.services import records
from app.vocab import AuditAction, Role


@dataclass(frozen=True, slots=True)
class Actor:
    """The laptop and the signed-in worker, as the contact-request rules need them."""

    author: Author
    worker_id: str
    organisation_id: str | None
    coordinator: bool

    def may_read(self, request: ContactRequest) -> bool:
        return self.coordinator or (
            self.organisation_id is not None and request.organisation_id == self.organisation_id
        )


def actor(session: Session, author: Author, worker_id: str) -> Actor:
    worker = session.get(Worker, worker_id)
    if worker is None or worker.unit_id != author.unit_id or not worker.active:
        raise NotFoundError(f"no active worker {worker_id} in unit {author.unit_id}", id=worker_id)
    return Actor(author, worker.id, worker.organisation_id, worker.role is Role.COORDINATOR)


def readable(session: Session, who: Actor, request_id: str) -> ContactRequest:
    """The request, if ``who`` may read it; another organisation's is refused as if it were not there to them."""
    request = session.get(ContactRequest, request_id)
    if request is None or request.unit_id != who.author.unit_id:
        raise NotFoundError(f"no contact request {request_id}", id=request_id)
    if not who.may_read(request):
        raise NotAllowedError("another organisation's contact request", id=request_id)
    return request


def log(
    session: Session, who: Actor, action: AuditAction, request_id: str, *, at: datetime, detail: str | None = None
) -> None:
    records.create(
        session=session,
        author=who.author,
        type="audit_entry",
        data={
            "at": at,
            "worker_id": who.worker_id,
            "action": action,
            "contact_request_id": request_id,
            "detail": detail,
        },
        now=at,
    )
