"""reports: when a contact request was answered; the encounter index the reports read

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 09:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REPORT_COLUMNS = ["group", "estimated", "occurred_at", "deleted", "count", "stop_day_id", "event_id", "theme_key",
                  "unit_id"]  # fmt: skip
GUIDANCE_COLUMNS = ["client_type", "worker_id", "occurred_at", "deleted", "stop_day_id", "unit_id"]


def upgrade() -> None:
    with op.batch_alter_table("contact_requests") as batch:
        batch.add_column(sa.Column("contacted_at", sa.DateTime(), nullable=True))
    op.create_index("ix_encounters_report", "encounters", REPORT_COLUMNS, unique=False)
    op.create_index("ix_guidance_sessions_report", "guidance_sessions", GUIDANCE_COLUMNS, unique=False)


def downgrade() -> None:
    op.drop_index("ix_guidance_sessions_report", table_name="guidance_sessions")
    op.drop_index("ix_encounters_report", table_name="encounters")
    with op.batch_alter_table("contact_requests") as batch:
        batch.drop_column("contacted_at")
