"""NFG Desktop: the offline program of a local "Netzwerk für Generationen"."""

__version__ = "0.1.0"

APP_NAME = "NFG Desktop"
APP_ID = "nfg-desktop"
ORGANISATION = "Netzwerk für Generationen"
ORGANISATION_DOMAIN = "nfg-desktop.de"
