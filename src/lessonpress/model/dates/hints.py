"""Hints that teach: for a word the reader does not know, the forms that are near it."""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache

from lessonpress.model.dates import words
from lessonpress.model.dates.kinds import Precision, Relation
from lessonpress.model.dates.languages import DateLanguage, word_key
from lessonpress.model.dates.point import HistoricalDate
from lessonpress.model.dates.span import DateSpan

FORMS_HINT = (
    "write a date such as 1917, 44 BC, AD 79, March 1917, March 8, 1917, 1917-03-08, "
    "c. 1850, 1066?, 1920s, 19th century, Summer 1941, early 1940s, before 1928, "
    "between 1450 and 1460, or a range such as 1939 - 1941"
)
"""The accepted forms, in the words of an error hint."""


@dataclass(frozen=True, slots=True)
class _Family:
    """Words that play one part in a date, and how to say what they are for."""

    words: tuple[str, ...]
    lesson: str  # what the family is, with examples, after "did you mean ...?"


_FAMILIES = (
    _Family(tuple(name.lower() for name in words.MONTH_NAMES), ""),
    _Family(
        ("spring", "summer", "autumn", "fall", "winter"),
        "the seasons are spring, summer, autumn (or fall) and winter, as in Summer 1941 "
        "or winter 1941–42",
    ),
    _Family(
        ("early", "mid", "late"),
        "a part of a period is early, mid or late, as in early 1940s, mid-1930s "
        "or late 19th century",
    ),
    _Family(
        ("before", "after", "until", "from", "between"),
        "a date known by another is written before 1928, after 1928, 1928–, until 1928 "
        "or between 1450 and 1460",
    ),
    _Family(("circa",), "an approximate date is written c. 1850, circa 1850 or ~1850"),
    _Family(("century",), "a century is written 19th century or 5th century BC"),
)


def _is_near(word: str, known: str) -> bool:
    """Whether ``word`` looks like a slip for ``known``: the same first letters, or close."""
    if len(known) >= 3 and word.startswith(known):  # "earlyish", "Lately"
        return True
    if len(word) >= 3 and len(known) > 3 and known.startswith(word[:3]):  # "Febtember"
        return True
    return difflib.SequenceMatcher(None, word, known).ratio() >= 0.75


def _example_spans() -> list[DateSpan]:
    """One date of each form, in the order of :data:`FORMS_HINT`."""
    year, decade, century = Precision.YEAR, Precision.DECADE, Precision.CENTURY
    points = [
        HistoricalDate(1917, year),
        HistoricalDate(-44, year),
        HistoricalDate(79, year),
        HistoricalDate(1917, Precision.MONTH, 3),
        HistoricalDate(1917, Precision.DAY, 3, 8),
        HistoricalDate(1850, year, approximate=True),
        HistoricalDate(1066, year, uncertain=True),
        HistoricalDate(1920, decade),
        HistoricalDate(1801, century),
        HistoricalDate(1941, year, part=words.Part.SUMMER),
        HistoricalDate(1940, decade, part=words.Part.EARLY),
    ]
    return [
        *(DateSpan(point) for point in points),
        DateSpan(HistoricalDate(1928, year), relation=Relation.BEFORE),
        DateSpan(HistoricalDate(1450, year), HistoricalDate(1460, year), Relation.BETWEEN),
        DateSpan(HistoricalDate(1939, year), HistoricalDate(1941, year)),
    ]


@cache
def forms_hint(language: DateLanguage | None = None) -> str:
    """The accepted forms in an error hint: English's, or as ``language`` writes them
    (which it reads besides English's)."""
    if language is None:
        return FORMS_HINT
    *forms, between, a_range = [span.format(language.code) for span in _example_spans()]
    return (
        f"write a date such as {', '.join(forms)}, {between}, or a range such as {a_range}"
        " (or in English, as in March 8, 1917)"
    )


def _local_suggestion(word: str, language: DateLanguage) -> str | None:
    """The months and words of ``language`` near ``word``, if any."""
    lowered = word_key(word)
    months = list(language.locale.months["stand-alone"]["wide"].values())
    near = [name for name in months if _is_near(lowered, word_key(name))]
    if near:
        return f"did you mean {' or '.join(near[:2])}?"
    known = [known for known in language.read_words if len(known) > 2]
    near = [known for known in known if _is_near(lowered, known)]
    if near:
        return f"did you mean {' or '.join(near[:2])}? {forms_hint(language)}"
    return None


def suggestion(word: str, language: DateLanguage | None = None) -> str:
    """What to write instead of an unknown ``word``: the near forms (in ``language``, then
    in English), else every form."""
    if language is not None:
        local_near = _local_suggestion(word, language)
        english = suggestion(word)
        return local_near or (english if english != FORMS_HINT else forms_hint(language))
    lowered = word.lower().replace(".", "")
    for family in _FAMILIES:
        near = [known for known in family.words if _is_near(lowered, known)]
        if not near:
            continue
        if not family.lesson:  # months: the names say it all
            names = [name.capitalize() for name in near][:2]
            return f"did you mean {' or '.join(names)}?"
        return f"did you mean {' or '.join(near[:2])}? {family.lesson}"
    return FORMS_HINT
