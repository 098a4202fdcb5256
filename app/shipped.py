"""Load the reference data shipped in ``resources/reference`` into a store.

Shipped rows are inserted when missing and refreshed while the register has not taken them over
(``revision`` is null); a row that came from the register is never overwritten by the shipped copy.
Its own module, apart from the rows the register sends (app/reference.py): opening a store loads these, and must
not load the record schemas those need (pydantic, about a tenth of a second before the sign-in screen).
"""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.models import Base, Municipality, Organisation, Service, ServicePackage, Theme, Unit

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
        (key_column,) = inspect(model).primary_key
        key = str(key_column.key)
        shipped = shipped_rows(filename)
        # One query a table for the shipped keys (a catalogue may hold many more rows than were shipped).
        stored = {
            getattr(row, key): row
            for row in session.scalars(select(model).where(key_column.in_([values[key] for values in shipped])))
        }
        for values in shipped:
            row = stored.get(values[key])
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
