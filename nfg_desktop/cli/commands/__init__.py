"""One module per command; each offers ``register(subparsers)`` and sets ``handler``."""

from __future__ import annotations

# Order is the order in `nfg-desktop --help`.
COMMAND_MODULES = (
    "demo",
    "settings",
    "listing",
    "check",
    "import_data",
    "export_data",
    "backup",
    "restore",
    "copy",
    "disclose",
    "erase",
    "report",
)

# The word on the command line -> its module, so that a run imports only the command it needs
# (the window and `--version` start without loading reportlab, openpyxl and the like).
COMMAND_WORDS = {
    "demo": "demo",
    "settings": "settings",
    "list": "listing",
    "check": "check",
    "import": "import_data",
    "export": "export_data",
    "backup": "backup",
    "restore": "restore",
    "copy": "copy",
    "disclose": "disclose",
    "erase": "erase",
    "report": "report",
}
