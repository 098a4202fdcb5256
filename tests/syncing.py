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
