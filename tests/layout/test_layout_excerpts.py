"""Short texts cut where a reader can stop: a sentence or clause end, never inside a word."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from lessonpress.layout.excerpts import (
    ELLIPSIS,
    excerpt,
    excerpt_within,
    first_sentence,
    whole_words,
)

RECOGNITION = (
    "In November 1933 the United States, at President Franklin D. Roosevelt's instruction, "
    "established full diplomatic relations with the Soviet Union, the last major power to do so."
)
WATT = (
    "Keeping the steam cylinder hot and condensing the steam in a separate vessel cuts the "
    "fuel an engine needs by well over half."
)


def within(limit: int):  # type: ignore[no-untyped-def]
    return lambda text: len(text) <= limit


def test_a_text_that_fits_is_kept_whole() -> None:
    assert excerpt(WATT, within(len(WATT))) == WATT


def test_a_cut_never_follows_an_initial() -> None:
    """The clause end after "instruction," is the last stop before 100 characters; the
    full stop of "D." is no stop at all."""
    cut = excerpt(RECOGNITION, within(100))
    assert cut == (
        "In November 1933 the United States, at President Franklin D. Roosevelt's instruction…"
    )
    assert not any(
        excerpt(RECOGNITION, within(limit)).endswith(("D.", "D.…", "D…"))
        for limit in range(len(RECOGNITION))
    )


def test_a_text_without_a_stop_that_fits_is_left_out() -> None:
    """No clause end within the first 60 characters of the Watt sentence: rather than
    "cuts the fuel an…", nothing."""
    assert excerpt(WATT, within(60)) == ""


def test_the_last_sentence_that_fits_is_kept_without_an_ellipsis() -> None:
    text = "Watt patents the condenser. It saves fuel, and it sells."
    assert excerpt(text, within(40)) == "Watt patents the condenser."


def test_a_clause_needs_a_few_words() -> None:
    assert excerpt("In 1933, the policy changed for good.", within(20)) == ""


def test_an_abbreviation_does_not_end_the_first_sentence() -> None:
    assert first_sentence("Gen. Grant won. Then he left.") == "Gen. Grant won."


def test_excerpt_within_counts_characters() -> None:
    cut = excerpt_within(RECOGNITION, 40)
    assert len(cut) <= 40 and cut.endswith(ELLIPSIS)


def test_names_are_cut_at_whole_words() -> None:
    assert whole_words("Recognition and wary coexistence", within(22)) == "Recognition and wary…"
    assert whole_words("Kingdom", within(5)) == ""


@given(st.text(alphabet="abc ,;:.DE", min_size=1, max_size=80), st.integers(0, 80))
def test_an_excerpt_is_a_start_of_the_text_ending_at_a_stop(text: str, limit: int) -> None:
    cut = excerpt(text, within(limit))
    squeezed = " ".join(text.split())
    assert len(cut) <= limit or cut == ""
    assert squeezed.startswith(cut.removesuffix(ELLIPSIS))
    if cut and cut != squeezed:
        rest = squeezed[len(cut.removesuffix(ELLIPSIS)) :]
        # The cut is followed by a stop (or the space after a full stop), never a letter.
        assert re.match(r"[\s,;:.!?–—]", rest), (cut, rest)
