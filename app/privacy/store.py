"""A database's identifying fields made readable to this program: its key bound to the engine, old values sealed."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ColumnClause, Engine, Table, literal_column, or_, select, update
from sqlalchemy.orm import Session

from app.models import ContactRequest
from app.privacy.sealing import PREFIX, Sealer, bind

SEALED_COLUMNS = ("name", "phone", "email", "preferred_time")


def unlock(engine: Engine, key: bytes) -> None:
    bind(engine, Sealer(key))


def reseal(session: Session) -> int:
    """Seal values written in clear before sealing existed (or by an older program); how many rows changed."""
    table = cast(Table, ContactRequest.__table__)
    # The stored text as it is, not opened: a plain column, not the Sealed type.
    raw: dict[str, ColumnClause[Any]] = {name: literal_column(f'"{name}"') for name in SEALED_COLUMNS}
    clear = or_(*(raw[name].not_like(f"{PREFIX}%") for name in SEALED_COLUMNS))
    ids = session.scalars(select(table.c.id).where(clear)).all()
    for request in session.scalars(select(ContactRequest).where(ContactRequest.id.in_(ids))):
        values = {name: getattr(request, name) for name in SEALED_COLUMNS}
        session.execute(update(table).where(table.c.id == request.id).values(**values))
    return len(ids)
