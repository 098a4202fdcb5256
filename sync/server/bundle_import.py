"""``pysakki-register import-bundle``: apply a laptop's sync bundle with the push's own rules.

The bundle must come from an enrolled device of the unit it names; its records go through ``push.apply_push`` in
batches of one push each, so importing it twice, or importing it and then syncing, answers "duplicate" the second
time and changes nothing.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from app.privacy.sealing import SealError
from sync.bundle_format import BundleError, bundle_sealer, read_bundle, seal_record
from sync.protocol import MAX_PUSH_RECORDS
from sync.server import authorisation, push
from sync.server.auth import Caller
from sync.server.models import Device
from sync.server.store import RegisterStore


def import_bundle(store: RegisterStore, path: Path, *, even_if_revoked: bool = False) -> Counter[str]:
    """Apply the bundle at ``path``; the answers counted by status. BundleError when it cannot be applied at all."""
    bundle = read_bundle(path)
    header = bundle.header
    with store.session() as session:
        device = session.get(Device, header.device_id)
        if device is None:
            raise BundleError(f"device {header.device_id} is not enrolled here: enroll the laptop first")
        if device.unit_id != header.unit_id:
            raise BundleError(f"device {header.device_id} belongs to unit {device.unit_id}, not {header.unit_id}")
        if device.revoked_at is not None and not even_if_revoked:
            raise BundleError(f"device {header.device_id} is revoked; add --even-if-revoked to take its records")
        caller = Caller("device", device.id, device.unit_id)
        records = bundle.records
        if header.sealed:
            sealer = bundle_sealer(device.token_hash)
            try:
                records = [seal_record(record, sealer, opening=True) for record in records]
            except SealError:
                raise BundleError(
                    "the bundle's contact requests do not open with this device's key: was the laptop enrolled "
                    "again after writing it? Write the bundle again."
                ) from None
        for record in records:  # the whole file is refused before any of it is applied
            refusal = authorisation.claim_refusal(caller, record)
            if refusal is not None:
                raise BundleError(f"record {record.id}: {refusal}")
        if header.workers:
            push.add_workers(session=session, caller=caller, workers=header.workers)
    answers: Counter[str] = Counter()
    for start in range(0, len(records), MAX_PUSH_RECORDS):
        with store.session() as session:
            results = push.apply_push(session=session, caller=caller, records=records[start : start + MAX_PUSH_RECORDS])
        answers.update(result.status.value for result in results)
    return answers
