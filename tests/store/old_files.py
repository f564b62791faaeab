"""Files as an older version of the program made them, for the tests of migrations."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from nfg_desktop.store import migrate


def file_at_revision(path: Path, revision: str, url: str | None = None) -> Path:
    """An empty data file at ``path`` with the schema of ``revision`` (``"head"``: the newest);
    or, with ``url``, a server database at that revision."""
    config = migrate.alembic_config()
    config.set_main_option("sqlalchemy.url", url or f"sqlite:///{path}")
    command.upgrade(config, revision)
    return path
