"""The words catalog: complete, read through gettext, with the language fallback chain."""

from __future__ import annotations

import gettext
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

import lessonpress.present.words as words_module
from lessonpress.present.words import (
    DOMAIN,
    LOCALE_DIR,
    available_languages,
    catalog_names,
    words_for,
)


def test_every_message_in_the_code_is_in_every_catalog() -> None:
    """What ``pybabel extract`` finds in the words module, each catalog translates."""
    used = [message for _, message, _, _ in extract_from_file("python", words_module.__file__)]
    assert len(used) > 20
    for language in available_languages():
        with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as po_file:
            catalog = read_po(po_file)
        untranslated = []
        for message_id in used:
            message = catalog.get(message_id)
            strings = message.string if message else ""
            if not all(strings if isinstance(strings, tuple) else (strings,)):
                untranslated.append(message_id)
        assert untranslated == [], language


SHIPPED_LANGUAGES = ["de", "el", "en", "es", "fr", "ru"]


def test_the_shipped_languages_have_catalogs() -> None:
    assert available_languages() == SHIPPED_LANGUAGES


@pytest.mark.parametrize("language", SHIPPED_LANGUAGES)
def test_each_catalog_has_its_languages_plural_forms(language: str) -> None:
    """A catalog's plural rule groups every count a lesson can have (0 to 1,000) as CLDR's
    rule for its language does, and every plural message gives one text per form
    (Russian has three: 1 событие, 2 события, 5 событий)."""
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as po_file:
        catalog = read_po(po_file)
    ours = gettext.c2py(catalog.plural_expr)
    cldr = gettext.c2py(get_plural(language).plural_expr)
    pairs = {(cldr(count), ours(count)) for count in range(1001)}
    assert len({form for form, _ in pairs}) == len({form for _, form in pairs}) == len(pairs)
    assert len(pairs) == catalog.num_plurals
    plural_messages = [message for message in catalog if message.pluralizable]
    assert len(plural_messages) == 4
    for message in plural_messages:
        assert len(message.string) == catalog.num_plurals, message.id
        assert all(message.string), message.id


SAME_AS_ENGLISH = {
    "de": {"{label}:", "Logo"},
    "el": {"{label}:"},
    "es": {"{label}:"},
    "fr": {
        "Introduction",
        "Logo",
        "Page {number}",
        "Questions",
        "Source",
        "Sources",
        "{count} source",
    },
    "ru": {"{label}:"},
}
"""The messages a language writes as English does; any other left in English is a gap."""


@pytest.mark.parametrize("language", sorted(SAME_AS_ENGLISH))
def test_a_catalog_leaves_no_message_in_english(language: str) -> None:
    with (LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po").open("rb") as po_file:
        catalog = read_po(po_file)
    same = {
        message.id[0] if message.pluralizable else message.id
        for message in catalog
        if message.id
        and (message.string if message.pluralizable else (message.string,))[0]
        == (message.id[0] if message.pluralizable else message.id)
    }
    assert same == SAME_AS_ENGLISH[language]


def test_russian_counts_take_their_three_forms() -> None:
    words = words_for("ru")
    assert words.source_count(1) == "1 источник"
    assert words.source_count(3) == "3 источника"
    assert words.source_count(5) == "5 источников"
    assert words.source_count(21) == "21 источник"
    assert words.source_count(12) == "12 источников"


def test_french_counts_one_and_zero_as_singular() -> None:
    words = words_for("fr")
    assert words.more_sources(0) == "et 0 autre source"
    assert words.more_sources(2) == "et 2 autres sources"


def test_a_translated_catalog_is_read_for_its_language() -> None:
    assert words_for("de").objectives == "Lernziele"
    assert words_for("el").page_number(2, 5) == "Σελίδα 2 από 5"
    assert words_for("es-MX").objectives == "Objetivos de aprendizaje"


def test_a_regional_tag_falls_back_to_its_language_then_english() -> None:
    assert catalog_names("es-MX") == ["es_MX", "es", "en"]
    assert catalog_names("pt_br") == ["pt_BR", "pt", "en"]
    assert catalog_names("en") == ["en"]


@pytest.fixture
def locale_with_a_test_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The shipped catalogs and one more, ``xx``, translating two messages."""
    shutil.copytree(LOCALE_DIR, tmp_path, dirs_exist_ok=True)
    folder = tmp_path / "xx" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / f"{DOMAIN}.po").write_text(
        'msgid ""\nmsgstr ""\n"Language: xx\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'
        '"Content-Type: text/plain; charset=utf-8\\n"\n\n'
        'msgid "Learning objectives"\nmsgstr "Objectifs-xx"\n\n'
        'msgid "+ {count} more event in this lesson"\n'
        'msgid_plural "+ {count} more events in this lesson"\n'
        'msgstr[0] "+ {count} autre-xx"\nmsgstr[1] "+ {count} autres-xx"\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(words_module, "LOCALE_DIR", tmp_path)
    words_module._compiled_catalog.cache_clear()
    yield
    words_module._compiled_catalog.cache_clear()


@pytest.mark.usefixtures("locale_with_a_test_language")
def test_a_lesson_reads_its_base_languages_catalog_then_english() -> None:
    words = words_for("xx-YY")
    assert words.objectives == "Objectifs-xx"
    assert words.more_events(1) == "+ 1 autre-xx"
    assert words.more_events(4) == "+ 4 autres-xx"
    assert words.glossary == "Key terms"
    assert words.page_number(2, 5) == "Page 2 of 5"


def test_counts_and_ticks_are_written_as_the_language_writes_them() -> None:
    assert words_for("de").more_events(1000) == "+ 1.000 weitere Ereignisse in dieser Lektion"
    assert words_for("en").source_count(1200) == "1,200 sources"
    assert words_for("fr").tick_label(-43.5, 2) == "45 av. J.-C."
    assert words_for("ru").tick_label(1850.0, 0) == "XIX век"
    assert words_for("en").tick_label(-43.5, 2) == "45 BC"
