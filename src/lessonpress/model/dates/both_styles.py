"""Reading a date given in both calendars, as historians write it and as it is shown:
``November 7, 1917 (October 25 O.S.)``. The Old Style date in brackets is the one kept;
the New Style date before it must be the same day."""

from __future__ import annotations

import re
from dataclasses import replace

from lessonpress.model.dates.formatting import year_text
from lessonpress.model.dates.kinds import DateError
from lessonpress.model.dates.languages import DateLanguage
from lessonpress.model.dates.point import HistoricalDate
from lessonpress.model.dates.span import DateSpan
from lessonpress.model.dates.text import read_text
from lessonpress.model.dates.tokens import quote, tokenize
from lessonpress.model.dates.words import CALENDAR_WORDS, OLD_STYLE_MARK

_BOTH_STYLES = re.compile(r"(?P<new>[^()]+)\((?P<old>[^()]+)\)")


def _is_old_style_mark(word: str) -> bool:
    return CALENDAR_WORDS.get(word.lower().replace(".", "")) == "julian"


def _split_old_style_mark(text: str, language: DateLanguage | None) -> tuple[str, str] | None:
    """``text`` cut into its date and its Old Style mark (``O.S.``, ``ст. ст.``), or None."""
    words = text.rsplit(maxsplit=1)
    if len(words) == 2 and _is_old_style_mark(words[1]):
        return words[0], words[1]
    if language is None:
        return None
    try:
        mark = tokenize(text, language)[-1]
    except (DateError, IndexError):
        return None
    if mark.kind == "calendar" and mark.word == "julian":
        return text[: mark.start].strip(), mark.text
    return None


def read_both_styles(text: str, language: DateLanguage | None = None) -> DateSpan | None:
    """Read ``new (old O.S.)``, or None if ``text`` is not written so; in English or, if
    given, ``language``: ``7 ноября 1917 г. (25 октября ст. ст.)``."""
    match = _BOTH_STYLES.fullmatch(text)
    if match is None:
        return None
    new_text, old_text = match.group("new").strip(), match.group("old").strip()
    old_words = _split_old_style_mark(old_text, language)
    if old_words is None:
        raise DateError(
            f"{quote(text)} has a date in brackets that is not Old Style",
            hint=f"mark the Julian date {OLD_STYLE_MARK}, as in November 7, 1917 (October 25 O.S.)",
        )
    new_style = read_text(new_text, language)
    # The Old Style date may leave out its year when it is the New Style one, or the one before.
    year = new_style.start.year
    years = (year, year - 1 or -1)
    candidates = [old_text, *(f"{old_words[0]}, {year_text(y)} {old_words[1]}" for y in years)]
    for candidate in candidates:
        try:
            old_style = read_text(candidate, language)
        except DateError:
            continue
        if (old_style.first_day, old_style.last_day) == (new_style.first_day, new_style.last_day):
            return _marked_as(old_style, new_style)
    raise DateError(
        f"{quote(new_text)} and {quote(old_text)} are not the same day",
        hint="write the Old Style date alone, as in October 25, 1917 O.S., and it is converted",
    )


def _marked_as(old_style: DateSpan, new_style: DateSpan) -> DateSpan:
    """The Old Style span with the marks (c., ?) written on the New Style one."""

    def marked(old: HistoricalDate, new: HistoricalDate) -> HistoricalDate:
        return replace(
            old,
            approximate=old.approximate or new.approximate,
            uncertain=old.uncertain or new.uncertain,
        )

    start = marked(old_style.start, new_style.start)
    end = old_style.end and marked(old_style.end, new_style.end or new_style.start)
    return replace(old_style, start=start, end=end)
