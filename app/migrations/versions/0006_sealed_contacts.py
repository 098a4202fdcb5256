"""sealed contacts: a contact request's name, phone and e-mail are stored encrypted, so as text of any length

The values already stored are sealed by ``app.privacy.store.reseal`` the first time the program opens the file
with its key (a migration has no key).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 01:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LENGTHS = {"name": 200, "phone": 40, "email": 254}


def upgrade() -> None:
    with op.batch_alter_table("contact_requests") as batch:
        for column, length in LENGTHS.items():
            batch.alter_column(column, type_=sa.Text(), existing_type=sa.String(length), existing_nullable=True)


def downgrade() -> None:
    with op.batch_alter_table("contact_requests") as batch:
        for column, length in LENGTHS.items():
            batch.alter_column(column, type_=sa.String(length), existing_type=sa.Text(), existing_nullable=True)
