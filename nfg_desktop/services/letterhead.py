"""What the head of every printout and the window's title read: the network's name and logo.

Read through the table alone, from a session or a plain connection: a command that only
prints, and the window while it starts, need neither the ORM's classes nor their set-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from nfg_desktop.store import tables

if TYPE_CHECKING:
    from nfg_desktop.services.plain_rows import RowSource

DEFAULT_NETWORK_NAME = "Netzwerk für Generationen"


def network_name(source: RowSource) -> str:
    """The network's name; the default name while none is stored."""
    column = tables.network.c.name
    name = source.scalar(select(column).order_by(tables.network.c.id).limit(1))
    return name if name is not None else DEFAULT_NETWORK_NAME


def network_logo(source: RowSource) -> bytes | None:
    """The logo of the report headers (PNG/JPEG), if the network has one."""
    column = tables.network.c.logo
    logo: bytes | None = source.scalar(select(column).order_by(tables.network.c.id).limit(1))
    return logo or None
