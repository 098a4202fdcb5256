"""The end-of-day receipt, checked on the laptop: the register's count and digest of this laptop's records beside
the laptop's own, per record type (``sync.protocol.receipt_digest``).

After a sync a worker reads "all N records of this laptop are at headquarters (checked)" only when every type agrees;
otherwise what differs: how many records headquarters holds of how many, and which types disagree (a record still
waiting, one refused there, one changed here while the sync ran). The last check is kept, so the Sync page shows it
after a restart too.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.identity import device_id, get_setting, set_setting
from app.records import RECORD_TYPES
from sync.protocol import ReceiptResponse, receipt_digest

LAST_RECEIPT = "sync_last_receipt"


@dataclass(frozen=True, slots=True)
class ReceiptCheck:
    at: datetime
    mine: int  # records this laptop wrote, tombstones included
    held: int  # of which headquarters holds (in any version)
    differing: tuple[str, ...]  # record types whose count or digest disagree

    @property
    def complete(self) -> bool:
        return not self.differing

    def summary(self) -> str:
        if self.complete:
            return f"all {self.mine} records of this laptop are at headquarters (checked)"
        return (f"headquarters holds {self.held} of this laptop's {self.mine} records; not the same: "
                f"{', '.join(self.differing)}")  # fmt: skip


def compare(session: Session, answer: ReceiptResponse, at: datetime) -> ReceiptCheck:
    """Compare the register's receipt with this laptop's own records (it reads them all: give it a reading session,
    one that holds off no write meanwhile, see :meth:`app.db.Store.reading`)."""
    own = device_id(session)
    mine = held = 0
    differing = []
    for rtype in RECORD_TYPES:
        model = rtype.model
        pairs = [
            (str(i), int(v)) for i, v in session.execute(select(model.id, model.version).where(model.device_id == own))
        ]
        theirs = answer.types.get(rtype.name)
        count, digest = (theirs.count, theirs.digest) if theirs is not None else (0, receipt_digest([]))
        mine += len(pairs)
        held += count
        if (count, digest) != (len(pairs), receipt_digest(pairs)):
            differing.append(rtype.name)
    return ReceiptCheck(at, mine, held, tuple(differing))


def keep(session: Session, result: ReceiptCheck) -> None:
    """Keep the result for the Sync page and doctor (:func:`last_check`)."""
    set_setting(session, LAST_RECEIPT, json.dumps(asdict(result) | {"at": result.at.isoformat()}))


def last_check(session: Session) -> ReceiptCheck | None:
    text = get_setting(session, LAST_RECEIPT)
    if not text:
        return None
    data = json.loads(text)
    return ReceiptCheck(datetime.fromisoformat(data["at"]), data["mine"], data["held"], tuple(data["differing"]))
