"""The Gregorian and Julian calendars, joined through the Julian Day Number.

Years here are astronomical (1 BC is 0, 44 BC is -43), as calendar arithmetic needs.
Both calendars are proleptic: they run back past their adoption, as historians' tables do.
"""

from __future__ import annotations

import enum
import math


class Calendar(enum.Enum):
    """The calendar a date is written in."""

    GREGORIAN = "gregorian"
    JULIAN = "julian"


_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# Days counted from March 1 of a year make February, with its leap day, the year's last month.
_GREGORIAN_EPOCH = 1721120  # JDN of March 1 of astronomical year 0, Gregorian
_JULIAN_EPOCH = 1721118  # JDN of March 1 of astronomical year 0, Julian
_GREGORIAN_CYCLE = 146097  # days in 400 Gregorian years
_JULIAN_CYCLE = 1461  # days in 4 Julian years


def is_leap_year(calendar: Calendar, year: int) -> bool:
    """Whether the astronomical ``year`` has a February 29 in ``calendar``."""
    if calendar is Calendar.JULIAN:
        return year % 4 == 0
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(calendar: Calendar, year: int, month: int) -> int:
    """The length of ``month`` (1-12) of the astronomical ``year``."""
    if month == 2 and is_leap_year(calendar, year):
        return 29
    return _MONTH_LENGTHS[month - 1]


def _day_of_march_year(month: int, day: int) -> int:
    """Days since March 1: the 153-day rhythm of 31/30-day months, five months at a time."""
    return (153 * ((month + 9) % 12) + 2) // 5 + day - 1


def julian_day_number(calendar: Calendar, year: int, month: int, day: int) -> int:
    """The Julian Day Number of a calendar day (astronomical year)."""
    march_year = year - (month <= 2)
    days = _day_of_march_year(month, day)
    if calendar is Calendar.JULIAN:
        cycle, year_of_cycle = divmod(march_year, 4)
        return _JULIAN_EPOCH + cycle * _JULIAN_CYCLE + 365 * year_of_cycle + days
    cycle, year_of_cycle = divmod(march_year, 400)
    leap_days = year_of_cycle // 4 - year_of_cycle // 100
    return _GREGORIAN_EPOCH + cycle * _GREGORIAN_CYCLE + 365 * year_of_cycle + leap_days + days


def calendar_day(calendar: Calendar, jdn: int) -> tuple[int, int, int]:
    """The (astronomical year, month, day) of a Julian Day Number in ``calendar``."""
    if calendar is Calendar.JULIAN:
        cycle, day_of_cycle = divmod(jdn - _JULIAN_EPOCH, _JULIAN_CYCLE)
        year_of_cycle = min(day_of_cycle // 365, 3)
        day_of_year = day_of_cycle - 365 * year_of_cycle
        march_year = cycle * 4 + year_of_cycle
    else:
        cycle, day_of_cycle = divmod(jdn - _GREGORIAN_EPOCH, _GREGORIAN_CYCLE)
        year_of_cycle = (
            day_of_cycle - day_of_cycle // 1460 + day_of_cycle // 36524 - day_of_cycle // 146096
        ) // 365
        day_of_year = day_of_cycle - (
            365 * year_of_cycle + year_of_cycle // 4 - year_of_cycle // 100
        )
        march_year = cycle * 400 + year_of_cycle
    shifted_month = (5 * day_of_year + 2) // 153
    day = day_of_year - (153 * shifted_month + 2) // 5 + 1
    month = shifted_month + 3 if shifted_month < 10 else shifted_month - 9
    return march_year + (month <= 2), month, day


def timeline_position(jdn: int) -> float:
    """The instant a day begins, in fractional Gregorian years (astronomical numbering).

    The fraction is the day's place in its Gregorian year: January 1, 1917 is 1917.0 and
    March 1, 1917 is 1917 + 59/365, whatever calendar the day was written in.
    """
    year, _, _ = calendar_day(Calendar.GREGORIAN, jdn)
    first = julian_day_number(Calendar.GREGORIAN, year, 1, 1)
    length = 366 if is_leap_year(Calendar.GREGORIAN, year) else 365
    return year + (jdn - first) / length


def gregorian_month_and_day(position: float) -> tuple[int, int, int]:
    """The Gregorian day an astronomical fractional-year position falls in, as
    ``(astronomical year, month, day)``: the inverse of :func:`timeline_position`."""
    year = math.floor(position)
    gregorian = Calendar.GREGORIAN
    days = 366 if is_leap_year(gregorian, year) else 365
    # A position computed from a date may land a hair below its day's start.
    day_of_year = min(math.floor((position - year) * days + 1e-6), days - 1)
    month = 1
    while day_of_year >= days_in_month(gregorian, year, month):
        day_of_year -= days_in_month(gregorian, year, month)
        month += 1
    return year, month, day_of_year + 1
