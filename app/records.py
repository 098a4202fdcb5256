"""The record types a device writes: wire name, table, body schema, and the order that keeps references valid."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from app.models import (
    AuditEntry,
    Base,
    ContactRequest,
    EncounterTally,
    Event,
    GuidanceSession,
    ProfessionalWork,
    Referral,
    StopDay,
    SyncedRecord,
)
from app.schemas import (
    AuditEntryBody,
    Body,
    ContactRequestBody,
    EncounterBody,
    EventBody,
    GuidanceBody,
    ProfessionalWorkBody,
    ReferralBody,
    StopDayBody,
)

SYNC_FIELDS = ("id", "unit_id", "device_id", "created_at", "updated_at", "version", "revision", "deleted")


@dataclass(frozen=True, slots=True)
class RecordType:
    name: str
    model: type[SyncedRecord]
    body: type[Body]

    def new_row(self, **values: Any) -> SyncedRecord:
        factory: Callable[..., SyncedRecord] = self.model
        return factory(**values)

    @property
    def table(self) -> str:
        return str(self.model.__tablename__)  # type: ignore[attr-defined]


# In dependency order: a record only refers to types listed before it, so exporting and importing in this order
# never meets a reference to a record not yet there.
RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("stop_day", StopDay, StopDayBody),
    RecordType("event", Event, EventBody),
    RecordType("guidance", GuidanceSession, GuidanceBody),
    RecordType("encounter", EncounterTally, EncounterBody),
    RecordType("referral", Referral, ReferralBody),
    RecordType("contact_request", ContactRequest, ContactRequestBody),
    RecordType("audit_entry", AuditEntry, AuditEntryBody),
    RecordType("professional_work", ProfessionalWork, ProfessionalWorkBody),
)
BY_NAME = {rt.name: rt for rt in RECORD_TYPES}
# Records any device of the unit may change, not only the one that wrote them: a contact request is followed up
# by whoever answers it. Their changes meet at the register by compare-and-set on ``revision``.
SHARED = frozenset({"contact_request"})
BY_TABLE = {rt.table: rt for rt in RECORD_TYPES}


def record_type(name: str) -> RecordType:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown record type {name!r}; known: {', '.join(BY_NAME)}") from None


@cache
def model_for_table(table: str) -> type[Base]:
    """The mapped class of a table, for references named by table in the schemas."""
    mapped = Base.metadata.tables[table]
    for mapper in Base.registry.mappers:
        if mapper.local_table is mapped:
            model: type[Base] = mapper.class_
            return model
    raise KeyError(table)


@dataclass(frozen=True, slots=True)
class Record:
    """A record as the use cases hand it out: plain, immutable data."""

    type: str
    id: str
    unit_id: str
    device_id: str
    created_at: datetime
    updated_at: datetime
    version: int
    revision: int | None
    deleted: bool
    body: Body
    pending: bool = True  # this version is not yet acknowledged by the register (local state, not on the wire)

    def envelope(self) -> dict[str, Any]:
        """The wire shape shared by export/import and sync: sync columns plus the body, JSON-ready."""
        return {
            "type": self.type,
            "id": self.id,
            "unit_id": self.unit_id,
            "device_id": self.device_id,
            "created_at": _iso(self.created_at),
            "updated_at": _iso(self.updated_at),
            "version": self.version,
            "revision": self.revision,
            "deleted": self.deleted,
            "body": self.body.model_dump(mode="json"),
        }


def _iso(value: datetime) -> str:
    return value.isoformat().replace("+00:00", "Z")


def to_record(rtype: RecordType, row: SyncedRecord) -> Record:
    values = {name: getattr(row, name) for name in rtype.body.model_fields}
    body = rtype.body.model_validate(values)
    return Record(
        type=rtype.name,
        id=row.id,
        unit_id=row.unit_id,
        device_id=row.device_id,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        revision=row.revision,
        deleted=row.deleted,
        body=body,
        pending=row.version > row.synced_version,
    )
