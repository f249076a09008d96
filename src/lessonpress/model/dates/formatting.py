"""How dates are shown to students: each at its own precision, with its marks.

``c. 1066`` is approximate, ``1066?`` uncertain; a day written Old Style is shown on the
Gregorian calendar with the Julian day after it, as historians write it:
``November 7, 1917 (October 25 O.S.)``.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

from lessonpress.model.dates import local_formatting, words
from lessonpress.model.dates.calendars import Calendar, gregorian_month_and_day
from lessonpress.model.dates.kinds import DateError, Precision, Relation, historical
from lessonpress.model.dates.languages import ENGLISH, date_language

if TYPE_CHECKING:
    from lessonpress.model.dates.point import HistoricalDate
    from lessonpress.model.dates.span import DateSpan


def year_text(year: int, show_ad: bool = False) -> str:
    """A historical year as written: ``1917``, ``44 BC``, ``AD 79``."""
    if year < 0:
        return f"{-year} BC"
    if year < 1000 or show_ad:
        return f"AD {year}"
    return str(year)


def _ordinal(number: int) -> str:
    suffix = "th" if 11 <= number % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10)
    return f"{number}{suffix or 'th'}"


def _century_text(year: int, show_ad: bool = False) -> str:
    number = (abs(year) - 1) // 100 + 1
    era = " BC" if year < 0 else " AD" if show_ad else ""
    return f"{_ordinal(number)} century{era}"


def _decade_text(year: int, show_ad: bool = False) -> str:
    if year < 0:
        return f"{-year // 10 * 10}s BC"
    return f"{'AD ' if show_ad else ''}{year // 10 * 10}s"


def _winter_text(year: int, show_ad: bool) -> str:
    """``Winter 1941–42``: a winter is named by both the years it touches."""
    following = 1 if year == -1 else year + 1
    name = words.SEASON_NAMES[words.Part.WINTER]
    if year >= 1000 and not show_ad:
        if year // 100 == following // 100 and following <= 9999:
            return f"{name} {year}–{following % 100:02d}"
        return f"{name} {year}–{following}"
    if following < 0:
        return f"{name} {-year}–{-following} BC"
    return f"{name} {year_text(year, show_ad)} – {year_text(following, show_ad or year < 0)}"


def _period_text(date: HistoricalDate, show_ad: bool, alone: bool) -> str:
    """The date without its marks: ``March 8, 1917``, ``Summer 1941``, ``mid-1930s``."""
    match date.precision:
        case Precision.CENTURY:
            text = _century_text(date.year, show_ad)
        case Precision.DECADE:
            text = _decade_text(date.year, show_ad)
        case Precision.YEAR:
            text = year_text(date.year, show_ad)
        case Precision.MONTH:
            text = f"{words.MONTH_NAMES[(date.month or 1) - 1]} {year_text(date.year, show_ad)}"
        case _:
            month = words.MONTH_NAMES[(date.month or 1) - 1]
            text = f"{month} {date.day}, {year_text(date.year, show_ad)}"
    if date.part is words.Part.WINTER and alone:
        return _winter_text(date.year, show_ad)
    if date.part is not None and date.part.is_season:
        return f"{words.SEASON_NAMES[date.part]} {text}"
    if date.part is not None:
        return f"{words.PART_PREFIXES[date.part]}{text}"
    return text


def _marked(date: HistoricalDate, text: str) -> str:
    prefix = words.APPROXIMATE_MARK if date.approximate else ""
    suffix = words.UNCERTAIN_MARK if date.uncertain else ""
    return f"{prefix}{text}{suffix}"


def _old_style_day(date: HistoricalDate, new_style: HistoricalDate) -> str:
    """``October 25`` (with its year when the calendars differ in year) for a Julian day."""
    text = f"{words.MONTH_NAMES[(date.month or 1) - 1]} {date.day}"
    if date.year != new_style.year:
        text += f", {year_text(date.year)}"
    return f"{text} {words.OLD_STYLE_MARK}"


def format_point(date: HistoricalDate, show_ad: bool = False, alone: bool = False) -> str:
    """One date as shown: ``March 8, 1917``, ``c. 1066?``, ``early 1940s``.

    A date shown ``alone`` (not in a range, nor after before, between...) is shown in
    full: an Old Style day in both calendars, a winter with both its years. Beside
    another date, where more brackets and dashes would blur which is which, an Old Style
    day is shown as written (``October 25, 1917 O.S.``) and a winter by its first year.
    """
    if date.is_old_style:
        if date.precision != Precision.DAY or not alone:
            return _marked(date, f"{_period_text(date, show_ad, alone)} {words.OLD_STYLE_MARK}")
        new_style = date.in_gregorian()
        shown = _marked(new_style, _period_text(new_style, show_ad, alone))
        return f"{shown} ({_old_style_day(date, new_style)})"
    text = _period_text(date, show_ad, alone)
    if date.calendar is Calendar.GREGORIAN:  # said to be New Style: say so again
        return _marked(date, f"{text} {words.NEW_STYLE_MARK}")
    return _marked(date, text)


def _shared_parts(start: HistoricalDate, end: HistoricalDate) -> tuple[str, str, str, str] | None:
    """Split a range into (shared prefix, start part, end part, shared suffix), or None.

    Parts are shared only between plain dates of one precision: "c. 1200–1100 BC" would
    leave the reader guessing whether the end is approximate too.
    """
    plain = not any(
        date.approximate or date.uncertain or date.part or date.calendar for date in (start, end)
    )
    if not plain or start.precision != end.precision:
        return None
    if start.year != end.year:
        if start.precision == Precision.YEAR and end.year < 0:
            return "", str(-start.year), str(-end.year), " BC"
        return None
    year = year_text(end.year)
    start_month = words.MONTH_NAMES[(start.month or 1) - 1]
    end_month = words.MONTH_NAMES[(end.month or 1) - 1]
    if start.precision == Precision.DAY:
        if start.month == end.month:
            return f"{start_month} ", str(start.day), str(end.day), f", {year}"
        return "", f"{start_month} {start.day}", f"{end_month} {end.day}", f", {year}"
    if start.precision == Precision.MONTH:
        return "", start_month, end_month, f" {year}"
    return None


def _range_text(start: HistoricalDate, end: HistoricalDate) -> str:
    prefix, left, right, suffix = _shared_parts(start, end) or (
        "",
        format_point(start),
        format_point(end, show_ad=start.year < 0 < end.year),
        "",
    )
    dash = " – " if " " in left or " " in right else "–"
    return f"{prefix}{left}{dash}{right}{suffix}"


def _old_style_range_text(start: HistoricalDate, end: HistoricalDate) -> str:
    """``March 21–25, 1917 (March 8–12, 1917 O.S.)``: both ends of a Julian range of days."""
    new_style = _range_text(start.in_gregorian(), end.in_gregorian())
    old_style = _range_text(replace(start, calendar=None), replace(end, calendar=None))
    return f"{new_style} ({old_style} {words.OLD_STYLE_MARK})"


def format_span(span: DateSpan) -> str:
    """What a span says, as shown: ``March 8–12, 1917``, ``before 1928``, ``1863 or 1864``."""
    start, end = span.start, span.end
    match span.relation:
        case Relation.BEFORE:
            return words.BEFORE_TEXT.format(date=format_point(start))
        case Relation.AFTER:
            return words.AFTER_TEXT.format(date=format_point(start))
        case Relation.UNTIL:
            return words.UNTIL_TEXT.format(date=format_point(start))
        case Relation.FROM:
            return words.FROM_TEXT.format(date=format_point(start))
    if end is None:
        return format_point(start, alone=True)
    if span.relation in (Relation.BETWEEN, Relation.EITHER):
        template = words.BETWEEN_TEXT if span.relation is Relation.BETWEEN else words.EITHER_TEXT
        second = format_point(end, show_ad=start.year < 0 < end.year)
        return template.format(first=format_point(start), second=second)
    days = start.precision == end.precision == Precision.DAY
    if days and start.is_old_style and end.is_old_style and not (start.part or end.part):
        return _old_style_range_text(start, end)
    return _range_text(start, end)


def format_position(position: float, precision: Precision, language: str = ENGLISH) -> str:
    """Label the instant at an astronomical fractional-year position, for an axis tick.

    ``Precision.YEAR`` gives ``1917``, ``44 BC``, ``AD 79``; ``MONTH`` gives ``Mar 1917``;
    ``DAY`` gives ``Mar 8, 1917``; ``DECADE`` ``1920s``; ``CENTURY`` ``19th century``; in
    the lesson's ``language`` (a BCP 47 tag) where it has a table: ``44 a. C.``.
    """
    if (table := date_language(language)) is not None:
        return local_formatting.format_position(position, precision, table)
    if not math.isfinite(position):
        raise DateError(f"cannot label the position {position!r}")
    astronomical_year = math.floor(position)
    year = historical(astronomical_year)
    match precision:
        case Precision.CENTURY:
            return _century_text(year)
        case Precision.DECADE:
            return _decade_text(year)
        case Precision.YEAR:
            return year_text(year)
    _, month, day = gregorian_month_and_day(position)
    abbreviation = words.MONTH_ABBREVIATIONS[month - 1]
    if precision == Precision.MONTH:
        return f"{abbreviation} {year_text(year)}"
    return f"{abbreviation} {day}, {year_text(year)}"
