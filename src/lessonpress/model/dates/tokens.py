"""Cutting a date as teachers write it into tokens: numbers, words, dashes and marks."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lessonpress.model.dates import words
from lessonpress.model.dates.hints import FORMS_HINT, suggestion
from lessonpress.model.dates.kinds import MAX_YEAR, DateError

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
    | (?P<uncertain>\?)
    """,
    re.VERBOSE | re.IGNORECASE,
)

_HYPHENS = {"-", "‐", "‑"}


@dataclass(frozen=True, slots=True)
class Token:
    """One piece of a date as written, and what it means."""

    # number, ordinal, decade, iso, month, era, approximate, uncertain, century, dash, comma,
    # part, calendar, relation, and, or
    kind: str
    text: str
    start: int
    end: int
    number: int = 0  # the value of a number, ordinal, decade or month
    iso: tuple[int, ...] = ()
    word: str = ""  # what a word means: the era, relation, calendar or part it names
    part: words.Part | None = None


def quote(text: str) -> str:
    """Quote the teacher's text in a message, shortened so a pasted paragraph stays readable."""
    return repr(text if len(text) <= 40 else text[:39] + "…")


def _number(digits: str, source: str) -> int:
    significant = digits.lstrip("0") or "0"
    if len(significant) > len(str(MAX_YEAR)):
        raise DateError(f"the number in {quote(source)} is too large for a year", FORMS_HINT)
    return int(significant)


def tokenize(source: str) -> list[Token]:
    """The tokens of ``source``, without spaces and filler words (``the``, ``of``)."""
    tokens: list[Token] = []
    position = 0
    while position < len(source):
        match = _TOKEN_PATTERN.match(source, position)
        if match is None:
            raise DateError(
                f"unexpected character {source[position]!r} in the date {quote(source)}",
                FORMS_HINT,
            )
        kind, text, position = match.lastgroup or "", match.group(), match.end()
        token = Token(kind, text, match.start(), position)
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
            if token.kind == "filler":
                continue
        elif kind == "dash" and _joins_a_part(tokens, token):
            continue  # the hyphen of "mid-1930s" belongs to "mid"
        tokens.append(token)
    return tokens


def _joins_a_part(tokens: list[Token], dash: Token) -> bool:
    """Whether ``dash`` is the hyphen straight after early, mid or late: mid-1930s."""
    if not tokens or dash.text not in _HYPHENS:
        return False
    before = tokens[-1]
    thirds = before.part is not None and not before.part.is_season
    return before.kind == "part" and thirds and before.end == dash.start


def _classify_word(token: Token, source: str) -> Token:
    key = token.text.lower().replace(".", "")
    if key in words.MONTH_WORDS:
        return replace(token, kind="month", number=words.MONTH_WORDS[key])
    if key in words.ERA_WORDS:
        return replace(token, kind="era", word=words.ERA_WORDS[key])
    if key in words.APPROXIMATE_WORDS:
        return replace(token, kind="approximate")
    if key in words.SEASON_WORDS:
        return replace(token, kind="part", part=words.SEASON_WORDS[key])
    if key in words.PART_WORDS:
        return replace(token, kind="part", part=words.PART_WORDS[key])
    if key in words.CALENDAR_WORDS:
        return replace(token, kind="calendar", word=words.CALENDAR_WORDS[key])
    if key in words.RELATION_WORDS:
        return replace(token, kind="relation", word=words.RELATION_WORDS[key])
    if key in words.JOINING_WORDS:
        joining = words.JOINING_WORDS[key]
        return replace(token, kind="dash" if joining == "to" else joining)
    if key in words.CENTURY_WORDS:
        return replace(token, kind="century")
    if key in words.FILLER_WORDS:
        return replace(token, kind="filler")
    raise DateError(
        f"unknown word {quote(token.text)} in the date {quote(source)}", suggestion(token.text)
    )
