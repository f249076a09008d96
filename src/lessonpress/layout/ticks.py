"""Choosing the ticks of a time axis: a round step that leaves room for every label.

Steps run from days through months and years to millennia. The first (finest) step
whose labels all fit side by side, a gap apart, and that gives no more than
``max_ticks`` ticks wins. Year steps land on round historical years on both sides of
the BC/AD boundary (500 BC is position -499, AD 500 is 500), and the boundary itself
is marked as AD 1, so no label ever reads "0".
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

from lessonpress.layout.calendar import day_position, days_in_month, year_of
from lessonpress.layout.scale import TimeScale
from lessonpress.layout.text import TextMeasurer

DAY = 1 / 365.25
MONTH = 1 / 12

Formatter = Callable[[float, int], str]
"""Labels a position at a precision: ``lessonpress.model.dates.format_position``."""

FORMAT_NUDGE = 1e-6
"""Years (about half a minute) added before formatting, so that a tick computed as
``1917 + 59/365`` is never rounded back into the day before."""


class TickUnit(Enum):
    """The calendar unit a tick step counts in, with its label precision."""

    DAY = 4
    MONTH = 3
    YEAR = 2


@dataclass(frozen=True, slots=True)
class TickStep:
    """A step between ticks: ``count`` days, months or years."""

    unit: TickUnit
    count: int

    @property
    def years(self) -> float:
        """The step's approximate length in years."""
        if self.unit is TickUnit.DAY:
            return self.count * DAY
        if self.unit is TickUnit.MONTH:
            return self.count * MONTH
        return float(self.count)

    @property
    def precision(self) -> int:
        """The ``Precision`` value the labels are written at."""
        return self.unit.value


@dataclass(frozen=True, slots=True)
class TickMark:
    """A tick placed on the axis: its instant, x, label and the label's width."""

    position: float
    x: float
    label: str
    label_width: float


DAY_STEPS = (1, 2, 5, 10, 15)
MONTH_STEPS = (1, 2, 3, 6)
YEAR_STEPS = (1, 2, 5, 10, 25, 50, 100, 200, 500)


def tick_steps() -> Iterator[TickStep]:
    """Every candidate step, finest first; year steps go on as 1, 2, 5 times 10^n."""
    for count in DAY_STEPS:
        yield TickStep(TickUnit.DAY, count)
    for count in MONTH_STEPS:
        yield TickStep(TickUnit.MONTH, count)
    for count in YEAR_STEPS:
        yield TickStep(TickUnit.YEAR, count)
    power = 1000
    while True:
        for factor in (1, 2, 5):
            yield TickStep(TickUnit.YEAR, factor * power)
        power *= 10


def tick_positions(step: TickStep, start: float, end: float) -> list[float]:
    """The positions of the ticks of ``step`` within ``start..end``, in order."""
    if step.unit is TickUnit.YEAR:
        return _year_positions(step.count, start, end)
    positions: list[float] = []
    for year in range(year_of(start), year_of(end) + 1):
        for month in range(1, 13):
            if step.unit is TickUnit.MONTH:
                days = [1] if (month - 1) % step.count == 0 else []
            else:
                # A day too close to the next month's first would crowd its label.
                last_day = days_in_month(year, month)
                days = [
                    day
                    for day in range(1, last_day + 1, step.count)
                    if day == 1 or last_day - day + 1 > step.count / 2
                ]
            for day in days:
                position = day_position(year, month, day)
                if start <= position <= end:
                    positions.append(position)
    return positions


def _year_positions(step: int, start: float, end: float) -> list[float]:
    """AD ticks at multiples of ``step`` (AD 500 is 500), BC ticks at round BC years
    (500 BC is 1 - 500), and AD 1 at the boundary in place of a "0"."""
    bc_multiples = range(max(1, math.ceil((1 - end) / step)), math.floor((1 - start) / step) + 1)
    positions = {float(1 - multiple * step) for multiple in bc_multiples}
    if step >= 5 and start <= 1 <= end:
        positions.add(1.0)
    ad_multiples = range(max(1, math.ceil(start / step)), math.floor(end / step) + 1)
    positions.update(float(multiple * step) for multiple in ad_multiples)
    return sorted(p for p in positions if start <= p <= end)


def choose_ticks(
    scale: TimeScale,
    measurer: TextMeasurer,
    font: str,
    size: float,
    *,
    min_gap: float,
    max_ticks: int,
    left: float,
    right: float,
    formatter: Formatter | None = None,
) -> list[TickMark]:
    """The ticks of the finest round step whose labels fit.

    Labels are centred on their ticks; a tick whose label would cross ``left`` or
    ``right`` is left out. Neighbouring labels are at least ``min_gap`` apart and
    there are at most ``max_ticks``. Returns no ticks when not even one label fits.
    """
    label_of = formatter or _format_position
    single: list[TickMark] = []
    for step in tick_steps():
        if step.years > 4 * scale.span:
            break
        if scale.span / step.years > max_ticks + 1:
            continue
        marks = _marks(step, scale, measurer, font, size, left, right, label_of)
        if len(marks) > max_ticks or not _apart(marks, min_gap):
            continue
        if len(marks) >= 2:
            return marks
        if marks and not single:
            single = marks
    return single


def _marks(
    step: TickStep,
    scale: TimeScale,
    measurer: TextMeasurer,
    font: str,
    size: float,
    left: float,
    right: float,
    label_of: Formatter,
) -> list[TickMark]:
    marks: list[TickMark] = []
    for position in tick_positions(step, scale.start, scale.end):
        x = scale.to_x(position)
        label = label_of(position + FORMAT_NUDGE, step.precision)
        width = measurer.width(label, font, size)
        if x - width / 2 >= left and x + width / 2 <= right:
            marks.append(TickMark(position, x, label, width))
    return marks


def _apart(marks: list[TickMark], min_gap: float) -> bool:
    """Whether neighbouring labels leave at least ``min_gap`` between them."""
    return all(
        (before.x + before.label_width / 2) + min_gap <= (after.x - after.label_width / 2)
        for before, after in pairwise(marks)
    )


def _format_position(position: float, precision: int) -> str:
    from lessonpress.model.dates import Precision, format_position

    return format_position(position, Precision(precision))
