"""enrollment attempt secret: a laptop whose enrollment answer was lost asks again with the same secret

Revision ID: r0004
Revises: r0003
Create Date: 2026-11-27 16:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0004"
down_revision: str | None = "r0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("enrollment_codes") as batch:
        batch.add_column(sa.Column("attempt_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("enrollment_codes") as batch:
        batch.drop_column("attempt_hash")
