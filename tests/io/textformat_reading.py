"""Reading back what ``nfg_desktop.io.textformat`` writes (vCard / iCalendar), for the tests."""

from __future__ import annotations

from nfg_desktop.io.textformat import CRLF


def unfold(text: str) -> list[str]:
    """Content lines of a vCard/iCalendar text ."""
    return text.replace(CRLF + " ", "").replace(CRLF + "\t", "").split(CRLF)


def unescape(value: str) -> str:
    out = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars, "")
            out.append("\n" if nxt in ("n", "N") else nxt)
        else:
            out.append(char)
    return "".join(out)
