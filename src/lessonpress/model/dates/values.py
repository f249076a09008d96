"""Reading a date from what YAML produced: text, a year, a calendar date or a mapping."""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Mapping

from lessonpress.model.dates.both_styles import read_both_styles
from lessonpress.model.dates.edtf_reader import read_edtf
from lessonpress.model.dates.hints import FORMS_HINT
from lessonpress.model.dates.kinds import DateError, Precision
from lessonpress.model.dates.languages import ENGLISH, date_language
from lessonpress.model.dates.point import HistoricalDate
from lessonpress.model.dates.span import DateSpan
from lessonpress.model.dates.text import precision_of, read_text
from lessonpress.model.dates.tokens import quote

_MAPPING_KEYS = ("year", "month", "day", "approximate")


def _is_whole_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _describe(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {quote(value)}"
    return f"a {type(value).__name__}"


def _parse_mapping(value: Mapping[object, object]) -> DateSpan:
    unknown = [str(key) for key in value if key not in _MAPPING_KEYS]
    if unknown:
        close = difflib.get_close_matches(unknown[0], _MAPPING_KEYS, n=1)
        hint = f"did you mean '{close[0]}'? " if close else ""
        raise DateError(
            f"unknown key{'s' if len(unknown) > 1 else ''} in the date: "
            + ", ".join(f"'{key}'" for key in unknown),
            hint=f"{hint}a date mapping takes year, month, day and approximate",
        )
    for key in ("year", "month", "day"):
        if key in value and not _is_whole_number(value[key]):
            raise DateError(
                f"the {key} must be a whole number, found {_describe(value[key])}",
                hint="write it as digits, as in {year: 1917, month: 3, day: 8}",
            )
    if "year" not in value:
        raise DateError("the date has no year", hint="add it, as in {year: 1917, month: 3}")
    if "day" in value and "month" not in value:
        raise DateError("the date has a day but no month", hint="add the month, as in month: 3")
    approximate = value.get("approximate", False)
    if not isinstance(approximate, bool):
        raise DateError(
            f"'approximate' must be true or false, found {_describe(approximate)}",
            hint="write approximate: true",
        )
    month, day = value.get("month"), value.get("day")
    precision = precision_of(month, day)
    return DateSpan(HistoricalDate(value["year"], precision, month, day, approximate))  # type: ignore[arg-type]


def parse_date(value: object, language: str = ENGLISH) -> DateSpan:
    """Read a date or range from what YAML produced: text (as teachers write it, in EDTF,
    or in both calendars), a year, a calendar date or a mapping. Text may be written in
    ``language`` (a BCP 47 tag) as well as in English: ``8 de marzo de 1917``.

    Raises :class:`DateError` (and nothing else) for anything it cannot understand.
    """
    if isinstance(value, str):
        text = value.strip()
        table = date_language(language)
        return read_edtf(text) or read_both_styles(text, table) or read_text(text, table)
    if _is_whole_number(value):
        return DateSpan(HistoricalDate(value, Precision.YEAR))  # type: ignore[arg-type]
    if isinstance(value, datetime.date):
        return DateSpan(HistoricalDate(value.year, Precision.DAY, value.month, value.day))
    if isinstance(value, Mapping):
        return _parse_mapping(value)
    if value is None:
        raise DateError("the date is empty", FORMS_HINT)
    raise DateError(f"expected a date, found {_describe(value)}", FORMS_HINT)


def parse_date_point(value: object) -> HistoricalDate:
    """Read one date, not a range: the start or the end of an era or an event."""
    span = parse_date(value)
    if span.end is not None or span.relation.value != "on":
        raise DateError(
            f"expected one date here, found {span.format()}",
            hint="give a single date, as in start: 1939 and end: 1941",
        )
    return span.start
