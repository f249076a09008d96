"""Where a long event's text continues on its next slide, the cut falls where a reader
expects: a heading ("**The problem of yarn**") keeps its first lines of text, a lead-in
ending in a colon keeps the list it introduces, and a slide that ends mid-sentence holds
no sentence end a line or two above its foot.

Read from the slide XML of long-texts' deck on a 4:3 template (narrow, few words a line)
and in every built-in 16:9 theme (the shared builds).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import PP_PLACEHOLDER
from pptx.oxml.ns import qn
from pptx.text.text import _Paragraph

from conftest import LESSONS
from every_build import SHARED_PAIRS, Built, ByShare
from lessonpress.build import build_lesson

TEMPLATES = Path(__file__).parent.parent / "data" / "templates"
LONG_TEXTS = LESSONS / "long-texts.yaml"
CONTINUATION = re.compile(r"\s*\(\d+\s\S+\s\d+\)$")
SENTENCE_END = re.compile(r"[.!?…][\"'’”»)\]]*$")
INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?…][\"'’”»)\]]*\s+[\"'‘“«(\[]?[A-Z0-9]")
"""A sentence's end inside a paragraph (not an initial's full stop, "J. M. W.")."""


def continued_bodies(deck: Path) -> Iterator[tuple[int, list[_Paragraph]]]:
    """The number and body paragraphs of each slide whose text continues on the next."""
    slides = list(Presentation(str(deck)).slides)
    for number, (slide, following) in enumerate(pairwise(slides), start=1):
        title, next_title = (
            " ".join(each.shapes.title.text_frame.text.split()) if each.shapes.title else ""
            for each in (slide, following)
        )
        if not CONTINUATION.search(next_title) or CONTINUATION.sub("", title) != CONTINUATION.sub(
            "", next_title
        ):
            continue
        for shape in slide.placeholders:
            kind = shape.placeholder_format.type
            if kind in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT) and shape.text_frame.text:
                yield number, [p for p in shape.text_frame.paragraphs if p.text.strip()]


def is_heading(paragraph: _Paragraph) -> bool:
    """An all-bold paragraph: a heading such as "The problem of yarn"."""
    runs = [run for run in paragraph.runs if run.text.strip()]
    return bool(runs) and all(run.font.bold for run in runs)


def badly_cut(deck: Path) -> list[str]:
    """Each continued slide that ends with a heading or a lead-in, or mid-sentence where
    its last paragraph holds a sentence end it could have ended at."""
    found = []
    for number, paragraphs in continued_bodies(deck):
        last = paragraphs[-1].text.strip()
        if is_heading(paragraphs[-1]):
            found.append(f"slide {number} ends with the heading {last!r}")
        elif last.endswith(":"):
            found.append(f"slide {number} ends with the lead-in {last[-60:]!r}")
        elif (
            not SENTENCE_END.search(last)
            and not last.endswith(";")
            and not is_heading(paragraphs[0])
            and INNER_SENTENCE_END.search(last, len(last) // 3)
        ):
            # A sentence ends in the last two thirds of the slide's last paragraph: a
            # line or two above its foot, where the slide could have ended.
            found.append(f"slide {number} ends mid-sentence: ...{last[-60:]!r}")
    return found


@pytest.fixture(scope="module")
def deck_on_4_3(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """long-texts' deck on the 4:3 gradient.pptx template."""
    theme = TEMPLATES / "gradient-theme.yaml"
    folder = tmp_path_factory.mktemp("continued")
    built = build_lesson(LONG_TEXTS, folder, ["deck"], str(theme), allowed_dirs=[TEMPLATES])
    [deck] = built.outputs
    return deck


def test_continued_slides_on_a_4_3_template_are_cut_where_a_reader_expects(
    deck_on_4_3: Path,
) -> None:
    assert len(list(continued_bodies(deck_on_4_3))) > 20, "long-texts continues over many slides"
    assert badly_cut(deck_on_4_3) == []


def test_a_list_item_cut_at_a_slide_s_foot_goes_on_without_a_bullet(deck_on_4_3: Path) -> None:
    """The rest of an item reads as the same item: lined up with its text, no new bullet.
    Before, "• after load of spoil…" opened the next slide as if it were an item of its own."""
    slides = list(Presentation(str(deck_on_4_3)).slides)
    bodies = dict(continued_bodies(deck_on_4_3))
    rests = []
    for number, paragraphs in bodies.items():
        last = paragraphs[-1]
        properties = last._p.pPr
        if properties is None or properties.find(qn("a:buChar")) is None:
            continue
        if SENTENCE_END.search(last.text.strip()) or last.text.strip().endswith(";"):
            continue
        following = slides[number]  # slide ``number + 1``, counted from 1
        body = next(
            shape
            for shape in following.placeholders
            if shape.placeholder_format.type in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT)
        )
        rest = body.text_frame.paragraphs[0]._p.pPr
        unbulleted = rest.find(qn("a:buNone")) is not None
        rests.append((number + 1, unbulleted, rest.get("indent"), rest.get("marL")))
    assert rests, "long-texts has a list item cut at a slide's foot"
    for number, unbulleted, indent, margin in rests:
        assert unbulleted and indent == "0", f"slide {number} opens with a new bullet"
        assert int(margin or 0) > 0, f"slide {number}: the rest is not lined up with its item"


@pytest.mark.parametrize(
    ("lesson_path", "theme"),
    [pair for pair in SHARED_PAIRS if pair.values[0] == LONG_TEXTS],
)
def test_continued_slides_in_every_theme_are_cut_where_a_reader_expects(
    every_deck: ByShare[Built], lesson_path: Path, theme: str
) -> None:
    assert badly_cut(every_deck[lesson_path, theme].deck) == []
