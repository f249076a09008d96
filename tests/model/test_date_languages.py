"""Dates in the lesson's language: written from CLDR's data and each language's table, and
read back, besides the English forms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

from lessonpress.model.dates import DateError, Precision, format_position, parse_date
from lessonpress.model.dates.hints import forms_hint
from lessonpress.model.dates.languages import LANGUAGES, date_language, roman, roman_value
from lessonpress.model.lesson import Lesson

FORMS = [
    "1917",
    "44 BC",
    "AD 79",
    "March 1917",
    "March 8, 1917",
    "March 15, 44 BC",
    "March 8-12, 1917",
    "March 8 - April 12, 1917",
    "March - April 1917",
    "490 BC - 479 BC",
    "44 BC - AD 14",
    "c. 1850",
    "1066?",
    "c. 1200 BC - c. 1100 BC",
    "1920s",
    "490s BC",
    "1st century",
    "19th century",
    "5th century BC",
    "Summer 1941",
    "spring 1941",
    "autumn 44 BC",
    "winter 1941-42",
    "early 1940s",
    "mid-19th century",
    "late 1941",
    "early 5th century BC",
    "before 1928",
    "after 1928",
    "until 1928",
    "1928-",
    "between 1450 and 1460",
    "1863 or 1864",
    "October 25, 1917 O.S.",
    "March 8-12, 1917 O.S.",
    "March 1917 N.S.",
    "May 11, 330",
]
"""One date of every form the English reader takes (EDTF and mappings aside)."""

WRITTEN = {
    "es": [
        "1917",
        "44 a. C.",
        "79 d. C.",
        "marzo de 1917",
        "8 de marzo de 1917",
        "15 de marzo de 44 a. C.",
        "8–12 de marzo de 1917",
        "8 de marzo – 12 de abril de 1917",
        "marzo–abril de 1917",
        "490–479 a. C.",
        "44 a. C. – 14 d. C.",
        "c. 1850",
        "1066?",
        "c. 1200 a. C. – c. 1100 a. C.",
        "década de 1920",
        "década de 490 a. C.",
        "siglo I",
        "siglo XIX",
        "siglo V a. C.",
        "verano de 1941",
        "primavera de 1941",
        "otoño de 44 a. C.",
        "invierno de 1941–1942",
        "principios de la década de 1940",
        "mediados del siglo XIX",
        "finales de 1941",
        "principios del siglo V a. C.",
        "antes de 1928",
        "después de 1928",
        "hasta 1928",
        "desde 1928",
        "entre 1450 y 1460",
        "1863 o 1864",
        "7 de noviembre de 1917 (25 de octubre según el calendario juliano)",
        "21–25 de marzo de 1917 (8–12 de marzo de 1917 según el calendario juliano)",
        "marzo de 1917 según el calendario gregoriano",
        "11 de mayo de 330 d. C.",
    ],
    "fr": [
        "1917",
        "44 av. J.-C.",
        "79 ap. J.-C.",
        "mars 1917",
        "8 mars 1917",
        "15 mars 44 av. J.-C.",
        "8–12 mars 1917",
        "8 mars – 12 avril 1917",
        "mars–avril 1917",
        "490–479 av. J.-C.",
        "44 av. J.-C. – 14 ap. J.-C.",
        "vers 1850",
        "1066?",
        "vers 1200 av. J.-C. – vers 1100 av. J.-C.",
        "années 1920",
        "années 490 av. J.-C.",
        "Ier siècle",
        "XIXe siècle",
        "Ve siècle av. J.-C.",
        "été 1941",
        "printemps 1941",
        "automne 44 av. J.-C.",
        "hiver 1941–1942",
        "début des années 1940",
        "milieu du XIXe siècle",
        "fin 1941",
        "début du Ve siècle av. J.-C.",
        "avant 1928",
        "après 1928",
        "jusqu’en 1928",
        "à partir de 1928",
        "entre 1450 et 1460",
        "1863 ou 1864",
        "7 novembre 1917 (25 octobre a. s.)",
        "21–25 mars 1917 (8–12 mars 1917 a. s.)",
        "mars 1917 n. s.",
        "11 mai 330 ap. J.-C.",
    ],
    "de": [
        "1917",
        "44 v. Chr.",
        "79 n. Chr.",
        "März 1917",
        "8. März 1917",
        "15. März 44 v. Chr.",
        "8.–12. März 1917",
        "8. März – 12. April 1917",
        "März–April 1917",
        "490–479 v. Chr.",
        "44 v. Chr. – 14 n. Chr.",
        "ca. 1850",
        "1066?",
        "ca. 1200 v. Chr. – ca. 1100 v. Chr.",
        "1920er-Jahre",
        "490er-Jahre v. Chr.",
        "1. Jahrhundert",
        "19. Jahrhundert",
        "5. Jahrhundert v. Chr.",
        "Sommer 1941",
        "Frühling 1941",
        "Herbst 44 v. Chr.",
        "Winter 1941–1942",
        "frühe 1940er-Jahre",
        "Mitte des 19. Jahrhunderts",
        "Ende 1941",
        "Anfang des 5. Jahrhunderts v. Chr.",
        "vor 1928",
        "nach 1928",
        "bis 1928",
        "ab 1928",
        "zwischen 1450 und 1460",
        "1863 oder 1864",
        "7. November 1917 (25. Oktober a. St.)",
        "21.–25. März 1917 (8.–12. März 1917 a. St.)",
        "März 1917 n. St.",
        "11. Mai 330 n. Chr.",
    ],
    "ru": [
        "1917",
        "44 до н. э.",
        "79 н. э.",
        "март 1917 г.",
        "8 марта 1917 г.",
        "15 марта 44 г. до н. э.",
        "8–12 марта 1917 г.",
        "8 марта – 12 апреля 1917 г.",
        "март–апрель 1917 г.",
        "490–479 до н. э.",
        "44 до н. э. – 14 н. э.",
        "ок. 1850",
        "1066?",
        "ок. 1200 до н. э. – ок. 1100 до н. э.",
        "1920-е годы",
        "490-е годы до н. э.",
        "I век",
        "XIX век",
        "V век до н. э.",
        "лето 1941",
        "весна 1941",
        "осень 44 до н. э.",
        "зима 1941–1942",
        "начало 1940-х годов",
        "середина XIX века",
        "конец 1941 года",
        "начало V века до н. э.",
        "до 1928",
        "после 1928",
        "вплоть до 1928",
        "с 1928",
        "между 1450 и 1460",
        "1863 или 1864",
        "7 ноября 1917 г. (25 октября ст. ст.)",
        "21–25 марта 1917 г. (8–12 марта 1917 г. ст. ст.)",
        "март 1917 г. н. ст.",
        "11 мая 330 г. н. э.",
    ],
    "el": [
        "1917",
        "44 π.Χ.",
        "79 μ.Χ.",
        "Μάρτιος 1917",
        "8 Μαρτίου 1917",
        "15 Μαρτίου 44 π.Χ.",
        "8–12 Μαρτίου 1917",
        "8 Μαρτίου – 12 Απριλίου 1917",
        "Μάρτιος–Απρίλιος 1917",
        "490–479 π.Χ.",
        "44 π.Χ. – 14 μ.Χ.",
        "περ. 1850",
        "1066?",
        "περ. 1200 π.Χ. – περ. 1100 π.Χ.",
        "δεκαετία του 1920",
        "δεκαετία του 490 π.Χ.",
        "1ος αιώνας",
        "19ος αιώνας",
        "5ος αιώνας π.Χ.",
        "καλοκαίρι του 1941",
        "άνοιξη του 1941",
        "φθινόπωρο του 44 π.Χ.",
        "χειμώνας του 1941–1942",
        "αρχές της δεκαετίας του 1940",
        "μέσα του 19ου αιώνα",
        "τέλη του 1941",
        "αρχές του 5ου αιώνα π.Χ.",
        "πριν από το 1928",
        "μετά το 1928",
        "έως το 1928",
        "από το 1928",
        "μεταξύ 1450 και 1460",
        "1863 ή 1864",
        "7 Νοεμβρίου 1917 (25 Οκτωβρίου π.ημ.)",
        "21–25 Μαρτίου 1917 (8–12 Μαρτίου 1917 π.ημ.)",
        "Μάρτιος 1917 ν.ημ.",
        "11 Μαΐου 330 μ.Χ.",
    ],
}


@pytest.mark.parametrize("language", sorted(WRITTEN))
def test_every_form_is_written_as_the_language_writes_it(language: str) -> None:
    written = [parse_date(form).format(language) for form in FORMS]
    assert written == WRITTEN[language]


@pytest.mark.parametrize("language", sorted(WRITTEN))
def test_what_is_written_in_a_language_reads_back_as_the_same_date(language: str) -> None:
    for form, text in zip(FORMS, WRITTEN[language], strict=True):
        assert parse_date(text, language) == parse_date(form), text


@pytest.mark.parametrize(
    ("language", "text", "english"),
    [
        ("es", "8 de marzo de 1917", "March 8, 1917"),
        ("es", "marzo de 1917", "March 1917"),
        ("es", "1200 a. C.", "1200 BC"),
        ("es", "1200 a.C.", "1200 BC"),
        ("es", "siglo XIX", "19th century"),
        ("es", "siglo 19", "19th century"),
        ("es", "de 1939 a 1941", "1939 - 1941"),
        ("es-MX", "principios de los años 1940", "early 1940s"),
        ("fr", "8 mars 1917", "March 8, 1917"),
        ("fr", "1er mars 1917", "March 1, 1917"),
        ("fr", "du 8 au 12 mars 1917", "March 8-12, 1917"),
        ("fr", "79 apr. J.-C.", "AD 79"),
        ("fr", "mi-1941", "mid-1941"),
        ("de", "8. März 1917", "March 8, 1917"),
        ("de", "1939 bis 1941", "1939 - 1941"),
        ("de", "Mitte der 1940er Jahre", "mid-1940s"),
        ("ru", "8 марта 1917 г.", "March 8, 1917"),
        ("ru", "490 г. до н. э.", "490 BC"),
        ("ru", "XIX в.", "19th century"),
        ("ru", "с 1939 по 1941 год", "1939 - 1941"),
        ("ru", "в начале 1940-х годов", "early 1940s"),
        ("el", "8 Μαρτίου 1917", "March 8, 1917"),
        ("el", "8 Μαρτιου 1917", "March 8, 1917"),
        ("el", "5ος αι. π.Χ.", "5th century BC"),
        ("el", "από το 1939 έως το 1941", "1939 - 1941"),
    ],
)
def test_dates_read_as_teachers_write_them_in_their_language(
    language: str, text: str, english: str
) -> None:
    assert parse_date(text, language) == parse_date(english)


@pytest.mark.parametrize("language", sorted(WRITTEN))
def test_a_lesson_in_another_language_still_reads_english_dates(language: str) -> None:
    for form in FORMS:
        assert parse_date(form, language) == parse_date(form)


def test_english_reads_no_other_language() -> None:
    with pytest.raises(DateError, match="unknown word 'de'"):
        parse_date("8 de marzo de 1917")


def test_a_lone_roman_numeral_is_no_year() -> None:
    with pytest.raises(DateError, match="cannot read 'XIX'"):
        parse_date("XIX", "es")


@pytest.mark.parametrize("language", sorted(WRITTEN))
def test_the_forms_hint_shows_the_languages_forms_and_each_reads_back(language: str) -> None:
    table = date_language(language)
    hint = forms_hint(table)
    assert WRITTEN[language][4] in hint  # the day in full: 8 de marzo de 1917
    examples = hint.removeprefix("write a date such as ").split(" (or in English")[0]
    for example in examples.replace(", or a range such as ", ", ").split(", "):
        parse_date(example, language)


@pytest.mark.parametrize(
    ("language", "word", "hint"),
    [
        ("es", "Marzzo 1917", "did you mean marzo?"),
        ("ru", "мартта 1917", "did you mean март?"),
        ("fr", "Marz 1917", "did you mean mars?"),
        ("de", "Febtember 1917", "did you mean Februar or September?"),
    ],
)
def test_an_unknown_word_is_answered_with_the_languages_near_words(
    language: str, word: str, hint: str
) -> None:
    with pytest.raises(DateError) as raised:
        parse_date(word, language)
    assert raised.value.hint == hint


@pytest.mark.parametrize(
    ("language", "text", "hint"),
    [
        ("es", "marzo 8", "add the year, as in 8 de marzo de 1917"),
        ("es", "década de 1925", "a decade ends in 0: década de 1920"),
        ("fr", "siècle 0", "centuries start at Ier siècle"),
        ("ru", "- 44", "for a year before Christ write 44 до н. э."),
        ("el", "μεταξύ 1939", "write μεταξύ 1450 και 1460"),
        ("de", "8.–12. 1917", "name the month, as in 8.–12. März 1917"),
        ("en", "- 44", "for a year before Christ write 44 BC"),
    ],
)
def test_a_hint_gives_its_example_in_the_lessons_language(
    language: str, text: str, hint: str
) -> None:
    with pytest.raises(DateError) as raised:
        parse_date(text, language)
    assert raised.value.hint == hint


@pytest.mark.parametrize(
    ("language", "labels"),
    [
        ("es", ["1917", "45 a. C.", "mar 1917", "15 mar 1917", "década de 1920", "siglo XIX"]),
        ("fr", ["1917", "45 av. J.-C.", "mars 1917", "15 mars 1917", "années 1920", "XIXe siècle"]),
        (
            "de",
            ["1917", "45 v. Chr.", "März 1917", "15. März 1917", "1920er-Jahre", "19. Jahrhundert"],
        ),
        (
            "ru",
            ["1917", "45 до н. э.", "март 1917 г.", "15 мар. 1917 г.", "1920-е годы", "XIX век"],
        ),
        ("el", ["1917", "45 π.Χ.", "Μαρ 1917", "15 Μαρ 1917", "δεκαετία του 1920", "19ος αιώνας"]),
        ("en", ["1917", "45 BC", "Mar 1917", "Mar 15, 1917", "1920s", "19th century"]),
        ("pt-BR", ["1917", "45 BC", "Mar 1917", "Mar 15, 1917", "1920s", "19th century"]),
    ],
)
def test_axis_ticks_are_labelled_in_the_language(language: str, labels: list[str]) -> None:
    positions = [
        (1917.2, Precision.YEAR),
        (-43.5, Precision.YEAR),
        (1917.2, Precision.MONTH),
        (1917.2, Precision.DAY),
        (1925.0, Precision.DECADE),
        (1850.0, Precision.CENTURY),
    ]
    assert [format_position(at, precision, language) for at, precision in positions] == labels


def test_a_lesson_reads_and_shows_its_dates_in_its_language() -> None:
    lesson = Lesson.model_validate(
        {
            "title": "Revoluciones",
            "language": "es-MX",
            "eras": [{"title": "Antigüedad", "start": "siglo V a. C.", "end": "siglo IV a. C."}],
            "events": [
                {"title": "Huelga", "date": "8 de marzo de 1917"},
                {"title": "Guerras médicas", "start": "490 a. C.", "end": "479 a. C."},
                {"title": "Tratado", "date": "1919", "display_date": "junio de 1919"},
            ],
        }
    )
    assert [event.date_label for event in lesson.events] == [
        "8 de marzo de 1917",
        "490–479 a. C.",
        "junio de 1919",
    ]
    assert lesson.eras[0].date_label == "siglo V a. C. – siglo IV a. C."


def test_an_era_that_ends_before_it_starts_is_told_in_the_lessons_language() -> None:
    era = {"title": "Antigüedad", "start": "1200", "end": "siglo V a. C."}
    lesson = {"title": "T", "language": "es", "eras": [era], "events": [{"title": "A", "date": 1}]}
    with pytest.raises(ValidationError, match=r"ends \(siglo V a\. C\.\) before it starts \(1200"):
        Lesson.model_validate(lesson)


def test_the_lessons_language_is_the_readers_only_while_the_lesson_is_read() -> None:
    Lesson.model_validate({"title": "T", "language": "fr", "events": [{"title": "A", "date": 1}]})
    with pytest.raises(DateError):
        parse_date("8 mars 1917")


def test_every_table_is_a_language_cldr_knows() -> None:
    assert sorted(LANGUAGES) == ["de", "el", "es", "fr", "ru"]
    assert date_language("es-MX") is LANGUAGES["es"]
    assert date_language("pt-BR") is None


def test_roman_numerals_both_ways() -> None:
    assert [roman(number) for number in (1, 4, 9, 14, 19, 21, 40)] == [
        "I",
        "IV",
        "IX",
        "XIV",
        "XIX",
        "XXI",
        "XL",
    ]
    assert [roman_value(text) for text in ("XIX", "iv", "XXI", "IIII", "")] == [
        19,
        4,
        21,
        None,
        None,
    ]


def _reference_rows() -> list[tuple[str, list[str], list[str]]]:
    """(language, dates read, dates shown) of each row of the table of dates in other
    languages in ``docs/lesson-format.md``."""
    reference = Path(__file__).resolve().parents[2] / "docs" / "lesson-format.md"
    text = reference.read_text(encoding="utf-8")
    section = text[text.index("### Dates in the lesson's language") : text.index("## Editions")]
    rows = [line.split(" | ") for line in section.splitlines() if line.startswith("| `")]
    return [
        (
            cells[0].strip("|` "),
            re.findall(r"`([^`]+)`", cells[1]),
            re.findall(r"`([^`]+)`", cells[2]),
        )
        for cells in rows
    ]


@pytest.mark.parametrize(("language", "read", "shown"), _reference_rows())
def test_the_format_reference_says_what_each_language_reads_and_shows(
    language: str, read: list[str], shown: list[str]
) -> None:
    assert language in LANGUAGES
    for text in read:
        parse_date(text, language)
    assert [parse_date(text, language).format(language) for text in shown] == shown
