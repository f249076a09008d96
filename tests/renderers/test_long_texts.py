"""Texts as long as the loader allows come out whole in the handout and the deck, and a
long paragraph costs about its length to lay out.

``benchmarks/text_benchmark.py`` prints the times; these tests check what speed must not
cost (every word of a 20,000-character text, in order, across the handout's pages and
the deck's continued slides; titles of 300 characters, with spaces or as one unbroken
word, whole) and count the work done for a long paragraph instead of timing it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from pptx import Presentation
from reportlab.platypus import Paragraph

from checks import pdf_text
from lessonpress.build import build_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.lesson import Lesson
from lessonpress.model.text import Run
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck.fitting import paginate
from lessonpress.renderers.deck.measure import Line, Measurer
from lessonpress.renderers.deck.text import plain_block
from lessonpress.renderers.handout import HandoutRenderer

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


TEXT_WORDS = numbered_words(TEXT_LIMIT - 100, "t")
"""The words of the long text: its paragraph breaks take the rest of the limit."""


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
    words = TEXT_WORDS
    half = len(words) // 2
    paragraphs = [" ".join(words[start : min(start + 150, half)]) for start in range(0, half, 150)]
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
    assert in_order(TEXT_WORDS, handout_text) == []
    assert in_order(numbered_words(TEXT_LIMIT, "s"), handout_text) == []


def test_every_word_of_a_long_text_is_on_the_deck_s_slides_in_order(
    deck_titles_and_text: tuple[list[str], str],
) -> None:
    _, text = deck_titles_and_text
    assert in_order(TEXT_WORDS, text) == []
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


class CountingWraps:
    """A deck measurer that counts the characters it is asked to wrap."""

    def __init__(self, measurer: Measurer) -> None:
        self._measurer = measurer
        self.wrapped = 0

    def line_height(self, size: float) -> float:
        return self._measurer.line_height(size)

    def wrap(self, runs: Sequence[Run], width: float, size: float) -> list[Line]:
        self.wrapped += sum(len(run.text) for run in runs)
        return self._measurer.wrap(runs, width, size)


def test_a_paragraph_of_many_slides_is_wrapped_once_per_slide_width() -> None:
    text = " ".join(numbered_words(100_000, "w"))
    measurer = CountingWraps(Measurer("Arial"))
    slides = paginate(
        [plain_block(text)],
        measurer,  # type: ignore[arg-type]
        lambda index: (300.0, 200.0) if index == 0 else (400.0, 200.0),
        18,
    )
    assert len(slides) > 50
    assert " ".join(block.plain for slide in slides for block in slide) == text
    assert measurer.wrapped <= 2 * len(text)


def test_a_paragraph_of_many_pages_is_broken_into_lines_about_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    broken: list[int] = []
    break_lines = Paragraph.breakLines

    def counting_break_lines(paragraph: Paragraph, width: object) -> object:
        lines = break_lines(paragraph, width)
        broken.append(len(lines.lines))
        return lines

    monkeypatch.setattr(Paragraph, "breakLines", counting_break_lines)
    text = " ".join(numbered_words(TEXT_LIMIT, "w"))  # one paragraph of about five pages
    events = [{"title": "One", "date": "1917", "text": text}, {"title": "Two", "date": "1918"}]
    lesson = Lesson.model_validate({"title": "Long", "events": events})
    HandoutRenderer().render(lesson, load_theme(None), RenderOptions())
    # Breaking the rest again on every page, as reportlab alone does, costs about 4.8×.
    assert sum(broken) <= 3 * max(broken), broken
