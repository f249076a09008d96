"""Dates as a language other than English writes them: ``8 de marzo de 1917``,
``490 г. до н. э.``, ``XIXe siècle``, ``δεκαετία του 1920``.

Month names, the order of day, month and year, and the era abbreviations come from CLDR
through Babel (its date patterns, filled with our own values, since a year before Christ
or beyond 9999 is no ``datetime.date``); centuries, decades, parts, seasons, ranges and
relations are composed from the language's table in :mod:`.languages`. English keeps
:mod:`.formatting`, to the byte.
"""

from __future__ import annotations

import math
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, cast

from babel import Locale
from babel.dates import parse_pattern

from lessonpress.model.dates.calendars import Calendar, gregorian_month_and_day
from lessonpress.model.dates.kinds import DateError, Precision, Relation, historical
from lessonpress.model.dates.languages import DateLanguage, roman
from lessonpress.model.dates.words import Part

if TYPE_CHECKING:
    from lessonpress.model.dates.point import HistoricalDate
    from lessonpress.model.dates.span import DateSpan

_BLANK = "\0"
"""What stands for a day or a month while a pattern is split around it."""

_PLAIN_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})
"""CLDR's no-break spaces (``1917\u202fг.``) as the plain spaces the rest of the label
has: a renderer keeps a date together as a whole, and every font has the space."""


@cache
def _pattern(code: str, name: str) -> str:
    """A CLDR date pattern of the language as a ``%(field)s`` template: ``long`` (a day in
    full) or a skeleton such as ``yMMMM`` (a month), ``MMMMd`` (a day without its year)."""
    locale = Locale.parse(code)
    pattern = locale.date_formats["long"] if name == "long" else locale.datetime_skeletons[name]
    template = parse_pattern(pattern.pattern.translate(_PLAIN_SPACES)).format
    # Babel annotates DateTimePattern.format as a DateTimeFormat, but parse_pattern
    # stores the ``%(field)s`` template string there.
    return cast(str, template)


def _fill(
    language: DateLanguage,
    name: str,
    month: int | None,
    day: object = "",
    year: object = "",
) -> str:
    """The pattern ``name`` filled: CLDR's month names in both forms (Russian ``марта``
    after a day, ``март`` alone), our day and our year text. A month of None leaves a
    blank where the month's name goes."""
    months = language.locale.months

    def name_of(context: str, width: str) -> str:
        return _BLANK if month is None else months[context][width][month]

    values = {
        "d": day,
        "dd": day,
        "MMMM": name_of("format", "wide"),
        "LLLL": name_of("stand-alone", "wide"),
        "MMM": name_of("format", "abbreviated"),
        "LLL": name_of("stand-alone", "abbreviated"),
        "y": year,
        "yyyy": year,
    }
    return (_pattern(language.code, name) % values).strip()


def _eras(language: DateLanguage) -> tuple[str, str]:
    """The abbreviations before and after Christ: ``a. C.`` and ``d. C.``."""
    eras = language.locale.eras["abbreviated"]
    return eras[0].translate(_PLAIN_SPACES), eras[1].translate(_PLAIN_SPACES)


def _era_suffix(
    language: DateLanguage, year: int, show_ad: bool, mark_small_years: bool = True
) -> str:
    """The era after a date of ``year``, with its space, where one is due: always before
    Christ; after Christ when asked (the end of a range that began before), and for a
    year below 1000, which could be misread, unless the date is a century or a decade."""
    before, after = _eras(language)
    if year < 0:
        return f" {before}"
    if show_ad or (mark_small_years and year < 1000):
        return f" {after}"
    return ""


def year_text(language: DateLanguage, year: int, show_ad: bool = False) -> str:
    """A historical year: ``1917``, ``44 a. C.``, ``79 d. C.``; the number alone, as CLDR's
    ``y`` skeleton writes it in every language here (Russian too: ``1917``, not ``1917 г.``)."""
    return f"{abs(year)}{_era_suffix(language, year, show_ad)}"


def _century_number(year: int) -> int:
    return (abs(year) - 1) // 100 + 1


def _century_text(language: DateLanguage, year: int, part: Part | None, show_ad: bool) -> str:
    number = _century_number(year)
    template = language.century_parts[part] if part else language.century
    text = template.format(number=number, roman=roman(number), ordinal=language.ordinal(number))
    return text + _era_suffix(language, year, show_ad, mark_small_years=False)


def _decade_text(language: DateLanguage, year: int, part: Part | None, show_ad: bool) -> str:
    decade = -year // 10 * 10 if year < 0 else year // 10 * 10
    template = language.decade_parts[part] if part else language.decade
    return template.format(decade=decade) + _era_suffix(
        language, year, show_ad, mark_small_years=False
    )


def _day_month(
    language: DateLanguage, date: HistoricalDate, with_year: bool = True, show_ad: bool = False
) -> str:
    """``8 de marzo de 1917`` (``8 de marzo`` without its year), or ``marzo de 1917``."""
    month = date.month or 1
    if date.precision == Precision.DAY:
        if not with_year:
            return _fill(language, "MMMMd", month, day=date.day)
        text = _fill(language, "long", month, day=date.day, year=abs(date.year))
    elif not with_year:
        # Babel's locale data is untyped; CLDR's month names are strings.
        month_name: str = language.locale.months["stand-alone"]["wide"][month]
        return month_name
    else:
        text = _fill(language, "yMMMM", month, year=abs(date.year))
    return text + _era_suffix(language, date.year, show_ad)


def _winter_text(language: DateLanguage, year: int, show_ad: bool) -> str:
    """``invierno de 1941–1942``: a winter is named by both the years it touches."""
    following = 1 if year == -1 else year + 1
    if year < 0 < following:
        years = f"{year_text(language, year)} – {year_text(language, following, True)}"
    else:
        years = f"{abs(year)}–{abs(following)}{_era_suffix(language, year, show_ad)}"
    season = language.seasons[Part.WINTER]
    return language.season.format(season=season, year=years)


def _period_text(language: DateLanguage, date: HistoricalDate, show_ad: bool, alone: bool) -> str:
    """The date without its marks: ``8 de marzo de 1917``, ``verano de 1941``."""
    part = date.part
    if part is Part.WINTER and alone:
        return _winter_text(language, date.year, show_ad)
    match date.precision:
        case Precision.CENTURY:
            return _century_text(
                language, date.year, part if part and not part.is_season else None, show_ad
            )
        case Precision.DECADE:
            return _decade_text(
                language, date.year, part if part and not part.is_season else None, show_ad
            )
        case Precision.YEAR:
            text = year_text(language, date.year, show_ad)
        case _:
            text = _day_month(language, date, show_ad=show_ad)
    if part is not None and part.is_season:
        return language.season.format(season=language.seasons[part], year=text)
    if part is not None:
        text = language.year_parts[part].format(year=abs(date.year))
        return text + _era_suffix(language, date.year, show_ad)
    return text


def _marked(language: DateLanguage, date: HistoricalDate, text: str) -> str:
    if date.approximate:
        text = language.approximate.format(date=text)
    return f"{text}?" if date.uncertain else text


def format_point(
    date: HistoricalDate, language: DateLanguage, show_ad: bool = False, alone: bool = False
) -> str:
    """One date as ``language`` writes it; see :func:`.formatting.format_point`."""
    if date.is_old_style:
        if date.precision != Precision.DAY or not alone:
            text = f"{_period_text(language, date, show_ad, alone)} {language.old_style}"
            return _marked(language, date, text)
        new_style = date.in_gregorian()
        shown = _marked(language, new_style, _period_text(language, new_style, show_ad, alone))
        old_day = _day_month(language, date, with_year=date.year != new_style.year)
        return f"{shown} ({old_day} {language.old_style})"
    text = _period_text(language, date, show_ad, alone)
    if date.calendar is Calendar.GREGORIAN:
        return _marked(language, date, f"{text} {language.new_style}")
    return _marked(language, date, text)


def _split_around(text: str) -> tuple[str, str]:
    before, _, after = text.partition(_BLANK)
    return before, after


def _shared_parts(
    start: HistoricalDate, end: HistoricalDate, language: DateLanguage
) -> tuple[str, str, str, str] | None:
    """(shared prefix, start, end, shared suffix) of a range of plain dates, or None."""
    plain = not any(
        date.approximate or date.uncertain or date.part or date.calendar for date in (start, end)
    )
    if not plain or start.precision != end.precision:
        return None
    if start.year != end.year:
        if start.precision == Precision.YEAR and end.year < 0:
            return "", str(-start.year), str(-end.year), _era_suffix(language, end.year, False)
        return None
    era = _era_suffix(language, end.year, False)
    if start.precision == Precision.DAY and start.month == end.month:
        month = end.month or 1
        prefix, suffix = _split_around(_fill(language, "long", month, _BLANK, abs(end.year)))
        dot = "." if suffix.startswith(".") else ""  # German days: 8.–12. März 1917
        suffix = suffix.removeprefix(dot)
        return prefix, f"{start.day}{dot}", f"{end.day}{dot}", suffix + era
    if start.precision == Precision.DAY:
        return "", _day_month(language, start, False), _day_month(language, end), ""
    if start.precision == Precision.MONTH:
        prefix, suffix = _split_around(_fill(language, "yMMMM", None, year=abs(end.year)))
        left = _day_month(language, start, False)
        right = _day_month(language, end, False)
        return prefix, left, right, suffix + era
    return None


def _range_text(start: HistoricalDate, end: HistoricalDate, language: DateLanguage) -> str:
    prefix, left, right, suffix = _shared_parts(start, end, language) or (
        "",
        format_point(start, language),
        format_point(end, language, show_ad=start.year < 0 < end.year),
        "",
    )
    dash = " – " if " " in left or " " in right else "–"
    return f"{prefix}{left}{dash}{right}{suffix}"


def format_span(span: DateSpan, language: DateLanguage) -> str:
    """What a span says, as ``language`` writes it: ``8–12 de marzo de 1917``."""
    start, end = span.start, span.end
    relations = {
        Relation.BEFORE: language.before,
        Relation.AFTER: language.after,
        Relation.UNTIL: language.until,
        Relation.FROM: language.since,
    }
    if span.relation in relations:
        return relations[span.relation].format(date=format_point(start, language))
    if end is None:
        return format_point(start, language, alone=True)
    if span.relation in (Relation.BETWEEN, Relation.EITHER):
        template = language.between if span.relation is Relation.BETWEEN else language.either
        second = format_point(end, language, show_ad=start.year < 0 < end.year)
        return template.format(first=format_point(start, language), second=second)
    days = start.precision == end.precision == Precision.DAY
    if days and start.is_old_style and end.is_old_style and not (start.part or end.part):
        new_style = _range_text(start.in_gregorian(), end.in_gregorian(), language)
        old = _range_text(replace(start, calendar=None), replace(end, calendar=None), language)
        return f"{new_style} ({old} {language.old_style})"
    return _range_text(start, end, language)


def format_position(position: float, precision: Precision, language: DateLanguage) -> str:
    """Label an axis tick at an astronomical fractional-year position: ``1917``,
    ``44 a. C.``, ``mar 1917``, ``8 mar 1917``, ``década de 1920``, ``siglo XIX``."""
    if not math.isfinite(position):
        raise DateError(f"cannot label the position {position!r}")
    astronomical_year = math.floor(position)
    year = historical(astronomical_year)
    match precision:
        case Precision.CENTURY:
            return _century_text(language, year, None, False)
        case Precision.DECADE:
            return _decade_text(language, year, None, False)
        case Precision.YEAR:
            return year_text(language, year)
    _, month, day = gregorian_month_and_day(position)
    if precision == Precision.MONTH:
        text = _fill(language, "yMMM", month, year=abs(year))
    else:
        text = _fill(language, "yMMMd", month, day=day, year=abs(year))
    return text + _era_suffix(language, year, False)
