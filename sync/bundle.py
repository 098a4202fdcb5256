"""A sync bundle written on the laptop: the pending push of a laptop that cannot reach the register, carried as a
file (the format: ``sync.bundle_format``).

The register applies it with the push's own rules (``pysakki-register import-bundle``), so a bundle imported twice,
or imported and then synced, changes nothing the second time. Writing a bundle marks nothing as sent: the records
stay pending until a sync is acknowledged. A contact request leaves the laptop only sealed, so a laptop never
enrolled writes none.
"""

from __future__ import annotations

import gzip
import os
from pathlib import Path

from sqlalchemy.orm import Session

from app.clock import utcnow
from app.identity import device_id, get_setting
from app.privacy.store import sealed_setting
from sync.bundle_format import MAGIC, BundleError, BundleHeader, BundleTrailer, bundle_sealer, seal_record
from sync.laptop import REGISTER_TOKEN
from sync.outbox import local_workers, pending_records
from sync.protocol import PROTOCOL_VERSION, digest


def write_bundle(session: Session, path: Path) -> int:
    """Write this laptop's pending push to ``path`` (atomically: a reader never sees half a file); the count."""
    unit = get_setting(session, "unit_id")
    if unit is None:
        raise BundleError("this laptop has no unit yet: sign in once before writing a sync bundle")
    token = sealed_setting(session, REGISTER_TOKEN)
    sealer = bundle_sealer(digest(token)) if token else None
    header = BundleHeader(
        bundle=MAGIC,
        protocol_version=PROTOCOL_VERSION,
        device_id=device_id(session),
        unit_id=unit,
        written_at=utcnow(),
        workers=local_workers(session),
        sealed=sealer is not None,
    )
    partial = path.with_name(path.name + ".part")
    count = 0
    try:
        with gzip.open(partial, "wt", encoding="utf-8") as out:
            out.write(header.model_dump_json() + "\n")
            for record in pending_records(session):
                if record.type == "contact_request" and sealer is None:
                    raise BundleError("enroll this laptop first: a contact request leaves it only sealed")
                out.write((record if sealer is None else seal_record(record, sealer)).model_dump_json() + "\n")
                count += 1
            out.write(BundleTrailer(end=True, records=count).model_dump_json() + "\n")
            out.flush()
            os.fsync(out.fileno())
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(path)
    return count
