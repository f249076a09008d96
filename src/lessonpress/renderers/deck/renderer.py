"""The deck renderer: a lesson and a theme in, the bytes of a .pptx lecture deck out."""

from __future__ import annotations

from pathlib import Path
from zipfile import BadZipFile

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation

from lessonpress.errors import LessonError, Problem
from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import labels
from lessonpress.renderers.deck.colors import DeckColors, template_colors, theme_colors
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.event import add_event_slides
from lessonpress.renderers.deck.master import restyle_default_master
from lessonpress.renderers.deck.overview import add_overview
from lessonpress.renderers.deck.package import drop_thumbnail, save, set_core_properties
from lessonpress.renderers.deck.placeholders import MasterStyles
from lessonpress.renderers.deck.plan import plan_deck
from lessonpress.renderers.deck.sections import SectionTracker
from lessonpress.renderers.deck.sizes import TypeSizes
from lessonpress.renderers.deck.slides import (
    add_cover,
    add_list_slides,
    add_section,
    key_term_blocks,
    objective_blocks,
    question_blocks,
    source_slide_blocks,
)
from lessonpress.renderers.deck.template import find_layouts, open_default, open_template
from lessonpress.renderers.timeline_items import legend_entries


class DeckRenderer:
    """Writes a PowerPoint lecture deck with speaker notes."""

    name = "deck"
    suffix = ".pptx"
    description = "Lecture slides (PowerPoint) with the timeline, one slide per event and notes."

    def render(self, lesson: Lesson, theme: Theme, options: RenderOptions) -> bytes:
        """Return the finished .pptx file's bytes (the deck always carries the notes)."""
        context = open_deck(lesson, theme)
        build_slides(context)
        subject = " — ".join(part for part in (lesson.subtitle, lesson.course) if part)
        set_core_properties(
            context.presentation,
            title=lesson.title,
            author=lesson.author or "",
            subject=subject or lesson.title,
            language=context.language,
            keywords="lessonpress, deck",
        )
        return save(context.presentation)


def open_deck(lesson: Lesson, theme: Theme) -> DeckContext:
    """The empty deck on the theme's template (or the restyled default master)."""
    sizes = TypeSizes.from_settings(theme.deck)
    colors: DeckColors
    if theme.deck.template:
        presentation = _open_template(Path(theme.deck.template))
        master = presentation.slide_masters[0]
        styles = MasterStyles(master)
        theme_part = master.part.part_related_by(RT.THEME)
        colors = template_colors(theme_part.blob, styles.color_map)
    else:
        presentation = open_default()
        restyle_default_master(presentation, theme, sizes)
        styles = MasterStyles(presentation.slide_masters[0])
        colors = theme_colors(theme)
    drop_thumbnail(presentation)
    layouts = find_layouts(styles.master)
    return DeckContext(lesson, theme, presentation, layouts, styles, sizes, colors)


def build_slides(context: DeckContext) -> None:
    """Add every slide of the lesson, in the order :func:`plan_deck` gives."""
    lesson = context.lesson
    categories = {entry.category_id: entry for entry in legend_entries(lesson, context.theme)}
    sections = SectionTracker(context)
    for planned in plan_deck(lesson):
        match planned.kind:
            case "cover":
                sections.start(labels.INTRODUCTION_SECTION)
                add_cover(context)
            case "objectives":
                add_list_slides(context, labels.OBJECTIVES, objective_blocks(context))
            case "overview":
                add_overview(context)
            case "section":
                assert planned.era is not None
                sections.start(planned.era.title)
                add_section(context, planned.era, planned.events)
            case "event":
                assert planned.event is not None
                if planned.era is None:
                    sections.start(labels.EVENTS_SECTION, only_if_new=True)
                category = categories.get(planned.event.category or "")
                add_event_slides(context, planned.event, category)
            case "questions":
                sections.start(labels.REVIEW_SECTION, only_if_new=True)
                prompts, answers = question_blocks(context)
                add_list_slides(context, labels.QUESTIONS, prompts, answers)
            case "key-terms":
                sections.start(labels.REVIEW_SECTION, only_if_new=True)
                add_list_slides(context, labels.KEY_TERMS, key_term_blocks(context))
            case "sources":
                sections.start(labels.REVIEW_SECTION, only_if_new=True)
                add_list_slides(
                    context,
                    labels.SOURCES,
                    source_slide_blocks(context),
                    largest=context.sizes.kicker,
                )
    sections.finish()


def _open_template(path: Path) -> Presentation:
    try:
        return open_template(path)
    except (BadZipFile, KeyError, ValueError) as error:
        raise LessonError(
            [
                Problem(
                    path,
                    None,
                    None,
                    "deck.template",
                    f"cannot read the deck template as a PowerPoint file ({error})",
                    "save the template from PowerPoint as a .pptx presentation",
                )
            ]
        ) from None
