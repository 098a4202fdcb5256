"""reception bookings on the laptop: the unit's bookings pulled with the sync and the slots a worker may book

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-27 21:50:32

The day's bookings show on Today; the worker marks them and books times offline (``app.models.booking``).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "booking_slots",
        sa.Column("entry_id", sa.String(length=64), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_booking_slots")),
    )
    op.create_table(
        "reception_bookings",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("entry_id", sa.String(length=64), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("slot", sa.String(length=5), nullable=False),
        sa.Column("nickname", sa.Text(), nullable=True),  # sealed (app.privacy.sealing)
        sa.Column("contact", sa.Text(), nullable=True),  # sealed
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("theme_key", sa.String(length=32), nullable=True),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("booked_here", sa.Boolean(), nullable=False),
        sa.Column("unsent", sa.String(length=16), nullable=True),
        sa.Column("conflict", sa.String(length=16), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("emptied_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reception_bookings")),
    )
    with op.batch_alter_table("reception_bookings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reception_bookings_day"), ["day"], unique=False)
        batch_op.create_index(batch_op.f("ix_reception_bookings_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reception_bookings_unit_id"), ["unit_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reception_bookings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reception_bookings_unit_id"))
        batch_op.drop_index(batch_op.f("ix_reception_bookings_entry_id"))
        batch_op.drop_index(batch_op.f("ix_reception_bookings_day"))
    op.drop_table("reception_bookings")
    op.drop_table("booking_slots")
