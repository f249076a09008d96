"""The handout's story: the title block, then each section in reading order.

Title block, timeline strip, learning objectives, overview, events, key terms,
questions (ruled lines in the student edition, answers in the teacher edition) and
sources. Each section heading carries a bookmark; the events nest under theirs.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from reportlab.platypus import Flowable, HRFlowable, Image, Paragraph

from lessonpress.model.lesson import Era
from lessonpress.model.text import RichText
from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.events import (
    event_flowables,
    labelled_box,
    note_look,
    picture_size,
)
from lessonpress.renderers.handout.flowables import (
    AnswerLines,
    KeepShortTogether,
    SideBySide,
    with_outline,
)
from lessonpress.renderers.handout.richtext import (
    bullet_style,
    citation_markup,
    paragraph_markup,
    rich_flowables,
    text_markup,
)
from lessonpress.renderers.handout.strip import timeline_strip
from lessonpress.renderers.pdf import pdf_color

ANSWER_LINE_SPACING = 8 * 72 / 25.4
"""Ruled answer lines are 8 mm apart."""

LOGO_MAX_HEIGHT = 0.8 * 72
"""The tallest the theme's logo is drawn in the title block."""


def handout_story(context: HandoutContext) -> list[Flowable]:
    """Every flowable of the handout, in reading order."""
    return [
        *title_block(context),
        *timeline_strip(context),
        *objectives_section(context),
        *overview_section(context),
        *events_section(context),
        *glossary_section(context),
        *questions_section(context),
        *sources_section(context),
    ]


def section_heading(title: str, key: str, context: HandoutContext) -> list[Flowable]:
    """A section heading with a bookmark; it never ends a page."""
    style = context.style
    heading = Paragraph(text_markup(title, style, "heading"), style.section)
    return [with_outline(heading, title, key)]


def section(title: str, key: str, body: list[Flowable], context: HandoutContext) -> list[Flowable]:
    """A section: its heading, then ``body`` across the full text width (the margin
    column carries dates, and only the events have them); nothing without a body."""
    if not body:
        return []
    return [*section_heading(title, key, context), *body]


def title_block(context: HandoutContext) -> list[Flowable]:
    """Title, subtitle and byline (with the theme's logo at the right), then a rule; the
    teacher edition says so at the end of the byline."""
    lesson, style = context.lesson, context.style
    sizes, colors = style.sizes, style.colors
    title_style = style.paragraph(
        "title", "heading", size=sizes.title, color=colors.primary, leading=1.1
    )
    parts: list[Flowable] = [Paragraph(text_markup(lesson.title, style, "heading"), title_style)]
    if lesson.subtitle:
        subtitle_style = style.paragraph(
            "subtitle", "heading-regular", size=sizes.heading, leading=1.2, space_before=4
        )
        parts.append(
            Paragraph(text_markup(lesson.subtitle, style, "heading-regular"), subtitle_style)
        )
    byline = " · ".join(part for part in (lesson.author, lesson.course, lesson.date) if part)
    markup = text_markup(byline, style)
    if context.teacher:
        # The edition ends the byline, so that it costs the first page no line.
        edition = text_markup(context.words.teacher_edition, style, "body-bold")
        separator = text_markup(" · ", style) if byline else ""
        markup += f"{separator}<font color={quoteattr(colors.accent)}>{edition}</font>"
    if markup:
        byline_style = style.paragraph("byline", color=colors.muted, space_before=6)
        parts.append(Paragraph(markup, byline_style))
    logo = _logo(context)
    block: list[Flowable]
    if logo is not None:
        left_width = style.page.frame_width - logo.drawWidth
        block = [SideBySide(parts, [logo], left_width, sizes.body, align_baselines=False)]
    else:
        block = parts
    rule = HRFlowable(
        width="100%",
        thickness=1.5,
        color=pdf_color(colors.primary),
        spaceBefore=style.space * 0.6,
        spaceAfter=style.space * 0.6,
    )
    return [*block, rule]


def _logo(context: HandoutContext) -> Image | None:
    """The theme's logo, at most 0.8 in high and never past 150 dpi."""
    theme = context.theme
    logo = theme.logo_image  # verified by the theme loader
    if logo is None:
        return None
    max_width = context.style.page.frame_width * 0.3
    width, height = picture_size(logo.width, logo.height, max_width, LOGO_MAX_HEIGHT)
    return Image(logo.stream(), width, height, hAlign="RIGHT")


def objectives_section(context: HandoutContext) -> list[Flowable]:
    """The learning objectives as a bullet list."""
    lesson, style = context.lesson, context.style
    item_style = bullet_style(style.body, 1, style)
    items: list[Flowable] = [
        Paragraph(paragraph_markup(paragraph, style), item_style, bulletText="•")
        for objective in lesson.objectives
        for paragraph in objective.paragraphs
    ]
    return section(context.words.objectives, "objectives", items, context)


def overview_section(context: HandoutContext) -> list[Flowable]:
    """The lesson's summary."""
    lesson, style = context.lesson, context.style
    body = rich_flowables(lesson.summary, style, style.body)
    return section(context.words.overview, "overview", body, context)


def events_section(context: HandoutContext) -> list[Flowable]:
    """Every event in time order, with a divider where a new era begins."""
    lesson = context.lesson
    flowables = section_heading(context.words.events, "events", context)
    current_era: Era | None = None
    for index, event in enumerate(lesson.timeline):
        era = lesson.era_of(event)
        if era is not None and era is not current_era:
            flowables.append(_era_divider(era, context))
        current_era = era
        flowables += event_flowables(event, index, context)
    return flowables


def _era_divider(era: Era, context: HandoutContext) -> Flowable:
    """The name and dates of an era, above its first event."""
    style = context.style
    divider_style = style.paragraph(
        "era",
        "heading",
        color=style.colors.primary,
        space_before=style.space * 1.2,
        keepWithNext=1,
    )
    text = f"{era.title} ({context.plan.date_label(era)})"
    return Paragraph(text_markup(text, style, "heading"), divider_style)


def glossary_section(context: HandoutContext) -> list[Flowable]:
    """Key terms, each in bold before its definition."""
    lesson, style = context.lesson, context.style
    entry_style = style.paragraph("term", space_after=style.space * 0.4)
    entries: list[Flowable] = []
    for entry in lesson.glossary:
        lead = text_markup(entry.term, style, "body-bold") + text_markup(" — ", style)
        entries += rich_flowables(entry.definition, style, entry_style, lead_markup=lead)
    return section(context.words.glossary, "glossary", entries, context)


def questions_section(context: HandoutContext) -> list[Flowable]:
    """The questions, each followed by ruled lines; in the teacher edition, a question
    the lesson answers is followed by its answer instead."""
    lesson, style = context.lesson, context.style
    prompt_style = style.paragraph(
        "prompt", leftIndent=style.sizes.body * 1.6, space_after=style.space * 0.3
    )
    flowables: list[Flowable] = []
    for number, question in enumerate(lesson.questions, start=1):
        prompt = rich_flowables(question.prompt, style, prompt_style, lead_bullet=f"{number}.")
        for part in prompt:
            part.keepWithNext = 1
        after: list[Flowable] = []
        if context.teacher and question.answer:
            after = [_answer(question.answer, context)]
        elif question.lines:
            lines = AnswerLines(question.lines, ANSWER_LINE_SPACING, style.colors.rule)
            lines.spaceAfter = style.space * 0.8
            after = [lines]
        group = [*prompt, *after]
        if group:
            group[-1].keepWithNext = 0
        flowables.append(KeepShortTogether(group, context.keep_limit))
    return section(context.words.questions, "questions", flowables, context)


def _answer(answer: RichText, context: HandoutContext) -> Flowable:
    """The teacher's answer to a question, in a framed box."""
    style = context.style
    text_style = style.paragraph("answer", space_after=style.space * 0.35)
    content = rich_flowables(answer, style, text_style)
    words = context.words
    return labelled_box(words.answer, content, note_look(context), style.colors.muted, context)


def sources_section(context: HandoutContext) -> list[Flowable]:
    """The bibliography: the lesson's sources, then each event's, each work once, in
    the bibliography form of the one citation style."""
    lesson, style = context.lesson, context.style
    sources = lesson.all_sources
    indent = style.sizes.body * 1.2
    entry_style = style.paragraph(
        "citation",
        leftIndent=indent,
        firstLineIndent=-indent,
        space_after=style.space * 0.3,
    )
    entries: list[Flowable] = [
        Paragraph(citation_markup(source.work.bibliography, style), entry_style)
        for source in sources
    ]
    return section(context.words.sources, "sources", entries, context)
