"""A national service catalogue file (PTV) imported at the register, so that every laptop gets it at its next sync.

The same mapping as a laptop's own import (``app.catalogue.ptv``); here each organisation and service it creates or
changes takes a new revision, which is what laptops pull. An entry that changes nothing keeps its revision.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from app.catalogue.ptv import ImportReport, import_ptv
from app.models import Organisation, Service
from sync.server.push import allocate_revisions


def import_at_register(session: Session, data: Mapping[str, Any]) -> ImportReport:
    """Import a PTV file's content in the caller's transaction; PtvFileError if the file as a whole is unusable."""

    def number(flushing: Session, _context: object, _instances: object) -> None:
        changed = [
            row
            for row in (*flushing.new, *flushing.dirty)
            if isinstance(row, Organisation | Service) and (row in flushing.new or flushing.is_modified(row))
        ]
        for row, revision in zip(changed, allocate_revisions(flushing, len(changed)), strict=True):
            row.revision = revision

    event.listen(session, "before_flush", number)
    try:
        report = import_ptv(session=session, data=data)
        session.flush()
    finally:
        event.remove(session, "before_flush", number)
    return report
