"""The contrast of every run of text on a slide against what is really behind it.

A run's colour is its own, else the one its paragraph level inherits (the shape's
list style, then for a placeholder the layout's and master's placeholders and the
master's text style, for any other shape its style and the presentation's default
text style), else ``tx1``; a link shows in the theme's ``hlink`` colour, as
PowerPoint draws it, unless it is marked to take its run's colour. What is behind
the run is read by :mod:`.backdrop`: its shape's fill, else the filled shape,
picture or background under it, sampled as colours. The run is held to the lowest
contrast it has with any of those colours.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lxml import etree
from pptx.slide import Slide, SlideLayout

from lessonpress.model.colors import TEXT_CONTRAST, contrast_ratio, legible, readable_on
from lessonpress.renderers.deck.backdrop import (
    LayoutBackdrop,
    drawn_box,
    placeholder_kind,
)
from lessonpress.renderers.deck.background import color_of
from lessonpress.renderers.deck.colors import average
from lessonpress.renderers.deck.markup import NAMESPACES, add_extension, element, first, xpath
from lessonpress.renderers.deck.placeholders import BODY_TYPES, TITLE_TYPES

# The shape readers of .backdrop are named here too, for the accessibility pass, which
# reads the same shapes.
__all__ = [
    "LINK_COLOR_EXTENSION",
    "ContrastReader",
    "RunContrast",
    "drawn_box",
    "placeholder_kind",
    "run_contrasts",
]

LINK_COLOR_EXTENSION = "{A12FA001-AC4F-418D-AE19-62706E023703}"
"""The ``a:ext`` uri under which Office 2019 and later draw a link in its run's colour
rather than the theme's ``hlink``."""

LINK_COLOR_NS = "http://schemas.microsoft.com/office/drawing/2018/hyperlinkcolor"

_LINK_IN_TEXT_COLOR = (
    f"./a:rPr/a:hlinkClick/a:extLst/a:ext[@uri='{LINK_COLOR_EXTENSION}']"
    "/*[local-name()='hlinkClr' and @val='tx']"
)


@dataclass(frozen=True, slots=True)
class RunContrast:
    """One run of text: its colour, the colours behind it and the lowest contrast."""

    text: str
    color: str
    grounds: tuple[str, ...]
    is_link: bool
    run: etree._Element

    @property
    def ratio(self) -> float:
        """The lowest WCAG contrast ratio of the run with any colour behind it."""
        return _lowest_ratio(self.color, self.grounds)


@lru_cache(maxsize=1024)
def _lowest_ratio(color: str, grounds: tuple[str, ...]) -> float:
    """The lowest contrast ratio of ``color`` with any of ``grounds``: a deck's thousands
    of runs have a handful of colours."""
    return min(contrast_ratio(color, ground) for ground in grounds)


def run_contrasts(slide: Slide) -> list[RunContrast]:
    """Every run of text on ``slide`` with its colour and what is behind it."""
    return ContrastReader().runs(slide)


class ContrastReader:
    """Reads the colours of slides' text and of what is behind it. What a layout and its
    master give every slide on it is worked out once, for all the slides a reader sees."""

    def __init__(self) -> None:
        self._layouts: dict[str, _LayoutText] = {}

    def runs(self, slide: Slide) -> list[RunContrast]:
        """Every run of text on ``slide`` with its colour and what is behind it."""
        view = self._view(slide.slide_layout)
        found = []
        for shape, grounds in view.behind_shapes(slide):
            found += view.shape_runs(shape, grounds)
        return found

    def repair(self, slide: Slide, minimum: float = TEXT_CONTRAST) -> None:
        """Give each run that contrasts less than ``minimum`` with what is behind it a
        colour of its own that does (its colour moved towards black or white)."""
        for found in self.runs(slide):
            if found.ratio >= minimum:
                continue
            toward = readable_on(average(found.grounds))
            color = legible(found.color, found.grounds, minimum, toward)
            _set_run_color(found.run, color)
            if found.is_link:
                _link_in_text_color(found.run)

    def backdrop(self, layout: SlideLayout) -> LayoutBackdrop:
        """What ``layout`` and its master put behind the slides on it, read once."""
        return self._view(layout)

    def _view(self, layout: SlideLayout) -> _LayoutText:
        key = str(layout.part.partname)
        if key not in self._layouts:
            self._layouts[key] = _LayoutText(layout)
        return self._layouts[key]


class _LayoutText(LayoutBackdrop):
    """A layout's backdrop, and the colours its text inherits at each paragraph level."""

    def __init__(self, layout: SlideLayout) -> None:
        super().__init__(layout)
        presentation = layout.part.package.presentation_part.presentation
        self.default_style = first(presentation.element, "./p:defaultTextStyle")
        self._inherited_colors: dict[tuple[str, int, int], str] = {}

    def shape_runs(self, shape: etree._Element, grounds: tuple[str, ...]) -> list[RunContrast]:
        """The runs of ``shape``'s text with their colours, on ``grounds``."""
        found = []
        own_style = first(shape, "./p:txBody/a:lstStyle")
        for paragraph in xpath(shape, "./p:txBody/a:p"):
            level = min(_level(paragraph), 8) + 1
            inherited = self._own_level_color(own_style, level) or self._inherited_color(
                shape, level
            )
            for run in xpath(paragraph, "./a:r"):
                text = "".join(str(part) for part in xpath(run, "./a:t/text()"))
                if not text.strip():
                    continue
                properties = first(run, "./a:rPr")
                link = first(properties, "./a:hlinkClick") if properties is not None else None
                fill = first(properties, "./a:solidFill") if properties is not None else None
                if link is not None and not xpath(run, _LINK_IN_TEXT_COLOR):
                    color = self.resolve("hlink")
                elif fill is not None:
                    color = color_of(fill, self.resolve) or inherited
                else:
                    color = inherited
                found.append(RunContrast(text, color, grounds, link is not None, run))
        return found

    def _own_level_color(self, style: etree._Element | None, level: int) -> str:
        if style is None or not len(style):
            return ""
        fill = first(style, f"./a:lvl{level}pPr/a:defRPr/a:solidFill")
        return color_of(fill, self.resolve) if fill is not None else ""

    def _inherited_color(self, shape: etree._Element, level: int) -> str:
        """The colour a paragraph at ``level`` in ``shape`` inherits: for a placeholder
        from the layout's and master's placeholders and the master's text style, for any
        other shape from its style and the presentation's default text style."""
        placeholder = placeholder_kind(shape)
        key = (*placeholder, level) if placeholder else None
        if key is not None and key in self._inherited_colors:
            return self._inherited_colors[key]
        styles: list[etree._Element] = []
        if placeholder:
            for holder in self.chain(shape):
                found = first(holder, "./p:txBody/a:lstStyle")
                if found is not None:
                    styles.append(found)
            kind = placeholder[0]
            name = "titleStyle" if kind in TITLE_TYPES else "bodyStyle"
            if kind not in TITLE_TYPES | BODY_TYPES:
                name = "otherStyle"
            master_style = first(self.master.element, f"./p:txStyles/p:{name}")
            styles += [master_style] if master_style is not None else []
        else:
            font_reference = first(shape, "./p:style/a:fontRef")
            if font_reference is not None and color_of(font_reference, self.resolve):
                return color_of(font_reference, self.resolve)
            styles += [self.default_style] if self.default_style is not None else []
        inherited = next(
            (color for style in styles if (color := self._own_level_color(style, level))),
            self.resolve("tx1"),
        )
        if key is not None:
            self._inherited_colors[key] = inherited
        return inherited


def _level(paragraph: etree._Element) -> int:
    levels = xpath(paragraph, "./a:pPr/@lvl")
    try:
        return int(levels[0]) if levels else 0
    except ValueError:
        return 0


def _set_run_color(run: etree._Element, color: str) -> None:
    properties = xpath(run, "./a:rPr")
    if not properties:
        properties = [etree.Element(f"{{{NAMESPACES['a']}}}rPr")]
        run.insert(0, properties[0])
    for old in xpath(
        properties[0], "./a:noFill | ./a:solidFill | ./a:gradFill | ./a:blipFill | ./a:pattFill"
    ):
        properties[0].remove(old)
    fill = element(f'<a:solidFill><a:srgbClr val="{color.lstrip("#").upper()}"/></a:solidFill>')
    # A run's fill comes after its outline, if it has one, and before everything else.
    position = 1 if xpath(properties[0], "./a:ln") else 0
    properties[0].insert(position, fill)


def _link_in_text_color(run: etree._Element) -> None:
    """Mark the run's link to be drawn in the run's own colour, not the theme's ``hlink``."""
    if xpath(run, _LINK_IN_TEXT_COLOR):
        return
    link = xpath(run, "./a:rPr/a:hlinkClick")[0]
    add_extension(link, LINK_COLOR_EXTENSION, LINK_COLOR_NS, "ahyp", "hlinkClr", "tx")
