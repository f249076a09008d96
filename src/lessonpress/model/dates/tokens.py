"""Cutting a date as teachers write it into tokens: numbers, words, dashes and marks."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from lessonpress.model.dates import words
from lessonpress.model.dates.hints import forms_hint, suggestion
from lessonpress.model.dates.kinds import MAX_YEAR, DateError
from lessonpress.model.dates.languages import DateLanguage, roman_value, word_key
from lessonpress.model.dates.words import Part

_TOKEN_TEMPLATE = r"""
    (?P<space>\s+)
    | (?P<iso>[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9]) | [0-9]{4}-(?:0[1-9]|1[0-2])(?![0-9]))
    | (?P<decade>DECADE[0-9]+['’]?s\b)
    | (?P<ordinal>ORDINAL[0-9]+(?:st|nd|rd|th)\b)
    | (?P<number>[0-9]+)
    | (?P<dash>\.\.|[-‐‑–—−])
    | (?P<word>[^\W\d_]+(?:\.[^\W\d_]+)*\.?)
    | (?P<comma>,)
    | (?P<approximate>~)
    | (?P<uncertain>\?)
    """
"""The pieces of a date; a language may add its own decades (``1920er``) and ordinals
(``19.``, ``19ος``) where DECADE and ORDINAL stand."""

_TOKEN_PATTERN = re.compile(
    _TOKEN_TEMPLATE.replace("DECADE", "").replace("ORDINAL", ""), re.VERBOSE | re.IGNORECASE
)

_LEADING_DIGITS = re.compile(r"[0-9]+")

_ROMAN_CENTURY_LIMIT = 50
"""The largest Roman numeral read as a century: siglo XXI, not the year MCMXVII."""

_HYPHENS = {"-", "‐", "‑"}


@dataclass(frozen=True, slots=True)
class Token:
    """One piece of a date as written, and what it means."""

    # number, ordinal, decade, iso, month, era, approximate, uncertain, century, dash, comma,
    # part, calendar, relation, and, or
    # roman and decade_word are read in languages other than English: siglo XIX, años 1920.
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


def _number(digits: str, source: str, language: DateLanguage | None = None) -> int:
    significant = digits.lstrip("0") or "0"
    if len(significant) > len(str(MAX_YEAR)):
        raise DateError(
            f"the number in {quote(source)} is too large for a year", forms_hint(language)
        )
    return int(significant)


@cache
def _token_pattern(language: DateLanguage | None) -> re.Pattern[str]:
    if language is None:
        return _TOKEN_PATTERN
    decade = f"{language.decade_pattern}|" if language.decade_pattern else ""
    ordinal = f"{language.ordinal_pattern}|" if language.ordinal_pattern else ""
    template = _TOKEN_TEMPLATE.replace("DECADE", decade).replace("ORDINAL", ordinal)
    return re.compile(template, re.VERBOSE | re.IGNORECASE)


@cache
def _phrases(language: DateLanguage) -> tuple[re.Pattern[str], list[tuple[str, str]]] | None:
    """The language's words read as one (``a. C.``, ``до н. э.``) as one pattern, longest
    first, each a numbered group, and what each means; None if it has none."""
    if not language.phrases:
        return None
    phrases = sorted(language.phrases, key=len, reverse=True)
    alternatives = []
    for phrase in phrases:
        # Each space may be left out, and a space may follow each full stop: a.C., a. C.
        phrase_pattern = "".join(
            r"\s*" if char == " " else r"\.\s*" if char == "." else re.escape(char)
            for char in phrase.rstrip(".")
        )
        ending = r"\." if phrase.endswith(".") else r"(?![^\W\d_])"
        alternatives.append(f"({phrase_pattern}{ending})")
    pattern = re.compile("|".join(alternatives), re.IGNORECASE)
    return pattern, [language.phrases[phrase] for phrase in phrases]


def _phrase_at(source: str, position: int, language: DateLanguage | None) -> Token | None:
    """The language's phrase that starts at ``position``, as a token, if there is one."""
    phrases = _phrases(language) if language is not None else None
    if phrases is None:
        return None
    pattern, meanings = phrases
    match = pattern.match(source, position)
    if match is None:
        return None
    kind, meaning = meanings[(match.lastindex or 1) - 1]
    return Token(kind, match.group(), match.start(), match.end(), word=meaning)


def tokenize(source: str, language: DateLanguage | None = None) -> list[Token]:
    """The tokens of ``source``, without spaces and filler words (``the``, ``of``), in
    English and, if given, ``language``."""
    tokens: list[Token] = []
    position = 0
    pattern = _token_pattern(language)
    while position < len(source):
        if phrase := _phrase_at(source, position, language):
            tokens.append(phrase)
            position = phrase.end
            continue
        match = pattern.match(source, position)
        if match is None:
            raise DateError(
                f"unexpected character {source[position]!r} in the date {quote(source)}",
                forms_hint(language),
            )
        kind, text, position = match.lastgroup or "", match.group(), match.end()
        token = Token(kind, text, match.start(), position)
        if kind == "space":
            continue
        if kind == "iso":
            token = replace(token, iso=tuple(_number(part, source) for part in text.split("-")))
        elif kind in ("decade", "ordinal"):
            digits = _LEADING_DIGITS.match(text)
            assert digits is not None  # both patterns start with digits
            token = replace(token, number=_number(digits.group(), source, language))
        elif kind == "number":
            token = replace(token, number=_number(text, source, language))
        elif kind == "word":
            token = _classify_word(token, source, language, first=not tokens)
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


def _classify_word(
    token: Token, source: str, language: DateLanguage | None = None, first: bool = True
) -> Token:
    if language is not None and (local := _classify_local_word(token, language, first)):
        return local
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
    if language is not None and language.reads_roman and (roman := _roman_ordinal(token)):
        return roman
    raise DateError(
        f"unknown word {quote(token.text)} in the date {quote(source)}",
        suggestion(token.text, language),
    )


def _classify_local_word(token: Token, language: DateLanguage, first: bool) -> Token | None:
    """What ``token`` means in ``language``: a month in any of CLDR's forms, or one of the
    language's words; None if it is none of them."""
    key = word_key(token.text)
    if (month := _month_words(language).get(key)) is not None:
        return replace(token, kind="month", number=month)
    if (season := _season_words(language).get(key)) is not None:
        return replace(token, kind="part", part=season)
    if key not in language.read_words:
        return None
    kind, meaning = language.read_words[key]
    if kind == "relation" and meaning == "until" and not first:
        return replace(token, kind="dash")  # "1939 bis 1941", "1939 έως 1941"
    if kind == "join":
        return replace(token, kind="dash" if meaning == "to" else meaning)
    if kind == "part":
        return replace(token, kind="part", part=Part(meaning))
    if kind == "decade":
        return replace(token, kind="decade_word")
    return replace(token, kind=kind, word=meaning)


@cache
def _month_words(language: DateLanguage) -> dict[str, int]:
    """Every CLDR name of each month in ``language``, as :func:`word_key` gives it:
    Russian ``марта`` and ``март``, Greek ``Μαρτίου`` and ``Μάρτιος``, ``mar``."""
    months = language.locale.months
    return {
        word_key(name): number
        for context in ("format", "stand-alone")
        for width in ("wide", "abbreviated")
        for number, name in months[context][width].items()
    }


@cache
def _season_words(language: DateLanguage) -> dict[str, Part]:
    """The language's names of the seasons, as :func:`word_key` gives them."""
    return {word_key(name): season for season, name in language.seasons.items()}


def _roman_ordinal(token: Token) -> Token | None:
    """A century in capital Roman numerals, bare or with a French ending: ``XIX``,
    ``XIXe``, ``Ier``."""
    letters = token.text.rstrip(".")
    for ending in ("ème", "er", "re", "e", ""):
        numeral = letters[: len(letters) - len(ending)]
        if not letters.endswith(ending) or not numeral.isupper():
            continue
        value = roman_value(numeral)
        if value is not None and 0 < value <= _ROMAN_CENTURY_LIMIT:
            return replace(token, kind="roman", number=value)
    return None
