"""A lesson that cannot fit even as a numbered key: the poster is refused with the ways
that work, the handout and deck of the same build are written, and ``--only
highlighted`` makes the poster of the key events alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from checks import pdf_text
from conftest import LESSONS
from generated_lessons import generated_lesson
from lessonpress.cli import cli
from lessonpress.load.lesson import load_lesson
from lessonpress.model.pages import parse_page_size
from lessonpress.renderers.poster.refusal import too_crowded

CROWDED_EVENTS = 220
"""Generated events that letter paper cannot hold even numbered in a key."""


@pytest.fixture(scope="module")
def crowded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The lesson of :data:`CROWDED_EVENTS` events, written once."""
    return generated_lesson(tmp_path_factory.mktemp("crowded"), CROWDED_EVENTS)


def squeezed(text: str) -> str:
    """``text`` without any white space, so that titles broken over lines still match."""
    return "".join(text.split())


def test_a_poster_past_the_keys_capacity_is_refused_and_the_handout_and_deck_written(
    crowded: Path, tmp_path: Path
) -> None:
    """Exit 2 and the three ways that work, with the lesson's numbers: its key events
    alone, larger paper with the room it has, shorter periods."""
    out = tmp_path / "out"
    arguments = ["build", str(crowded), "--poster-size", "letter", "-j", "1", "-o", str(out)]
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 2, result.output
    said = " ".join(result.output.split())
    highlighted = sum(event.highlight for event in load_lesson(crowded).lesson.events)
    assert re.search(rf"only about \d+ of {CROWDED_EVENTS} events fit on a letter poster", said)
    assert f"make a poster of its {highlighted} key events alone with --only highlighted" in said
    assert "print it larger: --poster-size tabloid has 2 times the room" in said
    assert "split it into lessons of shorter periods" in said
    written = [f"generated-{CROWDED_EVENTS}-deck.pptx", f"generated-{CROWDED_EVENTS}-handout.pdf"]
    assert sorted(path.name for path in out.iterdir()) == written
    assert f"wrote only {written[1]}, {written[0]}." in said


def test_only_highlighted_makes_the_poster_of_the_key_events_alone(
    crowded: Path, tmp_path: Path
) -> None:
    """Every highlighted title and no other, and the subtitle says so."""
    out = tmp_path / "out"
    arguments = ["build", str(crowded), "-f", "poster", "--poster-size", "letter"]
    result = CliRunner().invoke(cli, [*arguments, "--only", "highlighted", "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = squeezed(pdf_text(out / f"generated-{CROWDED_EVENTS}-poster.pdf"))
    events = load_lesson(crowded).lesson.events
    shown = [event.title for event in events if squeezed(event.title) in text]
    assert shown == [event.title for event in events if event.highlight]
    assert squeezed(f"Key events only, {len(shown)} of {CROWDED_EVENTS}") in text


def test_only_highlighted_without_a_key_event_is_a_problem_naming_the_lesson() -> None:
    path = LESSONS / "minimal.yaml"
    result = CliRunner().invoke(cli, ["check", str(path), "-f", "poster", "--only", "highlighted"])
    assert result.exit_code == 2, result.output
    assert f"{path}: error: events: --only highlighted" in result.output
    assert "highlight: true" in result.output


def test_a_lesson_with_eras_is_offered_one_lesson_per_era_with_its_events() -> None:
    lesson = load_lesson(LESSONS / "ancient-rome.yaml").lesson
    problem = too_crowded(lesson, parse_page_size("a0"), 10)
    assert problem.hint.endswith(
        "split it into one lesson per era: Kingdom (1 event), Republic (9 events), "
        "Empire (18 events)"
    )
    assert "--poster-size 48x72in" in problem.hint
