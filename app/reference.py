"""Load the reference data shipped in ``resources/reference`` into a store.

Shipped rows are inserted when missing and refreshed while the register has not taken them over
(``revision`` is null); a row that came from the register is never overwritten by the shipped copy.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from importlib.resources import files
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from app.models import Base, Municipality, Organisation, Service, ServicePackage, Theme, Unit
from app.records import model_for_table

# Order matters: units refer to municipalities, services to organisations.
SHIPPED: list[tuple[str, type[Base]]] = [
    ("themes.json", Theme),
    ("service_packages.json", ServicePackage),
    ("municipalities.json", Municipality),
    ("organisations.json", Organisation),
    ("services.json", Service),
    ("units.json", Unit),
]


def shipped_rows(filename: str) -> list[dict[str, Any]]:
    text = files("resources").joinpath("reference", filename).read_text(encoding="utf-8")
    rows: list[dict[str, Any]] = json.loads(text)
    return rows


def load_reference_data(session: Session) -> int:
    """Insert or refresh shipped reference rows; return how many rows were written."""
    written = 0
    for filename, model in SHIPPED:
        mapper = inspect(model)
        (key_column,) = mapper.primary_key
        for values in shipped_rows(filename):
            row = session.get(model, values[str(key_column.key)])
            if row is None:
                session.add(model(**values))
                written += 1
            elif getattr(row, "revision", None) is None and any(
                getattr(row, name) != value for name, value in values.items()
            ):
                for name, value in values.items():
                    setattr(row, name, value)
                written += 1
    session.flush()
    return written


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
