"""What every date module shares: how finely a date is known, its limits, its error."""

from __future__ import annotations

import enum

MAX_YEAR = 999_999_999
"""The largest year, BC or AD, that a date may have."""


class Precision(enum.IntEnum):
    """How finely a date is known, from coarse to fine.

    A season or a part of a period (``early 1940s``) keeps the precision of the period it
    divides (a year, a decade) and names the part in :attr:`HistoricalDate.part`.
    """

    CENTURY = 0
    DECADE = 1
    YEAR = 2
    MONTH = 3
    DAY = 4


class Relation(enum.Enum):
    """How an event's time relates to the dates written for it."""

    ON = "on"
    """At the date, or lasting from ``start`` to ``end``: 1917, 1939 - 1941."""
    BEFORE = "before"
    """At some time before ``start`` began: before 1928."""
    AFTER = "after"
    """At some time after ``start`` ended: after 1928."""
    UNTIL = "until"
    """Lasting from an open or unknown beginning to the end of ``start``: until 1928."""
    FROM = "from"
    """Lasting from ``start`` to an open or unknown end: 1928–."""
    BETWEEN = "between"
    """At one time between ``start`` and ``end``: between 1450 and 1460."""
    EITHER = "either"
    """At ``start`` or at ``end``, which is not known: 1863 or 1864."""


class DateError(ValueError):
    """A date expression that cannot be understood."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def astronomical(year: int) -> int:
    """The astronomical number of a historical year: 1 BC is 0, 44 BC is -43."""
    return year + 1 if year < 0 else year


def historical(year: int) -> int:
    """The historical number of an astronomical year: 0 is 1 BC (-1), -43 is 44 BC (-44)."""
    return year - 1 if year <= 0 else year
