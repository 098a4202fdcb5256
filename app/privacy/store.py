"""A database's identifying fields made readable to this program: its key bound to the engine, old values sealed."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import ColumnClause, Engine, Table, literal_column, or_, select, update
from sqlalchemy.orm import Session

from app.identity import get_setting, set_setting
from app.models import ContactRequest
from app.models.contact_request import IDENTIFYING
from app.privacy.sealing import PREFIX, Sealer, bind, sealer_for

SEALED_SETTINGS = ("register_token",)  # this laptop's key to the register: as secret as a name, sealed the same way


def seal_setting(session: Session, key: str, value: str) -> None:
    set_setting(session, key, sealer_for(session.get_bind().dialect).seal(key, value))


def sealed_setting(session: Session, key: str) -> str | None:
    stored = get_setting(session, key)
    return None if stored is None else sealer_for(session.get_bind().dialect).open(key, stored)


def unlock(engine: Engine, key: bytes) -> None:
    bind(engine, Sealer(key))


def reseal(session: Session) -> int:
    """Seal values written in clear before sealing existed (or by an older program); how many were sealed."""
    table = cast(Table, ContactRequest.__table__)
    # The stored text as it is, not opened: a plain column, not the Sealed type.
    raw: dict[str, ColumnClause[Any]] = {name: literal_column(f'"{name}"') for name in IDENTIFYING}
    clear = or_(*(raw[name].not_like(f"{PREFIX}%") for name in IDENTIFYING))
    ids = session.scalars(select(table.c.id).where(clear)).all()
    for request in session.scalars(select(ContactRequest).where(ContactRequest.id.in_(ids))):
        values = {name: getattr(request, name) for name in IDENTIFYING}
        session.execute(update(table).where(table.c.id == request.id).values(**values))
    changed = len(ids)
    for key in SEALED_SETTINGS:
        stored = get_setting(session, key)
        if stored is not None and not stored.startswith(PREFIX):
            seal_setting(session, key, stored)
            changed += 1
    return changed
