"""Texts as long as the loader allows come out whole in the handout, the deck and the poster.

The layout is linear in a text's length (``benchmarks/text_benchmark.py`` shows it);
these tests check what speed must not cost: every word of a 20,000-character text, in
order, across the handout's pages and the deck's continued slides, and titles of 300
characters, with spaces or as one unbroken word, whole.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from tests.checks import pdf_text

from lessonpress.build import build_lesson

TEXT_LIMIT = 20_000
TITLE_LIMIT = 300
UNBROKEN_TITLE = ("Unbroken" * 40)[:TITLE_LIMIT]
FORMATS = ("handout", "deck", "poster")


def numbered_words(characters: int, prefix: str) -> list[str]:
    """Words ``{prefix}1``, ``{prefix}2``, ... of about ``characters`` characters in all."""
    words: list[str] = []
    length = 0
    while length + len(f"{prefix}{len(words) + 1}") < characters:
        words.append(f"{prefix}{len(words) + 1}")
        length += len(words[-1]) + 1
    return words


def in_order(words: list[str], text: str) -> list[str]:
    """The words of ``words`` missing from ``text`` or out of their order in it (by
    where each first appears: a running header repeats the title's first words)."""
    position: dict[str, int] = {}
    for index, word in enumerate(re.findall(r"[a-z]\d+", text)):
        position.setdefault(word, index)
    missing = [word for word in words if word not in position]
    order = [position[word] for word in words if word in position]
    out_of_order = [words[i] for i in range(1, len(order)) if order[i] < order[i - 1]]
    return missing + out_of_order


def _quoted(text: str) -> str:
    """``text`` as a YAML double-quoted scalar, its line breaks kept."""
    return '"' + text.replace("\n", "\\n") + '"'


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The outputs of a lesson whose first event's text and "why it matters" are 20,000
    characters each (the text in short paragraphs, then one long one; why it matters in
    one), whose title is 300 characters of words and whose first event's title is 300
    characters of one unbroken word."""
    folder = tmp_path_factory.mktemp("long-texts")
    words = numbered_words(TEXT_LIMIT, "t")
    half = len(words) // 2
    paragraphs = [" ".join(words[start : start + 150]) for start in range(0, half, 150)]
    text = "\n\n".join([*paragraphs, " ".join(words[half:])])
    lines = [
        f"title: {_quoted(' '.join(numbered_words(TITLE_LIMIT, 'h')))}",
        "events:",
        f"  - title: {_quoted(UNBROKEN_TITLE)}",
        "    date: '1917'",
        f"    text: {_quoted(text)}",
        f"    significance: {_quoted(' '.join(numbered_words(TEXT_LIMIT, 's')))}",
        "  - {title: A short event, date: '1918', text: Short.}",
    ]
    lesson = folder / "long.yaml"
    lesson.write_text("\n".join(lines) + "\n")
    result = build_lesson(lesson, folder, list(FORMATS))
    return dict(zip(FORMATS, result.outputs, strict=True))


@pytest.fixture(scope="module")
def handout_text(outputs: dict[str, Path]) -> str:
    """The text of every page of the handout."""
    return pdf_text(outputs["handout"])


@pytest.fixture(scope="module")
def deck_titles_and_text(outputs: dict[str, Path]) -> tuple[list[str], str]:
    """The title of each slide of the deck, and the text of all its shapes."""
    slides = Presentation(str(outputs["deck"])).slides
    titles = [slide.shapes.title.text_frame.text for slide in slides if slide.shapes.title]
    text = "\n".join(
        shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame
    )
    return titles, text


def test_every_word_of_a_long_text_is_in_the_handout_in_order(handout_text: str) -> None:
    assert in_order(numbered_words(TEXT_LIMIT, "t"), handout_text) == []
    assert in_order(numbered_words(TEXT_LIMIT, "s"), handout_text) == []


def test_every_word_of_a_long_text_is_on_the_deck_s_slides_in_order(
    deck_titles_and_text: tuple[list[str], str],
) -> None:
    _, text = deck_titles_and_text
    assert in_order(numbered_words(TEXT_LIMIT, "t"), text) == []
    assert in_order(numbered_words(TEXT_LIMIT, "s"), text) == []


def test_titles_of_the_longest_allowed_length_are_whole_in_the_handout(handout_text: str) -> None:
    assert in_order(numbered_words(TITLE_LIMIT, "h"), handout_text) == []
    assert UNBROKEN_TITLE in re.sub(r"\s", "", handout_text)


def test_titles_of_the_longest_allowed_length_are_whole_in_the_deck(
    deck_titles_and_text: tuple[list[str], str],
) -> None:
    titles, _ = deck_titles_and_text
    assert " ".join(numbered_words(TITLE_LIMIT, "h")) in titles
    assert any(title.startswith(UNBROKEN_TITLE) for title in titles)
