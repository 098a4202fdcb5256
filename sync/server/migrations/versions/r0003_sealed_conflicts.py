"""sealed conflicts: a pushed record kept aside is stored encrypted (it may be a contact request with a name)

Rows kept before are plain JSON text; the program reads them as they are.

Revision ID: r0003
Revises: r0002
Create Date: 2026-11-23 01:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0003"
down_revision: str | None = "r0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.alter_column(
            "envelope", type_=sa.Text(), existing_type=sa.JSON(), existing_nullable=False,
            postgresql_using="envelope::text",
        )  # fmt: skip


def downgrade() -> None:
    with op.batch_alter_table("conflicts") as batch:
        batch.alter_column(
            "envelope", type_=sa.JSON(), existing_type=sa.Text(), existing_nullable=False,
            postgresql_using="envelope::json",
        )  # fmt: skip
