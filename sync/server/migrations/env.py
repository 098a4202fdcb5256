"""Alembic environment of the register's own tables: run from code (sync.server.store.migrate), with a connection."""

from alembic import context
from sqlalchemy import Connection

from sync.server.models import RegisterBase

VERSION_TABLE = "register_alembic_version"


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Only the register's own tables: the record tables belong to app/migrations."""
    del parent_names
    return type_ != "table" or name in RegisterBase.metadata.tables


connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("register migrations run from code (sync.server.store.migrate), with a connection")

context.configure(
    connection=connection,
    target_metadata=RegisterBase.metadata,
    version_table=VERSION_TABLE,
    render_as_batch=True,
    transaction_per_migration=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
