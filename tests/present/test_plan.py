"""The plan: each output's medium, and the metadata and link policy decided once."""

from __future__ import annotations

from pathlib import Path

from conftest import EXAMPLE
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.present import present
from lessonpress.present.links import link_policy


def test_prints_are_on_paper_and_the_deck_on_a_screen() -> None:
    lesson, theme = load_lesson(EXAMPLE).lesson, load_theme("chalkboard", Path.cwd())
    mediums = {
        output: present(lesson, theme, output).medium for output in ("handout", "deck", "poster")
    }
    assert mediums == {"handout": "paper", "deck": "screen", "poster": "paper"}


def test_metadata_names_the_output_and_keeps_a_safe_language_tag() -> None:
    lesson = load_lesson(EXAMPLE).lesson
    theme = load_theme("classic", Path.cwd())
    metadata = present(lesson, theme, "poster").metadata
    assert (metadata.title, metadata.author) == (lesson.title, lesson.author)
    assert metadata.keywords == ("poster", "lessonpress")
    assert metadata.language == "en"
    odd = present(lesson.model_copy(update={"language": "en US"}), theme, "deck").metadata
    assert odd.language == "en"


def test_paper_prints_a_links_address_unless_the_label_is_the_address() -> None:
    paper, screen = link_policy("paper"), link_policy("screen")
    assert paper.shows_address("the archive", "https://history.state.gov/")
    assert not paper.shows_address("history.state.gov", "https://history.state.gov/")
    assert not screen.shows_address("the archive", "https://history.state.gov/")
    assert paper.is_clickable("mailto:teacher@example.org")
    assert not paper.is_clickable("javascript:alert(1)")
