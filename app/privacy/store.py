"""A database's identifying fields made readable to this program: its key bound to the engine, old values sealed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from sqlalchemy import ColumnClause, Engine, Table, inspect, literal_column, or_, select, update
from sqlalchemy.orm import Session

from app.identity import get_setting, set_setting
from app.models import ContactRequest, LocalSetting
from app.models.base import Base
from app.models.contact_request import IDENTIFYING
from app.privacy.keys import KeyRecord, LaptopKey
from app.privacy.sealing import PREFIX, Sealed, SealedJSON, Sealer, SealError, bind, sealer_for

SEALED_SETTINGS = ("register_token",)  # this laptop's key to the register: as secret as a name, sealed the same way
KEY_PLACE = "contact_key_place"  # "keyring" or "file": where this database's key was put
KEY_FINGERPRINT = "contact_key_fingerprint"  # app.privacy.keys.fingerprint of the key, never the key


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


def recorded_key(session: Session) -> KeyRecord:
    return KeyRecord(get_setting(session, KEY_PLACE), get_setting(session, KEY_FINGERPRINT))


def record_key(session: Session, key: LaptopKey) -> None:
    """Write down where the key is and its fingerprint, so that a key found anywhere else is checked against it."""
    if recorded_key(session) != KeyRecord(key.place, key.fingerprint):
        set_setting(session, KEY_PLACE, key.place)
        set_setting(session, KEY_FINGERPRINT, key.fingerprint)


def sealed_sample(session: Session) -> tuple[str, str] | None:
    """One value stored sealed, with its purpose, or None when nothing sealed is stored (then a new key loses
    nothing). Every sealed column of this database's tables counts, and every sealed setting."""
    setting = session.scalars(
        select(LocalSetting).where(LocalSetting.value.like(f"{PREFIX}%")).order_by(LocalSetting.key).limit(1)
    ).first()
    if setting is not None:
        return setting.key, setting.value
    present = set(inspect(session.connection()).get_table_names())
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue  # the register's tables, when its models are loaded in the same process
        for column in table.columns:
            if isinstance(column.type, Sealed | SealedJSON):
                raw: ColumnClause[Any] = literal_column(f'"{column.name}"')
                stored = session.scalars(select(raw).select_from(table).where(raw.like(f"{PREFIX}%")).limit(1)).first()
                if stored is not None:
                    purpose = column.type.purpose if isinstance(column.type, Sealed) else "json"
                    return purpose, str(stored)
    return None


def opens(sample: tuple[str, str]) -> Callable[[bytes], bool]:
    """Whether a key opens the stored ``sample``: how a key is recognised where no fingerprint was recorded."""
    purpose, stored = sample

    def check(key: bytes) -> bool:
        try:
            Sealer(key).open(purpose, stored)
        except SealError:
            return False
        return True

    return check
