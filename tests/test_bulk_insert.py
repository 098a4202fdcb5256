"""The register's driver-level insert of a push's new rows stores exactly what SQLAlchemy Core would have stored:
the same text for every timestamp on SQLite, the same JSON, flags, enums and NULLs, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select, text

from app.models import GuidanceSession, ServicePackage, Unit
from sync.server.bulk_insert import insert_rows
from sync.server.store import make_engine, migrate

TABLE = GuidanceSession.__table__


@pytest.fixture(params=["sqlite", "postgresql"])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Engine:
    if request.param == "postgresql":
        from tests.postgres import fresh_database  # noqa: PLC0415

        template = request.getfixturevalue("postgres_register_template")
        url = fresh_database(request.getfixturevalue("postgres_cluster"), template)
    else:
        url = f"sqlite:///{tmp_path / 'register.db'}"
        migrate(url)
    return make_engine(url)


def rows(engine: Engine, prefix: str) -> list[dict[str, Any]]:
    with engine.connect() as connection:
        unit = connection.scalar(select(Unit.id).limit(1))
        package = connection.scalar(select(ServicePackage.number).limit(1))
    assert unit is not None and package is not None, "the migrated register has a unit and a service package"
    helsinki = timezone(timedelta(hours=2))
    made = []
    for number, (stamp, note, themes, deleted) in enumerate(
        [
            (datetime(2026, 11, 28, 9, 5, 0, tzinfo=UTC), None, ["coping"], False),  # no microseconds
            (datetime(2026, 11, 28, 11, 5, 7, 123456, tzinfo=helsinki), "Äiti & lapsi ' \" ;", [], True),
            (datetime(1999, 1, 2, 3, 4, 5, 6, tzinfo=UTC), "", ["coping", "school"], False),
        ]
    ):
        made.append({
            "id": f"{prefix}-{number}", "unit_id": unit, "device_id": "device-1", "created_at": stamp,
            "updated_at": stamp + timedelta(seconds=1), "version": 3, "synced_version": 3, "deleted": deleted,
            "revision": 10 + number, "occurred_at": stamp, "stop_day_id": None, "worker_id": None,
            "client_type": "parent", "age_band": "unknown", "language": "fi", "arrival": "self",
            "channel": "face_to_face", "themes": themes, "service_package": package, "duration_min": 15,
            "outcome": "advice", "note": note,
        })  # fmt: skip
    return made


def stored(engine: Engine, prefix: str) -> list[tuple[Any, ...]]:
    """The rows as the database holds them (raw driver values: SQLite's timestamp text), ids without the prefix."""
    with engine.connect() as connection:
        result = connection.execute(
            text(f"SELECT * FROM {TABLE.name} WHERE id LIKE :ids ORDER BY id"), {"ids": f"{prefix}-%"}
        )
        names = list(result.keys())
        return [tuple(value.removeprefix(prefix) if name == "id" else value
                      for name, value in zip(names, row, strict=True)) for row in result]  # fmt: skip


def test_the_same_rows_as_core(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(insert(TABLE), rows(engine, "core"))
        insert_rows(connection, TABLE, rows(engine, "driver"))
    core, driver = stored(engine, "core"), stored(engine, "driver")
    assert len(core) == 3
    assert driver == core
    if engine.dialect.name == "sqlite":  # the text SQLAlchemy reads back as the same aware time
        with engine.connect() as connection:
            texts = connection.execute(text("SELECT created_at FROM guidance_sessions WHERE id = 'driver-1'")).scalar()
        assert texts == "2026-11-28 09:05:07.123456"
    with engine.connect() as connection:
        back = connection.execute(select(TABLE.c.created_at, TABLE.c.themes).where(TABLE.c.id == "driver-2")).one()
    assert back == (datetime(1999, 1, 2, 3, 4, 5, 6, tzinfo=UTC), ["coping", "school"])


def test_a_naive_time_is_refused(engine: Engine) -> None:
    naive = rows(engine, "naive")
    naive[0]["created_at"] = datetime(2026, 11, 28, 9, 0)
    with pytest.raises(ValueError, match="naive"), engine.begin() as connection:
        insert_rows(connection, TABLE, naive)


def test_rows_that_leave_a_default_to_fill_go_through_core(engine: Engine) -> None:
    short = rows(engine, "short")
    for row in short:
        del row["synced_version"]  # the column's default, 0, is Core's to fill
    with engine.begin() as connection:
        insert_rows(connection, TABLE, short)
    with engine.connect() as connection:
        filled = connection.execute(select(TABLE.c.synced_version).where(TABLE.c.id.like("short-%"))).scalars().all()
    assert filled == [0, 0, 0]
