"""A writer process for the crash tests: stores partners in a loop and reports each commit."""

from __future__ import annotations

import logging
from multiprocessing.connection import Connection
from pathlib import Path

from sqlalchemy.orm import configure_mappers

from nfg_desktop.services.partners import PartnerData, PartnerService
from nfg_desktop.store import migrate
from nfg_desktop.store.database import open_database

# Preloaded once in the fork server, so each writer starts in milliseconds.
configure_mappers()
migrate.head_revision()


def write_forever(db_path: str, start: int, reports: Connection) -> None:
    """Store ``Partner <n>`` for n = start, start+1, ...; send n after its commit returned."""
    logging.getLogger().addHandler(logging.NullHandler())  # quiet: the test reads the file
    # The previous writer was killed: the OS released its lock, nothing to take over.
    database = open_database(Path(db_path), lock=True)
    number = start
    while True:
        with database.write() as session:
            PartnerService(session).create(
                PartnerData(name=f"Partner {number:05d}", notes="x" * (number % 500))
            )
        reports.send(number)
        number += 1
