"""What vCard (RFC 6350) and iCalendar (RFC 5545) share: escaping, line folding, CRLF."""

from __future__ import annotations

CRLF = "\r\n"
FOLD_OCTETS = 75


def escape(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def compound(*components: str) -> str:
    """A structured value (N, ADR, ORG): escaped components separated by ``;``."""
    return ";".join(escape(component) for component in components)


def fold(line: str) -> str:
    """Fold a content line after at most 75 octets, never inside a UTF-8 character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= FOLD_OCTETS:
        return line
    parts: list[str] = []
    current = ""
    size = 0
    limit = FOLD_OCTETS
    for char in line:
        char_size = len(char.encode("utf-8"))
        if size + char_size > limit:
            parts.append(current)
            current, size = "", 0
            limit = FOLD_OCTETS - 1  # continuation lines start with a space
        current += char
        size += char_size
    parts.append(current)
    return (CRLF + " ").join(parts)


def lines_to_text(lines: list[str]) -> str:
    return "".join(fold(line) + CRLF for line in lines)
