"""The quotation marks of the lesson's language: “…” in English, „…“ in German, «…» in
French and Russian.

Babel carries no delimiters, so the primary quotation marks of CLDR (release 42,
``delimiters/quotationStart`` and ``quotationEnd``) are kept here for the languages
teachers write lessons in; a tag is looked up whole (``pt-PT``), then as its language
(``pt``), and a language not listed takes the English marks, CLDR's most common.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class QuotationMarks:
    """A language's opening and closing quotation marks, and the space its typography
    keeps between a mark and the words it encloses (a no-break space in French)."""

    opening: str
    closing: str
    space: str = ""

    def enclose(self, text: str) -> str:
        """``text`` between the marks."""
        return f"{self.opening}{self.space}{text}{self.space}{self.closing}"


ENGLISH = QuotationMarks("“", "”")
_LOW_HIGH = QuotationMarks("„", "“")
_LOW_RIGHT = QuotationMarks("„", "”")
_GUILLEMETS = QuotationMarks("«", "»")
_FRENCH = QuotationMarks("«", "»", "\u00a0")
_RIGHT_RIGHT = QuotationMarks("”", "”")
_SINGLE = QuotationMarks("‘", "’")
_CORNER = QuotationMarks("「", "」")

_LATIN_AMERICA: tuple[str, ...] = ("419", "ar", "bo", "cl", "co", "cr", "cu", "do", "ec", "gt")
_LATIN_AMERICA += ("hn", "mx", "ni", "pa", "pe", "pr", "py", "sv", "us", "uy", "ve")
"""The regions of CLDR's Latin American Spanish (es-419)."""

_MARKS: dict[str, QuotationMarks] = {
    **dict.fromkeys(("de", "cs", "sk", "sl", "hr", "et", "is", "lb", "bg", "lt", "mk"), _LOW_HIGH),
    **dict.fromkeys(("pl", "ro", "hu"), _LOW_RIGHT),
    **dict.fromkeys(("ru", "uk", "be", "es", "el", "it", "ca", "eu", "pt-pt", "no"), _GUILLEMETS),
    **dict.fromkeys(("nb", "nn", "sq", "kk", "hy", "fr-ch"), _GUILLEMETS),
    "fr": _FRENCH,
    **dict.fromkeys(("sv", "fi"), _RIGHT_RIGHT),
    "nl": _SINGLE,
    **dict.fromkeys(("ja", "zh-hant", "zh-tw", "zh-hk"), _CORNER),
    # Latin American Spanish (CLDR's es-419) quotes as English does.
    **dict.fromkeys((f"es-{region}" for region in _LATIN_AMERICA), ENGLISH),
}


def quotation_marks(language: str) -> QuotationMarks:
    """The quotation marks of ``language``, a BCP 47 tag such as ``de``, ``fr-CA`` or
    ``es-MX``."""
    tag = language.strip().replace("_", "-").lower()
    base = tag.split("-", 1)[0]
    return _MARKS.get(tag) or _MARKS.get(base) or ENGLISH
