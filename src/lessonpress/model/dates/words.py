"""The English words of dates, read and written: the one table a new language would add to.

Keys are lower case with full stops removed, as the reader compares them.
"""

from __future__ import annotations

import enum


class Part(enum.Enum):
    """A named part of a date's period: a third of a century, decade or year, or a season.

    The thirds follow one rule: ``early`` is the first ⌈n/3⌉ of the period's n years (or
    months, for a year), ``late`` the last ⌊n/3⌋, ``mid`` what lies between. A decade thus
    splits 4 + 3 + 3 (early 1940s = 1940-1943, mid = 1944-1946, late = 1947-1949), a century
    34 + 33 + 33 (early 19th century = 1801-1834) and a year 4 + 4 + 4 months.

    Seasons are the meteorological ones of the northern hemisphere: spring is March to May,
    summer June to August, autumn September to November, and winter December to February,
    so a winter belongs to the year it begins in (winter 1941 is winter 1941-42).
    """

    EARLY = "early"
    MID = "mid"
    LATE = "late"
    SPRING = "spring"
    SUMMER = "summer"
    AUTUMN = "autumn"
    WINTER = "winter"

    @property
    def is_season(self) -> bool:
        """Whether the part is a season of a year rather than a third of a period."""
        return self in SEASON_MONTHS


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
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)

MONTH_WORDS = (
    {name.lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
    | {name[:3].lower(): number for number, name in enumerate(MONTH_NAMES, 1)}
    | {"sept": 9}
)

SEASON_WORDS = {
    "spring": Part.SPRING,
    "summer": Part.SUMMER,
    "autumn": Part.AUTUMN,
    "fall": Part.AUTUMN,
    "winter": Part.WINTER,
}
SEASON_MONTHS = {Part.SPRING: 3, Part.SUMMER: 6, Part.AUTUMN: 9, Part.WINTER: 12}
"""The month each season begins in; every season lasts three months."""

PART_WORDS = {"early": Part.EARLY, "mid": Part.MID, "middle": Part.MID, "late": Part.LATE}
ERA_WORDS = {"bc": "bc", "bce": "bc", "ad": "ad", "ce": "ad"}
APPROXIMATE_WORDS = {"c", "ca", "circa", "about", "around"}
CALENDAR_WORDS = {"os": "julian", "ns": "gregorian"}
"""Old Style (Julian) and New Style (Gregorian), written ``O.S.`` and ``N.S.``."""

RELATION_WORDS = {
    "before": "before",
    "after": "after",
    "until": "until",
    "from": "from",
    "between": "between",
}
"""Words that open a date and say how the event relates to it."""

JOINING_WORDS = {"to": "to", "and": "and", "or": "or"}
"""Words that join the two dates of a range, a between or an either."""

FILLER_WORDS = {"the", "of", "in"}
"""Words a teacher writes around a date that change nothing: the winter of 1941."""

CENTURY_WORDS = {"century"}

# How dates are written back
SEASON_NAMES = {
    Part.SPRING: "Spring",
    Part.SUMMER: "Summer",
    Part.AUTUMN: "Autumn",
    Part.WINTER: "Winter",
}
PART_PREFIXES = {Part.EARLY: "early ", Part.MID: "mid-", Part.LATE: "late "}
APPROXIMATE_MARK = "c. "
UNCERTAIN_MARK = "?"
OLD_STYLE_MARK = "O.S."
NEW_STYLE_MARK = "N.S."
BEFORE_TEXT = "before {date}"
AFTER_TEXT = "after {date}"
UNTIL_TEXT = "until {date}"
FROM_TEXT = "{date}–"
BETWEEN_TEXT = "between {first} and {second}"
EITHER_TEXT = "{first} or {second}"
