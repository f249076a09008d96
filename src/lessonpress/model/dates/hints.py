"""Hints that teach: for a word the reader does not know, the forms that are near it."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from lessonpress.model.dates import words

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


def suggestion(word: str) -> str:
    """What to write instead of an unknown ``word``: the near forms, else every form."""
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
