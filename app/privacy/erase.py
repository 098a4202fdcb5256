"""Headquarters' erase order, carried out on a laptop that was revoked as lost and reaches the register again.

Every value sealed with the laptop's key is emptied (the contact requests' names, numbers, e-mail addresses and
call times; pulled changes still waiting, which are sealed whole; the register token), the file keeps no old copy
(secure_delete zeroes freed pages; the write-ahead log is emptied), and the key is removed from the keyring and the
key file. A new key is made at once and bound to the store: nothing sealed is left for it to fail to open, and what
the worker takes after this is sealed with a key that exists. The anonymous records stay; everything the laptop
sent is in the register, where a new enrollment brings the unit's contact requests back.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnClause, Table, delete, func, inspect, literal_column, or_, select, update
from sqlalchemy.orm import Session

from app.identity import device_id, set_setting
from app.models import ContactRequest, LocalSetting
from app.models.base import Base
from app.models.contact_request import IDENTIFYING
from app.privacy.keys import KeyRecord, destroy, laptop_key
from app.privacy.sealing import PREFIX, Sealed, SealedJSON
from app.privacy.store import KEY_FINGERPRINT, KEY_PLACE, record_key, unlock
from app.sqlite import forget_old_pages

if TYPE_CHECKING:
    from app.db import Store

log = logging.getLogger(__name__)
ERASED_AT = "erased_at"  # when headquarters' erase order was carried out on this laptop


def erase_identifying(store: Store, now: datetime) -> int:
    """Carry out the erase order; how many contact requests had a name or number emptied."""
    with store.session() as session:
        own_id = device_id(session)
        identifying = or_(*(literal_column(f'"{name}"').is_not(None) for name in IDENTIFYING))
        emptied = session.scalar(select(func.count()).select_from(ContactRequest).where(identifying)) or 0
        _empty_sealed(session)
        session.execute(delete(LocalSetting).where(LocalSetting.key.in_((KEY_PLACE, KEY_FINGERPRINT))))
        set_setting(session, ERASED_AT, now.isoformat())
    forget_old_pages(store.engine)
    removed = destroy(store.path.parent, own_id)
    key = laptop_key(store.path.parent, own_id, KeyRecord(), None)  # nothing sealed is left: a new key loses nothing
    unlock(store.engine, key.key)
    with store.session() as session:
        record_key(session, key)
    log.warning(
        "erase order from headquarters carried out: %d contact request(s) emptied, the key removed from %s",
        emptied,
        " and ".join(removed) or "nowhere (it was not found)",
    )
    return int(emptied)


def _empty_sealed(session: Session) -> None:
    """Every sealed value of every table of this store emptied (a row that is nothing but sealed data is deleted),
    and every sealed setting deleted."""
    session.execute(delete(LocalSetting).where(LocalSetting.value.like(f"{PREFIX}%")))
    present = set(inspect(session.connection()).get_table_names())
    for table in Base.metadata.sorted_tables:
        if table.name not in present:
            continue
        for column in table.columns:
            if not isinstance(column.type, Sealed | SealedJSON):
                continue
            raw: ColumnClause[Any] = literal_column(f'"{column.name}"')
            target: Table = table
            if column.nullable:
                session.execute(update(target).where(raw.is_not(None)).values({column.name: None}))
            else:
                session.execute(delete(target).where(raw.is_not(None)))
