"""New rows of one table inserted with one executemany at the driver, their values converted column by column.

A push of 2,000 new records is one INSERT per table. Through SQLAlchemy Core every value of every row passes its
column type's bind processor one call at a time, and the register's three timestamps per row cost more there than
the insert itself; here each column's conversion is looked up once and applied in a tight loop, and a timestamp
reaches SQLite as the very text SQLAlchemy would have written (``YYYY-MM-DD HH:MM:SS.ffffff``, naive UTC).

Only for plain rows: when the table would fill a column the rows leave out (a Python-side default), the rows go
through Core as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeEngine

from app.models.base import UtcDateTime

Convert = Callable[[Any], Any] | None


def insert_rows(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (dicts with the same keys: column keys of ``table``) into ``table``."""
    if not rows:
        return
    keys = list(rows[0])
    dialect = connection.dialect
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    if set(compiled.params) != set(keys) or any(row.keys() != rows[0].keys() for row in rows):
        connection.execute(insert(table), list(rows))  # a default to fill, or rows of different shapes
        return
    order = list(compiled.positiontup or ()) if compiled.positional else keys
    converts = [(key, _converter(table.c[key].type, dialect)) for key in order]
    converted = ([row[key] if convert is None else convert(row[key]) for key, convert in converts] for row in rows)
    if compiled.positional:
        values: list[Any] = [tuple(row) for row in converted]
    else:
        values = [dict(zip(order, row, strict=True)) for row in converted]
    connection.exec_driver_sql(str(compiled), values)


def _converter(column_type: TypeEngine[Any], dialect: Dialect) -> Convert:
    """What turns a Python value of ``column_type`` into what the driver takes: the type's own bind processor, or
    for a UTC timestamp on SQLite the same text written at once."""
    if isinstance(column_type, UtcDateTime) and dialect.name == "sqlite":
        return _sqlite_timestamp
    processor: Convert = column_type.dialect_impl(dialect).bind_processor(dialect)
    return processor


def _sqlite_timestamp(value: datetime | None) -> str | None:
    """SQLAlchemy's SQLite DATETIME text of the naive UTC time of an aware ``value`` (UtcDateTime's storage)."""
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetimes are not stored; pass an aware datetime")
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
