"""Short texts: a text cut where a reader can stop, at the end of a sentence or a clause.

An excerpt never ends inside a word, nor after an initial or an abbreviation in any
of the lessons' languages ("Franklin D.", "c.", "U.S.", "нем.", "π.Χ."), nor inside
brackets ("Торгау (нем. Torgau)" is no place to stop), nor in the middle of a phrase
("cuts the fuel an…"): it is the text up to the last sentence or clause end that fits,
with an ellipsis when something was left out, or nothing at all. A full stop followed
by a word in lower case ends no sentence. Pure functions on plain strings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

ELLIPSIS = "…"

ABBREVIATIONS = frozenset(
    {
        *("c", "ca", "approx", "etc", "vs", "e.g", "i.e", "a.d", "b.c", "vol", "p", "pp"),
        *("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col", "capt", "lt", "sgt", "rev"),
        *("prof", "u.s", "u.k", "u.s.s.r", "u.n", "mt", "ft", "fr", "pres", "gov", "sen"),
        *("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
        *("no", "nos", "fig", "ed", "eds", "inc", "ltd", "co", "ave", "cf", "al", "ch", "est"),
        # French, Spanish, German
        *("av", "ap", "env", "mme", "mlle", "aprox", "sra", "srta", "ud", "uds", "pág"),
        *("bzw", "usw", "vgl", "nr", "chr", "jh", "jhd", "hl", "geb", "gest"),
        # Russian: years, centuries, languages ("польск. Łódź"), and the like
        *("гг", "вв", "тыс", "млн", "млрд", "ок", "см", "стр", "ул", "им", "св", "др", "пр"),
        *("англ", "нем", "франц", "фр", "польск", "норв", "лат", "греч", "итал", "исп"),
        *("швед", "фин", "яп", "кит", "араб", "тур", "укр", "белорус", "чеш", "рус"),
        # Greek
        *("αι", "βλ", "κ.λπ", "κ.ά"),
    }
)
"""Words that end with a full stop without ending the sentence (lower case, no final stop)."""

MIN_CLAUSE_WORDS = 4
"""The fewest words an excerpt cut at a clause end holds: "In 1933,…" says nothing."""

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)")
_CLAUSE_END = re.compile(r"[,;:](?=\s)|\s[–—](?=\s)")
_TRIM = " ,;:–—-"
_OPENING = "([{«"
_CLOSING = ")]}»"


def first_sentence(text: str) -> str:
    """``text`` up to the end of its first sentence; a full stop after an abbreviation or
    an initial (``c.``, ``Franklin D. Roosevelt``) does not end it."""
    for end in _sentence_ends(text):
        if end < len(text.rstrip()):
            return text[:end].rstrip()
    return text.rstrip()


def excerpt(text: str, fits: Callable[[str], bool]) -> str:
    """The longest start of ``text`` that ``fits``, cut at a sentence or clause end.

    The whole text when it fits; else the text up to the last sentence end that fits,
    else up to the last clause end (a comma, semicolon, colon or dash, after at least
    :data:`MIN_CLAUSE_WORDS` words) followed by an ellipsis; ``""`` when none fits.
    """
    text = " ".join(text.split())
    if not text or fits(text):
        return text
    for candidate in reversed(candidates(text)):
        if fits(candidate):
            return candidate
    return ""


def whole_words(text: str, fits: Callable[[str], bool]) -> str:
    """``text`` if it ``fits``, else its longest run of whole first words with an
    ellipsis that does, for a name (an era's) rather than a sentence; ``""`` when not
    even the first word does."""
    words = text.split()
    if fits(" ".join(words)):
        return " ".join(words)
    for count in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:count]).rstrip(_TRIM) + ELLIPSIS
        if fits(candidate):
            return candidate
    return ""


def excerpt_within(text: str, limit: int) -> str:
    """``text`` cut at a sentence or clause end to at most ``limit`` characters."""
    return excerpt(text, lambda candidate: len(candidate) <= limit)


def candidates(text: str) -> list[str]:
    """Every shorter excerpt of ``text`` there may be, shortest first: each sentence end,
    and each clause end followed by an ellipsis."""
    cuts: dict[int, str] = {}
    for end in _sentence_ends(text):
        if end < len(text):
            cuts[end] = text[:end]
    for match in _CLAUSE_END.finditer(text):
        head = text[: match.start()].rstrip(_TRIM)
        if (
            len(head.split()) >= MIN_CLAUSE_WORDS
            and not _ends_in_abbreviation(head)
            and not _inside_brackets(head)
        ):
            cuts.setdefault(len(head), head + ELLIPSIS)
    return [cuts[end] for end in sorted(cuts)]


def _sentence_ends(text: str) -> list[int]:
    """Where sentences of ``text`` end (just after their closing punctuation): not at
    an abbreviation's full stop, not inside brackets, not before a lower-case word."""
    ends = []
    for match in _SENTENCE_END.finditer(text):
        head = text[: match.end()]
        if text[match.start()] == "." and _ends_in_abbreviation(text[: match.start() + 1]):
            continue
        if _inside_brackets(head) or text[match.end() :].lstrip()[:1].islower():
            continue
        ends.append(match.end())
    return ends


def _inside_brackets(head: str) -> bool:
    """Whether ``head`` leaves a bracket open: the text would stop inside it."""
    depth = 0
    for character in head:
        if character in _OPENING:
            depth += 1
        elif character in _CLOSING and depth:
            depth -= 1
    return depth > 0


def _ends_in_abbreviation(head: str) -> bool:
    """Whether ``head`` ends with an initial or an abbreviation and its full stop."""
    if not head.endswith("."):
        return False
    last_word = head.rsplit(maxsplit=1)[-1].strip("\"'“‘«([").rstrip(".").lower()
    # Initials and dotted short forms: "D.", "e.g.", "J.-C.", "π.Χ.", "z.B.".
    dotted = all(len(part.strip("-")) <= 2 for part in last_word.split("."))
    return len(last_word) <= 1 or last_word in ABBREVIATIONS or ("." in last_word and dotted)
