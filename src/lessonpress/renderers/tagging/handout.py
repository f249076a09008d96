"""The handout's structure, read off its story: which flowable is a heading, a list
item, a figure or an artifact, and which element each belongs to.

The story is walked once, in reading order, before it is laid out: the title is H1,
each section heading (bookmarked at the outline's top level) H2, each event's date and
title together one H3, bullet items an L of LI with an Lbl (the bullet) and an LBody,
a quotation's paragraphs (its attribution among them) one BlockQuote, pictures and the
timeline strip Figures, rules and answer lines artifacts, any other drawing a P.
Headings and labels lessonpress adds carry their own language where it is not the
lesson's. Groups, side by side stacks and boxes are walked into; their own fills and
frames are artifacts.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.platypus import (
    Flowable,
    HRFlowable,
    Image,
    Indenter,
    KeepTogether,
    Paragraph,
    Spacer,
)
from reportlab.platypus.doctemplate import ActionFlowable

from lessonpress.renderers.handout.context import HandoutContext
from lessonpress.renderers.handout.flowables import (
    AnswerLines,
    Box,
    Figure,
    OutlineEntry,
    SeparatorRule,
    SideBySide,
)
from lessonpress.renderers.handout.richtext import ATTRIBUTION_SUFFIX, QUOTATION_SUFFIX
from lessonpress.renderers.handout.strip import TimelineStrip
from lessonpress.renderers.reportlab_internals import group_content
from lessonpress.renderers.tagging.flowables import (
    ListItem,
    alt_text,
    tag,
    tag_as_artifact,
    tag_list_item,
)
from lessonpress.renderers.tagging.structure import Element, Role, StructureRecorder
from lessonpress.renderers.tagging.text import interface_language

TITLE_STYLE = "title"
"""The name of the paragraph style of the handout's title."""

BOX_LABEL_STYLE = "box-label"
"""The name of the paragraph style of a box's label ("Why it matters")."""

BULLET = "•"
"""The bullet of an item of a list (a question's number is part of its paragraph)."""

_DECORATION = (HRFlowable, SeparatorRule, AnswerLines)
_NOT_DRAWN = (Indenter, Spacer, ActionFlowable)


def tag_handout_story(
    story: list[Flowable], context: HandoutContext, recorder: StructureRecorder
) -> list[Flowable]:
    """``story``, each of its flowables tagged as content of its element or as an
    artifact, the elements added to ``recorder``'s document in reading order."""
    _StoryTagger(context, recorder).walk(story, recorder.root)
    return story


class _StoryTagger:
    def __init__(self, context: HandoutContext, recorder: StructureRecorder) -> None:
        self._context = context
        self._recorder = recorder
        self._words_language = interface_language(context.plan.metadata.language)

    def walk(self, flowables: Sequence[Flowable], parent: Element) -> None:
        """Tag ``flowables`` under ``parent``; the paragraphs of a quotation, up to its
        attribution, make one block quotation."""
        drawn = [flowable for flowable in flowables if not isinstance(flowable, _NOT_DRAWN)]
        start = 0
        while start < len(drawn):
            end = start + 1
            if _is_quoted(drawn[start]):
                while end < len(drawn) and _is_quoted(drawn[end]):
                    if _ends_quotation(drawn[end - 1]):
                        break
                    end += 1
                self._walk_items(drawn[start:end], parent.add("BlockQuote"))
            else:
                while end < len(drawn) and not _is_quoted(drawn[end]):
                    end += 1
                self._walk_items(drawn[start:end], parent)
            start = end

    def _walk_items(self, flowables: Sequence[Flowable], parent: Element) -> None:
        """Tag ``flowables`` under ``parent``; bullet items next to each other make one
        list."""
        current_list: Element | None = None
        for flowable in flowables:
            if isinstance(flowable, Paragraph) and flowable.bulletText == BULLET:
                if current_list is None:
                    current_list = parent.add("L")
                entry = current_list.add("LI")
                item = ListItem(self._recorder, entry.add("Lbl"), entry.add("LBody"))
                tag_list_item(flowable, item)
                continue
            current_list = None
            self._one(flowable, parent)

    def _one(self, flowable: Flowable, parent: Element) -> None:
        if isinstance(flowable, KeepTogether):
            self.walk(group_content(flowable), parent)
        elif isinstance(flowable, SideBySide):
            self._side_by_side(flowable, parent)
        elif isinstance(flowable, Box | Figure):
            self.walk(flowable.parts, parent)
        elif isinstance(flowable, TimelineStrip):
            self._tag(flowable, parent.add("Figure", alt=self._strip_description()))
        elif isinstance(flowable, Image):
            alt = alt_text(flowable)
            if alt is None:
                tag_as_artifact(flowable)  # the theme's logo
            else:
                self._tag(flowable, parent.add("Figure", alt=alt))
        elif isinstance(flowable, _DECORATION):
            tag_as_artifact(flowable)
        else:
            role = _role(flowable)
            # Section headings and box labels are lessonpress's words, not the lesson's.
            words = role == "H2" or _style_name(flowable) == BOX_LABEL_STYLE
            lang = self._words_language if words else None
            self._tag(flowable, parent.add(role, lang=lang))

    def _side_by_side(self, pair: SideBySide, parent: Element) -> None:
        """An event's heading: its paragraphs (the date and the title) one H3, its
        marks a P; any other pair (the title block beside the logo) walked."""
        entry: OutlineEntry | None = getattr(pair, "outline_entry", None)
        if entry is None or entry.level < 1:
            self.walk(pair.parts, parent)
            return
        heading = parent.add("H3")
        for part in pair.parts:
            if isinstance(part, Paragraph):
                self._tag(part, heading)
            else:
                self._one(part, parent)

    def _tag(self, flowable: Flowable, element: Element) -> None:
        tag(flowable, self._recorder, element)

    def _strip_description(self) -> str:
        """The timeline strip in words: its name, then each event's date and title."""
        plan = self._context.plan
        events = "; ".join(
            f"{plan.date_label(event)}: {event.title}" for event in plan.lesson.timeline
        )
        return f"{plan.words.timeline}. {events}"


def _style_name(flowable: Flowable) -> str | None:
    return flowable.style.name if isinstance(flowable, Paragraph) else None


def _is_quoted(flowable: Flowable) -> bool:
    """Whether ``flowable`` is a paragraph (or a bullet item) of a quotation."""
    name = _style_name(flowable) or ""
    return QUOTATION_SUFFIX in name or name.endswith(ATTRIBUTION_SUFFIX)


def _ends_quotation(flowable: Flowable) -> bool:
    """Whether ``flowable`` is a quotation's attribution, its last paragraph."""
    return (_style_name(flowable) or "").endswith(ATTRIBUTION_SUFFIX)


def _role(flowable: Flowable) -> Role:
    """A paragraph's role: H1 for the title, H2 for a section heading, else P."""
    if _style_name(flowable) == TITLE_STYLE:
        return "H1"
    entry: OutlineEntry | None = getattr(flowable, "outline_entry", None)
    if entry is not None and entry.level == 0:
        return "H2"
    return "P"
