"""The one error type of the domain: a German message a user can read."""

from __future__ import annotations

import errno


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
