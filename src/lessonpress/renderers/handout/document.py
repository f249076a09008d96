"""From a lesson and a theme to the handout's PDF bytes."""

from __future__ import annotations

from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.page import RunningText, build_pdf
from lessonpress.renderers.handout.story import handout_story
from lessonpress.renderers.pdf import document_properties
from lessonpress.renderers.tagging.handout import tag_handout_story
from lessonpress.renderers.tagging.pdf import write_structure
from lessonpress.renderers.tagging.structure import StructureRecorder


def running_text(context: HandoutContext) -> RunningText:
    """The header (course, title) and footer (author, edition, page) of every page."""
    lesson, words = context.lesson, context.words
    edition = words.teacher_edition if context.teacher else None
    footer = " · ".join(part for part in (lesson.author, edition) if part)
    return RunningText(lesson.course or "", lesson.title, footer, words.page_number)


def render_handout(lesson: Lesson, theme: Theme, options: RenderOptions) -> bytes:
    """The handout of ``lesson`` in ``theme`` for the edition ``options`` asks for."""
    context = HandoutContext.create(lesson, theme, options.edition)
    metadata = context.plan.metadata
    structure = StructureRecorder(metadata.language)
    untagged = build_pdf(
        tag_handout_story(handout_story(context), context, structure),
        context.style,
        running_text(context),
        document_properties(metadata),
        lesson.source_file,
    )
    return write_structure(untagged, structure, metadata)
