"""Turn raw input into a valid record body, or one ValidationError that names every offending field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import pydantic
from sqlalchemy.orm import Session

from app.errors import FieldError, ValidationError
from app.models import Service
from app.records import RecordType, model_for_table
from app.schemas import Body, ReferralBody, refs_of
from app.schemas.base import anonymous_fields

_CODES = {
    "missing": "required",
    "extra_forbidden": "unknown_field",
    "string_too_long": "too_long",
    "string_too_short": "required",
    "too_long": "too_many",
    "greater_than": "out_of_range",
    "greater_than_equal": "out_of_range",
    "less_than": "out_of_range",
    "less_than_equal": "out_of_range",
    "enum": "invalid_choice",
    "literal_error": "invalid_choice",
    "timezone_aware": "timezone_required",
    "date_out_of_range": "date_out_of_range",  # app.schemas.base: before 2000 or after 2100
}


def field_errors(exc: pydantic.ValidationError, prefix: str = "") -> list[FieldError]:
    """Map pydantic's errors onto stable codes: ``required``, ``out_of_range``, ``invalid_choice``, ..."""
    errors = []
    for err in exc.errors(include_url=False, include_input=False):
        loc = [str(part) for part in err["loc"]]
        name = prefix + (loc[0] if loc else "")
        params: dict[str, Any] = {k: v for k, v in (err.get("ctx") or {}).items() if isinstance(v, str | int | float)}
        if len(loc) > 1:
            params["item"] = ".".join(loc[1:])
        errors.append(FieldError(name, _CODES.get(err["type"], "invalid"), params))
    return errors


def parse_body(rtype: RecordType, data: Mapping[str, Any]) -> Body:
    """Shape and cross-field rules only; no database needed."""
    try:
        body = rtype.body.model_validate(dict(data))
    except pydantic.ValidationError as exc:
        raise ValidationError(field_errors(exc)) from None
    errors = body.rules() + identifying_errors(body)
    if errors:
        raise ValidationError(errors)
    return body


def identifying_errors(body: Body) -> list[FieldError]:
    """Anonymous free text that names a way to reach or identify someone: refused, with where it is (never what)."""
    names = anonymous_fields(type(body))
    if not names:
        return []  # most records (an encounter click) have no free text at all
    from app.privacy.guard import find_identifying  # noqa: PLC0415 (phonenumbers loads only when a record is saved)

    errors = []
    for name in names:
        text = getattr(body, name)
        if text:
            errors += [
                FieldError(name, "identifying", {"kind": f.kind, "start": f.start, "end": f.end})
                for f in find_identifying(text)
            ]
    return errors


Lookup = Callable[[type[Any], Any], Any]  # (model, primary key) -> row or None, as Session.get


def reference_errors(
    session: Session, body: Body, *, unit_id: str, allow_deleted: bool = False, lookup: Lookup | None = None
) -> list[FieldError]:
    """Every key a body refers to must exist; operational references must be in the same unit (and, for new
    writes, not deleted). Lists must not repeat a key. ``lookup`` finds rows (default: ``session.get``)."""
    get = lookup or session.get
    errors: list[FieldError] = []
    for name, ref in refs_of(type(body)).items():
        value = getattr(body, name)
        keys = value if isinstance(value, list) else [value]
        if len(set(keys)) != len(keys):
            errors.append(FieldError(name, "duplicate"))
        model = model_for_table(ref.table)
        for key in keys:
            if key is None:
                continue
            row: Any = get(model, key)
            if row is None:
                errors.append(FieldError(name, "unknown_reference", {"value": str(key)}))
            elif ref.operational:  # a record (or one being created beside this one): same unit, not deleted
                if row.unit_id != unit_id:
                    errors.append(FieldError(name, "other_unit", {"value": str(key)}))
                elif row.deleted and not allow_deleted:
                    errors.append(FieldError(name, "deleted_reference", {"value": str(key)}))
    return errors


def validate(
    session: Session,
    rtype: RecordType,
    data: Mapping[str, Any],
    *,
    unit_id: str,
    allow_deleted_refs: bool = False,
    lookup: Lookup | None = None,
) -> Body:
    body = parse_body(rtype, data)
    return check_body(session, body, unit_id=unit_id, allow_deleted_refs=allow_deleted_refs, lookup=lookup)


def check_body(
    session: Session, body: Body, *, unit_id: str, allow_deleted_refs: bool = False, lookup: Lookup | None = None
) -> Body:
    """The rules that need the database, for a body already parsed; the body, or one ValidationError."""
    errors = reference_errors(session, body, unit_id=unit_id, allow_deleted=allow_deleted_refs, lookup=lookup)
    errors += consistency_errors(session, body, lookup)
    if errors:
        raise ValidationError(errors)
    return body


def consistency_errors(session: Session, body: Body, lookup: Lookup | None = None) -> list[FieldError]:
    """Rules that look at the rows a body refers to."""
    if isinstance(body, ReferralBody) and body.service_id is not None:
        service = (lookup or session.get)(Service, body.service_id)
        if service is not None and service.organisation_id != body.organisation_id:
            return [FieldError("service_id", "service_of_other_organisation")]
    return []
