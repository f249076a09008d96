"""The words of dates in the languages lessonpress writes besides English: Spanish, French,
German, Russian and Greek.

CLDR (through Babel) gives what every locale has: month names in both grammatical forms
(``marzo``; Russian ``марта`` after a day, ``март`` alone), date patterns
(``d 'de' MMMM 'de' y``) and era abbreviations (``a. C.``, ``до н. э.``). What CLDR does
not hold is here, one table a language: centuries, decades and their parts, seasons,
relations (before, between...) and the words teachers write around a date, read as well
as written. English keeps its own table, :mod:`lessonpress.model.dates.words`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from itertools import pairwise

from babel import Locale

from lessonpress.model.dates.words import Part

ENGLISH = "en"


def roman(number: int) -> str:
    """``number`` in Roman numerals: 19 is ``XIX``."""
    numerals = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    text = ""
    for value, letters in numerals:
        count, number = divmod(number, value)
        text += letters * count
    return text


_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})", re.I)


def roman_value(text: str) -> int | None:
    """The value of a Roman numeral (``xix`` is 19), or None if ``text`` is not one."""
    if not text or not _ROMAN.fullmatch(text):
        return None
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    digits = [values[letter] for letter in text.lower()]
    return sum(-value if value < after else value for value, after in pairwise([*digits, 0]))


def word_key(text: str) -> str:
    """A word as the reader compares it: lower case, without full stops or accents."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace(".", ""))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@dataclass(frozen=True, eq=False)  # one instance a language: compared and hashed by identity
class DateLanguage:
    """How one language writes dates beyond CLDR, and the words it reads in them.

    Templates name their blanks: ``{roman}`` and ``{number}`` for a century,
    ``{ordinal}`` for the language's own ordinal of it, ``{decade}`` (1940),
    ``{year}``, ``{season}``, ``{date}``, ``{first}`` and ``{second}``.
    """

    code: str
    century: str
    century_parts: Mapping[Part, str]
    decade: str
    decade_parts: Mapping[Part, str]
    year_parts: Mapping[Part, str]
    seasons: Mapping[Part, str]
    season: str  # a season of a year: "verano de 1941"
    approximate: str
    old_style: str
    new_style: str
    before: str
    after: str
    until: str
    since: str
    between: str
    either: str
    ordinal: Callable[[int], str] = roman
    # What the reader takes, beyond the names above, CLDR's and the English words.
    read_words: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """word (as :func:`word_key` gives it) -> (kind, meaning): ``("approximate", "")``,
    ``("part", "early")``, ``("relation", "before")``, ``("join", "and")``,
    ``("century", "")``, ``("decade", "")``, ``("filler", "")``. A word for "until"
    after the first date joins a range: ``1939 bis 1941``, ``1939 έως 1941``."""
    phrases: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    """Words read as one, with their dots and spaces: ``a. C.``, ``πριν από``."""
    ordinal_pattern: str = ""
    """A regular expression for a number written as an ordinal: ``19.``, ``19ος``."""
    decade_pattern: str = ""
    """A regular expression for a decade written in one word: ``1920er``, ``1920-е``."""
    reads_roman: bool = True

    @property
    def locale(self) -> Locale:
        """The CLDR locale of the language."""
        return Locale.parse(self.code)


def _words(kind: str, meaning: str, *words: str) -> dict[str, tuple[str, str]]:
    return {word_key(word): (kind, meaning) for word in words}


def _thirds(early: str, mid: str, late: str) -> dict[Part, str]:
    return {Part.EARLY: early, Part.MID: mid, Part.LATE: late}


def _seasons(spring: str, summer: str, autumn: str, winter: str) -> dict[Part, str]:
    return {Part.SPRING: spring, Part.SUMMER: summer, Part.AUTUMN: autumn, Part.WINTER: winter}


def _french_ordinal(number: int) -> str:
    return roman(number) + ("er" if number == 1 else "e")


SPANISH = DateLanguage(
    code="es",
    century="siglo {roman}",
    century_parts=_thirds(
        "principios del siglo {roman}", "mediados del siglo {roman}", "finales del siglo {roman}"
    ),
    decade="década de {decade}",
    decade_parts=_thirds(
        "principios de la década de {decade}",
        "mediados de la década de {decade}",
        "finales de la década de {decade}",
    ),
    year_parts=_thirds("principios de {year}", "mediados de {year}", "finales de {year}"),
    seasons=_seasons("primavera", "verano", "otoño", "invierno"),
    season="{season} de {year}",
    approximate="c. {date}",
    old_style="según el calendario juliano",
    new_style="según el calendario gregoriano",
    before="antes de {date}",
    after="después de {date}",
    until="hasta {date}",
    since="desde {date}",
    between="entre {first} y {second}",
    either="{first} o {second}",
    read_words=(
        _words("approximate", "", "c.", "ca.", "h.", "hacia", "circa", "aprox.", "aproximadamente")
        | _words("part", "early", "principios", "comienzos", "inicios")
        | _words("part", "mid", "mediados")
        | _words("part", "late", "finales", "fines")
        | _words("relation", "before", "antes")
        | _words("relation", "after", "después")
        | _words("relation", "until", "hasta")
        | _words("relation", "from", "desde")
        | _words("relation", "between", "entre")
        | _words("join", "to", "a", "al")
        | _words("join", "and", "y")
        | _words("join", "or", "o")
        | _words("century", "", "siglo", "s.")
        | _words("decade", "", "década", "años")
        | _words("filler", "", "de", "del", "la", "las", "el", "los", "en", "año")
    ),
    phrases={
        "a. C.": ("era", "bc"),
        "a. de C.": ("era", "bc"),
        "antes de Cristo": ("era", "bc"),
        "a. n. e.": ("era", "bc"),
        "d. C.": ("era", "ad"),
        "d. de C.": ("era", "ad"),
        "después de Cristo": ("era", "ad"),
        "n. e.": ("era", "ad"),
        "alrededor de": ("approximate", ""),
        "según el calendario juliano": ("calendar", "julian"),
        "según el calendario gregoriano": ("calendar", "gregorian"),
    },
)

FRENCH = DateLanguage(
    code="fr",
    century="{ordinal} siècle",
    century_parts=_thirds(
        "début du {ordinal} siècle", "milieu du {ordinal} siècle", "fin du {ordinal} siècle"
    ),
    decade="années {decade}",
    decade_parts=_thirds(
        "début des années {decade}", "milieu des années {decade}", "fin des années {decade}"
    ),
    year_parts=_thirds("début {year}", "mi-{year}", "fin {year}"),
    seasons=_seasons("printemps", "été", "automne", "hiver"),
    season="{season} {year}",
    approximate="vers {date}",
    old_style="a. s.",
    new_style="n. s.",
    before="avant {date}",
    after="après {date}",
    until="jusqu’en {date}",
    since="à partir de {date}",
    between="entre {first} et {second}",
    either="{first} ou {second}",
    ordinal=_french_ordinal,
    read_words=(
        _words("approximate", "", "v.", "vers", "env.", "environ", "ca.", "circa")
        | _words("part", "early", "début", "commencement")
        | _words("part", "mid", "mi", "milieu")
        | _words("part", "late", "fin")
        | _words("relation", "before", "avant")
        | _words("relation", "after", "après")
        | _words("relation", "from", "depuis", "dès")
        | _words("relation", "between", "entre")
        | _words("join", "to", "à", "au")
        | _words("join", "and", "et")
        | _words("join", "or", "ou")
        | _words("century", "", "siècle", "s.")
        | _words("decade", "", "années")
        | _words("filler", "", "de", "du", "des", "le", "la", "les", "en", "an", "année")
    ),
    phrases={
        "av. J.-C.": ("era", "bc"),
        "avant J.-C.": ("era", "bc"),
        "avant Jésus-Christ": ("era", "bc"),
        "av. n. è.": ("era", "bc"),
        "ap. J.-C.": ("era", "ad"),
        "apr. J.-C.": ("era", "ad"),
        "après J.-C.": ("era", "ad"),
        "après Jésus-Christ": ("era", "ad"),
        "jusqu’en": ("relation", "until"),
        "jusqu'en": ("relation", "until"),
        "jusqu’à": ("relation", "until"),
        "jusqu'à": ("relation", "until"),
        "jusqu’au": ("relation", "until"),
        "jusqu'au": ("relation", "until"),
        "à partir de": ("relation", "from"),
        "a. s.": ("calendar", "julian"),
        "n. s.": ("calendar", "gregorian"),
    },
    ordinal_pattern=r"[0-9]+(?:er|re|e|ème)\b",
)

GERMAN = DateLanguage(
    code="de",
    century="{number}. Jahrhundert",
    century_parts=_thirds(
        "Anfang des {number}. Jahrhunderts",
        "Mitte des {number}. Jahrhunderts",
        "Ende des {number}. Jahrhunderts",
    ),
    decade="{decade}er-Jahre",
    decade_parts=_thirds(
        "frühe {decade}er-Jahre", "Mitte der {decade}er-Jahre", "späte {decade}er-Jahre"
    ),
    year_parts=_thirds("Anfang {year}", "Mitte {year}", "Ende {year}"),
    seasons=_seasons("Frühling", "Sommer", "Herbst", "Winter"),
    season="{season} {year}",
    approximate="ca. {date}",
    old_style="a. St.",
    new_style="n. St.",
    before="vor {date}",
    after="nach {date}",
    until="bis {date}",
    since="ab {date}",
    between="zwischen {first} und {second}",
    either="{first} oder {second}",
    read_words=(
        _words("approximate", "", "ca.", "circa", "zirka", "um", "etwa")
        | _words("part", "early", "Anfang", "Beginn", "früh", "frühe", "früher", "frühes")
        | _words("part", "mid", "Mitte")
        | _words("part", "late", "Ende", "spät", "späte", "später", "spätes")
        | _words("relation", "before", "vor")
        | _words("relation", "after", "nach")
        | _words("relation", "until", "bis")
        | _words("relation", "from", "ab", "seit")
        | _words("relation", "between", "zwischen")
        | _words("join", "and", "und")
        | _words("join", "or", "oder")
        | _words("part", "spring", "Frühjahr")
        | _words("century", "", "Jahrhundert", "Jahrhunderts", "Jh.")
        | _words("filler", "", "des", "der", "den", "im", "in", "Jahr", "Jahre", "Jahren")
    ),
    phrases={
        "v. Chr.": ("era", "bc"),
        "vor Christus": ("era", "bc"),
        "v. u. Z.": ("era", "bc"),
        "n. Chr.": ("era", "ad"),
        "nach Christus": ("era", "ad"),
        "u. Z.": ("era", "ad"),
        "a. St.": ("calendar", "julian"),
        "n. St.": ("calendar", "gregorian"),
    },
    ordinal_pattern=r"[0-9]+\.(?![0-9])",
    decade_pattern=r"[0-9]+er(?:-?Jahre[n]?)?\b",
    reads_roman=False,
)

RUSSIAN = DateLanguage(
    code="ru",
    century="{roman} век",
    century_parts=_thirds("начало {roman} века", "середина {roman} века", "конец {roman} века"),
    decade="{decade}-е годы",
    decade_parts=_thirds(
        "начало {decade}-х годов", "середина {decade}-х годов", "конец {decade}-х годов"
    ),
    year_parts=_thirds("начало {year} года", "середина {year} года", "конец {year} года"),
    seasons=_seasons("весна", "лето", "осень", "зима"),
    season="{season} {year}",
    approximate="ок. {date}",
    old_style="ст. ст.",
    new_style="н. ст.",
    before="до {date}",
    after="после {date}",
    until="вплоть до {date}",
    since="с {date}",
    between="между {first} и {second}",
    either="{first} или {second}",
    read_words=(
        _words("approximate", "", "ок.", "около", "примерно", "приблизительно", "ca.")
        | _words("part", "early", "начало", "начала", "начале")
        | _words("part", "mid", "середина", "середины", "середине")
        | _words("part", "late", "конец", "конца", "конце")
        | _words("part", "spring", "весной")
        | _words("part", "summer", "летом")
        | _words("part", "autumn", "осенью")
        | _words("part", "winter", "зимой")
        | _words("relation", "before", "до")
        | _words("relation", "after", "после")
        | _words("relation", "from", "с", "со")
        | _words("relation", "between", "между")
        | _words("join", "to", "по")
        | _words("join", "and", "и")
        | _words("join", "or", "или")
        | _words("century", "", "век", "века", "веке")
        | _words("decade", "", "годы", "годов")
        | _words("filler", "", "г.", "гг.", "год", "года", "году", "в")
    ),
    phrases={
        "до н. э.": ("era", "bc"),
        "до нашей эры": ("era", "bc"),
        "до Р. Х.": ("era", "bc"),
        "н. э.": ("era", "ad"),
        "нашей эры": ("era", "ad"),
        "вплоть до": ("relation", "until"),
        "в.": ("century", ""),
        "ст. ст.": ("calendar", "julian"),
        "н. ст.": ("calendar", "gregorian"),
    },
    decade_pattern=r"[0-9]+-?[ех]\b",
)

GREEK = DateLanguage(
    code="el",
    century="{number}ος αιώνας",
    century_parts=_thirds(
        "αρχές του {number}ου αιώνα", "μέσα του {number}ου αιώνα", "τέλη του {number}ου αιώνα"
    ),
    decade="δεκαετία του {decade}",
    decade_parts=_thirds(
        "αρχές της δεκαετίας του {decade}",
        "μέσα της δεκαετίας του {decade}",
        "τέλη της δεκαετίας του {decade}",
    ),
    year_parts=_thirds("αρχές του {year}", "μέσα του {year}", "τέλη του {year}"),
    seasons=_seasons("άνοιξη", "καλοκαίρι", "φθινόπωρο", "χειμώνας"),
    season="{season} του {year}",
    approximate="περ. {date}",
    old_style="π.ημ.",
    new_style="ν.ημ.",
    before="πριν από το {date}",
    after="μετά το {date}",
    until="έως το {date}",
    since="από το {date}",
    between="μεταξύ {first} και {second}",
    either="{first} ή {second}",
    ordinal=str,
    read_words=(
        _words("approximate", "", "περ.", "περίπου", "γύρω", "circa", "ca.")
        | _words("part", "early", "αρχές")
        | _words("part", "mid", "μέσα")
        | _words("part", "late", "τέλη")
        | _words("part", "winter", "χειμώνα", "χειμώνες")
        | _words("relation", "before", "πριν")
        | _words("relation", "after", "μετά")
        | _words("relation", "until", "έως", "ως", "μέχρι")
        | _words("relation", "from", "από")
        | _words("relation", "between", "μεταξύ")
        | _words("join", "and", "και")
        | _words("join", "or", "ή")
        | _words("century", "", "αιώνας", "αιώνα", "αι.")
        | _words("decade", "", "δεκαετία", "δεκαετίας")
        | _words("filler", "", "το", "του", "της", "τη", "την", "τα", "των", "στο", "στα", "έτος")
    ),
    phrases={
        "π.Χ.": ("era", "bc"),
        "προ Χριστού": ("era", "bc"),
        "μ.Χ.": ("era", "ad"),
        "μετά Χριστόν": ("era", "ad"),
        "πριν από": ("relation", "before"),
        "π.ημ.": ("calendar", "julian"),
        "ν.ημ.": ("calendar", "gregorian"),
    },
    ordinal_pattern=r"[0-9]+(?:ος|ου|ο|η|ης)(?![^\W\d_])",
    reads_roman=False,
)

LANGUAGES = {language.code: language for language in (SPANISH, FRENCH, GERMAN, RUSSIAN, GREEK)}
"""The languages with a table, by their base language code."""


@cache
def date_language(tag: str) -> DateLanguage | None:
    """The table for a BCP 47 tag (``es-MX`` reads Spanish), or None for English and for
    the languages that have none yet: their dates are written in English."""
    base = tag.strip().replace("_", "-").split("-")[0].lower()
    return LANGUAGES.get(base)
