"""The one error type of the domain: a German message a user can read."""

from __future__ import annotations

import errno
from datetime import datetime


class DomainError(Exception):
    """A rule was broken. ``message`` is German and can be shown to the user as it is."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field

    def __str__(self) -> str:
        return self.message


class ValidationError(DomainError):
    """One or more fields are invalid; ``field_errors`` maps field name -> German message."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        if not field_errors:
            raise ValueError("ValidationError needs at least one field error")
        self.field_errors = dict(field_errors)
        first_field, first_message = next(iter(self.field_errors.items()))
        super().__init__(first_message, first_field)

    def __str__(self) -> str:
        return "; ".join(self.field_errors.values())


class NotFoundError(DomainError):
    """A record with the given id does not exist."""


class InUseError(DomainError):
    """A record cannot be deleted because others still use it."""

    def __init__(self, message: str, dependents: list[str]) -> None:
        super().__init__(message)
        self.dependents = dependents


# What the operating system says, in German: its own text (strerror) is English on Windows too.
OS_ERROR_TEXTS = {
    errno.EACCES: "keine Berechtigung, oder die Datei ist in einem anderen Programm geöffnet",
    errno.EPERM: "keine Berechtigung",
    errno.ENOSPC: "der Datenträger ist voll",
    errno.EROFS: "der Datenträger ist schreibgeschützt",
    errno.ENOENT: "Datei oder Ordner nicht gefunden",
    errno.EIO: "Lese- oder Schreibfehler des Datenträgers",
    errno.EISDIR: "das ist ein Ordner",
    errno.ENAMETOOLONG: "der Name ist zu lang",
    errno.EINVAL: "der Name enthält Zeichen, die nicht erlaubt sind",
}


def os_error_text(error: OSError) -> str:
    """A short German reason for ``error``; the system's own text only when none is known."""
    known = OS_ERROR_TEXTS.get(error.errno or 0)
    if known is not None:
        return known
    return error.strerror or str(error)


class ConcurrentEditError(DomainError):
    """Someone else stored the record after this form read it; nothing was saved.

    ``current_version`` is the version now stored: saving again with it overwrites the other
    change on purpose ("keep mine"); ``user`` and ``at`` say who made it and when, as far as
    the change history knows (empty / None otherwise).
    """

    def __init__(
        self,
        message: str,
        entity: str,
        entity_id: int,
        current_version: int,
        user: str = "",
        at: datetime | None = None,
    ) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.current_version = current_version
        self.user = user
        self.at = at


def changed_by_text(user: str, at: datetime | None, now: datetime, deleted: bool = False) -> str:
    """„Anna Schäfer hat diesen Eintrag um 10:42 geändert“ (on another day with the date)."""
    verb = "gelöscht" if deleted else "geändert"
    who = user or "Jemand anderes"
    if at is None:
        return f"{who} hat diesen Eintrag inzwischen {verb}."
    when = f"um {at:%H:%M}" if at.date() == now.date() else f"am {at:%d.%m.%Y} um {at:%H:%M}"
    return f"{who} hat diesen Eintrag {when} {verb}."
