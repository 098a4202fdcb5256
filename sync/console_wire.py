"""The coordinator's calls on the wire: laptops, enrollment codes and conflicts, as the register answers them and
the desktop program's console reads them (one definition for both ends, like ``sync.protocol``)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated, Any
from urllib.parse import urlencode

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from app.transfer import integral
from sync.protocol import NO_NUL

DEFAULT_CODE_HOURS = 72  # how long a new enrollment code is valid
KEPT = ("register", "laptop")  # which version a coordinator kept when resolving a conflict


class _Body(BaseModel):
    model_config = ConfigDict(extra="ignore")  # a newer register may add fields


class DeviceInfo(_Body):
    id: str
    unit_id: str
    name: str
    revoked: bool
    last_seen_at: str | None
    erase_ordered: bool = False  # revoked with an order to erase its contact requests' names, if it calls again
    erase_told_at: str | None = None  # when it called and was told


class UnitInfo(_Body):
    """A unit as the register's reference table holds it: what a coordinator makes enrollment codes for."""

    id: str
    name: str
    active: bool = True


class CodeRequest(_Body):
    unit_id: Annotated[str, Field(min_length=1, max_length=64, pattern=NO_NUL)]
    hours: Annotated[int, Field(ge=1, le=24 * 14, strict=True), BeforeValidator(integral)] = DEFAULT_CODE_HOURS


class CodeResponse(_Body):
    code: str


class ConflictInfo(_Body):
    id: int
    record_type: str
    record_id: str
    version: int
    device_id: str
    unit_id: str
    received_at: datetime
    resolved: bool
    note: str | None
    pushed: dict[str, Any]  # what the device sent
    current: dict[str, Any] | None  # what the register holds now
    resolved_at: datetime | None = None
    resolved_by: str | None = None  # the coordinator's name


class ResolveRequest(_Body):
    note: Annotated[str, Field(min_length=1, max_length=2000, pattern=NO_NUL)]


class ReferenceRowsRequest(_Body):
    """Reference rows for ``PUT /reference/{table}``: each names its key and the fields it sets."""

    rows: list[dict[str, Any]]


class RowAnswer(_Body):
    """The register's answer for one reference row: created, updated, unchanged, or rejected with the reason
    (``field: problem; field: problem``, or the database's refusal)."""

    key: str
    status: str
    reason: str = ""


class StopRow(_Body):
    id: str
    unit_id: str
    municipality_code: str
    name: str
    address: str | None = None
    active: bool = True


class ScheduleRow(_Body):
    """A visit of a unit's bus to a stop; ``cancelled`` when headquarters called it off in advance."""

    id: str
    unit_id: str
    stop_id: str
    day: date
    starts_at: time | None = None
    ends_at: time | None = None
    cancelled: bool = False
    active: bool = True


class WorkerRow(_Body):
    id: str
    unit_id: str
    organisation_id: str | None = None
    display_name: str
    is_student: bool = False
    role: str = "worker"
    active: bool = True


class OrganisationRow(_Body):
    id: str
    name_fi: str
    name_sv: str | None = None
    name_en: str | None = None
    short_name: str | None = None
    partner: bool = True
    active: bool = True


def rejected_fields(reason: str) -> list[tuple[str, str]]:
    """(field, problem) for each part of a rejected row's reason; the field is empty where the register named none
    (the database's own refusal)."""
    found = []
    for part in reason.split("; "):
        field, colon, problem = part.partition(": ")
        if colon and field and " " not in field:
            found.append((field, problem))
        elif part:
            found.append(("", part))
    return found


def enrollment_link(register_url: str, code: str) -> str:
    """What the QR code beside a new enrollment code holds: the register's address and the code, in one line."""
    return "pysakki://enroll?" + urlencode({"register": register_url, "code": code})


def resolution_note(kept: str, note: str) -> str:
    """The note a resolved conflict keeps: which version stands, then the coordinator's own words."""
    if kept not in KEPT:
        raise ValueError(f"kept must be one of {KEPT}")
    return f"kept: {kept}\n{note.strip()}"
