"""ids are never reused: AUTOINCREMENT for every table with an own id

SQLite gives a new record the highest id plus one, so the id of the newest deleted or erased
record came back, and its history and erase note then seemed to be about the new record. Each
table is rebuilt with AUTOINCREMENT (its rows copied), and the highest id a table ever had —
the largest id in it or in the change history of its records — is recorded in sqlite_sequence,
so that also ids handed out before this migration are not given again.

The file is copied aside before this runs (see nfg_desktop.store.database); foreign keys are
switched off meanwhile (see nfg_desktop.store.migrate.upgrade), as SQLite's guide to rebuilding
a table asks.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03 23:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The tables with an own integer id at revision 0001.
TABLES = (
    "network",
    "coordinator",
    "custom_choice",
    "partner",
    "contact_person",
    "volunteer",
    "police_clearance",
    "project",
    "hours_entry",
    "meeting",
    "meeting_invitation",
    "training",
    "training_attendee",
    "change_record",
)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # other databases (sequences) never hand out an id twice
    for table in TABLES:
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
    for table in TABLES:
        highest = bind.execute(
            sa.text(
                f"SELECT max(coalesce((SELECT max(id) FROM {table}), 0), "  # noqa: S608
                "coalesce((SELECT max(entity_id) FROM change_record WHERE entity = :table), 0))"
            ),
            {"table": table},
        ).scalar_one()
        bind.execute(sa.text("DELETE FROM sqlite_sequence WHERE name = :table"), {"table": table})
        if highest:
            bind.execute(
                sa.text("INSERT INTO sqlite_sequence (name, seq) VALUES (:table, :seq)"),
                {"table": table, "seq": highest},
            )


def downgrade() -> None:
    pass  # AUTOINCREMENT does no harm to an older program version
