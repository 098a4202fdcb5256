"""service catalogue: what, for whom, where and how to reach each service, and its full-text index

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 21:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LISTS = ("themes", "target_groups", "languages", "areas", "access")
INDEXED = ("name_fi", "name_sv", "name_en", "keywords", "description_fi", "description_sv", "description_en")

# The index reads its text from ``services`` (external content) and triggers keep it in step with every write,
# whoever makes it: the shipped catalogue, a PTV import or a pull from the register. unicode61 with
# remove_diacritics folds case and accents the way Finns type: "vaki" matches "väkivalta", "forald" "föräldraskap".
# A later migration that rebuilds ``services`` (batch mode copies the table) drops these triggers: recreate them.
SEARCH_TABLE = f"""
CREATE VIRTUAL TABLE service_search USING fts5(
    {", ".join(INDEXED)},
    content='services', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2', prefix='2 3'
)"""
COLUMNS = ", ".join(INDEXED)
NEW = ", ".join(f"new.{c}" for c in INDEXED)
OLD = ", ".join(f"old.{c}" for c in INDEXED)
TRIGGERS = (
    f"CREATE TRIGGER services_search_insert AFTER INSERT ON services BEGIN "
    f"INSERT INTO service_search(rowid, {COLUMNS}) VALUES (new.rowid, {NEW}); END",
    f"CREATE TRIGGER services_search_delete AFTER DELETE ON services BEGIN "
    f"INSERT INTO service_search(service_search, rowid, {COLUMNS}) VALUES ('delete', old.rowid, {OLD}); END",
    f"CREATE TRIGGER services_search_update AFTER UPDATE ON services BEGIN "
    f"INSERT INTO service_search(service_search, rowid, {COLUMNS}) VALUES ('delete', old.rowid, {OLD}); "
    f"INSERT INTO service_search(rowid, {COLUMNS}) VALUES (new.rowid, {NEW}); END",
)


def upgrade() -> None:
    with op.batch_alter_table("services", schema=None) as batch_op:
        batch_op.add_column(sa.Column("keywords", sa.Text(), server_default="", nullable=False))
        for name in LISTS:
            batch_op.add_column(sa.Column(name, sa.JSON(), server_default="[]", nullable=False))
        batch_op.add_column(sa.Column("phone", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("email", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("web", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("address", sa.String(length=300), nullable=True))
        for language in ("fi", "sv", "en"):
            batch_op.add_column(sa.Column(f"hours_{language}", sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column("free", sa.Boolean(), server_default="1", nullable=False))
        batch_op.add_column(sa.Column("contacts_checked", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("source", sa.String(length=16), server_default="shipped", nullable=False))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(SEARCH_TABLE)
        for trigger in TRIGGERS:
            op.execute(trigger)
        op.execute("INSERT INTO service_search(service_search) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("services_search_insert", "services_search_delete", "services_search_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS service_search")
    with op.batch_alter_table("services", schema=None) as batch_op:
        for name in (
            "source", "contacts_checked", "free", "hours_en", "hours_sv", "hours_fi", "address", "web", "email",
            "phone", *reversed(LISTS), "keywords",
        ):  # fmt: skip
            batch_op.drop_column(name)
