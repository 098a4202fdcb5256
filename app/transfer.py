"""Records to and from JSON Lines: one envelope per line, the same shape the sync protocol pushes.

Export is canonical (sorted keys, dependency order, then creation order), so exporting, importing into an empty
store and exporting again gives identical lines. Import is idempotent: a line already present at the same version
changes nothing; an older version is skipped; a different body at the same version is a conflict and is refused.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

import pydantic
from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import FieldError, PysakkiError, ValidationError
from app.models import QuarantinedRecord, Unit
from app.models.contact_request import IDENTIFYING
from app.privacy.retention import without_identifying
from app.records import BY_NAME, RECORD_TYPES, SHARED, to_record
from app.validation import field_errors, validate

FORMAT = "jsonl"
Key = Annotated[str, StringConstraints(min_length=1, max_length=64)]
MAX_COUNTER = 2**31 - 1  # versions and revisions: the INTEGER columns of every database the register runs on


def integral(value: Any) -> Any:
    """JSON has one number type: 18.0 is the integer 18 (JSON Schema agrees), "18" and true are not integers."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


# A version or revision: a whole JSON number, never text or a boolean coerced into one.
VersionNumber = Annotated[int, Field(ge=1, le=MAX_COUNTER, strict=True), BeforeValidator(integral)]


class Envelope(BaseModel):
    """One line of an export file; ``body`` is validated by the record type's own schema."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str
    id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    unit_id: Key
    device_id: Key
    created_at: AwareDatetime
    updated_at: AwareDatetime
    version: VersionNumber
    revision: VersionNumber | None = None
    deleted: Annotated[bool, Field(strict=True)] = False
    body: dict[str, Any]


def dumps(envelope: dict[str, Any]) -> str:
    return json.dumps(envelope, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def export_lines(*, session: Session, updated_since: datetime | None = None) -> Iterator[str]:
    """Every record of the store (tombstones included, so deletions travel too), one JSON line each."""
    for rtype in RECORD_TYPES:
        model = rtype.model
        query = select(model).order_by(model.created_at, model.id)
        if updated_since is not None:
            query = query.where(model.updated_at >= updated_since)
        for row in session.scalars(query):
            yield dumps(without_identifying(to_record(rtype, row).envelope()))  # names never leave in a file


class Outcome(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    SKIPPED_OLDER = "skipped_older"
    REJECTED = "rejected"


@dataclass
class LineResult:
    line: int
    outcome: Outcome
    id: str | None = None
    errors: list[FieldError] = field(default_factory=list)


@dataclass
class ImportReport:
    results: list[LineResult] = field(default_factory=list)

    def count(self, outcome: Outcome) -> int:
        return sum(1 for r in self.results if r.outcome is outcome)

    @property
    def rejected(self) -> list[LineResult]:
        return [r for r in self.results if r.outcome is Outcome.REJECTED]


def import_lines(*, session: Session, lines: Iterable[str], all_or_nothing: bool = False) -> ImportReport:
    """Apply each line in its own savepoint: good lines are kept, bad ones reported by number with the reason.

    With ``all_or_nothing`` every line is still checked, so the report lists all bad lines, and then a single
    bad line raises ``ImportRefusedError``, which rolls back the caller's transaction: nothing of the file is kept.
    """
    report = ImportReport()
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text:
            continue
        savepoint = session.begin_nested()
        try:
            result = _apply_line(session, number, text)
        except ValidationError as exc:
            savepoint.rollback()
            result = LineResult(number, Outcome.REJECTED, errors=exc.errors)
        else:
            savepoint.commit()
        report.results.append(result)
    if all_or_nothing and report.rejected:
        raise ImportRefusedError(report)
    return report


class ImportRefusedError(PysakkiError):
    """``--all-or-nothing`` met at least one bad line; the report says which."""

    code = "import_refused"

    def __init__(self, report: ImportReport) -> None:
        super().__init__(f"{len(report.rejected)} bad line(s); nothing was imported")
        self.report = report


def _apply_line(session: Session, number: int, text: str) -> LineResult:
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValidationError.single("line", "not_json", position=exc.pos) from None
    outcome, record_id = apply_envelope(session, payload)
    return LineResult(number, outcome, record_id)


def _register_moved_on(session: Session, type_name: str, row: Any, envelope: Envelope) -> bool:
    """A shared record the register has a later revision of, while nothing of this store's waits to be sent
    (or what waited was refused there as a conflict, and is in the quarantine)."""
    if envelope.revision is None or envelope.revision <= (row.revision or 0):
        return False
    if row.version <= row.synced_version:
        return True
    refused = session.get(QuarantinedRecord, (type_name, row.id, row.version))
    return refused is not None and refused.status == "conflict"


def apply_envelope(session: Session, payload: Any) -> tuple[Outcome, str]:
    """Bring one record envelope (an export line, or a record pulled from the register) into the store.

    New: created. A higher version: updated. The same version and body: unchanged. An older version: skipped.
    The same version with another body, or another author: ValidationError (nothing changed).
    """
    try:
        envelope = Envelope.model_validate(payload)
    except pydantic.ValidationError as exc:
        raise ValidationError(field_errors(exc)) from None
    rtype = BY_NAME.get(envelope.type)
    if rtype is None:
        raise ValidationError.single("type", "unknown_type", value=envelope.type)
    if session.get(Unit, envelope.unit_id) is None:
        raise ValidationError.single("unit_id", "unknown_unit", value=envelope.unit_id)
    try:
        body = validate(session, rtype, envelope.body, unit_id=envelope.unit_id, allow_deleted_refs=True)
    except ValidationError as exc:
        raise ValidationError([FieldError(f"body.{e.field}", e.code, e.params) for e in exc.errors]) from None

    row = session.get(rtype.model, envelope.id)
    if row is not None and rtype.name == "contact_request":
        # An export leaves a request's name and number out: what this store holds of them stays.
        kept = {name: getattr(row, name) for name in IDENTIFYING if getattr(body, name) is None}
        body = body.model_copy(update=kept)
    acknowledged = envelope.version if envelope.revision is not None else 0
    sync_values = {
        "unit_id": envelope.unit_id,
        "device_id": envelope.device_id,
        "created_at": envelope.created_at,
        "updated_at": envelope.updated_at,
        "version": envelope.version,
        "revision": envelope.revision,
        "deleted": envelope.deleted,
    }
    if row is None:
        session.add(rtype.new_row(id=envelope.id, synced_version=acknowledged, **sync_values, **body.storage_values()))
        session.flush()
        return Outcome.CREATED, envelope.id
    if (row.unit_id, row.device_id) != (envelope.unit_id, envelope.device_id):
        raise ValidationError.single("id", "identity_mismatch", id=envelope.id)
    if rtype.name in SHARED and _register_moved_on(session, rtype.name, row, envelope):
        pass  # another laptop's change won at the register: it replaces this one (whose version is kept in view)
    elif envelope.version < row.version:
        return Outcome.SKIPPED_OLDER, envelope.id
    elif envelope.version == row.version:
        current = to_record(rtype, row)
        if current.body == body and current.deleted == envelope.deleted:
            return Outcome.UNCHANGED, envelope.id
        raise ValidationError.single("version", "conflict", id=envelope.id, version=envelope.version)
    for name, value in {**sync_values, **body.storage_values()}.items():
        setattr(row, name, value)
    row.synced_version = max(row.synced_version, acknowledged)
    session.flush()
    return Outcome.UPDATED, envelope.id
