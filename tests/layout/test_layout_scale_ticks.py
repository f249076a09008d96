"""The time scale across BC/AD and the choice of ticks for spans of days to millennia."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lessonpress.layout.calendar import day_position
from lessonpress.layout.scale import TimeScale
from lessonpress.layout.ticks import TickStep, TickUnit, choose_ticks, tick_positions


class HalfEmMeasurer:
    """Every character is half the type size wide."""

    def width(self, text: str, font: str, size: float) -> float:
        return 0.5 * size * len(text)


def ticks_for(start: float, end: float, length: float = 1000.0) -> list[str]:
    scale = TimeScale(start, end, 0.0, length)
    marks = choose_ticks(
        scale, HalfEmMeasurer(), "body", 9, min_gap=12, max_ticks=12, left=0.0, right=length
    )
    return [mark.label for mark in marks]


def test_scale_is_continuous_across_the_bc_ad_boundary() -> None:
    scale = TimeScale(-100.0, 100.0, 0.0, 200.0)
    assert scale.to_x(-43.0) == pytest.approx(57.0)  # 44 BC
    assert scale.to_x(0.0) == pytest.approx(100.0)  # 1 BC begins
    assert scale.to_x(1.0) == pytest.approx(101.0)  # AD 1 begins one year later
    assert scale.to_position(scale.to_x(79.5)) == pytest.approx(79.5)


def test_scale_fit_pads_and_widens_a_single_instant() -> None:
    scale = TimeScale.fit([1917.0, 1945.0], 0, 100, padding=0.1)
    assert scale.start == pytest.approx(1914.2) and scale.end == pytest.approx(1947.8)
    single = TimeScale.fit([1917.5], 0, 100)
    assert single.start < 1917.5 < single.end


def test_positions_follow_the_calendar() -> None:
    assert day_position(1917, 3, 1) == pytest.approx(1917 + 59 / 365)
    assert day_position(1916, 3, 1) == pytest.approx(1916 + 60 / 366)


def test_a_few_days_get_day_ticks() -> None:
    labels = ticks_for(day_position(1917, 3, 7), day_position(1917, 3, 14))
    assert "Mar 8, 1917" in labels and "Mar 12, 1917" in labels


def test_a_few_months_get_month_ticks() -> None:
    labels = ticks_for(day_position(1941, 1, 1) - 0.01, day_position(1941, 12, 20))
    assert "Jun 1941" in labels
    assert all(label.endswith("1941") and "," not in label for label in labels)


@pytest.mark.parametrize("length", [500.0, 1000.0])
def test_thirty_years_get_five_or_ten_year_steps(length: float) -> None:
    labels = ticks_for(1915.3, 1946.8, length)
    years = [int(label) for label in labels]
    steps = {after - before for before, after in itertools.pairwise(years)}
    assert steps in ({5}, {10})


def test_three_thousand_years_get_centuries_or_millennia() -> None:
    labels = ticks_for(-1600.0, 1450.0)
    assert "500 BC" in labels or "1000 BC" in labels
    assert "AD 1" in labels
    assert "0" not in labels and "AD 0" not in labels


def test_year_ticks_land_on_round_bc_years() -> None:
    positions = tick_positions(TickStep(TickUnit.YEAR, 100), -450.0, 250.0)
    assert positions == [-399.0, -299.0, -199.0, -99.0, 1.0, 100.0, 200.0]


@given(
    st.floats(min_value=-5000, max_value=2000),
    st.floats(min_value=0.01, max_value=6000),
    st.floats(min_value=150, max_value=3000),
)
def test_tick_labels_never_read_zero_and_never_collide(
    start: float, span: float, length: float
) -> None:
    scale = TimeScale(start, start + span, 0.0, length)
    measurer = HalfEmMeasurer()
    marks = choose_ticks(scale, measurer, "body", 9, min_gap=12, max_ticks=12, left=0, right=length)
    assert len(marks) <= 12
    for mark in marks:
        assert mark.label not in {"0", "AD 0", "0 BC"}
        assert not mark.label.startswith(("0 ", "AD 0")) and " 0," not in mark.label
        assert (
            mark.x - mark.label_width / 2 >= -1e-6
            and mark.x + mark.label_width / 2 <= length + 1e-6
        )
    for before, after in itertools.pairwise(marks):
        assert before.x + before.label_width / 2 + 12 <= after.x - after.label_width / 2 + 1e-6
