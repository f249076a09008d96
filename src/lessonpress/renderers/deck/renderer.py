"""The deck renderer: a lesson and a theme in, the bytes of a .pptx lecture deck out."""

from __future__ import annotations

from pathlib import Path
from zipfile import BadZipFile

from pptx.presentation import Presentation

from lessonpress.errors import LessonError, Problem
from lessonpress.model.lesson import Lesson
from lessonpress.model.theme import Theme
from lessonpress.present import Plan, present
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck.accessibility import make_accessible
from lessonpress.renderers.deck.colors import DeckColors, palette_colors, template_colors
from lessonpress.renderers.deck.context import DeckContext
from lessonpress.renderers.deck.event import add_event_slides, statement_size
from lessonpress.renderers.deck.lists import (
    add_list_slides,
    key_term_blocks,
    objective_blocks,
    question_blocks,
    source_slide_blocks,
)
from lessonpress.renderers.deck.master import restyle_default_master
from lessonpress.renderers.deck.overview import add_overview
from lessonpress.renderers.deck.package import drop_thumbnail, save, set_core_properties
from lessonpress.renderers.deck.placeholders import MasterStyles
from lessonpress.renderers.deck.plan import plan_deck
from lessonpress.renderers.deck.pptx_compat import compiled_oxml_paths
from lessonpress.renderers.deck.sections import SectionTracker
from lessonpress.renderers.deck.sizes import TypeSizes
from lessonpress.renderers.deck.slides import add_cover, add_section
from lessonpress.renderers.deck.template import find_layouts, open_default, open_template
from lessonpress.renderers.deck.template_styles import repair_text_styles


class DeckRenderer:
    """Writes a PowerPoint lecture deck with speaker notes."""

    name = "deck"
    suffix = ".pptx"
    description = "Lecture slides (PowerPoint) with the timeline, one slide per event and notes."

    def render(self, lesson: Lesson, theme: Theme, options: RenderOptions) -> bytes:
        """Return the finished .pptx file's bytes (the deck always carries the notes)."""
        plan = present(lesson, theme, "deck")
        with compiled_oxml_paths():
            context = open_deck(plan)
            build_slides(context)
            metadata = plan.metadata
            set_core_properties(
                context.presentation,
                title=metadata.title,
                author=metadata.author,
                subject=metadata.subject,
                language=metadata.language,
                keywords=", ".join(reversed(metadata.keywords)),
            )
            make_accessible(context.presentation, metadata.language)
            return save(context.presentation)


def open_deck(plan: Plan) -> DeckContext:
    """The empty deck on the theme's template (or the default master in the plan's look)."""
    theme = plan.theme
    sizes = TypeSizes.from_settings(theme.deck)
    colors: DeckColors
    if theme.deck.template:
        presentation = _open_template(Path(theme.deck.template))
        master = presentation.slide_masters[0]
        styles = MasterStyles(master)
        colors = template_colors(master, plan.palette.text_contrast)
        repair_text_styles(master, plan.palette.text_contrast)
    else:
        presentation = open_default()
        restyle_default_master(presentation, plan, sizes)
        styles = MasterStyles(presentation.slide_masters[0])
        colors = palette_colors(plan.palette)
    drop_thumbnail(presentation)
    layouts = find_layouts(styles.master)
    return DeckContext(plan, presentation, layouts, styles, sizes, colors)


def build_slides(context: DeckContext) -> None:
    """Add every slide of the lesson, in the order :func:`plan_deck` gives."""
    lesson, words = context.lesson, context.words
    sections = SectionTracker(context)
    statement_title = statement_size(context, lesson.events)
    for planned in plan_deck(lesson):
        match planned.kind:
            case "cover":
                sections.start(words.introduction)
                add_cover(context)
            case "objectives":
                add_list_slides(context, words.objectives, objective_blocks(context))
            case "overview":
                add_overview(context)
            case "section":
                assert planned.era is not None
                sections.start(planned.era.title)
                add_section(context, planned.era, planned.events)
            case "event":
                assert planned.event is not None
                if planned.era is None:
                    sections.start(words.events, only_if_new=True)
                category = context.plan.category(planned.event.category)
                add_event_slides(context, planned.event, category, statement_title)
            case "questions":
                sections.start(words.review, only_if_new=True)
                prompts, answers = question_blocks(context)
                add_list_slides(context, words.discussion_questions, prompts, answers)
            case "key-terms":
                sections.start(words.review, only_if_new=True)
                add_list_slides(context, words.glossary, key_term_blocks(context), columns=(2, 1))
            case "sources":
                sections.start(words.review, only_if_new=True)
                add_list_slides(
                    context,
                    words.sources,
                    source_slide_blocks(context),
                    largest=context.sizes.kicker,
                    columns=(2, 1),
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
