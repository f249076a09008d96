"""One date at its precision (:class:`HistoricalDate`), the days it covers and its place
on the timeline.

Years are historical (44 BC is -44, there is no year 0). Positions on a time axis are
fractional Gregorian years in astronomical numbering (1 BC is 0, 44 BC is -43), so that
arithmetic across the BC/AD boundary needs no special case; a Julian date is placed at the
Gregorian day it fell on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import NamedTuple

from lessonpress.model.dates import edtf_writer, formatting, local_formatting
from lessonpress.model.dates.calendars import (
    Calendar,
    calendar_day,
    days_in_month,
    julian_day_number,
    timeline_position,
)
from lessonpress.model.dates.kinds import MAX_YEAR, DateError, Precision, astronomical
from lessonpress.model.dates.languages import ENGLISH, date_language
from lessonpress.model.dates.words import MONTH_NAMES, SEASON_MONTHS, Part

MAX_OLD_STYLE_YEAR = 9999
"""The furthest year an Old Style (Julian) date may have: beyond it the calendars drift
apart by centuries, and the Gregorian day would leave the range of years."""


class Day(NamedTuple):
    """A Gregorian calendar day, with an astronomical year (1 BC is 0)."""

    year: int
    month: int
    day: int

    @property
    def iso(self) -> str:
        """The day in ISO 8601: ``1917-03-08``, ``-0043-03-15`` for 44 BC."""
        sign = "-" if self.year < 0 else ""
        return f"{sign}{abs(self.year):04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def of(cls, jdn: int) -> Day:
        """The Gregorian day of a Julian Day Number."""
        return cls(*calendar_day(Calendar.GREGORIAN, jdn))


def _is_whole_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _thirds(units: int, part: Part) -> tuple[int, int]:
    """The units (from, to) that ``part`` covers of a period of ``units``; see :class:`Part`."""
    early, late = -(-units // 3), units // 3
    return {
        Part.EARLY: (0, early),
        Part.MID: (early, units - late),
        Part.LATE: (units - late, units),
    }[part]


@dataclass(frozen=True, slots=True)
class HistoricalDate:
    """One date at its precision, in historical year numbering (44 BC is -44, never 0).

    A decade is stored by its first year (1920 for the 1920s, -49 for the 40s BC) and a
    century by its first year (1801 for the 19th century, -500 for the 5th century BC).
    ``part`` narrows a century, decade or year to its early, mid or late third, or a year
    to a season. ``calendar`` is the calendar the date was written in; ``None`` means it
    was not said, and the date is read as Gregorian.
    """

    year: int
    precision: Precision
    month: int | None = None
    day: int | None = None
    approximate: bool = False
    uncertain: bool = False
    part: Part | None = None
    calendar: Calendar | None = None

    def __post_init__(self) -> None:
        if not _is_whole_number(self.year):
            raise DateError(f"the year must be a whole number, not {self.year!r}")
        if self.year == 0:
            raise DateError(
                "there is no year 0", hint="1 BC is followed directly by AD 1: write 1 BC or AD 1"
            )
        if abs(self.year) > MAX_YEAR:
            raise DateError(
                f"the year {abs(self.year)} is too far away",
                hint=f"years up to {MAX_YEAR} BC and AD {MAX_YEAR} are supported",
            )
        if not isinstance(self.precision, Precision):
            try:
                object.__setattr__(self, "precision", Precision(self.precision))
            except ValueError:
                raise DateError(f"unknown precision {self.precision!r}") from None
        if not isinstance(self.approximate, bool):
            raise DateError("'approximate' must be true or false")
        if not isinstance(self.uncertain, bool):
            raise DateError("'uncertain' must be true or false")
        if self.is_old_style and abs(self.year) > MAX_OLD_STYLE_YEAR:
            raise DateError(
                f"the Julian calendar is not used for the year {abs(self.year)}",
                hint=f"Old Style dates are read for years up to {MAX_OLD_STYLE_YEAR} BC and AD",
            )
        self._check_calendar()
        self._check_part()

    def _check_calendar(self) -> None:
        has_month, has_day = self.month is not None, self.day is not None
        needs_month = self.precision >= Precision.MONTH
        needs_day = self.precision == Precision.DAY
        if has_month != needs_month or has_day != needs_day:
            raise DateError(
                f"a date of {self.precision.name.lower()} precision "
                f"{'needs' if needs_month else 'takes no'} month "
                f"and {'needs' if needs_day else 'takes no'} day"
            )
        if self.month is not None and (
            not _is_whole_number(self.month) or not 1 <= self.month <= 12
        ):
            raise DateError(
                f"there is no month {self.month}",
                hint="months run from 1 (January) to 12 (December)",
            )
        if self.month is not None and self.day is not None:
            length = days_in_month(self.reckoning, astronomical(self.year), self.month)
            if not _is_whole_number(self.day) or not 1 <= self.day <= length:
                month_and_year = f"{MONTH_NAMES[self.month - 1]} {formatting.year_text(self.year)}"
                raise DateError(
                    f"there is no day {self.day} in {month_and_year}: "
                    f"{month_and_year} has {length} days",
                    hint="check the day and the month",
                )
        if self.precision == Precision.DECADE and not (
            (self.year > 0 and self.year % 10 == 0) or (self.year < 0 and -self.year % 10 == 9)
        ):
            raise DateError(
                f"{formatting.year_text(self.year)} does not begin a decade",
                hint="a decade is stored by its first year: 1920 for the 1920s, -49 for the 40s BC",
            )
        if self.precision == Precision.CENTURY and self.year % 100 != (1 if self.year > 0 else 0):
            raise DateError(
                f"{formatting.year_text(self.year)} does not begin a century",
                hint="a century is stored by its first year: 1801 for the 19th century, "
                "-500 for the 5th century BC",
            )

    def _check_part(self) -> None:
        if self.part is None:
            return
        if self.part.is_season and self.precision != Precision.YEAR:
            raise DateError(
                "a season is a part of a year", hint="write the season and its year: Summer 1941"
            )
        if self.part is Part.WINTER and self.year == MAX_YEAR:
            raise DateError(
                f"the winter of {MAX_YEAR} ends in a year too far away",
                hint=f"years up to {MAX_YEAR} BC and AD {MAX_YEAR} are supported",
            )
        if self.precision > Precision.YEAR:
            raise DateError(
                f"{self.part.value} divides a century, a decade or a year",
                hint="write early 1940s, mid-1930s, late 19th century or early 1941",
            )

    @property
    def reckoning(self) -> Calendar:
        """The calendar the date is counted in: Gregorian unless it was said to be Julian."""
        return self.calendar or Calendar.GREGORIAN

    def _first_of_month(self, months_after_january: int) -> int:
        """The JDN of the first day of a month counted from January of the date's year."""
        years, month = divmod(months_after_january, 12)
        return julian_day_number(self.reckoning, astronomical(self.year) + years, month + 1, 1)

    @property
    def days(self) -> tuple[int, int]:
        """The Julian Day Numbers of the date's first day and of the day after its last."""
        if self.precision == Precision.DAY:
            assert self.month is not None and self.day is not None
            first = julian_day_number(self.reckoning, astronomical(self.year), self.month, self.day)
            return first, first + 1
        if self.precision == Precision.MONTH:
            assert self.month is not None
            return self._first_of_month(self.month - 1), self._first_of_month(self.month)
        if self.precision == Precision.YEAR:
            if self.part is not None and self.part.is_season:
                first_month = SEASON_MONTHS[self.part] - 1
                months = (first_month, first_month + 3)
            else:
                months = _thirds(12, self.part) if self.part else (0, 12)
            return self._first_of_month(months[0]), self._first_of_month(months[1])
        length = 100 if self.precision == Precision.CENTURY else 10
        years = _thirds(length, self.part) if self.part else (0, length)
        return self._first_of_month(12 * years[0]), self._first_of_month(12 * years[1])

    @property
    def start_position(self) -> float:
        """The instant the date begins, in astronomical fractional years (1 BC is 0)."""
        return timeline_position(self.days[0])

    @property
    def end_position(self) -> float:
        """The instant the date ends (exclusive), in astronomical fractional years."""
        return timeline_position(self.days[1])

    @property
    def first_day(self) -> Day:
        """The first Gregorian day the date covers."""
        return Day.of(self.days[0])

    @property
    def last_day(self) -> Day:
        """The last Gregorian day the date covers."""
        return Day.of(self.days[1] - 1)

    @property
    def is_old_style(self) -> bool:
        """Whether the date was written in the Julian calendar (Old Style)."""
        return self.calendar is Calendar.JULIAN

    def in_calendar(self, calendar: Calendar | None) -> HistoricalDate:
        """The date read in ``calendar`` if it did not name its own."""
        if calendar is None or self.calendar is not None:
            return self
        return replace(self, calendar=calendar)

    def in_gregorian(self) -> HistoricalDate:
        """A day written Old Style as the Gregorian day it was; any other date unchanged."""
        if not self.is_old_style or self.precision != Precision.DAY:
            return self
        year, month, day = calendar_day(Calendar.GREGORIAN, self.days[0])
        historical_year = year if year > 0 else year - 1
        return replace(self, year=historical_year, month=month, day=day, calendar=None)

    @property
    def edtf(self) -> str:
        """The date in EDTF (ISO 8601-2): ``1985-04-12``, ``1984?``, ``1801/1900``."""
        return edtf_writer.write_point(self)

    def format(self, language: str = ENGLISH) -> str:
        """The date as shown to students, at its own precision: ``March 8, 1917``, ``44 BC``;
        in ``language`` (a BCP 47 tag) where it has a table: ``8 de marzo de 1917``."""
        if (table := date_language(language)) is not None:
            return local_formatting.format_point(self, table, alone=True)
        return formatting.format_point(self, alone=True)
