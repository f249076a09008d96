"""Lessons in the teacher's language: a Spanish, a French, a Russian and a Greek lesson,
built once each into a handout, a deck and a poster, carry none of the English words
lessonpress adds, and their dates read as that language writes them, axis ticks included;
the Russian and Greek ones set their italics in the family of their roman.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
import pytest
from babel import Locale
from babel.messages.pofile import read_po
from pptx import Presentation

from checks import pdf_text
from conftest import LESSONS, BuildOutput
from lessonpress.load.lesson import load_lesson
from lessonpress.present.words import DOMAIN, LOCALE_DIR, SOURCE_LANGUAGE
from lessonpress.renderers.base import Edition


@dataclass(frozen=True)
class LanguageLesson:
    """A repository lesson in one language, and what its outputs must say."""

    name: str
    catalog: str
    dates: tuple[str, ...]
    """Dates as the language writes them, each in every output: BC years and ranges,
    decades, centuries, a day in full."""
    tick: str
    """A round year after Christ as the axis labels it."""


# The language lessons' outputs are built once, by one worker, for every test here.
pytestmark = pytest.mark.xdist_group("language-outputs")

LANGUAGE_LESSONS = [
    LanguageLesson(
        "language-spanish",
        "es",
        ("227 a. C.", "218–201 a. C.", "siglo I", "década de 410", "8 de mayo de 589 d. C."),
        r"\b[1-9]00 d\. C\.",
    ),
    LanguageLesson(
        "language-french",
        "fr",
        (
            "vers 600 av. J.-C.",
            "58–50 av. J.-C.",
            "septembre 52 av. J.-C.",
            "années 250",
            "début du Ve siècle",
        ),
        r"\b[1-9]00 ap\. J\.-C\.",
    ),
    LanguageLesson(
        "language-russian",
        "ru",
        ("ок. 550 до н. э.", "513–512 до н. э.", "IX век", "1230-е годы", "5 апреля 1242 г."),
        r"\b[1-9]00 н\. э\.",
    ),
    LanguageLesson(
        "language-greek",
        "el",
        ("499–449 π.Χ.", "μέσα του 5ου αιώνα π.Χ.", "δεκαετία του 330 π.Χ.", "11 Μαΐου 330 μ.Χ."),
        r"\b[1-9]00 μ\.Χ\.",
    ),
]

BUILDS: dict[str, tuple[str, Edition]] = {
    "handout": ("handout", "student"),
    "deck": ("deck", "student"),
    "poster": ("poster", "student"),
    "teacher handout": ("handout", "teacher"),
}
"""The three outputs, and the teacher's handout with its answers and their labels: the
renderer and edition of each."""

OUTPUTS = tuple(BUILDS)

ENGLISH_DATE_WORDS = ("BC", "AD", "BCE", "century", "Spring", "Summer", "Autumn", "Winter")


def _catalog_strings(language: str) -> dict[str, str]:
    """Each message of ``language``'s catalog (its first form), by its English id."""
    path = LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po"
    with path.open("rb") as po_file:
        catalog = read_po(po_file)
    strings = {}
    for message in catalog:
        if message.id:
            key = message.id[0] if isinstance(message.id, tuple) else message.id
            strings[key] = (
                message.string[0] if isinstance(message.string, tuple) else message.string
            )
    return strings


def english_words_of(language: str) -> list[str]:
    """The English interface words the language says otherwise: "Learning objectives",
    but not "Questions" for French, where it is the same word."""
    translated = _catalog_strings(language)
    return [
        english
        for english in _catalog_strings(SOURCE_LANGUAGE)
        if "{" not in english and translated[english] != english
    ]


def english_months_of(language: str) -> list[str]:
    """English month names that are not also the language's: not "April" in German."""
    own = set(Locale.parse(language).months["format"]["wide"].values())
    return [
        name for name in Locale.parse("en").months["format"]["wide"].values() if name not in own
    ]


def deck_text(path: Path) -> str:
    """The text of every slide's shapes and speaker notes, read with python-pptx."""
    texts = []
    for slide in Presentation(str(path)).slides:
        texts += [shape.text_frame.text for shape in slide.shapes if shape.has_text_frame]
        if slide.has_notes_slide:
            texts.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(texts)


@pytest.fixture(scope="session")
def output_texts(build_output: BuildOutput) -> dict[tuple[str, str], str]:
    """The text of each language lesson's three outputs, each built once, white space
    squeezed to single spaces."""
    texts = {}
    for lesson in LANGUAGE_LESSONS:
        path = LESSONS / f"{lesson.name}.yaml"
        for output, (renderer, edition) in BUILDS.items():
            built = build_output(path, renderer, edition=edition)
            text = deck_text(built) if renderer == "deck" else pdf_text(built)
            texts[lesson.name, output] = " ".join(text.split())
    return texts


@pytest.mark.parametrize("lesson", LANGUAGE_LESSONS, ids=lambda lesson: lesson.catalog)
def test_no_english_interface_word_is_left(
    output_texts: dict[tuple[str, str], str], lesson: LanguageLesson
) -> None:
    english = english_words_of(lesson.catalog)
    assert {"Learning objectives", "Key event", "Sources"} & set(english)
    words = [re.escape(word) for word in (*ENGLISH_DATE_WORDS, *english_months_of(lesson.catalog))]
    english_date = re.compile(rf"\b(?:{'|'.join(words)})\b")
    for output in OUTPUTS:
        text = output_texts[lesson.name, output]
        assert [word for word in english if word in text] == [], output
        assert english_date.findall(text) == [], output
        assert re.search(r"\bPage \d+ of \d+", text) is None, output


@pytest.mark.parametrize("name", ["language-russian", "language-greek"])
def test_a_lesson_in_another_script_prints_no_latin_word(
    output_texts: dict[tuple[str, str], str], name: str
) -> None:
    """Not even a word written into a renderer instead of the catalog: in a Russian or
    Greek lesson any Latin word but a century's Roman numeral is English left over."""
    for output in OUTPUTS:
        words = re.findall(r"[A-Za-z]{2,}", output_texts[name, output])
        assert [word for word in words if not re.fullmatch("[IVXLC]+", word)] == [], output


@pytest.mark.parametrize("lesson", LANGUAGE_LESSONS, ids=lambda lesson: lesson.catalog)
def test_dates_and_ticks_read_as_the_language_writes_them(
    output_texts: dict[tuple[str, str], str], lesson: LanguageLesson
) -> None:
    model = load_lesson(LESSONS / f"{lesson.name}.yaml").lesson
    assert set(lesson.dates) <= {event.date_label for event in model.events}
    for output in OUTPUTS:
        text = output_texts[lesson.name, output]
        assert [date for date in lesson.dates if date not in text] == [], output
        assert re.search(lesson.tick, text), output


@pytest.mark.parametrize("lesson", LANGUAGE_LESSONS, ids=lambda lesson: lesson.catalog)
def test_the_headings_are_the_languages(
    output_texts: dict[tuple[str, str], str], lesson: LanguageLesson
) -> None:
    translated = _catalog_strings(lesson.catalog)
    handout = output_texts[lesson.name, "handout"]
    for heading in ("Learning objectives", "Overview", "Key terms", "Questions", "Sources"):
        assert translated[heading] in handout, heading
    assert translated["Timeline"] in output_texts[lesson.name, "deck"]
    assert translated["Key event"] in output_texts[lesson.name, "poster"]
    teacher = output_texts[lesson.name, "teacher handout"]
    assert translated["Answer"] in teacher
    assert translated["Teacher edition"] in teacher
    footer = re.escape(translated["Page {number} of {total}"])
    footer = footer.replace(r"\{number\}", r"\d+").replace(r"\{total\}", r"\d+")
    assert re.search(footer, handout), footer  # Страница 1 из 3


ITALIC_FACE = re.compile(r"-(?:Bold|Semibold)?(?:It|Italic|Oblique)$")
"""The end of an italic face's PostScript name: ``SourceSans3-BoldIt``,
``LiberationSans-Italic``."""


def script_faces(path: Path) -> Counter[str]:
    """How many Cyrillic and Greek characters each font of the PDF draws, by PostScript
    name without the subset prefix (``SourceSans3-It``).

    Read per character with pdfplumber rather than from ``pdffonts``, which lists every
    font a PDF holds without saying which characters each one draws.
    """
    faces: Counter[str] = Counter()
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            for char in page.chars:
                script = unicodedata.name(char["text"][0], "").split(" ")[0]
                if script in ("CYRILLIC", "GREEK"):
                    faces[char["fontname"].split("+")[-1]] += 1
    return faces


@pytest.mark.parametrize("output", ["handout", "poster", "teacher handout"])
@pytest.mark.parametrize("name", ["language-russian", "language-greek"])
def test_cyrillic_and_greek_italics_are_in_the_family_of_the_roman(
    build_output: BuildOutput, name: str, output: str
) -> None:
    renderer, edition = BUILDS[output]
    faces = script_faces(build_output(LESSONS / f"{name}.yaml", renderer, edition=edition))
    italics = [face for face in faces if ITALIC_FACE.search(face)]
    romans = [face for face in faces if not ITALIC_FACE.search(face)]
    assert italics and romans, faces  # the lesson sets both in its script
    families = {face.split("-")[0] for face in faces}
    assert len(families) == 1, faces
