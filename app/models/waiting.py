"""Pulled changes this store cannot take yet, kept whole until it can (the staging buffer of open-mSupply).

The register hands changes out in revision order, which is not dependency order: a stop day edited after its
encounters were pushed gets a later revision than they have, so a laptop pulling from scratch meets the encounters
first. Such a change waits here, sealed (it may be a contact request with a name), with what it waits for; it is
applied as soon as that arrives (``sync.inbox``) and tried again on every sync. Nothing pulled is ever dropped: the
cursor may move past a change only because it is here.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, UtcDateTime
from app.privacy.sealing import SealedJSON


class WaitingChange(Base):
    __tablename__ = "sync_waiting"

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)  # a record type or a reference table
    key: Mapped[str] = mapped_column(String(64), primary_key=True)  # the record's id or the reference row's key
    revision: Mapped[int] = mapped_column(Integer)  # the register's revision of this change
    data: Mapped[dict[str, Any]] = mapped_column(SealedJSON())
    waits_for: Mapped[str | None] = mapped_column(String(64), index=True)  # a key not in this store yet, if that is why
    reason: Mapped[str] = mapped_column(Text)  # field: code, as the validation said it
    since: Mapped[datetime] = mapped_column(UtcDateTime())
    tries: Mapped[int] = mapped_column(Integer, default=1)
