"""Notifications of changed rows on a PostgreSQL server (LISTEN/NOTIFY from triggers)

Every table gets a trigger that sends ``NOTIFY nfg_changes`` with table, id, version and user
(``store/live.py``), so that the other users' windows show a change within moments. Nothing on
SQLite: a local file's readers look at ``PRAGMA data_version`` instead.

Revision ID: 0006_notify
Revises: 0005_versions
Create Date: 2026-12-04 03:30:00
"""

from collections.abc import Sequence

from alembic import op

from nfg_desktop.store.live import install_triggers, remove_triggers

revision: str = "0006_notify"
down_revision: str | None = "0005_versions"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    install_triggers(op.get_bind())


def downgrade() -> None:
    remove_triggers(op.get_bind())
