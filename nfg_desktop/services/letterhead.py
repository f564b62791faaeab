"""What the head of every printout and the window's title read: the network's name and logo.

Read through the table alone, from a session or a plain connection: a command that only
prints, and the window while it starts, need neither the ORM's classes nor their set-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, select

from nfg_desktop.store import tables

if TYPE_CHECKING:
    from nfg_desktop.services.plain_rows import RowSource

DEFAULT_NETWORK_NAME = "Netzwerk für Generationen"


@dataclass(frozen=True)
class Letterhead:
    network: str
    logo: bytes | None  # PNG or JPEG, if the network has one


def _of_the_network(*columns: Any) -> Select[Any]:
    return select(*columns).order_by(tables.network.c.id).limit(1)


def network_name(source: RowSource) -> str:
    """The network's name (the window's title); the default name while none is stored."""
    name = source.scalar(_of_the_network(tables.network.c.name))
    return name if name is not None else DEFAULT_NETWORK_NAME


def read(source: RowSource) -> Letterhead:
    """The head of a printout: the network's name and logo, in one query."""
    network = tables.network.c
    row = source.execute(_of_the_network(network.name, network.logo)).first()
    if row is None:
        return Letterhead(DEFAULT_NETWORK_NAME, None)
    return Letterhead(row.name, row.logo or None)
