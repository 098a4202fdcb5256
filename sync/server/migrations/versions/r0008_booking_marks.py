"""booking marks: the id laptops know a booking by, a worker's arrived / no-show mark, the laptop that booked it

Revision ID: r0008
Revises: r0007
Create Date: 2026-11-27 22:10:00
"""

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "r0008"
down_revision: str | None = "r0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("outcome", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("device_id", sa.String(length=36), nullable=True))
    bookings = sa.table("bookings", sa.column("id", sa.Integer), sa.column("uid", sa.String))
    connection = op.get_bind()
    for (row_id,) in connection.execute(sa.select(bookings.c.id)).all():
        connection.execute(sa.update(bookings).where(bookings.c.id == row_id).values(uid=str(uuid.uuid4())))
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.alter_column("uid", existing_type=sa.String(length=36), nullable=False)
        batch_op.create_unique_constraint(batch_op.f("uq_bookings_uid"), ["uid"])


def downgrade() -> None:
    with op.batch_alter_table("bookings", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_bookings_uid"), type_="unique")
        batch_op.drop_column("device_id")
        batch_op.drop_column("outcome")
        batch_op.drop_column("uid")
