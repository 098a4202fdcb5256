"""A coordinator's changes to reference data: rows checked, written, and given a revision so every laptop pulls them.

A row is checked against its table's columns (known names, the right kinds of value, lengths) before it is
written, and written in its own savepoint, so the database's own rules (foreign keys, uniqueness) refuse it without
taking the rest down. A row that changes nothing keeps its revision, so laptops do not pull it again. Rows are
never deleted: ``active: false`` retires a worker, stop or service and keeps old records' references whole.
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, String, inspect, select
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import Column

from app.reference import apply_pulled_row
from sync.protocol import NO_NUL
from sync.server.auth import AuthError
from sync.server.pull import REFERENCE_MODELS, row_values
from sync.server.push import next_revision

TABLES = {str(model.__tablename__): model for model in REFERENCE_MODELS}
CODE_LENGTH = 64
INTEGER_RANGE = (-(2**31), 2**31 - 1)  # an INTEGER column on every database the register runs on
ReferenceTable = StrEnum("ReferenceTable", {name: name for name in TABLES})  # type: ignore[misc]


class RowStatus(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    REJECTED = "rejected"


def list_rows(session: Session, table: str) -> list[dict[str, Any]]:
    model = _model(table)
    (key,) = inspect(model).primary_key
    return [row_values(row) for row in session.scalars(select(model).order_by(key))]


def put_rows(session: Session, table: str, rows: list[dict[str, Any]]) -> list[tuple[str, RowStatus, str]]:
    """Write each row; (key, status, reason) for each, in order. A rejected row changes nothing."""
    model = _model(table)
    mapper = inspect(model)
    (key_column,) = mapper.primary_key
    answers = []
    for data in rows:
        key = str(data.get(key_column.key, ""))
        key_problem = _check_value(key_column, data[key_column.key]) if key_column.key in data else "required"
        if key_problem:  # looked up only once it is a key of the right kind
            answers.append((key, RowStatus.REJECTED, f"{key_column.key}: {key_problem}"))
            continue
        existed = session.get(model, data[key_column.key]) is not None
        problems = check_row(model, data, new=not existed)
        if problems:
            answers.append((key, RowStatus.REJECTED, "; ".join(problems)))
            continue
        values = {name: value for name, value in data.items() if name != "revision"}
        try:
            with session.begin_nested():
                changed = apply_pulled_row(session, table, values)
                if changed:
                    row = session.get(model, data[key_column.key])
                    row.revision = next_revision(session)  # type: ignore[union-attr]
                    session.flush()
        except (IntegrityError, DBAPIError, StatementError) as exc:
            reason = str(exc.orig if isinstance(exc, DBAPIError) else exc).splitlines()[0]
            answers.append((key, RowStatus.REJECTED, f"refused by the database: {reason}"))
            continue
        status = RowStatus.UNCHANGED if not changed else RowStatus.UPDATED if existed else RowStatus.CREATED
        answers.append((key, status, ""))
    return answers


def check_row(model: type[Any], data: dict[str, Any], *, new: bool = True) -> list[str]:
    """What is wrong with ``data`` as a row of ``model``, in words; empty when it may be written.

    A change names only the fields it changes; a new row names every field that has no default (a worker without
    its unit is refused here, named, not by the database in its own words)."""
    columns = {column.key: column for column in inspect(model).columns}
    problems = [f"{name}: unknown field" for name in data if name not in columns]
    for name, column in columns.items():
        if name == "revision" or name not in data:
            if name != "revision" and (column.primary_key or (new and _required(column))):
                problems.append(f"{name}: required")
            continue
        problem = _check_value(column, data[name])
        if problem:
            problems.append(f"{name}: {problem}")
    return problems


def row_schema(table: str) -> dict[str, Any]:
    """A row of ``table`` as JSON Schema, from the same columns ``check_row`` checks: every field with its kind and
    limits; the key required (a new row also needs the fields ``check_row`` names, which a change may leave out)."""
    model = _model(table)
    columns = [column for column in inspect(model).columns if column.key != "revision"]
    (key,) = inspect(model).primary_key
    return {
        "title": f"{table} row",
        "type": "object",
        "properties": {column.key: _column_schema(column) for column in columns},
        "required": [key.key],
        "additionalProperties": False,
    }


def _column_schema(column: Column[Any]) -> dict[str, Any]:
    if isinstance(column.type, JSON):
        schema: dict[str, Any] = {
            "type": "array",
            "items": {"type": "string", "minLength": 1, "maxLength": CODE_LENGTH},
        }
    else:
        try:
            kind = column.type.python_type
        except NotImplementedError:
            kind = object
        kinds: dict[type, dict[str, Any]] = {
            bool: {"type": "boolean"},
            int: {"type": "integer", "minimum": INTEGER_RANGE[0], "maximum": INTEGER_RANGE[1]},
            date: {"type": "string", "format": "date"},
            datetime: {"type": "string", "format": "date-time"},
            time: {"type": "string", "format": "time"},
        }
        schema = kinds.get(kind, {"type": "string", "pattern": NO_NUL})
        length = column.type.length if isinstance(column.type, String) else None
        if length:
            schema["maxLength"] = length
    if column.nullable and not column.primary_key:
        schema = {"anyOf": [schema, {"type": "null"}]}
    if column.doc:
        schema["description"] = column.doc
    return schema


def _required(column: Column[Any]) -> bool:
    return not column.nullable and column.default is None and column.server_default is None


def _check_value(column: Column[Any], value: Any) -> str | None:
    if value is None:
        return None if column.nullable and not column.primary_key else "required"
    if isinstance(column.type, JSON):  # the catalogue's lists of vocabulary codes
        ok = isinstance(value, list) and all(isinstance(item, str) and 0 < len(item) <= CODE_LENGTH for item in value)
        return None if ok else "must be a list of codes"
    try:
        kind = column.type.python_type
    except NotImplementedError:
        return None
    if kind is bool:
        return None if isinstance(value, bool) else "must be true or false"
    if kind is int:
        if not isinstance(value, int) or isinstance(value, bool):
            return "must be a whole number"
        return None if INTEGER_RANGE[0] <= value <= INTEGER_RANGE[1] else "out of range"
    if kind is str:
        if not isinstance(value, str):
            return "must be text"
        if "\x00" in value:  # PostgreSQL cannot store it, and no name or address has one
            return "contains a NUL character"
        length = column.type.length if isinstance(column.type, String) else None
        return f"longer than {length} characters" if length and len(value) > length else None
    if kind in (date, datetime, time):
        try:
            kind.fromisoformat(value)
        except (TypeError, ValueError):
            return f"must be an ISO {kind.__name__}"
        return None
    return None


def _model(table: str) -> type[Any]:
    model = TABLES.get(table)
    if model is None:
        raise AuthError(404, "unknown_table", f"no reference table {table!r}")
    return model
