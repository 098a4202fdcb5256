from __future__ import annotations

from typing import Annotated

from pydantic import StringConstraints

from app.schemas.base import Body, Moment, Ref
from app.vocab import AuditAction


class AuditEntryBody(Body):
    record_type = "audit_entry"

    at: Moment
    worker_id: Annotated[str | None, Ref("workers")] = None
    action: AuditAction
    # Not an operational reference: the entry that logs a deletion points at a deleted request, and must.
    contact_request_id: Annotated[str, Ref("contact_requests")]
    detail: Annotated[str, StringConstraints(pattern=r"^[a-z_]{1,32}$")] | None = None
