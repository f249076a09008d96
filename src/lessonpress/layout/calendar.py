"""Calendar arithmetic on astronomical years, for ticks at days and months.

An instant's position is its astronomical year plus the fraction of that year gone
by at the start of its day: March 1, 1917 is ``1917 + 59/365``. The proleptic
Gregorian calendar is used throughout, so astronomical year 0 (1 BC) is a leap year.
"""

from __future__ import annotations

import math

MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap_year(year: int) -> bool:
    """Whether astronomical ``year`` has a February 29."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_year(year: int) -> int:
    """365 or 366."""
    return 366 if is_leap_year(year) else 365


def days_in_month(year: int, month: int) -> int:
    """The number of days of ``month`` (1-12) in astronomical ``year``."""
    if month == 2 and is_leap_year(year):
        return 29
    return MONTH_LENGTHS[month - 1]


def day_position(year: int, month: int, day: int) -> float:
    """The position of the start of the given day."""
    day_of_year = sum(days_in_month(year, earlier) for earlier in range(1, month)) + day - 1
    return year + day_of_year / days_in_year(year)


def year_of(position: float) -> int:
    """The astronomical year a position falls in."""
    return math.floor(position)
