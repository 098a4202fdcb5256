"""The sync bundle's format, shared by the laptop that writes it (``sync.bundle``) and the register that reads it
(``sync.server.bundle_import``): gzip-compressed JSON Lines, a header line (who wrote it, the workers added on the
laptop), one push record per line, then a trailer with the count, so a truncated or hand-edited file is refused whole
rather than half-applied. Contact requests' names and numbers travel sealed with a key derived from the hash of the
laptop's register token (``bundle_sealer``), which the register keeps and a lost USB stick does not carry.

Nothing here belongs to the laptop's sync client, so the register reads bundles without it.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TypeVar

import pydantic
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pydantic import AwareDatetime

from app.models.contact_request import IDENTIFYING
from app.privacy.sealing import KEY_BYTES, Sealer
from sync.protocol import PROTOCOL_VERSION, PushRecord, Wire, WorkerUpload

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
