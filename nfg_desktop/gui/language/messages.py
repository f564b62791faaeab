"""Messages from below the window, shown in the window's language.

The layers below the window (domain, store, services, io) speak German only (the command line
and the printouts are German); their ``DomainError`` texts reach the window as they are. In the
English window this module gives their English wording from the catalogue ``english.py``:
the German text is matched against its templates (``{}`` for a value filled in), and each
value is itself looked up (a field's label, an operating system's reason), so that
„Straße: höchstens 200 Zeichen.“ becomes “Street: at most 200 characters.”. What matches no
template (names, data as typed) stays as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache, lru_cache

from nfg_desktop.domain.choices_english import ENGLISH_VALUES
from nfg_desktop.domain.errors import DomainError
from nfg_desktop.gui import language
from nfg_desktop.gui.language.english import ENGLISH


def shown(text: str) -> str:
    """``text`` (German, from below the window) in the window's language."""
    if language.current_language() != language.ENGLISH:
        return text
    return english(text)


def shown_value(value: str) -> str:
    """A value the program fixes (a kind, a status, a focus area, …) in the window's language;
    anything else (a kind a user added) as typed. Display only: what is stored stays German."""
    if language.current_language() != language.ENGLISH:
        return value
    return ENGLISH_VALUES.get(value, value)


def shown_values(text: str, separator: str = ", ") -> str:
    """``shown_value`` of each value of a joined list ("Kinder, Senioren")."""
    if language.current_language() != language.ENGLISH or not text:
        return text
    exact = ENGLISH_VALUES.get(text)
    if exact is not None:
        return exact
    return separator.join(ENGLISH_VALUES.get(part, part) for part in text.split(separator))


def error_text(error: DomainError) -> str:
    """The message of ``error`` (its first one for several fields) in the window's language."""
    return shown(error.message)


def field_messages(errors: Mapping[str, str]) -> dict[str, str]:
    """The messages of a form's fields (``ValidationError.field_errors``), each translated."""
    return {field: shown(message) for field, message in errors.items()}


@lru_cache(maxsize=4096)  # lists ask for the same state texts row after row
def english(text: str) -> str:
    """The English wording of the German ``text``; ``text`` itself where none is known."""
    exact = ENGLISH.get(text)
    if exact is not None:
        return exact
    for pattern, wording in _templates():
        match = pattern.fullmatch(text)
        if match:
            return wording.format(*(english(value) for value in match.groups()))
    if "\n" in text:  # several messages, one per line
        return "\n".join(english(line) for line in text.split("\n"))
    return text


@cache
def _templates() -> list[tuple[re.Pattern[str], str]]:
    """The catalogue's templates with values as patterns, the most literal text first (so a
    specific template wins over a general one such as "{}: Bitte ausfüllen.")."""
    found = [
        # A value spans lines only where the template does (a list below a message); other
        # texts of several lines are several messages.
        (
            re.compile(
                "(.*?)".join(map(re.escape, german.split("{}"))),
                re.DOTALL if "\n" in german else 0,
            ),
            wording,
        )
        for german, wording in ENGLISH.items()
        if "{}" in german
    ]
    found.sort(key=lambda item: -len(item[0].pattern.replace("(.*?)", "")))
    return found
