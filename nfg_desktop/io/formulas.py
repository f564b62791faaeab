"""Text cells a spreadsheet program would run as a formula ("CSV injection").

A name like ``=HYPERLINK("http://…")`` or ``=cmd|' /C calc'!A0`` in an exported list becomes a
formula when the list is opened in Excel. As OWASP recommends, an export puts an apostrophe in
front of every text that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return - also
after leading blanks (a program that trims them, or a no-break space, must not turn the text into
a formula) - and the import takes that apostrophe away again, so that an export read back gives
exactly the stored values. Phone numbers like "+49 711 …" and "-5" get the apostrophe as well;
the import gives them back unchanged.
"""

from __future__ import annotations

QUOTE = "'"
_STARTS = frozenset("=+-@\t\r")


def _runs(text: str) -> bool:
    return text[:1] in _STARTS or text.lstrip()[:1] in _STARTS


def restore(text: str) -> str:
    """A cell as read from a file: without the apostrophe an export put in front of it."""
    if text[:1] == QUOTE and (text[1:2] == QUOTE or _runs(text[1:])):
        return text[1:]
    return text


def neutralise(text: str) -> str:
    """A cell as an export writes it: with an apostrophe in front where Excel would run it, or
    where ``restore`` would take an apostrophe away that belongs to the text."""
    if _runs(text) or restore(text) != text:
        return QUOTE + text
    return text
