"""Who may write which record at the register: the one rule every push (and every bundle import) goes through.

- Only devices write records; a coordinator reads (403 ``devices_only`` for the whole request).
- A device writes only records of its own unit, both as it claims them (the pushed ``unit_id``) and as the register
  holds them (the stored row's unit): no push moves a record between units or touches another unit's record.
- The author never changes: a record keeps the ``device_id`` it was created with.
- A device creates records only as itself, and changes only its own records, except shared ones (contact requests,
  ``app.records.SHARED``), which any device of the unit may follow up (compare-and-set on the revision).

A refused record is answered ``rejected`` with the reason alone, never with what the register holds, and the rest of
the push goes on (a laptop that imported another laptop's file is not stuck behind one record).
"""

from __future__ import annotations

from typing import Protocol

from app.records import SHARED
from sync.protocol import PushRecord
from sync.server.auth import AuthError, Caller


class Owned(Protocol):
    """What the register holds of a record's ownership (a stored row)."""

    unit_id: str
    device_id: str


OTHER_UNIT = "other_unit: the record belongs to another unit"
NOT_THIS_DEVICE = "not_this_device: written by another device than the one sending it"
NOT_AUTHOR = "not_author: another device wrote this record"


def require_device(caller: Caller) -> None:
    """Records are written by devices only."""
    if caller.is_coordinator or caller.unit_id is None:
        raise AuthError(403, "devices_only", "only devices push records")


def claim_refusal(caller: Caller, record: PushRecord) -> str | None:
    """Why the record as pushed is not ``caller``'s to send (its unit; its author, unless it is shared), or None."""
    if record.unit_id != caller.unit_id:
        return OTHER_UNIT
    if record.device_id != caller.id and record.type not in SHARED:
        return NOT_THIS_DEVICE
    return None


def write_refusal(caller: Caller, record: PushRecord, stored: Owned | None) -> str | None:
    """Why ``caller`` may not write ``record`` over ``stored`` (None when nothing is stored yet), or None."""
    claimed = claim_refusal(caller, record)
    if claimed is not None:
        return claimed
    if stored is None:
        return NOT_THIS_DEVICE if record.device_id != caller.id else None  # a device creates only as itself
    if stored.unit_id != caller.unit_id:
        return OTHER_UNIT
    if stored.device_id != record.device_id:
        return NOT_AUTHOR
    return None
