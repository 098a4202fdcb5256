"""The wire protocol between devices and the register, used by both ends (DESIGN.md, "Sync").

Every request carries ``X-Pysakki-Protocol``; a register that cannot speak that version answers 426 with an error
body telling the user to update. Bodies are JSON, gzip-compressed when large. Records travel in the envelope of
``app.transfer`` (the same shape as an export line), plus the revision the device last saw for a push.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from enum import StrEnum
from typing import Annotated, Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from app.transfer import Envelope, VersionNumber

PROTOCOL_VERSION = 1
PROTOCOL_HEADER = "X-Pysakki-Protocol"
API_PREFIX = "/api/v1"
NO_NUL = r"^[^\x00]*$"  # text a peer sends: PostgreSQL cannot store a NUL character, so none is taken
# A 401's code for a laptop revoked with an order to erase: it empties its contact requests' names and numbers.
ERASE_ORDERED = "erase_ordered"
MAX_PUSH_RECORDS = 2000  # per request at most; the engine starts at 200 and grows batches only on a quick link


def digest(secret: str) -> str:
    """What the register keeps of a token or an enrollment code (and what a laptop's bundle key is derived from)."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


class Wire(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)  # a newer peer may add fields; they are not errors


class ServerInfo(Wire):
    protocol_version: int
    min_protocol_version: int
    server_time: AwareDatetime


class ErrorBody(Wire):
    """Every 4xx and 5xx answer: a stable code for the program and a sentence for the log."""

    code: str
    message: str = ""


class PushRecord(Envelope):
    """A record as the device holds it, and the register revision its edit was based on (None: never synced)."""

    base_revision: VersionNumber | None = None


class PushRequest(Wire):
    records: Annotated[list[PushRecord], Field(max_length=MAX_PUSH_RECORDS)]


class PushStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    DUPLICATE = "duplicate"  # the same id, version and body as before: the same answer as the first time
    CONFLICT = "conflict"  # kept beside the current version for a coordinator; never silently overwritten
    REJECTED = "rejected"  # invalid; quarantined on the device with the reason


class PushResult(Wire):
    id: str
    version: int
    status: PushStatus
    revision: int | None = None
    reason: str | None = None


class PushResponse(Wire):
    results: list[PushResult]
    server_time: AwareDatetime


class Change(Wire):
    """One record or reference row the device does not have yet, in the register's revision order."""

    kind: str  # a record type ("guidance", ...) or a reference table ("services", ...)
    revision: int
    data: dict[str, Any]


class PullResponse(Wire):
    changes: list[Change]
    cursor: int  # the revision to ask from next time; stored only after these changes are committed
    more: bool
    server_time: AwareDatetime


UUID_PATTERN = r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"


class EnrollRequest(Wire):
    code: Annotated[str, Field(min_length=6, max_length=64, pattern=NO_NUL)]
    device_name: Annotated[str, Field(min_length=1, max_length=120, pattern=NO_NUL)]
    # The id the laptop made for itself at first start: records written before enrollment already carry it.
    device_id: Annotated[str | None, Field(pattern=UUID_PATTERN)] = None
    # A random secret the laptop keeps until it has its token: the same code, id and secret again (the first
    # answer was lost) give this laptop a new token.
    attempt: Annotated[str | None, Field(min_length=32, max_length=128, pattern=NO_NUL)] = None


class WorkerUpload(Wire):
    """A worker who added themselves on a laptop ("local-" id): the register learns of them before their records."""

    id: Annotated[str, Field(pattern=r"^local-[0-9a-f-]{36}$")]
    display_name: Annotated[str, Field(min_length=1, max_length=120, pattern=NO_NUL)]
    organisation_id: Annotated[str | None, Field(max_length=64, pattern=NO_NUL)] = None
    is_student: Annotated[bool, Field(strict=True)] = False


class WorkersRequest(Wire):
    workers: Annotated[list[WorkerUpload], Field(max_length=MAX_PUSH_RECORDS)]


class WorkersResponse(Wire):
    created: int
    known: int


class EnrollResponse(Wire):
    device_id: str
    unit_id: str
    token: str  # shown once; the register keeps only its hash
    reference: list[Change] = []  # the unit's own reference rows (and what they refer to), parents first


class TypeReceipt(Wire):
    """What the register holds of one record type of a device: how many, and a digest over ids and versions."""

    count: int
    digest: str


class ReceiptResponse(Wire):
    """The end-of-day receipt: every record this device wrote, as the register holds it (``receipt_digest``)."""

    device_id: str
    types: dict[str, TypeReceipt]
    server_time: AwareDatetime


def receipt_digest(pairs: Iterable[tuple[str, int]]) -> str:
    """SHA-256 over ``id:version`` lines in id order: both ends compute it over their own copies of the records."""
    hashed = hashlib.sha256()
    for record_id, version in sorted(pairs):
        hashed.update(f"{record_id}:{version}\n".encode("ascii"))
    return hashed.hexdigest()
