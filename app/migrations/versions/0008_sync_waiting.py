"""pulled changes that wait for what they refer to

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 16:10:00

Before this, a pulled change this store could not take was only noted in the quarantine ("not_applied") and the
cursor moved past it for good: a stop day edited after its encounters made the encounters unknown here. Those
notes are removed and, if there were any, the cursor starts again from the beginning, so the next sync pulls
everything once more (what is here already is a duplicate) and the changes lost that way come back, waiting where
they must.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('sync_waiting',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('waits_for', sa.String(length=64), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('since', sa.DateTime(), nullable=False),
    sa.Column('tries', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'key', name=op.f('pk_sync_waiting'))
    )
    with op.batch_alter_table('sync_waiting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_waiting_waits_for'), ['waits_for'], unique=False)
    connection = op.get_bind()
    lost = connection.execute(sa.text("SELECT count(*) FROM sync_quarantine WHERE status = 'not_applied'")).scalar()
    if lost:
        connection.execute(sa.text("DELETE FROM sync_quarantine WHERE status = 'not_applied'"))
        connection.execute(sa.text("DELETE FROM local_settings WHERE key = 'sync_cursor'"))


def downgrade() -> None:
    with op.batch_alter_table('sync_waiting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_waiting_waits_for'))
    op.drop_table('sync_waiting')
