"""Rectangles, word wrapping and shortening text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lessonpress.layout.geometry import Rect
from lessonpress.layout.text import ellipsize, wrap_lines_limited, wrap_text


class HalfEmMeasurer:
    """Every character is half the type size wide."""

    def width(self, text: str, font: str, size: float) -> float:
        return 0.5 * size * len(text)


MEASURER = HalfEmMeasurer()


def test_rect_edges_and_intersection() -> None:
    box = Rect(10, 20, 30, 40)
    assert (box.left, box.bottom, box.right, box.top) == (10, 20, 40, 60)
    assert box.intersects(Rect(39, 59, 5, 5))
    assert not box.intersects(Rect(40, 20, 5, 5))  # touching edges do not overlap
    assert box.contains(Rect(10, 20, 30, 40))
    assert not box.contains(Rect(9, 20, 5, 5))
    assert Rect.from_edges(1, 2, 4, 6) == Rect(1, 2, 3, 4)
    assert box.inset(5) == Rect(15, 25, 20, 30)


def test_wrap_breaks_at_spaces() -> None:
    assert wrap_text(MEASURER, "Treaty of Brest-Litovsk signed", "body", 10, 70) == [
        "Treaty of",
        "Brest-Litovsk",
        "signed",
    ]


def test_wrap_breaks_a_long_word_between_characters() -> None:
    lines = wrap_text(MEASURER, "https://example.org/a/very/long/path", "body", 10, 50)
    assert "".join(lines) == "https://example.org/a/very/long/path"
    assert all(MEASURER.width(line, "body", 10) <= 50 for line in lines)


def test_a_broken_word_leaves_no_letter_alone_on_its_last_line() -> None:
    # 17 letters, 16 to a line: the break leaves three for the next line, not one.
    lines = wrap_text(MEASURER, "Κωνσταντινούπολης", "body", 10, 80)
    assert lines == ["Κωνσταντινούπο", "λης"]


@given(st.text(min_size=0, max_size=80), st.floats(min_value=5, max_value=300))
def test_wrapped_lines_never_exceed_the_width(text: str, max_width: float) -> None:
    lines = wrap_text(MEASURER, text, "body", 10, max_width)
    assert all(
        MEASURER.width(line, "body", 10) <= max_width + 0.01 or len(line) == 1 for line in lines
    )
    assert "".join("".join(line.split()) for line in lines) == "".join(text.split())


def test_ellipsize_cuts_at_a_word() -> None:
    assert ellipsize(MEASURER, "Lend-Lease extended to the USSR", "body", 10, 90) == "Lend-Lease…"
    assert ellipsize(MEASURER, "short", "body", 10, 100) == "short"
    assert ellipsize(MEASURER, "anything", "body", 10, 1) == ""


def test_limited_wrap_ends_with_an_ellipsis() -> None:
    text = "one two three four five six seven eight nine ten"
    lines = wrap_lines_limited(MEASURER, text, "body", 10, 60, 2)
    assert len(lines) == 2
    assert lines[-1].endswith("…")
    assert all(MEASURER.width(line, "body", 10) <= 60 for line in lines)
