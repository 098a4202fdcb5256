"""erase order: a revoked laptop that reaches the register again is told to erase its contact requests' names

Revision ID: r0006
Revises: r0005
Create Date: 2026-11-27 19:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0006"
down_revision: str | None = "r0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.add_column(sa.Column("erase_ordered", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("erase_told_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("devices") as batch:
        batch.drop_column("erase_told_at")
        batch.drop_column("erase_ordered")
