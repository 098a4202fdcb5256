"""Who writes: this store's device identity and the unit it works for."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import NotConfiguredError, ValidationError
from app.models import LocalSetting, Unit
from app.models.base import new_id
from app.settings_keys import DEVICE_ID, UNIT_ID
from app.signin_state import Author

__all__ = [
    "DEVICE_ID",
    "UNIT_ID",
    "Author",
    "current_author",
    "device_id",
    "forget_setting",
    "get_setting",
    "set_setting",
    "set_unit",
]


def get_setting(session: Session, key: str) -> str | None:
    row = session.get(LocalSetting, key)
    return None if row is None else row.value


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(LocalSetting, key)
    if row is None:
        session.add(LocalSetting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def forget_setting(session: Session, key: str) -> None:
    row = session.get(LocalSetting, key)
    if row is not None:
        session.delete(row)
        session.flush()


def device_id(session: Session) -> str:
    """This store's device id, made once on first use and never changed."""
    value = get_setting(session, DEVICE_ID)
    if value is None:
        value = new_id()
        set_setting(session, DEVICE_ID, value)
    return value


def set_unit(session: Session, unit_id: str) -> None:
    if session.get(Unit, unit_id) is None:
        raise ValidationError.single("unit_id", "unknown_unit", value=unit_id)
    set_setting(session, UNIT_ID, unit_id)


def current_author(session: Session) -> Author:
    """The author for new records. With a single known unit it is chosen automatically."""
    unit = get_setting(session, UNIT_ID)
    if unit is None:
        units = session.scalars(select(Unit.id).where(Unit.active)).all()
        if len(units) != 1:
            raise NotConfiguredError("choose the unit this device works for", units=list(units))
        unit = units[0]
        set_setting(session, UNIT_ID, unit)
    return Author(unit_id=unit, device_id=device_id(session))
