"""A network on a PostgreSQL server: its address, and what a failed connection means in German.

The address (host, port, database, user, ``sslmode``, or a service name from ``pg_service.conf``)
becomes a SQLAlchemy URL for psycopg 3. The password is never part of a stored address: libpq
finds it in ``~/.pgpass`` / ``%APPDATA%\\postgresql\\pgpass.conf`` or the service file, or the
window asks for it each time and keeps it in memory only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import URL, make_url

from nfg_desktop.domain.errors import DomainError

DRIVER = "postgresql+psycopg"
SSL_MODES = ("prefer", "disable", "require", "verify-full")
# libpq's own default; a connection that takes longer than this is reported, not waited for.
CONNECT_TIMEOUT_S = 5
DEFAULT_PORT = 5432


class ServerConnectionError(DomainError):
    """The server cannot be reached or refused us; ``needs_password`` when it asks for one."""

    def __init__(
        self, message: str, needs_password: bool = False, wrong_login: bool = False
    ) -> None:
        super().__init__(message)
        self.needs_password = needs_password
        self.wrong_login = wrong_login


class ConnectionLostError(DomainError):
    """The connection to the server broke off during work (the window retries)."""


CONNECTION_LOST = (
    "Die Verbindung zum Server ist unterbrochen; es wird erneut versucht. Ihre letzte Änderung "
    "wurde nicht gespeichert, Ihre Eingaben bleiben im Formular. Bitte speichern Sie noch "
    "einmal, sobald die Verbindung wieder besteht."
)


@dataclass(frozen=True)
class ServerAddress:
    """Where a network lives on a server; never holds a password."""

    host: str = ""
    port: int | None = None
    database: str = ""
    user: str = ""
    sslmode: str = ""
    service: str = ""

    def url(self, password: str | None = None) -> URL:
        query: dict[str, str] = {}
        if self.sslmode:
            query["sslmode"] = self.sslmode
        if self.service:
            query["service"] = self.service
        return URL.create(
            DRIVER,
            username=self.user or None,
            password=password or None,
            host=self.host or None,
            port=self.port,
            database=self.database or None,
            query=query,
        )

    def url_text(self) -> str:
        """The URL as it is remembered (under Zuletzt geöffnet): without a password."""
        return self.url().render_as_string(hide_password=False)

    def label(self) -> str:
        """How the window names it: „nfg auf rathaus-db“ style, without the driver."""
        if self.service and not self.host:
            return f"Dienst {self.service}"
        where = self.host or "localhost"
        if self.port and self.port != DEFAULT_PORT:
            where += f":{self.port}"
        who = f"{self.user}@" if self.user else ""
        return f"{who}{where}/{self.database}"

    @classmethod
    def from_url(cls, url: str | URL) -> ServerAddress:
        parsed = make_url(url) if isinstance(url, str) else url
        query = parsed.query

        def one(key: str) -> str:
            value = query.get(key, "")
            return value if isinstance(value, str) else (value[0] if value else "")

        return cls(
            host=parsed.host or "",
            port=parsed.port,
            database=parsed.database or "",
            user=parsed.username or "",
            sslmode=one("sslmode"),
            service=one("service"),
        )


def without_password(url: URL) -> URL:
    """``url`` as it may be written down (recent connections, logs)."""
    return URL.create(
        url.drivername,
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    )


def is_server_url(text: str) -> bool:
    return text.startswith("postgresql")


def connect_args(url: URL) -> dict[str, Any]:
    """Extra arguments for psycopg: a connection attempt gives up after a few seconds (a host
    that does not answer would otherwise hold the window for minutes)."""
    if "connect_timeout" in url.query:
        return {}
    return {"connect_timeout": CONNECT_TIMEOUT_S}


def is_connection_error(error: BaseException | None) -> bool:
    """Whether a driver error means the server is out of reach (not a refused statement).

    psycopg raises ``OperationalError`` for both; a lost or refused connection has no SQLSTATE
    or one of class 08, or the server is shutting down (57P01-57P03)."""
    if error is None or not type(error).__module__.startswith("psycopg"):
        return False  # never imports psycopg for a local file's errors
    import psycopg

    if not isinstance(error, psycopg.OperationalError):
        return False
    state = getattr(error, "sqlstate", None)
    return state is None or state.startswith("08") or state in {"57P01", "57P02", "57P03"}


# What libpq and the server say (in English and, for a German server, in German), and what we
# tell the user. The first match wins.
_MESSAGES: tuple[tuple[tuple[str, ...], str], ...] = (
    (
        ("no password supplied", "kein passwort angegeben"),
        "Der Server verlangt ein Kennwort. Bitte geben Sie das Kennwort ein.",
    ),
    (
        ("password authentication failed", "passwort-authentifizierung", "authentication failed"),
        "Der Server hat die Anmeldung abgelehnt: Benutzername oder Kennwort stimmen nicht. "
        "Bitte prüfen Sie beides (Groß- und Kleinschreibung beachten).",
    ),
    (
        ("does not exist", "existiert nicht"),
        "",  # database or role: said below with the name
    ),
    (
        (
            "failed to resolve host",
            "could not translate host name",
            "name or service not known",
            "nicht in adresse übersetzen",
            "name oder der dienst ist nicht bekannt",
        ),
        "Den Server „{host}“ gibt es nicht oder er ist nicht erreichbar. Bitte prüfen Sie den "
        "Servernamen (Ihre IT nennt ihn Ihnen).",
    ),
    (
        # libpq's German and the system's German wording (glibc; Windows) count too.
        (
            "connection refused",
            "verbindung verweigert",
            "verbindungsaufbau abgelehnt",
            "verweigerte",
        ),
        "Der Server „{host}“ nimmt auf Port {port} keine Verbindungen an. Bitte prüfen Sie den "
        "Port, oder ob der Datenbankserver läuft.",
    ),
    (
        ("timeout expired", "timed out", "zeitüberschreitung"),
        "Der Server „{host}“ antwortet nicht. Bitte prüfen Sie den Servernamen und die "
        "Netzwerkverbindung.",
    ),
    (
        ("ssl", "certificate"),
        "Die verschlüsselte Verbindung (SSL/TLS) zum Server ist nicht zustande gekommen. Bitte "
        "fragen Sie Ihre IT, welche SSL-Einstellung richtig ist.",
    ),
    (
        ("definition of service", "service file"),
        "Den Dienstnamen „{service}“ gibt es in der Datei pg_service.conf nicht.",
    ),
    (
        ("no pg_hba.conf entry", "kein pg_hba.conf-eintrag"),
        "Der Server lässt diese Anmeldung von diesem Computer aus nicht zu (pg_hba.conf). "
        "Bitte wenden Sie sich an Ihre IT.",
    ),
    (
        ("too many clients", "zu viele clients"),
        "Der Server hat gerade zu viele Verbindungen. Bitte versuchen Sie es gleich noch einmal.",
    ),
)


def connection_error(error: BaseException, address: ServerAddress) -> ServerConnectionError:
    """The German message for a failed connection to ``address``."""
    text = str(error).lower()
    host = address.host or "localhost"
    port = str(address.port or DEFAULT_PORT)
    for needles, message in _MESSAGES:
        if not any(needle in text for needle in needles):
            continue
        if not message:
            if "database" in text or "datenbank" in text:
                return ServerConnectionError(
                    f"Die Datenbank „{address.database}“ gibt es auf dem Server nicht. Bitte "
                    "prüfen Sie den Namen, oder lassen Sie sie von Ihrer IT anlegen."
                )
            return ServerConnectionError(
                f"Den Benutzer „{address.user}“ kennt der Server nicht. Bitte prüfen Sie den "
                "Benutzernamen."
            )
        return ServerConnectionError(
            message.format(
                host=host,
                port=port,
                database=address.database,
                user=address.user,
                service=address.service,
            ),
            needs_password="no password supplied" in text or "kein passwort" in text,
            wrong_login="authentifizierung" in text or "authentication failed" in text,
        )
    return ServerConnectionError(
        f"Die Verbindung zum Server „{host}“ ist nicht zustande gekommen. Bitte prüfen Sie die "
        "Angaben oder fragen Sie Ihre IT."
    )
