"""network settings: Ortsteile, sender, logo, coordinator function

Revision ID: 0003_network_settings
Revises: 0001
Create Date: 2026-12-03 23:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_network_settings"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("network", schema=None) as batch_op:
        batch_op.add_column(sa.Column("localities", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(
            sa.Column("sender_address", sa.Text(), server_default="", nullable=False)
        )
        batch_op.add_column(
            sa.Column("sender_phone", sa.String(length=50), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("logo", sa.LargeBinary(), nullable=True))
    with op.batch_alter_table("coordinator", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("function", sa.String(length=200), server_default="", nullable=False)
        )


def downgrade() -> None:
    with op.batch_alter_table("coordinator", schema=None) as batch_op:
        batch_op.drop_column("function")
    with op.batch_alter_table("network", schema=None) as batch_op:
        batch_op.drop_column("logo")
        batch_op.drop_column("sender_phone")
        batch_op.drop_column("sender_address")
        batch_op.drop_column("localities")
