"""A version counter on every editable record (no lost update between two users)

Revision ID: 0005_versions
Revises: 0004_ortsteil
Create Date: 2026-12-04 03:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_versions"
down_revision: str | None = "0004_ortsteil"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables of the records a user edits (models.Timestamped); link rows without columns of
# their own (tags, focus areas, ...) are only ever added or removed, never changed.
TABLES = (
    "network",
    "coordinator",
    "custom_choice",
    "setting",
    "partner",
    "contact_person",
    "volunteer",
    "police_clearance",
    "project",
    "project_partner",
    "project_volunteer",
    "hours_entry",
    "meeting",
    "meeting_invitation",
    "training",
    "training_attendee",
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), server_default="1", nullable=False)
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
