"""The migrations build exactly the schema the models describe (so autogenerate starts from a clean slate)."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app import migrate
from app.migrate import include_name
from app.models import Base
from app.sqlite import make_engine


def test_migrated_schema_matches_the_models(tmp_path: Path) -> None:
    path = tmp_path / "schema.db"
    migrate.upgrade(path)
    engine = make_engine(path, foreign_keys=False)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_name": include_name, "render_as_batch": True}
        )
        differences = compare_metadata(context, Base.metadata)
    engine.dispose()
    assert differences == []


def test_the_registers_own_migrations_match_its_models(tmp_path: Path) -> None:
    from sync.server.models import RegisterBase  # noqa: PLC0415
    from sync.server.store import make_engine as register_engine  # noqa: PLC0415
    from sync.server.store import migrate as migrate_register  # noqa: PLC0415

    url = f"sqlite:///{tmp_path / 'register.db'}"
    migrate_register(url)
    own = set(RegisterBase.metadata.tables)
    engine = register_engine(url, for_migrations=True)
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_name": lambda name, kind, _parent: kind != "table" or name in own,
            },
        )
        differences = compare_metadata(context, RegisterBase.metadata)
    engine.dispose()
    assert differences == []


def test_every_migration_goes_back_down_and_up_again(tmp_path: Path) -> None:
    from alembic import command  # noqa: PLC0415
    from sqlalchemy import inspect  # noqa: PLC0415

    path = tmp_path / "schema.db"
    migrate.upgrade(path)
    engine = make_engine(path, foreign_keys=False)
    with engine.connect() as connection:
        config = migrate.alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
        connection.commit()
    assert inspect(engine).get_table_names() == ["alembic_version"]
    engine.dispose()
    migrate.upgrade(path)
    engine = make_engine(path, foreign_keys=False)
    assert set(Base.metadata.tables) <= set(inspect(engine).get_table_names())
    engine.dispose()
