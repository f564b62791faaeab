"""Wrapping e-mail addresses and long words: nothing lost, breaks only where they belong."""

from __future__ import annotations

from itertools import accumulate

from hypothesis import given, settings
from hypothesis import strategies as st

from nfg_desktop.reports.fonts import REGULAR, register_fonts
from nfg_desktop.reports.text import widest_email_part, width_of, wrap

register_fonts()

SIZE = 8.5
_LOCAL = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüß0123456789-_", min_size=1, max_size=25)
_DOMAIN_PART = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20)


@st.composite
def emails(draw: st.DrawFn) -> str:
    local = ".".join(draw(st.lists(_LOCAL, min_size=1, max_size=3)))
    domain = ".".join(draw(st.lists(_DOMAIN_PART, min_size=2, max_size=4)))
    return f"{local}@{domain}"


def _allowed_breaks(word: str) -> set[int]:
    """After "@", before a dot that is not the first character."""
    return {i + 1 for i, c in enumerate(word) if c == "@"} | {
        i for i, c in enumerate(word) if c == "." and i > 0
    }


@settings(max_examples=300, deadline=None)
@given(emails(), st.floats(min_value=10, max_value=200))
def test_an_email_breaks_only_after_at_and_before_dots_where_its_parts_fit(
    email: str, width: float
) -> None:
    word = f"E-Mail\u00a0{email}"
    lines = wrap(word, REGULAR, SIZE, width)
    assert "".join(lines) == word.replace("\u00a0", " ")
    allowed = _allowed_breaks(word)
    position = 0
    for line in lines[:-1]:
        position += len(line)
        if position not in allowed:
            # A cut between characters only inside a part wider than the whole line.
            part_start = max((b for b in allowed if b < position), default=0)
            part_end = min((b for b in allowed if b > position), default=len(word))
            assert width_of(word[part_start:part_end], REGULAR, SIZE) > width
    for line in lines:
        assert len(line) == 1 or width_of(line, REGULAR, SIZE) <= width + 1e-6


def test_an_email_fills_each_line_before_it_breaks() -> None:
    word = "E-Mail\u00a0anna.mueller@beispiel-gemeinde.example"
    assert wrap(word, REGULAR, SIZE, width_of("E-Mail anna.mueller@", REGULAR, SIZE) + 0.1) == [
        "E-Mail anna.mueller@",
        "beispiel-gemeinde",
        ".example",
    ]


def test_a_part_wider_than_the_line_is_cut_between_characters() -> None:
    lines = wrap(
        "x@abcdefghijklmnopqrstuvwxyz.de", REGULAR, SIZE, width_of("abcdefgh", REGULAR, SIZE)
    )
    assert lines == ["x@", "abcdefgh", "ijklmnop", "qrstuvwx", "yz.de"]


def test_a_long_web_address_prefers_its_separators() -> None:
    width = width_of("www.beispiel-gemeinde.", REGULAR, SIZE) + 0.1
    assert wrap("www.beispiel-gemeinde.example/ehrenamt", REGULAR, SIZE, width) == [
        "www.beispiel-gemeinde.",
        "example/ehrenamt",
    ]


@settings(max_examples=200, deadline=None)
@given(emails(), st.floats(min_value=10, max_value=200))
def test_an_email_is_wrapped_without_cuts_exactly_when_its_widest_part_fits(
    email: str, width: float
) -> None:
    widest = widest_email_part(email, REGULAR, SIZE)
    lines = wrap(email, REGULAR, SIZE, width)
    assert "".join(lines) == email
    breaks = accumulate(len(line) for line in lines[:-1])
    assert (widest <= width) == all(position in _allowed_breaks(email) for position in breaks)


def test_the_widest_part_of_an_email() -> None:
    assert widest_email_part("li@beispiel-gemeinde.example", REGULAR, SIZE) == width_of(
        "beispiel-gemeinde", REGULAR, SIZE
    )
    assert widest_email_part("", REGULAR, SIZE) == 0.0
