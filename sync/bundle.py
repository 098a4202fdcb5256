"""A sync bundle: the pending push of a laptop that cannot reach the register, carried as a file.

The file is gzip-compressed JSON Lines: a header line (who wrote it, the workers added on the laptop), then one
push record per line, then a trailer with the count, so a truncated or hand-edited file is refused whole rather
than half-applied. The register applies it with the push's own rules (``pysakki-register import-bundle``), so a
bundle imported twice, or imported and then synced, changes nothing the second time. Writing a bundle marks
nothing as sent: the records stay pending until a sync is acknowledged.

A USB stick gets lost more easily than a laptop: contact requests' names and numbers are sealed in the file with
a key only this laptop and the register can make (derived from the hash of the laptop's register token, which the
register keeps and the stick does not carry).
"""

from __future__ import annotations

import gzip
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

import pydantic
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import AwareDatetime
from sqlalchemy.orm import Session

from app.clock import utcnow
from app.identity import device_id, get_setting
from app.models.contact_request import IDENTIFYING
from app.privacy.sealing import KEY_BYTES, Sealer
from app.privacy.store import sealed_setting
from sync.laptop import REGISTER_TOKEN
from sync.outbox import local_workers, pending_records
from sync.protocol import PROTOCOL_VERSION, PushRecord, Wire, WorkerUpload, digest

MAGIC = "pysakki-sync-bundle"
T = TypeVar("T", bound=pydantic.BaseModel)


class BundleHeader(Wire):
    bundle: Literal["pysakki-sync-bundle"]
    protocol_version: int
    device_id: str
    unit_id: str
    written_at: AwareDatetime
    workers: list[WorkerUpload]
    sealed: bool = False  # contact requests' identifying fields sealed with bundle_sealer


def bundle_sealer(hashed_token: str) -> Sealer:
    """The bundle key of one enrollment: the laptop derives it from its token, the register from the token's hash."""
    key = HKDF(algorithm=SHA256(), length=KEY_BYTES, salt=b"pysakki sync bundle", info=b"contact requests")
    return Sealer(key.derive(hashed_token.encode("ascii")))


def seal_record(record: PushRecord, sealer: Sealer, *, opening: bool = False) -> PushRecord:
    """A contact request with its identifying fields sealed (or, ``opening``, opened again); others as they are."""
    if record.type != "contact_request":
        return record
    body = dict(record.body)
    for name in IDENTIFYING:
        if isinstance(body.get(name), str):
            body[name] = sealer.open(name, body[name]) if opening else sealer.seal(name, body[name])
    return record.model_copy(update={"body": body})


class BundleTrailer(Wire):
    end: Literal[True]
    records: int


class BundleError(Exception):
    """The file is not a whole, readable sync bundle; nothing of it was applied."""


@dataclass(frozen=True, slots=True)
class Bundle:
    header: BundleHeader
    records: list[PushRecord]


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


def read_bundle(path: Path) -> Bundle:
    """The whole bundle, or BundleError saying what is wrong with it (line numbers count from 1)."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as stream:
            lines = stream.read().splitlines()
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise BundleError(f"{path} is not a readable sync bundle ({exc})") from None
    if len(lines) < 2:  # a header and a trailer at least
        raise BundleError(f"{path} is empty or cut short")
    header = _parse(BundleHeader, lines[0], 1)
    if header.protocol_version > PROTOCOL_VERSION:
        raise BundleError(f"the bundle was written by a newer Pysäkki (protocol {header.protocol_version})")
    trailer = _parse(BundleTrailer, lines[-1], len(lines))
    records = [_parse(PushRecord, line, number) for number, line in enumerate(lines[1:-1], start=2)]
    if trailer.records != len(records):
        raise BundleError(f"the bundle says {trailer.records} records but holds {len(records)}")
    return Bundle(header, records)


def _parse(model: type[T], line: str, number: int) -> T:
    try:
        data: Any = json.loads(line)
        return model.model_validate(data)
    except (ValueError, pydantic.ValidationError) as exc:
        first = str(exc).splitlines()[0]
        raise BundleError(f"line {number}: not a valid {model.__name__} ({first})") from None
