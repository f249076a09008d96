"""Historical dates: reading the date expressions teachers write, ordering and formatting them.

A date keeps the precision it was written at (century, decade, year, month or day) and is shown
at that precision: ``March 1917``, never ``March 1, 1917``. Years use historical numbering, in
which 1 BC is followed by AD 1 with no year 0. Positions on a time axis use astronomical
numbering (1 BC is 0, 44 BC is -43), so that arithmetic across the boundary needs no special case.
"""

from __future__ import annotations

import calendar
import datetime
import difflib
import enum
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

MAX_YEAR = 999_999_999
"""The largest year, BC or AD, that a date may have."""

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)
_MONTH_LENGTHS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

_MONTH_WORDS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)} | {
    name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)
}
_MONTH_WORDS["sept"] = 9
_ERA_WORDS = {"bc": "bc", "bce": "bc", "ad": "ad", "ce": "ad"}
_APPROXIMATE_WORDS = {"c", "ca", "circa"}
_SUGGESTED_WORDS = [name.lower() for name in MONTH_NAMES] + ["century", "circa"]

FORMS_HINT = (
    "write a date such as 1917, 44 BC, AD 79, March 1917, March 8, 1917, 1917-03-08, "
    "c. 1850, 1920s or 19th century, or a range such as 1939 - 1941"
)
"""The accepted forms, in the words of an error hint."""


class Precision(enum.IntEnum):
    """How finely a date is known, from coarse to fine."""

    CENTURY = 0
    DECADE = 1
    YEAR = 2
    MONTH = 3
    DAY = 4


class DateError(ValueError):
    """A date expression that cannot be understood."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def _astronomical(year: int) -> int:
    return year + 1 if year < 0 else year


def _days_in_year(astronomical_year: int) -> int:
    return 366 if calendar.isleap(astronomical_year) else 365


def _days_in_month(astronomical_year: int, month: int) -> int:
    if month == 2 and calendar.isleap(astronomical_year):
        return 29
    return _MONTH_LENGTHS[month - 1]


def _day_of_year(astronomical_year: int, month: int, day: int) -> int:
    """Days before the given day in its year: 0 for January 1."""
    before = sum(_days_in_month(astronomical_year, m) for m in range(1, month))
    return before + day - 1


def _position(astronomical_year: int, day_of_year: int) -> float:
    return astronomical_year + day_of_year / _days_in_year(astronomical_year)


def _is_whole_number(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True, slots=True)
class HistoricalDate:
    """One date at its precision, in historical year numbering (44 BC is -44, never 0).

    A decade is stored by its first year (1920 for the 1920s, -49 for the 40s BC) and a
    century by its first year (1801 for the 19th century, -500 for the 5th century BC).
    """

    year: int
    precision: Precision
    month: int | None = None
    day: int | None = None
    approximate: bool = False

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
        self._check_calendar()

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
            length = _days_in_month(_astronomical(self.year), self.month)
            if not _is_whole_number(self.day) or not 1 <= self.day <= length:
                month_and_year = f"{MONTH_NAMES[self.month - 1]} {_year_text(self.year)}"
                raise DateError(
                    f"there is no day {self.day} in {month_and_year}: "
                    f"{month_and_year} has {length} days",
                    hint="check the day and the month",
                )
        if self.precision == Precision.DECADE and not (
            (self.year > 0 and self.year % 10 == 0) or (self.year < 0 and -self.year % 10 == 9)
        ):
            raise DateError(
                f"{_year_text(self.year)} does not begin a decade",
                hint="a decade is stored by its first year: 1920 for the 1920s, -49 for the 40s BC",
            )
        if self.precision == Precision.CENTURY and self.year % 100 != (1 if self.year > 0 else 0):
            raise DateError(
                f"{_year_text(self.year)} does not begin a century",
                hint="a century is stored by its first year: 1801 for the 19th century, "
                "-500 for the 5th century BC",
            )

    @property
    def start_position(self) -> float:
        """The instant the date begins, in astronomical fractional years (1 BC is 0)."""
        year = _astronomical(self.year)
        if self.month is None:
            return float(year)
        return _position(year, _day_of_year(year, self.month, self.day or 1))

    @property
    def end_position(self) -> float:
        """The instant the date ends (exclusive), in astronomical fractional years."""
        year = _astronomical(self.year)
        match self.precision:
            case Precision.CENTURY:
                return float(year + 100)
            case Precision.DECADE:
                return float(year + 10)
            case Precision.YEAR:
                return float(year + 1)
            case Precision.MONTH:
                assert self.month is not None
                if self.month == 12:
                    return float(year + 1)
                return _position(year, _day_of_year(year, self.month + 1, 1))
        assert self.month is not None and self.day is not None
        # The day after December 31 is day 365 (or 366) of 365: exactly the next year.
        return _position(year, _day_of_year(year, self.month, self.day) + 1)

    def format(self) -> str:
        """The date as shown to students, at its own precision: ``March 8, 1917``, ``44 BC``."""
        return _format_point(self, show_ad=False)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A single date, or a range from ``start`` to ``end`` (both included)."""

    start: HistoricalDate
    end: HistoricalDate | None = None

    def __post_init__(self) -> None:
        if self.end is None:
            return
        start, end = self.start, self.end
        if end.end_position <= start.start_position:
            raise DateError(
                f"the range ends before it starts: {end.format()} comes before {start.format()}",
                hint="write the earlier date first, as in 1939 - 1941",
            )
        if end.end_position < start.end_position:
            raise DateError(
                f"the range ends before its start is over: {end.format()} ends "
                f"before {start.format()} does",
                hint="write the earlier date first, as in 1939 - 1941",
            )

    @property
    def is_range(self) -> bool:
        """Whether the span has an end of its own."""
        return self.end is not None

    @property
    def start_position(self) -> float:
        """The instant the span begins, in astronomical fractional years."""
        return self.start.start_position

    @property
    def end_position(self) -> float:
        """The instant the span ends (exclusive), in astronomical fractional years."""
        return (self.end or self.start).end_position

    @property
    def sort_key(self) -> tuple[float, int, float]:
        """Chronological order: by start, coarser precision first, then by end."""
        return (self.start_position, int(self.start.precision), self.end_position)

    def format(self) -> str:
        """The span as shown to students: ``March 8–12, 1917``, ``31 BC – AD 14``."""
        if self.end is None:
            return self.start.format()
        prefix, left, right, suffix = _shared_parts(self.start, self.end) or (
            "",
            self.start.format(),
            _format_point(self.end, show_ad=self.start.year < 0 < self.end.year),
            "",
        )
        dash = " – " if " " in left or " " in right else "–"
        return f"{prefix}{left}{dash}{right}{suffix}"


# Formatting


def _year_text(year: int, show_ad: bool = False) -> str:
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


def _format_point(date: HistoricalDate, show_ad: bool) -> str:
    match date.precision:
        case Precision.CENTURY:
            text = _century_text(date.year, show_ad)
        case Precision.DECADE:
            text = _decade_text(date.year, show_ad)
        case Precision.YEAR:
            text = _year_text(date.year, show_ad)
        case Precision.MONTH:
            text = f"{MONTH_NAMES[(date.month or 1) - 1]} {_year_text(date.year, show_ad)}"
        case _:
            month = MONTH_NAMES[(date.month or 1) - 1]
            text = f"{month} {date.day}, {_year_text(date.year, show_ad)}"
    return f"c. {text}" if date.approximate else text


def _shared_parts(start: HistoricalDate, end: HistoricalDate) -> tuple[str, str, str, str] | None:
    """Split a range into (shared prefix, start part, end part, shared suffix), or None.

    Parts are shared only between exact dates of one precision: "c. 1200–1100 BC" would
    leave the reader guessing whether the end is approximate too.
    """
    if start.approximate or end.approximate or start.precision != end.precision:
        return None
    if start.year != end.year:
        if start.precision == Precision.YEAR and end.year < 0:
            return "", str(-start.year), str(-end.year), " BC"
        return None
    year = _year_text(end.year)
    start_month = MONTH_NAMES[(start.month or 1) - 1]
    end_month = MONTH_NAMES[(end.month or 1) - 1]
    if start.precision == Precision.DAY:
        if start.month == end.month:
            return f"{start_month} ", str(start.day), str(end.day), f", {year}"
        return "", f"{start_month} {start.day}", f"{end_month} {end.day}", f", {year}"
    if start.precision == Precision.MONTH:
        return "", start_month, end_month, f" {year}"
    return None


def format_position(position: float, precision: Precision) -> str:
    """Label the instant at an astronomical fractional-year position, for an axis tick.

    ``Precision.YEAR`` gives ``1917``, ``44 BC``, ``AD 79``; ``MONTH`` gives ``Mar 1917``;
    ``DAY`` gives ``Mar 8, 1917``; ``DECADE`` ``1920s``; ``CENTURY`` ``19th century``.
    """
    if not math.isfinite(position):
        raise DateError(f"cannot label the position {position!r}")
    astronomical_year = math.floor(position)
    year = astronomical_year if astronomical_year > 0 else astronomical_year - 1
    match precision:
        case Precision.CENTURY:
            return _century_text(year)
        case Precision.DECADE:
            return _decade_text(year)
        case Precision.YEAR:
            return _year_text(year)
    days = _days_in_year(astronomical_year)
    # A position computed from a date may land a hair below its day's start.
    day_of_year = min(math.floor((position - astronomical_year) * days + 1e-6), days - 1)
    month = 1
    while day_of_year >= _days_in_month(astronomical_year, month):
        day_of_year -= _days_in_month(astronomical_year, month)
        month += 1
    abbreviation = _MONTH_ABBREVIATIONS[month - 1]
    if precision == Precision.MONTH:
        return f"{abbreviation} {_year_text(year)}"
    return f"{abbreviation} {day_of_year + 1}, {_year_text(year)}"


# Parsing text: tokens, then each side of a range, then the parts one side shares with the other

_TOKEN_PATTERN = re.compile(
    r"""
    (?P<space>\s+)
    | (?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9]) | [0-9]{4}-(?:0[1-9]|1[0-2])(?![0-9]))
    | (?P<decade>[0-9]+['’]?s\b)
    | (?P<ordinal>[0-9]+(?:st|nd|rd|th)\b)
    | (?P<number>[0-9]+)
    | (?P<dash>\.\.|[-‐‑–—−])
    | (?P<word>[^\W\d_]+(?:\.[^\W\d_]+)*\.?)
    | (?P<comma>,)
    | (?P<approximate>~)
    """,
    re.VERBOSE | re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: str  # number, ordinal, decade, iso, month, era, approximate, century, dash, comma
    text: str
    start: int
    end: int
    number: int = 0  # the value of a number, ordinal, decade or month
    iso: tuple[int, ...] = ()
    era: str = ""


def _quote(text: str) -> str:
    """Quote the teacher's text in a message, shortened so a pasted paragraph stays readable."""
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _number(digits: str, source: str) -> int:
    significant = digits.lstrip("0") or "0"
    if len(significant) > len(str(MAX_YEAR)):
        raise DateError(f"the number in {_quote(source)} is too large for a year", FORMS_HINT)
    return int(significant)


def _suggestion(word: str) -> str:
    lowered = word.lower().replace(".", "")
    # A misspelt month usually keeps its abbreviation ("Febtember"), which difflib underrates.
    candidates = [name.lower() for name in MONTH_NAMES if lowered.startswith(name[:3].lower())]
    candidates += difflib.get_close_matches(lowered, _SUGGESTED_WORDS, n=2, cutoff=0.6)
    names = [name.capitalize() if name in _MONTH_WORDS else name for name in candidates]
    unique = list(dict.fromkeys(names))[:2]
    if not unique:
        return FORMS_HINT
    return f"did you mean {' or '.join(unique)}?"


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    position = 0
    while position < len(source):
        match = _TOKEN_PATTERN.match(source, position)
        if match is None:
            raise DateError(
                f"unexpected character {source[position]!r} in the date {_quote(source)}",
                FORMS_HINT,
            )
        kind, text, position = match.lastgroup or "", match.group(), match.end()
        token = _Token(kind, text, match.start(), position)
        if kind == "space":
            continue
        if kind == "iso":
            token = replace(token, iso=tuple(_number(part, source) for part in text.split("-")))
        elif kind == "decade":
            token = replace(token, number=_number(text.rstrip("sS").rstrip("'’"), source))
        elif kind == "ordinal":
            token = replace(token, number=_number(text[:-2], source))
        elif kind == "number":
            token = replace(token, number=_number(text, source))
        elif kind == "word":
            token = _classify_word(token, source)
        tokens.append(token)
    return tokens


def _classify_word(token: _Token, source: str) -> _Token:
    key = token.text.lower().replace(".", "")
    if key in _MONTH_WORDS:
        return replace(token, kind="month", number=_MONTH_WORDS[key])
    if key in _ERA_WORDS:
        return replace(token, kind="era", era=_ERA_WORDS[key])
    if key in _APPROXIMATE_WORDS:
        return replace(token, kind="approximate")
    if key in ("century", "to"):
        return replace(token, kind="century" if key == "century" else "dash")
    raise DateError(
        f"unknown word {_quote(token.text)} in the date {_quote(source)}", _suggestion(token.text)
    )


@dataclass(slots=True)
class _Side:
    """One side of a range as written, before it borrows what it left out from the other."""

    text: str
    shape: str  # one letter a part: M month, N number, I ISO date, D decade, C century
    approximate: bool = False
    era: str | None = None
    year: int | None = None  # as written: positive, before the era applies
    year_digits: int = 0
    month: int | None = None
    day: int | None = None
    decade: int | None = None
    century: int | None = None


def _read_side(tokens: list[_Token], source: str) -> _Side:
    text = source[tokens[0].start : tokens[-1].end]
    unreadable = DateError(f"cannot read {_quote(text)} as a date", FORMS_HINT)
    approximate = tokens[0].kind == "approximate"
    parts = [token for token in tokens[approximate:] if token.kind != "comma"]
    eras = [index for index, token in enumerate(parts) if token.kind == "era"]
    era: str | None = None
    if eras:
        index = eras[0]
        # The era ends the date ("44 BC") or stands just before its year ("March 8, AD 79").
        before_year = index == len(parts) - 2 and parts[-1].kind in ("number", "decade")
        if len(eras) > 1 or not (index == len(parts) - 1 or before_year):
            raise unreadable
        era = parts.pop(index).era
    side = _Side(text, "", approximate, era)
    numbers: list[_Token] = []
    for index, token in enumerate(parts):
        follows_ordinal = index > 0 and parts[index - 1].kind == "ordinal"
        if (
            token.kind == "ordinal"
            and index + 1 < len(parts)
            and parts[index + 1].kind == "century"
        ):
            side.shape += "C"
            side.century = token.number
        elif token.kind in ("number", "ordinal"):
            side.shape += "N"
            numbers.append(token)
        elif token.kind == "month":
            side.shape += "M"
            side.month = token.number
        elif token.kind == "iso":
            side.shape += "I"
            side.year, side.month, *days = token.iso
            side.day = days[0] if days else None
            side.year_digits = 4
        elif token.kind == "decade":
            side.shape += "D"
            side.decade = token.number
        elif not (token.kind == "century" and follows_ordinal):
            raise unreadable
    fields = {"N": ("year",), "MN": ("year",), "NM": ("day",), "MNN": ("day", "year")}
    fields |= {"NMN": ("day", "year"), "NN": ("day", "year"), "M": (), "I": (), "D": (), "C": ()}
    if side.shape not in fields:
        raise unreadable
    for name, token in zip(fields[side.shape], numbers, strict=True):
        setattr(side, name, token.number)
        if name == "year":
            side.year_digits = len(token.text)
    return side


def _share_parts(start: _Side, end: _Side) -> None:
    """Give the start of a range what it left for the end to say ("March 8-12, 1917")."""
    # "1939-41": two digits after a four-digit year are the end year in the same century.
    if (start.shape, start.year_digits, end.shape, end.year_digits) == ("N", 4, "N", 2) and (
        start.era is end.era is None
    ):
        assert start.year is not None and end.year is not None
        end.year += start.year // 100 * 100
    if end.shape == "NN":
        if start.shape != "MN":
            raise DateError(
                f"cannot tell the month of {_quote(end.text)}",
                hint="name the month, as in March 8-12, 1917",
            )
        start.day, start.year = start.year, None
        end.month = start.month
    elif (
        start.era is None
        and start.year_digits <= 2
        and (start.shape, end.shape) in {("MN", "MNN"), ("MN", "NMN"), ("N", "NMN")}
    ):
        # "June 22 - December 5 1941", "8 - 12 March 1917": the small number is a day.
        start.day, start.year = start.year, None
        start.month = start.month or end.month
    if start.year is None and start.shape in ("M", "NM", "MN", "N") and end.year is not None:
        start.year, start.year_digits = end.year, end.year_digits
    if start.era is None:
        start.era = end.era


def _build(side: _Side) -> HistoricalDate:
    before_christ = side.era == "bc"
    if side.century is not None:
        if side.century == 0:
            raise DateError(
                f"there is no 0th century in {_quote(side.text)}", hint="centuries start at 1st"
            )
        year = -side.century * 100 if before_christ else (side.century - 1) * 100 + 1
        return HistoricalDate(year, Precision.CENTURY, approximate=side.approximate)
    if side.decade is not None:
        if side.decade % 10:
            raise DateError(
                f"{_quote(side.text)} is not a decade", hint="a decade ends in 0: 1920s"
            )
        year = -(side.decade + 9) if before_christ else side.decade
        return HistoricalDate(year, Precision.DECADE, approximate=side.approximate)
    if side.year is None:
        raise DateError(
            f"{_quote(side.text)} has no year", hint="add the year, as in March 8, 1917"
        )
    if side.shape == "MN" and side.day is None and side.era is None and side.year_digits <= 2:
        # "March 8" is far likelier a day with its year forgotten than March of AD 8.
        raise DateError(
            f"{_quote(side.text)} has no year",
            hint=f"add the year, as in {side.text}, 1917 (or AD before a year: March AD 8)",
        )
    year = -side.year if before_christ else side.year
    precision = _precision_of(side.month, side.day)
    return HistoricalDate(year, precision, side.month, side.day, side.approximate)


def _precision_of(month: object, day: object) -> Precision:
    if day is not None:
        return Precision.DAY
    return Precision.YEAR if month is None else Precision.MONTH


def _parse_text(source: str) -> DateSpan:
    tokens = _tokenize(source)
    if not tokens:
        raise DateError("the date is empty", FORMS_HINT)
    dashes = [index for index, token in enumerate(tokens) if token.kind == "dash"]
    if not dashes:
        return DateSpan(_build(_read_side(tokens, source)))
    if len(dashes) > 1:
        raise DateError(
            f"{_quote(source)} has more than one dash or 'to'",
            hint="a range joins two dates, as in 1939 - 1941 or March 8 1917 - March 12 1917",
        )
    before, after = tokens[: dashes[0]], tokens[dashes[0] + 1 :]
    if not before or not after:
        hint = "a range needs a date on both sides, as in 1939 - 1941"
        if not before and [token.kind for token in after] == ["number"]:
            hint = f"for a year before Christ write {after[0].text} BC"
        raise DateError(f"{_quote(source)} is missing a date on one side of the dash", hint)
    start, end = _read_side(before, source), _read_side(after, source)
    _share_parts(start, end)
    return DateSpan(_build(start), _build(end))


# Parsing what YAML produced

_MAPPING_KEYS = ("year", "month", "day", "approximate")


def _describe(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {_quote(value)}"
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
    precision = _precision_of(month, day)
    return DateSpan(HistoricalDate(value["year"], precision, month, day, approximate))  # type: ignore[arg-type]


def parse_date(value: object) -> DateSpan:
    """Read a date or range from what YAML produced: text, a year, a calendar date or a mapping.

    Raises :class:`DateError` (and nothing else) for anything it cannot understand.
    """
    if isinstance(value, str):
        return _parse_text(value.strip())
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
    if span.end is not None:
        raise DateError(
            f"expected one date here, found the range {span.format()}",
            hint="give a single date, as in start: 1939 and end: 1941",
        )
    return span.start


__all__ = [
    "FORMS_HINT",
    "MAX_YEAR",
    "MONTH_NAMES",
    "DateError",
    "DateSpan",
    "HistoricalDate",
    "Precision",
    "format_position",
    "parse_date",
    "parse_date_point",
]
