"""regions and the organisation's own contact: which municipalities a service serves, and a way to reach it

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-27 17:00:00

A municipality names its region; an organisation names the region it serves whole (or serves the whole country),
so its services are offered at every stop of that region whatever their own area list says. An organisation keeps
its general phone, e-mail and street address beside its web site: the handout offers them for a service that has
no contact of its own.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.add_column(sa.Column("region", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_municipalities_region"), ["region"], unique=False)
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("region", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("national", sa.Boolean(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("phone", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("email", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("address", sa.String(length=300), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        for column in ("address", "email", "phone", "national", "region"):
            batch_op.drop_column(column)
    with op.batch_alter_table("municipalities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_municipalities_region"))
        batch_op.drop_column("region")
