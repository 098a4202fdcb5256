"""reception bookings: bookable slots on a visit and the families' bookings, their contact sealed

Revision ID: r0007
Revises: r0006
Create Date: 2026-11-27 20:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0007"
down_revision: str | None = "r0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reception_slots",
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_reception_slots")),
    )
    op.create_table(
        "bookings",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entry_id", sa.String(length=36), nullable=False),
        sa.Column("slot", sa.String(length=5), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("nickname", sa.Text(), nullable=True),
        sa.Column("contact", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("theme_key", sa.String(length=32), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cancelled_at", sa.DateTime(), nullable=True),
        sa.Column("emptied_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bookings")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_bookings_code_hash")),
    )
    op.create_index(op.f("ix_bookings_entry_id"), "bookings", ["entry_id"], unique=False)
    op.create_index(op.f("ix_bookings_day"), "bookings", ["day"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_bookings_day"), table_name="bookings")
    op.drop_index(op.f("ix_bookings_entry_id"), table_name="bookings")
    op.drop_table("bookings")
    op.drop_table("reception_slots")
