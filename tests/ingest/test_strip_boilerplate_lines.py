"""strip_boilerplate reads lines without splitting a long text into a list (issue 13)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from multivector.ingest.text import (
    _chrome_above,
    boilerplate,
    looks_like_title,
    strip_boilerplate,
    text_title,
)

BODY = "The two ministers met in Astana and signed a trade agreement on Tuesday."
PIECES = [
    BODY,
    "",
    "  ",
    "Advertisement",
    "Skip to main content",
    "User Contributions:",
    "Kazakhstan - Foreign policy",
    "Read more about trade",
    "Back to top",
    "Comments (3)",
]


def split_reference(text: str) -> str:
    """The rule written over a plain list of lines, for comparison."""
    bp = boilerplate()
    lines = [ln for ln in text.split("\n") if not (ln.strip() and bp.is_anywhere(ln))]
    start = 0
    while start < len(lines) and (not lines[start].strip() or bp.is_edge(lines[start])):
        start += 1
    end = len(lines)
    while end > start:
        line = lines[end - 1]
        if not line.strip() or bp.is_edge(line):
            end -= 1
        elif looks_like_title(line) and _chrome_above(lines, start, end - 1, bp):
            end -= 1
        else:
            break
    return "\n".join(lines[start:end]).strip("\n")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_same_result_as_a_list_of_lines(pieces):
    text = "\n".join(pieces)
    assert strip_boilerplate(text) == split_reference(text)


def test_clean_text_is_returned_without_a_copy():
    text = "\n".join([BODY] * 1000)
    assert strip_boilerplate(text) is text


def title_reference(text: str) -> str | None:
    first, _, rest = text.lstrip().partition("\n")
    return first.strip() if rest.strip() and looks_like_title(first) else None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["\n", " \t"]), max_size=6))
def test_title_found_without_copying_the_rest(pieces):
    text = "\n".join(pieces)
    assert text_title(text) == title_reference(text)
