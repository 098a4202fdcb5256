"""the regional networks' roster: people per municipality, organisation and role, for a year

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-27 17:10:00

Headquarters knows who takes part in each municipality's regional network from the networks' meetings; the yearly
review counts those people ("140 people in the regional networks" in 2018). Reference data, no names.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "network_members",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("municipality_code", sa.String(length=3), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("people", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), server_default="1", nullable=False),
        sa.Column("revision", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["municipality_code"],
            ["municipalities.code"],
            name=op.f("fk_network_members_municipality_code_municipalities"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_members")),
    )
    with op.batch_alter_table("network_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_network_members_year"), ["year"], unique=False)
        batch_op.create_index(batch_op.f("ix_network_members_municipality_code"), ["municipality_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("network_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_members_municipality_code"))
        batch_op.drop_index(batch_op.f("ix_network_members_year"))
    op.drop_table("network_members")
