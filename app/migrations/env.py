"""Alembic environment: run from code with a connection handed over by app.migrate (render_as_batch for SQLite)."""

from alembic import context
from sqlalchemy import Connection

from app.migrate import include_name
from app.models import Base

connection: Connection | None = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Pysäkki migrations run from code (app.migrate.upgrade), with a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
