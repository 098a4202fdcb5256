"""Records to and from JSON Lines: one envelope per line, the same shape the sync protocol pushes.

Export is canonical (sorted keys, dependency order, then creation order), so exporting, importing into an empty
store and exporting again gives identical lines. Import follows the version-merge rule (``app.merge``), so it is
idempotent: a line already present at the same version is a duplicate and changes nothing; an older version changes
nothing; a different body at the same version is a conflict and is refused. An import never marks anything as sent
to the register (see ``apply_envelope``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

import pydantic
from pydantic import AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field, StringConstraints
from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from app.errors import FieldError, PysakkiError, ValidationError
from app.identity import device_id
from app.merge import Merge, merge
from app.models import QuarantinedRecord, SyncedRecord, Unit
from app.models.contact_request import IDENTIFYING
from app.privacy.retention import without_identifying
from app.records import BY_NAME, RECORD_TYPES, SHARED, RecordType, to_record
from app.schemas import Body
from app.validation import Lookup, field_errors, validate

FORMAT = "jsonl"
Key = Annotated[str, StringConstraints(min_length=1, max_length=64)]
MAX_COUNTER = 2**31 - 1  # versions and revisions: the INTEGER columns of every database the register runs on


def integral(value: Any) -> Any:
    """JSON has one number type: 18.0 is the integer 18 (JSON Schema agrees), "18" and true are not integers."""
    return int(value) if isinstance(value, float) and value.is_integer() else value


ISO_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _text_only(value: Any) -> Any:
    """A timestamp travels as ISO 8601 text; a number (seconds since 1970?), or text that is one (a query's "0.5"),
    is refused, not guessed at."""
    if isinstance(value, datetime) or (isinstance(value, str) and ISO_DATE_TIME.match(value)):
        return value
    raise ValueError("a timestamp is ISO 8601 text")


Timestamp = Annotated[AwareDatetime, BeforeValidator(_text_only)]
# A version or revision: a whole JSON number, never text or a boolean coerced into one.
VersionNumber = Annotated[int, Field(ge=1, le=MAX_COUNTER, strict=True), BeforeValidator(integral)]


class Envelope(BaseModel):
    """One line of an export file; ``body`` is validated by the record type's own schema."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    type: str
    id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    unit_id: Key
    device_id: Key
    created_at: Timestamp
    updated_at: Timestamp
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
    """What became of a line: the merge rule's outcome, or rejected (invalid, or a conflict: the reason says)."""

    CREATED = Merge.CREATED.value
    UPDATED = Merge.UPDATED.value
    DUPLICATE = Merge.DUPLICATE.value
    OLDER = Merge.OLDER.value
    REJECTED = "rejected"


class Source(StrEnum):
    """Where an envelope comes from, which decides what it tells about the register (see ``apply_envelope``)."""

    PULL = "pull"  # handed out by the register: it holds this version, at this revision
    IMPORT = "import"  # a line of a file: its revision is that of the last version its store had acknowledged


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
    outcome, record_id = apply_envelope(session, payload, source=Source.IMPORT)
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


def apply_envelope(
    session: Session, payload: Any, *, source: Source = Source.PULL, lookup: Lookup | None = None
) -> tuple[Outcome, str]:
    """Bring one record envelope (a record pulled from the register, or a line of a file) into the store.

    The version-merge rule (``app.merge``) decides: created, updated, duplicate or older (these two change nothing);
    a conflict (the same version with another body), or another author, raises ValidationError and changes nothing.
    For a shared record the register's order comes first: when it has moved on and nothing of this store's waits to
    be sent, its copy replaces this one whatever the versions.

    What the envelope tells about the register depends on ``source``:

    - ``PULL`` (the sync engine's): the register holds this version at this revision, so the version is
      acknowledged (``synced_version``) and the revision taken as given.
    - ``IMPORT``: a line's revision is the register's revision of the last version its store had acknowledged,
      which may be older than the line's version, so nothing imported is marked as sent, not even a new row with a
      revision: it waits to be pushed, and what the register holds already comes back as a duplicate (one record on
      the wire), whereas an edit taken as sent would never reach it. The revision is kept as the base of the next
      push's compare-and-set: never erased by a line without one, never lowered, raised by a line with a higher one
      (the register had moved on that far). Another laptop's record (not a shared one) is never this store's to
      send: it is taken as acknowledged.

    ``lookup`` finds the rows the envelope names (its unit, its references, the record itself) as ``session.get``
    does; a pull passes one that holds a page's rows read up front.
    """
    get = lookup or session.get
    try:
        envelope = Envelope.model_validate(payload)
    except pydantic.ValidationError as exc:
        raise ValidationError(field_errors(exc)) from None
    rtype = BY_NAME.get(envelope.type)
    if rtype is None:
        raise ValidationError.single("type", "unknown_type", value=envelope.type)
    if get(Unit, envelope.unit_id) is None:
        raise ValidationError.single("unit_id", "unknown_unit", value=envelope.unit_id)
    try:
        body = validate(session, rtype, envelope.body, unit_id=envelope.unit_id, allow_deleted_refs=True, lookup=lookup)
    except ValidationError as exc:
        raise ValidationError([FieldError(f"body.{e.field}", e.code, e.params) for e in exc.errors]) from None

    row: SyncedRecord | None = get(rtype.model, envelope.id)
    if row is not None and (row.unit_id, row.device_id) != (envelope.unit_id, envelope.device_id):
        raise ValidationError.single("id", "identity_mismatch", id=envelope.id)
    if row is not None and rtype.name == "contact_request":
        # An export leaves a request's name and number out: what this store holds of them stays.
        kept = {name: getattr(row, name) for name in IDENTIFYING if getattr(body, name) is None}
        body = body.model_copy(update=kept)
    if row is not None and rtype.name in SHARED and _register_moved_on(session, rtype.name, row, envelope):
        decision = Merge.UPDATED  # another laptop's change won at the register: it replaces this one
    else:
        same = row is not None and envelope.version == row.version and _same_content(rtype, row, body, envelope)
        decision = merge(envelope.version, None if row is None else row.version, same_content=same)
    if decision is Merge.CONFLICT:
        raise ValidationError.single("version", "conflict", id=envelope.id, version=envelope.version)
    if decision in (Merge.DUPLICATE, Merge.OLDER):
        return Outcome(decision.value), envelope.id

    if source is Source.PULL:
        revision, acknowledged = envelope.revision, envelope.version if envelope.revision is not None else 0
    else:
        known = [r for r in (envelope.revision, None if row is None else row.revision) if r is not None]
        revision, acknowledged = max(known, default=None), 0
        if rtype.name not in SHARED and envelope.device_id != device_id(session):
            # Another laptop's own record: only its author sends it (the register would refuse it from here), so it
            # never waits in this laptop's outbox.
            acknowledged = envelope.version
    values = {
        "unit_id": envelope.unit_id,
        "device_id": envelope.device_id,
        "created_at": envelope.created_at,
        "updated_at": envelope.updated_at,
        "version": envelope.version,
        "revision": revision,
        "deleted": envelope.deleted,
        **body.storage_values(),
    }
    if row is None:
        # One INSERT, without the unit of work: a replacement laptop's first pull creates every row of its unit.
        table = rtype.model.__table__  # type: ignore[attr-defined]
        session.execute(insert(table), {"id": envelope.id, "synced_version": acknowledged, **values})
        return Outcome(decision.value), envelope.id
    for name, value in values.items():
        setattr(row, name, value)
    row.synced_version = max(row.synced_version, acknowledged)
    session.flush()
    return Outcome(decision.value), envelope.id


def _same_content(rtype: RecordType, row: SyncedRecord, body: Body, envelope: Envelope) -> bool:
    current = to_record(rtype, row)
    return current.body == body and current.deleted == envelope.deleted
