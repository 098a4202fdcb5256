"""conflict resolver: who resolved a conflict, and when, kept beside the note

Revision ID: r0005
Revises: r0004
Create Date: 2026-11-27 19:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0005"
down_revision: str | None = "r0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.add_column(sa.Column("resolved_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("resolved_by", sa.String(length=36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.drop_column("resolved_by")
        batch.drop_column("resolved_at")
