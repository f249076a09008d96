"""A sparse poster's labels set further up the type scale, so that a lesson of a few
events takes the page: as many steps up as keep the page to five type sizes, titles
and dates set like display type, texts given whole."""

from __future__ import annotations

from dataclasses import replace

from lessonpress.fonts import FontSet
from lessonpress.layout import TimelineStyle
from lessonpress.renderers.poster.frame import Footer, Header
from lessonpress.renderers.poster.style import TYPE_RATIO, PosterStyle
from lessonpress.renderers.timeline_items import TimelineContent

MOST_STEPS_UP = 6
"""The most steps up the type scale a sparse timeline's labels take."""

MOST_TYPE_SIZES = 5
"""The most type sizes one poster shows."""

MOST_SPARSE_TEXT_LINES = 6
"""The most lines of text a label of a sparse timeline, set large, holds."""


def steps_up(
    style: PosterStyle,
    content: TimelineContent,
    fonts: FontSet,
    header: Header,
    footer: Footer,
) -> list[int]:
    """How many steps up the type scale a sparse timeline's labels are offered, largest
    first: one and two always (they take the subtitle's and author line's sizes), more
    while the page keeps to five type sizes and the labels' titles stay below three
    quarters of the poster title's size."""
    page = {line.size for line in header.block.lines} | {footer.style.small_size}
    if header.legend is not None:
        page.add(style.body_size)
    steps = [2, 1]
    for more in range(3, MOST_STEPS_UP + 1):
        timeline = larger_timeline(style, more, content, fonts)
        if timeline.title_size > style.title_size * 3 / 4:
            break
        sizes = {timeline.title_size, timeline.date_size, timeline.tick_size}
        if any(event.short_text for event in content.events):
            sizes.add(timeline.text_size)
        if content.eras:
            sizes.add(timeline.era_size)
        if len({round(size, 2) for size in page | sizes}) > MOST_TYPE_SIZES:
            break
        steps.insert(0, more)
    return steps


def larger_timeline(
    style: PosterStyle, steps: int, content: TimelineContent, fonts: FontSet
) -> TimelineStyle:
    """The timeline style ``steps`` up the type scale. Past two steps only the titles and
    dates grow, set like display type in labels as wide as two steps up's (or as the
    widest word or date, which never break); the texts keep two steps up's size and
    are given whole (up to :data:`MOST_SPARSE_TEXT_LINES` lines), as a sparse page has
    room for them."""
    # The space between labels grows with them, so that numbers set large stay apart.
    timeline = style.larger_timeline(steps)
    timeline = replace(timeline, gap=timeline.gap * TYPE_RATIO**steps)
    if steps <= 2:
        return timeline
    two_up = style.larger_timeline(2)
    widest = [
        fonts.width(word, timeline.title_font, timeline.title_size)
        for event in content.events
        for word in event.title.split()
    ]
    widest += [
        fonts.width(event.date_label, timeline.date_font, timeline.date_size)
        for event in content.events
    ]
    return replace(
        timeline,
        label_width=max([two_up.label_width, *widest]),
        text_size=two_up.text_size,
        max_text_lines=max(timeline.max_text_lines, MOST_SPARSE_TEXT_LINES),
    )
