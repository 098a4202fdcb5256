"""Reference rows the register sends (themes, organisations, services ... as the coordinators keep them): each
replaces the shipped copy (app/shipped.py) from then on.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.records import model_for_table


def reference_key(table: str, data: dict[str, Any]) -> str:
    """A reference row's primary key as text (every reference table has a one-column key)."""
    (column,) = inspect(model_for_table(table)).primary_key
    return str(data.get(str(column.key), ""))


def apply_pulled_row(session: Session, table: str, data: dict[str, Any]) -> bool:
    """Insert or replace one reference row sent by the register (it wins over the shipped copy from now on).

    True when it changed what the program shows (a new row, or a value other than the revision).
    """
    model = model_for_table(table)
    mapper = inspect(model)
    values: dict[str, Any] = {}
    for column in mapper.columns:
        if column.key not in data:
            continue
        value = data[column.key]
        if isinstance(value, str):
            value = _parse_temporal(column.type, value)
        values[column.key] = value
    keys = [values[str(column.key)] for column in mapper.primary_key]
    row = session.get(model, keys[0] if len(keys) == 1 else tuple(keys))
    if row is None:
        session.add(model(**values))
        session.flush()
        return True
    changed = any(getattr(row, name) != value for name, value in values.items() if name != "revision")
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return changed


def _parse_temporal(column_type: Any, value: str) -> Any:
    """Dates and times travel as ISO text; everything else as it is."""
    try:
        python_type = column_type.python_type
    except NotImplementedError:
        return value
    if python_type is datetime:
        parsed = datetime.fromisoformat(value)
        return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
    if python_type is date:
        return date.fromisoformat(value)
    if python_type is time:
        return time.fromisoformat(value)
    return value
