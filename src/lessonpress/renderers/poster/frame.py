"""The poster's frame around the timeline: the header (title block and legend), the
footer of sources, and the background.

The header is laid out from the top margin down and the footer from the bottom margin
up; whatever lies between is the timeline's. Both are planned before anything is
drawn, so the renderer can try a more compact header when the events need the room.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import getDescent
from reportlab.pdfgen.canvas import Canvas

from lessonpress.fonts import FontSet
from lessonpress.layout import Rect, wrap_lines_limited, wrap_text
from lessonpress.model.lesson import Lesson
from lessonpress.present import Palette, Plan, Words
from lessonpress.renderers.pdf import draw_string, pdf_color
from lessonpress.renderers.poster.legend import Legend, legend_rows, plan_legend
from lessonpress.renderers.poster.style import PosterStyle
from lessonpress.renderers.poster.title_block import (
    Logo,
    TitleBlock,
    draw_logo,
    plan_title_block,
    theme_logo,
)
from lessonpress.renderers.tagging.poster import PosterTags
from lessonpress.renderers.timeline_items import TimelineContent

LEGEND_MAX_SHARE = 0.4
"""The legend takes at most this share of the page's width."""

FOOTER_MAX_LINES = 2


@dataclass(frozen=True, slots=True)
class Header:
    """The planned header: the title block at the top left, the legend at the top right,
    and the rule under both, which is where the timeline's room begins."""

    block: TitleBlock
    block_left: float
    logo: Logo | None
    legend: Legend | None
    frame: Rect
    rule_y: float

    def draw(
        self, canvas: Canvas, fonts: FontSet, style: PosterStyle, colors: Palette, tags: PosterTags
    ) -> None:
        """Draw the title block, the logo, the legend and the rule."""
        frame = self.frame
        bottom = self.block.draw(canvas, fonts, colors, self.block_left, frame.top, tags)
        if self.logo:
            draw_logo(canvas, self.logo, frame.left, frame.top, frame.top - bottom)
        if self.legend:
            with tags.legend(canvas):
                self.legend.draw(canvas, fonts, colors, frame.right, frame.top)
        canvas.setStrokeColor(pdf_color(colors.primary))
        canvas.setLineWidth(style.hairline)
        canvas.line(frame.left, self.rule_y, frame.right, self.rule_y)


def plan_header(
    plan: Plan,
    content: TimelineContent,
    fonts: FontSet,
    style: PosterStyle,
    frame: Rect,
    compact: bool = False,
) -> Header:
    """Plan the header inside ``frame``; a ``compact`` header keeps the title to one line
    (shrinking it down to the smallest title size) to leave the timeline more room."""
    lesson = plan.lesson
    logo = theme_logo(plan.theme, style)
    block_left = frame.left + (logo.width + style.gap if logo else 0.0)
    rows = legend_rows(content, plan.words)
    legend = None
    block_right = frame.right
    if rows:
        # The legend is as tall as the title block would be beside a one-column legend.
        trial = plan_title_block(lesson, fonts, style, (block_right - block_left) * 0.75, compact)
        legend = plan_legend(rows, fonts, style, trial.height, frame.width * LEGEND_MAX_SHARE)
        block_right -= legend.width + 2 * style.gap
    block = plan_title_block(lesson, fonts, style, block_right - block_left, compact)
    bottom = frame.top - block.height
    if legend:
        bottom = min(bottom, frame.top - legend.height)
    return Header(block, block_left, logo, legend, frame, bottom - style.gap)


@dataclass(frozen=True, slots=True)
class Footer:
    """The planned footer: sources and picture credits in small type at the bottom."""

    lines: tuple[str, ...]
    frame: Rect
    style: PosterStyle

    @property
    def leading(self) -> float:
        """The distance between the footer's baselines."""
        return self.style.small_size * 1.3

    @property
    def top(self) -> float:
        """The top of the footer's first line."""
        return self.frame.bottom + self.leading * len(self.lines)

    def draw(self, canvas: Canvas, fonts: FontSet, colors: Palette) -> None:
        """Draw the footer's lines from the bottom margin up."""
        size = self.style.small_size
        # The last line's descenders rest on the margin, whatever the face's depth.
        descent = -getDescent(fonts.font_name("body"), size)
        baseline = self.frame.bottom + descent + self.leading * (len(self.lines) - 1)
        canvas.setFillColor(pdf_color(colors.muted))
        for line in self.lines:
            draw_string(canvas, fonts, self.frame.left, baseline, line, "body", size)
            baseline -= self.leading


def plan_footer(plan: Plan, fonts: FontSet, style: PosterStyle, frame: Rect) -> Footer:
    """Plan the footer across the bottom of ``frame``."""
    lines = footer_lines(plan.lesson, plan.words, fonts, frame.width, style.small_size)
    return Footer(tuple(lines), frame, style)


def footer_lines(
    lesson: Lesson, words: Words, fonts: FontSet, width: float, size: float
) -> list[str]:
    """The footer text wrapped to two lines at most: sources, then picture credits. The
    sources that do not fit are counted instead ("and 3 more sources")."""
    citations = [source.citation.rstrip(". ") for source in lesson.all_sources]
    credits = list(
        dict.fromkeys(
            event.image.credit for event in lesson.timeline if event.image and event.image.credit
        )
    )
    pictures = f"{words.lead(words.pictures)} {'; '.join(credits)}." if credits else ""
    if not citations:
        text = pictures or words.made_with
        return wrap_lines_limited(fonts, text, "body", size, width, FOOTER_MAX_LINES)

    def lines_showing(shown: int) -> list[str]:
        hidden = len(citations) - shown
        parts = citations[:shown]
        if hidden:
            parts.append(words.more_sources(hidden) if shown else words.source_count(hidden))
        listed = f"{words.lead(words.sources)} {'; '.join(parts)}."
        text = " ".join(filter(None, (listed, pictures)))
        return wrap_text(fonts, text, "body", size, width)

    # The most sources that fit, found by halving: each one more only lengthens the text.
    low, high = 0, len(citations)
    while low < high:
        middle = (low + high + 1) // 2
        if len(lines_showing(middle)) <= FOOTER_MAX_LINES:
            low = middle
        else:
            high = middle - 1
    lines = lines_showing(low)
    if len(lines) > FOOTER_MAX_LINES:
        return wrap_lines_limited(fonts, " ".join(lines), "body", size, width, FOOTER_MAX_LINES)
    return lines
