"""Reading the Extended Date/Time Format (ISO 8601-2), levels 0 and 1, as written.

EDTF years are astronomical, as in ISO 8601: ``0000`` is 1 BC and ``-0044`` is 45 BC.
One reading departs from the standard, for teachers: ``YYYY-21`` to ``YYYY-24`` are the
seasons of EDTF except where the two digits are the next year, so ``2023-24`` stays the
school year 2023–2024, as teachers write it, while ``1985-21`` is spring 1985.
"""

from __future__ import annotations

import re
from typing import TypedDict

from lessonpress.model.dates.kinds import DateError, Precision, Relation, historical
from lessonpress.model.dates.point import HistoricalDate
from lessonpress.model.dates.span import DateSpan
from lessonpress.model.dates.words import Part

_POINT = r"""
    (?P<year>Y-?[0-9]{5,}|-?[0-9]{4}|[0-9]{3}X|[0-9]{2}XX)
    (?:-(?P<month>[0-9]{2}|XX)(?:-(?P<day>[0-9]{2}|XX))?)?
    (?P<time>T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:Z|[+-][0-9]{2}(?::[0-9]{2})?)?)?
    (?P<qualifier>[?~%])?
"""
_POINT_PATTERN = re.compile(_POINT, re.VERBOSE)
_LOOKS_LIKE_EDTF = re.compile(r"^(?:\.\.|[-Y0-9X?~%T:+Z]*)(?:/(?:\.\.|[-Y0-9X?~%T:+Z]*))?$")
_SEASONS = {21: Part.SPRING, 22: Part.SUMMER, 23: Part.AUTUMN, 24: Part.WINTER}

EDTF_HINT = "write EDTF such as 1985-04-12, 1985-04, 1984?, 2004-06~, 196X, 1964/2008 or ../1928"


class _Marks(TypedDict):
    """The EDTF qualifier of a date, as the keyword arguments of ``HistoricalDate``."""

    approximate: bool
    uncertain: bool


def _edtf_error(text: str, why: str) -> DateError:
    return DateError(f"{text!r} is not a date in EDTF: {why}", EDTF_HINT)


def _year(text: str) -> int:
    return int(text.removeprefix("Y"))


def _read_point(text: str) -> DateSpan:
    """One EDTF date: a day, month, season or year, maybe unspecified (``196X``) or qualified."""
    match = _POINT_PATTERN.fullmatch(text)
    if match is None:
        raise _edtf_error(text, "the parts do not fit YYYY-MM-DD")
    year_text, month, day, time, qualifier = match.group(
        "year", "month", "day", "time", "qualifier"
    )
    if time and (day is None or "X" in day):
        raise _edtf_error(text, "a time needs a whole date")
    marks: _Marks = {"approximate": qualifier in ("~", "%"), "uncertain": qualifier in ("?", "%")}
    if "X" in year_text:
        if month is not None:
            raise _edtf_error(text, "a year with unspecified digits takes no month")
        first = int(year_text.replace("X", "0"))
        if year_text.endswith("XX"):  # some year of a hundred, as in 19XX: 1900 to 1999
            return DateSpan(
                HistoricalDate(first or -1, Precision.YEAR, **marks),
                HistoricalDate(first + 99, Precision.YEAR, **marks),
                Relation.BETWEEN,
            )
        if first == 0:
            raise _edtf_error(text, "000X would begin at the year 0000, which has no decade")
        return DateSpan(HistoricalDate(first, Precision.DECADE, **marks))
    year = historical(_year(year_text))
    if month is None or month == "XX":
        if day not in (None, "XX"):
            raise _edtf_error(text, "a day needs its month")
        return DateSpan(HistoricalDate(year, Precision.YEAR, **marks))
    number = int(month)
    if number in _SEASONS:
        if day is not None:
            raise _edtf_error(text, "a season takes no day")
        return DateSpan(HistoricalDate(year, Precision.YEAR, part=_SEASONS[number], **marks))
    if not 1 <= number <= 12:
        raise _edtf_error(text, f"there is no month {month}")
    if day is None or day == "XX":
        return DateSpan(HistoricalDate(year, Precision.MONTH, number, **marks))
    return DateSpan(HistoricalDate(year, Precision.DAY, number, int(day), **marks))


def _is_month_or_season(number: int) -> bool:
    return 1 <= number <= 12 or number in _SEASONS


def _is_teachers_range(text: str) -> bool:
    """``2023-24``: a season code that is also the next year, read as two years (see above)."""
    match = re.fullmatch(r"([0-9]{4})-(2[1-4])", text)
    return match is not None and int(match.group(2)) == (int(match.group(1)) + 1) % 100


def read_edtf(text: str) -> DateSpan | None:
    """Read ``text`` as EDTF, or None if it is not written in EDTF's alphabet.

    Raises :class:`DateError` for text in EDTF's alphabet that breaks its rules.
    """
    if not text or not _LOOKS_LIKE_EDTF.match(text) or _is_teachers_range(text):
        return None
    if "/" not in text:
        if not any(char.isdigit() for char in text):
            return None  # "-", "?": not a date in any form
        match = _POINT_PATTERN.fullmatch(text)
        month = match and match.group("month")
        if match is None or (month and month != "XX" and not _is_month_or_season(int(month))):
            return None  # "1939-41", "-44", "1917-13-01": the teacher's reader explains these
        return _read_point(text)
    start_text, end_text = text.split("/")
    open_start, open_end = start_text in ("", ".."), end_text in ("", "..")
    if open_start and open_end:
        raise _edtf_error(text, "an interval needs at least one date")
    if open_start:
        return DateSpan(_single(end_text), relation=Relation.UNTIL)
    if open_end:
        return DateSpan(_single(start_text), relation=Relation.FROM)
    return DateSpan(_single(start_text), _single(end_text))


def _single(text: str) -> HistoricalDate:
    span = _read_point(text)
    if span.end is not None:
        raise _edtf_error(text, "an interval's ends must be single dates, not 19XX")
    return span.start
