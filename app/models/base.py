"""Declarative base, shared column types and the sync columns every device-written record carries."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import JSON, Boolean, DateTime, Enum, ForeignKey, Index, Integer, MetaData, String, TypeDecorator, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names, so batch migrations on SQLite can find and alter them later.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON}


def new_id() -> str:
    return str(uuid.uuid4())


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC datetime in Python, a naive UTC timestamp in the database (SQLite has no time zones)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored; pass an aware datetime")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def enum_type(enum: type[StrEnum]) -> Enum:
    """Store an enum by its value as plain text; validation lives in the schemas, so new values need no rebuild."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class SyncedRecord:
    """Columns of every operational record a device writes (DESIGN.md, "Records").

    ``version`` counts local edits; ``synced_version`` is the version the register last acknowledged, so a record
    is waiting to be sent exactly when ``version > synced_version``. ``revision`` is the register's sequence number.
    """

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)

    @declared_attr
    def unit_id(cls) -> Mapped[str]:  # noqa: N805 (declared_attr receives the class)
        return mapped_column(ForeignKey("units.id"), index=True)

    device_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    synced_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    revision: Mapped[int | None] = mapped_column(Integer, index=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")

    @declared_attr.directive
    def __table_args__(cls) -> tuple[Index, ...]:  # noqa: N805
        return sync_indexes(cls.__tablename__)  # type: ignore[attr-defined]


def sync_indexes(table: str) -> tuple[Index, ...]:
    """The indexes every operational table has; a table with more of its own adds them to these."""
    pending = text("version > synced_version")
    return (
        # Only the rows waiting for the register are in this index, so counting them stays instant on a
        # store with a million synced rows.
        Index(f"ix_{table}_pending", "id", sqlite_where=pending, postgresql_where=pending),
        # History lists a device's records newest first.
        Index(f"ix_{table}_created_at", "created_at"),
    )


class ReferenceRecord:
    """Columns of reference data written at headquarters and pulled by devices."""

    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    revision: Mapped[int | None] = mapped_column(Integer)
