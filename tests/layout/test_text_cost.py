"""Fitting a line costs about that line, not the whole text: measured by the characters
a measurer is asked to measure, so the tests are exact and never time anything."""

from __future__ import annotations

from lessonpress.layout.text import ellipsize, wrap_lines_limited, wrap_text


class CountingMeasurer:
    """Every character is half the type size wide; counts the characters measured."""

    def __init__(self) -> None:
        self.measured = 0

    def width(self, text: str, font: str, size: float) -> float:
        self.measured += len(text)
        return 0.5 * size * len(text)


UNBROKEN = "x" * 100_000
PROSE = " ".join(["treaty", "of", "Brest-Litovsk", "signed"] * 20_000)


def test_an_unbroken_word_is_cut_into_lines_at_a_cost_linear_in_its_length() -> None:
    measurer = CountingMeasurer()
    lines = wrap_text(measurer, UNBROKEN, "body", 10, 200)
    assert "".join(lines) == UNBROKEN
    assert {len(line) for line in lines[:-1]} == {40}
    assert measurer.measured < 10 * len(UNBROKEN)


def test_prose_is_wrapped_at_a_cost_linear_in_its_length() -> None:
    measurer = CountingMeasurer()
    lines = wrap_text(measurer, PROSE, "body", 10, 200)
    assert " ".join(lines) == PROSE
    assert measurer.measured < 30 * len(PROSE)


def test_shortening_a_long_text_costs_about_the_line_it_keeps() -> None:
    for text in (PROSE, UNBROKEN):
        measurer = CountingMeasurer()
        line = ellipsize(measurer, text, "body", 10, 200)
        assert line.endswith("…") and len(line) <= 40
        assert measurer.measured < 2 * len(text) + 2_000


def test_a_few_lines_of_a_long_text_cost_those_lines() -> None:
    measurer = CountingMeasurer()
    lines = wrap_lines_limited(measurer, PROSE, "body", 10, 200, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert measurer.measured < 10_000
