"""The slides of the lesson's lists (objectives, questions, key terms, sources): each item
whole, on as few slides as the lists allow, in one column across the slide or two, the
slides after the first numbered "(2 of 3)"."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pptx.slide import SlideLayout

from lessonpress.model.text import Run
from lessonpress.renderers.deck.compose import (
    TitlePlan,
    below_title,
    body_area,
    continuation_sample,
    numbered,
    plan_title,
    write_body,
    write_title,
)
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.fitting import BodyFit, fit_body
from lessonpress.renderers.deck.geometry import Box, inches
from lessonpress.renderers.deck.markup import xpath
from lessonpress.renderers.deck.notes import citation_block, write_notes
from lessonpress.renderers.deck.placeholders import PlaceholderFrame, placeholder_index
from lessonpress.renderers.deck.sizes import MAX_BODY_LINES
from lessonpress.renderers.deck.text import Block

SOURCE_HANGING = 1.5
"""The hanging indent of a source entry, in ems: its wrapped lines are set in by that
much under its first, so that where each entry starts shows at a glance, as in a printed
bibliography."""

COLUMN_GUTTER = inches(0.4)
"""The space between two columns built from a layout's one body area."""

SCHEME = re.compile(r"^https?://(?:www\.)?", re.IGNORECASE)
"""The start of an address that a reader does not need to see."""


@dataclass(frozen=True, slots=True)
class ListComposition:
    """A list set on one layout: its columns (the placeholders and where each goes on the
    slide), the titles of its first and following slides, and the blocks of each column,
    in order (a slide holds one per frame)."""

    layout: SlideLayout
    frames: tuple[PlaceholderFrame, ...]
    boxes: tuple[Box, ...]
    titles: tuple[TitlePlan | None, TitlePlan | None]
    fit: BodyFit

    @property
    def slide_count(self) -> int:
        """How many slides the list takes."""
        return -(-len(self.fit.slides) // len(self.frames))

    def cost(self, items: int) -> tuple[int, float, int]:
        """What makes one composition of a list of ``items`` worse than another, in order:
        more slides, smaller type, more items cut between columns."""
        pieces = sum(len(column) for column in self.fit.slides)
        return self.slide_count, -self.fit.size, pieces - items

    def box(self, column: int) -> Box:
        """Where the ``column``-th column (counted over all slides) goes on its slide."""
        box = self.boxes[column % len(self.frames)]
        return below_title(box, self.titles[min(column // len(self.frames), 1)])


def add_list_slides(
    context: DeckContext,
    title_text: str,
    blocks: list[Block],
    notes: list[Block] | None = None,
    largest: float | None = None,
    columns: tuple[int, ...] = (1, 2),
) -> int:
    """Slides titled ``title_text`` holding ``blocks``, each item whole, on as few slides as
    the smallest list size allows; the following slides numbered "(2 of 3)". Returns how
    many slides there are.

    Each count of ``columns`` is tried (two on the master's two-content layout, or on a
    master without one in the two halves of its body area), and the one that takes the
    fewest slides wins, then the one that sets the list larger, then the one that cuts
    fewer items between columns, then the first in ``columns``; two columns of which the
    list fills only one are left to the one column across the slide.
    """
    counts = list(columns) or [1]
    sample = 9  # one digit; measured again should the list need more
    while True:
        compositions = [
            _compose_list(context, title_text, blocks, largest, count, sample) for count in counts
        ]
        chosen = min(
            (each for each in compositions if len(each.fit.slides) >= len(each.frames)),
            key=lambda composition: composition.cost(len(blocks)),
            default=compositions[-1],
        )
        if len(str(chosen.slide_count)) <= len(str(sample)):
            break
        sample = chosen.slide_count  # a count of more digits, measured again
    total = chosen.slide_count
    per_slide = len(chosen.frames)
    for number in range(total):
        shapes = context.new_slide(chosen.layout)
        title = chosen.titles[min(number, 1)]
        write_title(context, shapes, numbered(context, title, title_text, number + 1, total))
        first = number * per_slide
        for column in range(first, min(first + per_slide, len(chosen.fit.slides))):
            frame = chosen.frames[column % per_slide]
            page = chosen.fit.slides[column]
            if page:  # a column left empty for an item that reads on the next slide
                write_body(context, shapes, frame, page, chosen.fit.size, chosen.box(column))
        if number == 0 and notes:
            write_notes(context, shapes.slide, notes)
    return chosen.slide_count


def _compose_list(
    context: DeckContext,
    title_text: str,
    blocks: list[Block],
    largest: float | None,
    columns: int,
    sample: int,
) -> ListComposition:
    """``blocks`` set in ``columns`` columns (one or two) on the layout that has them, the
    following slides' title measured as the last of ``sample`` slides."""
    two_content = context.layouts.two_content
    if columns == 2 and two_content is not None:
        layout = two_content
        frames = tuple(context.body_frames(layout)[:2])
        boxes = tuple(frame.box for frame in frames)
    else:
        layout = context.layouts.content
        frame = context.body_frames(layout)[0]
        frames, boxes = (frame,), (frame.box,)
        if columns == 2:
            frames, boxes = _halves(layout, frame)
    titles = (
        plan_title(context, layout, title_text),
        plan_title(context, layout, continuation_sample(context, title_text, sample)),
    )
    composition = ListComposition(layout, frames, boxes, titles, BodyFit(0.0, ()))

    def area(column: int) -> tuple[float, float]:
        return body_area(frames[column % len(frames)], composition.box(column))

    fit = fit_body(
        blocks,
        context.measurer(frames[0].typeface),
        area,
        min(largest or frames[0].size, frames[0].size),
        context.sizes.body_minimum,
        max_lines=MAX_BODY_LINES,
        columns=len(frames),
        whole=True,
    )
    return replace(composition, fit=fit)


def _halves(
    layout: SlideLayout, frame: PlaceholderFrame
) -> tuple[tuple[PlaceholderFrame, ...], tuple[Box, ...]]:
    """Two columns in the halves of a layout's one body area, for a master with no
    two-content layout: the body placeholder on the left, and on the right a body
    placeholder of the slide's own, which takes the master's body style (the text's
    size, bullets and spacing are set on it as on the left)."""
    box = frame.box
    width = (box.width - COLUMN_GUTTER) // 2
    left = Box(box.x, box.y, width, box.height)
    right = Box(box.right - width, box.y, width, box.height)
    used = [
        placeholder_index(shape)
        for shape in xpath(layout.element, "./p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph]")
    ]
    second = replace(
        frame,
        name=f"{frame.name} (right)",
        index=max(used, default=0) + 1,
        ph_attributes=(("type", "body"), ("idx", str(max(used, default=0) + 1))),
    )
    return (frame, second), (left, right)


def objective_blocks(context: DeckContext) -> list[Block]:
    """Each objective as a bullet."""
    blocks = []
    for objective in context.lesson.objectives:
        runs: list[Run] = []
        for index, paragraph in enumerate(objective.paragraphs):
            runs += ([Run(" ")] if index else []) + list(paragraph.runs)
        blocks.append(Block(tuple(runs), 1, 0.5))
    return blocks


def question_blocks(context: DeckContext) -> tuple[list[Block], list[Block]]:
    """The numbered prompts for the slide, and the numbered answers for the notes."""
    prompts: list[Block] = []
    answers: list[Block] = []
    for number, question in enumerate(context.lesson.questions, 1):
        runs = [Run(f"{number}. ", bold=True)]
        for index, paragraph in enumerate(question.prompt.paragraphs):
            runs += ([Run(" ")] if index else []) + list(paragraph.runs)
        prompts.append(Block(tuple(runs), 0, 0.6))
        if question.answer:
            answer_runs = [Run(f"{number}. ", bold=True)]
            for index, paragraph in enumerate(question.answer.paragraphs):
                answer_runs += ([Run(" ")] if index else []) + list(paragraph.runs)
            answers.append(Block(tuple(answer_runs)))
    if answers:
        answers.insert(0, Block((Run(context.words.lead(context.words.answers), bold=True),)))
    return prompts, answers


def key_term_blocks(context: DeckContext) -> list[Block]:
    """Each glossary entry as its term in bold, a dash and the definition."""
    blocks = []
    for entry in context.lesson.glossary:
        runs = [Run(entry.term, bold=True), Run(" — ")]
        for index, paragraph in enumerate(entry.definition.paragraphs):
            runs += ([Run(" ")] if index else []) + list(paragraph.runs)
        blocks.append(Block(tuple(runs), 0, 0.5))
    return blocks


def source_slide_blocks(context: DeckContext) -> list[Block]:
    """Every source of the lesson and its events, once each, their addresses shown short."""
    blocks = [citation_block(source, 0, 0.4) for source in context.lesson.all_sources]
    return [
        replace(block, runs=tuple(map(short_address, block.runs)), hanging=SOURCE_HANGING)
        for block in blocks
    ]


def short_address(run: Run) -> Run:
    """A link that spells out its own address shown without "https://" and "www.", which
    a reader does not need and which take a line of a column: the link is unchanged."""
    if run.link is None or run.text != run.link:
        return run
    return replace(run, text=SCHEME.sub("", run.text).rstrip("/") or run.text)
