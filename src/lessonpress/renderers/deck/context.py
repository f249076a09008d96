"""What every slide builder needs: the deck being made, its layouts, sizes, colours, fonts."""

from __future__ import annotations

from dataclasses import dataclass, field

from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.presentation import Presentation
from pptx.slide import NotesSlide, Slide, SlideLayout

from lessonpress.present import Plan, PlanHolder
from lessonpress.renderers.deck.colors import DeckColors, Role
from lessonpress.renderers.deck.geometry import Box
from lessonpress.renderers.deck.markup import xpath
from lessonpress.renderers.deck.measure import Measurer
from lessonpress.renderers.deck.package import SlideAppender
from lessonpress.renderers.deck.placeholders import (
    MasterStyles,
    PlaceholderFrame,
    layout_frame,
    placeholder_index,
    placeholder_type,
)
from lessonpress.renderers.deck.shapes import SlideShapes
from lessonpress.renderers.deck.sizes import TypeSizes
from lessonpress.renderers.deck.template import LayoutSet
from lessonpress.renderers.deck.text import TextStyle


@dataclass
class DeckContext(PlanHolder):
    """The deck under construction and the choices that hold for all of its slides."""

    plan: Plan
    presentation: Presentation
    layouts: LayoutSet
    styles: MasterStyles
    sizes: TypeSizes
    colors: DeckColors
    appender: SlideAppender = field(init=False)
    _frames: dict[tuple[int, str, int | None], PlaceholderFrame | None] = field(
        default_factory=dict, init=False
    )
    _measurers: dict[str, Measurer] = field(default_factory=dict, init=False)
    _body_frames: dict[int, list[PlaceholderFrame]] = field(default_factory=dict, init=False)

    def __post_init__(self) -> None:
        self.appender = SlideAppender(self.presentation)

    @property
    def slide_box(self) -> Box:
        """The whole slide."""
        return Box(
            0, 0, int(self.presentation.slide_width or 0), int(self.presentation.slide_height or 0)
        )

    @property
    def language(self) -> str:
        """The lesson's language as a tag safe for ``lang`` attributes."""
        return self.plan.metadata.language

    def new_slide(self, layout: SlideLayout) -> SlideShapes:
        """A new slide at the end of the deck on ``layout``."""
        return SlideShapes(self.appender.add(layout))

    def frame(
        self, layout: SlideLayout, kind: str, index: int | None = None
    ) -> PlaceholderFrame | None:
        """The effective frame of ``layout``'s placeholder of ``kind`` (and ``index``)."""
        key = (id(layout), kind, index)
        if key not in self._frames:
            self._frames[key] = None
            for shape in xpath(layout.element, "./p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph]"):
                shape_kind = placeholder_type(shape)
                matches = shape_kind == kind or (kind == "title" and shape_kind == "ctrTitle")
                if kind == "body":
                    matches = shape_kind in ("body", "obj")
                if matches and (index is None or placeholder_index(shape) == index):
                    self._frames[key] = layout_frame(layout, shape, self.styles)
                    break
        return self._frames[key]

    def measurer(self, typeface: str) -> Measurer:
        """The measurer for text set in ``typeface``."""
        if typeface not in self._measurers:
            self._measurers[typeface] = Measurer(typeface)
        return self._measurers[typeface]

    def body_frames(self, layout: SlideLayout) -> list[PlaceholderFrame]:
        """``layout``'s text placeholders (body or content), from left to right."""
        if id(layout) not in self._body_frames:
            self._body_frames[id(layout)] = self._find_body_frames(layout)
        return self._body_frames[id(layout)]

    def _find_body_frames(self, layout: SlideLayout) -> list[PlaceholderFrame]:
        frames = []
        for shape in xpath(layout.element, "./p:cSld/p:spTree/p:sp[p:nvSpPr/p:nvPr/p:ph]"):
            if placeholder_type(shape) in ("body", "obj"):
                frame = self.frame(layout, "body", placeholder_index(shape))
                if frame is not None:
                    frames.append(frame)
        return sorted(frames, key=lambda frame: (frame.box.x, frame.box.y))

    @property
    def body_measurer(self) -> Measurer:
        """The measurer for text boxes, in the typeface they are set in."""
        return self.measurer(self.styles.text_box_typeface)

    def text_style(
        self,
        owner: Slide | NotesSlide,
        size: float | None = None,
        color: Role | None = None,
        bold: bool | None = None,
    ) -> TextStyle:
        """How text on ``owner`` (a slide or its notes) is set, with links related to it."""

        def link_target(url: str) -> str:
            return owner.part.relate_to(url, RT.HYPERLINK, is_external=True)

        return TextStyle(self.language, self.colors, link_target, size, color, bold)
