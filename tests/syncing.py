"""What the sync tests share: a day written on a laptop, an engine for an enrolled laptop, counting rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from app.db import Store
from app.identity import Author, current_author
from app.services import records
from sync.engine import SyncEngine
from sync.laptop import configured_client
from tests.conftest import NOW, stop_day_data, valid_data


def write_day(store: Store, sessions: int = 2) -> tuple[Author, str, list[str]]:
    """A stop day and ``sessions`` guidance sessions at it; (author, day id, session ids)."""
    with store.session() as session:
        author = current_author(session)
        day = records.create(session=session, author=author, type="stop_day", data=stop_day_data(), now=NOW)
        ids = [
            records.create(
                session=session, author=author, type="guidance", data=valid_data("guidance", day.id, {}), now=NOW
            ).id
            for _ in range(sessions)
        ]
    return author, day.id, ids


def engine(store: Store, **options: Any) -> SyncEngine:
    return SyncEngine(store, configured_client(store), **options)


def count(store: Any, model: type[Any]) -> int:
    """Rows of ``model`` in a laptop's store or the register's."""
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


MISSING_DAY = "0b6e3c52-3d1c-4e55-9a5a-5a4c1c0f9999"  # a stop day no store has


def orphan_encounter(unit_id: str, *, version: int = 1, revision: int = 5, group: str = "parent") -> Any:
    """A pulled encounter of another laptop whose stop day has not arrived: it cannot be applied yet."""
    from sync.protocol import Change  # noqa: PLC0415

    envelope = {
        "type": "encounter", "id": "0b6e3c52-3d1c-4e55-9a5a-5a4c1c0f0001", "unit_id": unit_id,
        "device_id": "9d0c4ad5-1111-4c3c-8f5e-000000000001", "created_at": "2026-11-20T10:00:00Z",
        "updated_at": "2026-11-20T10:00:00Z", "version": version, "revision": revision, "deleted": False,
        "body": {"occurred_at": "2026-11-20T10:00:00Z", "group": group, "stop_day_id": MISSING_DAY},
    }  # fmt: skip
    return Change(kind="encounter", revision=revision, data=envelope)
