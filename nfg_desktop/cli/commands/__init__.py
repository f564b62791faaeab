"""One module per command; each offers ``register(subparsers)`` and sets ``handler``."""

from __future__ import annotations

# Order is the order in `nfg-desktop --help`.
COMMAND_MODULES = (
    "demo",
    "listing",
    "check",
    "import_data",
    "export_data",
    "backup",
    "restore",
    "disclose",
    "erase",
    "report",
)
