"""The end-of-day receipt: what the register holds of one device's records, for the laptop to check against its own.

Per record type, the count of the records the device wrote (tombstones included) and a digest over their ids and
versions (``sync.protocol.receipt_digest``). A laptop whose count and digest agree knows every record it wrote is at
headquarters at the version it holds; one whose do not knows which types differ.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.records import RECORD_TYPES
from sync.protocol import ReceiptResponse, TypeReceipt, receipt_digest
from sync.server.auth import Caller


def receipt(session: Session, caller: Caller) -> ReceiptResponse:
    types = {}
    for rtype in RECORD_TYPES:
        model = rtype.model
        query = select(model.id, model.version).where(model.device_id == caller.id, model.unit_id == caller.unit_id)
        pairs = [(str(record_id), int(version)) for record_id, version in session.execute(query)]
        types[rtype.name] = TypeReceipt(count=len(pairs), digest=receipt_digest(pairs))
    return ReceiptResponse(device_id=caller.id, types=types, server_time=utcnow())
