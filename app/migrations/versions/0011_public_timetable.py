"""the public timetable: cancelled schedule entries, the organisations of a day, the bus's contact details

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-27 19:20:00

Families read the timetable on the register's public pages: headquarters marks a visit cancelled in advance,
publishes which organisations ride that day, and gives the bus's own phone, e-mail and web address.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("schedule_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("cancelled", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("organisation_ids", sa.JSON(), server_default="[]", nullable=False))
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.add_column(sa.Column("phone", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("email", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("website", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("units", schema=None) as batch_op:
        batch_op.drop_column("website")
        batch_op.drop_column("email")
        batch_op.drop_column("phone")
    with op.batch_alter_table("schedule_entries", schema=None) as batch_op:
        batch_op.drop_column("organisation_ids")
        batch_op.drop_column("cancelled")
