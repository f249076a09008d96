"""Paper sizes, lengths and colour arithmetic."""

from __future__ import annotations

import pytest
from pydantic_core import PydanticCustomError

from lessonpress.model.colors import contrast_ratio, mix, readable_on, tint
from lessonpress.model.pages import parse_length, parse_page_size


@pytest.mark.parametrize(
    ("text", "width", "height"),
    [
        ("letter", 612, 792),
        ("Tabloid", 792, 1224),
        ("a0", 2383.94, 3370.39),
        ("24x36in", 1728, 2592),
        ("420 x 594 mm", 1190.55, 1683.78),
    ],
)
def test_page_sizes(text: str, width: float, height: float) -> None:
    size = parse_page_size(text)
    assert (size.width, size.height) == pytest.approx((width, height), abs=0.01)


def test_orientation_swaps_sides() -> None:
    size = parse_page_size("letter")
    assert size.oriented("landscape") == (792, 612)
    assert size.oriented("portrait") == (612, 792)


@pytest.mark.parametrize("text", ["napkin", "24x36", "1x1in", "0x5in", 12])
def test_bad_page_sizes(text: object) -> None:
    with pytest.raises(PydanticCustomError):
        parse_page_size(text)


@pytest.mark.parametrize(
    ("value", "points"), [(54, 54), ("0.75in", 54), ("19mm", 53.86), ("2cm", 56.69)]
)
def test_lengths(value: object, points: float) -> None:
    assert parse_length(value) == pytest.approx(points, abs=0.01)


def test_contrast_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_tints_and_mixes() -> None:
    assert mix("#000000", "#FFFFFF", 0.5) == "#808080"
    assert tint("#0072B2", "#FFFFFF", 0.0) == "#FFFFFF"
    assert readable_on("#1F2B25") == "#FFFFFF"
    assert readable_on("#F0E442") == "#000000"
