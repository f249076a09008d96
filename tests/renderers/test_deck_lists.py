"""The deck's lists (objectives, questions, key terms, sources) on as few slides as they
allow, each slide well filled, and the slides that continue one numbered, in the
lesson's language, by the code that makes them."""

from __future__ import annotations

import io
from pathlib import Path

from pptx import Presentation

from checks import needs_programs
from conftest import EXAMPLE, LESSONS
from deck_reading import read_deck
from lessonpress.load.theme import load_theme
from lessonpress.present import present
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.deck.fitting import WIDTH_SLACK, paginate
from lessonpress.renderers.deck.measure import Measurer
from lessonpress.renderers.deck.renderer import build_slides, open_deck
from lessonpress.renderers.deck.text import Block, plain_block
from renderers.test_deck import deck, deck_pdf, lesson_of, presentation, title_of

__all__ = ["deck", "deck_pdf"]  # the session fixtures these tests share with test_deck

FRENCH = LESSONS / "language-french.yaml"

COLUMN_WIDTH = 200.0
"""A narrow column, in points: one of two on a 4:3 slide of a template with wide margins."""

EXAMPLE_KEY_TERM_SLIDES = 2
"""The example's six key terms, each two lines across the slide: three to a slide (they
took three slides of two terms, in two columns, before lists chose their columns)."""


def titles_in(path: Path, prefix: str) -> list[str]:
    """The titles of the deck's slides that start with ``prefix``."""
    return [
        title
        for slide in presentation(path).slides
        if (title := title_of(slide)).startswith(prefix)
    ]


def test_a_short_list_takes_one_slide() -> None:
    assert titles_in(FRENCH, "Notions clés") == ["Notions clés"]
    # Four objectives of two or three lines: two columns hold them on one slide.
    assert titles_in(EXAMPLE, "Learning objectives") == ["Learning objectives"]


@needs_programs("soffice")
def test_the_examples_key_terms_fill_few_slides_at_20_pt_or_more(deck, deck_pdf) -> None:  # type: ignore[no-untyped-def]
    slides = [
        slide
        for slide in read_deck(deck(EXAMPLE), deck_pdf(EXAMPLE))
        if slide.title.startswith("Key terms")
    ]
    assert len(slides) == EXAMPLE_KEY_TERM_SLIDES
    for slide in slides:
        assert slide.body_sizes and min(slide.body_sizes) >= 20.0, slide.where
        # Six lines in a column is the most; the composition fills them.
        assert 5 <= slide.body_lines <= 6, slide.where


def test_continued_slides_are_numbered_as_they_are_made() -> None:
    """Before the accessibility pass runs, the list's slides already carry their numbers."""
    plan = present(lesson_of(EXAMPLE), load_theme("classic", Path.cwd()), "deck")
    context = open_deck(plan)
    build_slides(context)
    titles = [title_of(slide) for slide in context.presentation.slides]
    assert [title for title in titles if title.startswith("Key terms")] == [
        "Key terms",
        "Key terms (2 of 2)",
    ]
    assert [title for title in titles if title.startswith("Sources")] == [
        "Sources",
        "Sources (2 of 3)",
        "Sources (3 of 3)",
    ]


def test_continued_titles_are_in_the_lessons_language() -> None:
    lesson = lesson_of(FRENCH)
    longer = lesson.model_copy(update={"glossary": lesson.glossary * 8})
    data = DeckRenderer().render(longer, load_theme("classic", Path.cwd()), RenderOptions())
    titles = [title_of(slide) for slide in Presentation(io.BytesIO(data)).slides]
    continued = [title for title in titles if title.startswith("Notions clés (")]
    count = len(continued) + 1
    assert count >= 2
    assert continued == [f"Notions clés ({number} sur {count})" for number in range(2, count + 1)]


def test_an_item_longer_than_a_column_reads_down_the_columns_of_one_slide() -> None:
    """In narrow columns (a 4:3 slide), an item of nine lines after one of four: it opens
    the next slide and continues in that slide's second column, rather than starting
    beside the short item and ending on the next slide."""
    measurer = Measurer("Arial")
    short, long = plain_block(" ".join(["word"] * 14)), plain_block(" ".join(["longer"] * 26))

    def lines(block: Block) -> int:
        return len(measurer.wrap(block.runs, COLUMN_WIDTH * WIDTH_SLACK, 20))

    assert (lines(short), lines(long)) == (4, 9)
    columns = paginate(
        [short, long], measurer, lambda _: (COLUMN_WIDTH, 400.0), 20, 6, whole=True, columns=2
    )
    assert [[lines(block) for block in column] for column in columns] == [[4], [], [6], [3]]
    assert " ".join(block.plain for block in columns[2] + columns[3]) == long.plain
