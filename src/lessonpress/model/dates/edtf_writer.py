"""Writing every date as EDTF (ISO 8601-2), so that other tools agree on what it means.

A date EDTF has no single word for is written as the interval of what it covers: the 19th
century as ``1801/1900``, early 1940s as ``1940/1943``. Dates known only relative to
others use the sets of EDTF level 2: ``[..1927]`` (before 1928), ``[1863,1864]``.
A Julian date is written as the Gregorian days it covers, since EDTF is Gregorian.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lessonpress.model.dates.calendars import Calendar, calendar_day
from lessonpress.model.dates.kinds import Precision, Relation, astronomical
from lessonpress.model.dates.words import Part

if TYPE_CHECKING:
    from lessonpress.model.dates.point import HistoricalDate
    from lessonpress.model.dates.span import DateSpan

_SEASON_CODES = {Part.SPRING: 21, Part.SUMMER: 22, Part.AUTUMN: 23, Part.WINTER: 24}


def _year(astronomical_year: int) -> str:
    if abs(astronomical_year) > 9999:
        return f"Y{astronomical_year}"
    sign = "-" if astronomical_year < 0 else ""
    return f"{sign}{abs(astronomical_year):04d}"


def _day(jdn: int) -> str:
    year, month, day = calendar_day(Calendar.GREGORIAN, jdn)
    return f"{_year(year)}-{month:02d}-{day:02d}"


def _qualifier(date: HistoricalDate) -> str:
    if date.approximate and date.uncertain:
        return "%"
    return "~" if date.approximate else "?" if date.uncertain else ""


def _as_one(date: HistoricalDate) -> str | None:
    """The date as one EDTF date at its own precision, or None if EDTF has no such date."""
    year = astronomical(date.year)
    if date.is_old_style:
        return _day(date.days[0]) if date.precision == Precision.DAY else None
    match date.precision, date.part:
        case Precision.DAY, None:
            return f"{_year(year)}-{date.month:02d}-{date.day:02d}"
        case Precision.MONTH, None:
            return f"{_year(year)}-{date.month:02d}"
        case Precision.YEAR, None:
            return _year(year)
        case Precision.YEAR, part if part in _SEASON_CODES and not _qualifier(date):
            # EDTF qualifies a season only at level 2, so a qualified one is written by months.
            return f"{_year(year)}-{_SEASON_CODES[part]}"
        case Precision.DECADE, None if 0 < year <= 9999:
            return f"{year // 10:03d}X"
    return None


def _ends(date: HistoricalDate) -> tuple[str, str]:
    """The EDTF dates a date begins and ends with: the same date twice if EDTF has it."""
    qualifier = _qualifier(date)
    one = _as_one(date)
    if one is not None:
        return one + qualifier, one + qualifier
    first, after = date.days
    if date.precision == Precision.DAY or date.is_old_style:
        return _day(first) + qualifier, _day(after - 1) + qualifier
    # Years and months that a part of a period or a season covers, at that precision.
    first_year, first_month, _ = calendar_day(Calendar.GREGORIAN, first)
    last_year, last_month, _ = calendar_day(Calendar.GREGORIAN, after - 1)
    if date.precision == Precision.YEAR and date.part is not None:
        return (
            f"{_year(first_year)}-{first_month:02d}{qualifier}",
            f"{_year(last_year)}-{last_month:02d}{qualifier}",
        )
    return _year(first_year) + qualifier, _year(last_year) + qualifier


def _set_ends(date: HistoricalDate) -> tuple[str, str]:
    """The ends of a date inside an EDTF set, which takes no unspecified digits (196X)."""
    if date.precision == Precision.DECADE and date.part is None:
        first, after = date.days
        qualifier = _qualifier(date)
        first_year = calendar_day(Calendar.GREGORIAN, first)[0]
        last_year = calendar_day(Calendar.GREGORIAN, after - 1)[0]
        return _year(first_year) + qualifier, _year(last_year) + qualifier
    return _ends(date)


def _set_member(date: HistoricalDate) -> str:
    first, last = _set_ends(date)
    return first if first == last else f"{first}..{last}"


def write_point(date: HistoricalDate) -> str:
    """One date in EDTF: ``1985-04-12``, ``1984?``, ``1941-22``, ``1801/1900``."""
    first, last = _ends(date)
    return first if first == last else f"{first}/{last}"


def _day_before(date: HistoricalDate) -> str:
    if date.precision == Precision.YEAR and date.part is None and not date.is_old_style:
        return _year(astronomical(date.year) - 1)
    return _day(date.days[0] - 1)


def _day_after(date: HistoricalDate) -> str:
    if date.precision == Precision.YEAR and date.part is None and not date.is_old_style:
        return _year(astronomical(date.year) + 1)
    return _day(date.days[1])


def _is_one_hundred_years(start: HistoricalDate, end: HistoricalDate) -> bool:
    """Whether between ``start`` and ``end`` is a year of a hundred EDTF writes as ``19XX``."""
    first = astronomical(start.year)
    plain_years = all(
        date.precision == Precision.YEAR and date.part is None and not date.is_old_style
        for date in (start, end)
    )
    return (
        plain_years
        and 0 <= first <= 9900
        and first % 100 == 0
        and (astronomical(end.year) == first + 99)
    )


def write_span(span: DateSpan) -> str:
    """The span in EDTF: ``1985-04-12``, ``1964/2008``, ``1984?``, ``../1928``, ``[1863,1864]``."""
    start, end = span.start, span.end
    match span.relation:
        case Relation.BEFORE:
            return f"[..{_day_before(start)}]"
        case Relation.AFTER:
            return f"[{_day_after(start)}..]"
        case Relation.UNTIL:
            return f"../{_ends(start)[1]}"
        case Relation.FROM:
            return f"{_ends(start)[0]}/.."
    if end is None:
        return write_point(start)
    if span.relation is Relation.EITHER:
        return f"[{_set_member(start)},{_set_member(end)}]"
    if span.relation is Relation.BETWEEN:
        if _is_one_hundred_years(start, end):
            return f"{astronomical(start.year) // 100:02d}XX{_qualifier(start)}"
        return f"[{_set_ends(start)[0]}..{_set_ends(end)[1]}]"
    return f"{_ends(start)[0]}/{_ends(end)[1]}"
