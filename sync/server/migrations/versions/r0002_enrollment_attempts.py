"""enrollment attempts: failed enrollments by address, for the rate limit

Revision ID: r0002
Revises: r0001
Create Date: 2026-11-22 10:15:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0002"
down_revision: str | None = "r0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "enrollment_attempts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("client", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment_attempts")),
    )
    op.create_index(op.f("ix_enrollment_attempts_client"), "enrollment_attempts", ["client"], unique=False)
    op.create_index(op.f("ix_enrollment_attempts_at"), "enrollment_attempts", ["at"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_enrollment_attempts_at"), table_name="enrollment_attempts")
    op.drop_index(op.f("ix_enrollment_attempts_client"), table_name="enrollment_attempts")
    op.drop_table("enrollment_attempts")
