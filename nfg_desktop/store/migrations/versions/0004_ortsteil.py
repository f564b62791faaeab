"""Ortsteil (village or district of the municipality) of partners and volunteers

Revision ID: 0004_ortsteil
Revises: 0003_network_settings
Create Date: 2026-12-04 00:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_ortsteil"
down_revision: str | None = "0003_network_settings"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TABLES = ("partner", "volunteer")


def upgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("locality", sa.String(length=200), server_default="", nullable=False)
            )


def downgrade() -> None:
    for table in _TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("locality")
