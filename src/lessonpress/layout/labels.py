"""An event's label as lines of text: the date, the wrapped title and the short text.

Lines break at spaces only. A word wider than the label widens it, up to
:data:`WIDEST_LABEL` times its width; a word of fewer than :data:`LONG_WORD` letters is
never broken, even beyond that (a short word broken mid-syllable reads as two), and a
date breaks only after the dash of a range ("July 10 –" / "October 31, 1940"). A
label that had to break a long word, or to grow past the limit, is *strained* when
smaller type would spare it that: the placement takes the smaller type first.
"""

from __future__ import annotations

from dataclasses import dataclass

from lessonpress.layout.excerpts import excerpt
from lessonpress.layout.items import TimelineEvent
from lessonpress.layout.result import LineRole
from lessonpress.layout.style import LabelSizes, TimelineStyle
from lessonpress.layout.text import (
    FIT_TOLERANCE,
    TextMeasurer,
    baseline_offset,
    line_height,
    wrap_text,
)

WIDEST_LABEL = 1.5
"""How much wider than the style's label width a label may grow to hold a long word."""

LONG_WORD = 12
"""The fewest letters of a word that may be broken between letters, as a last resort."""

LABEL_GAP_EMS = 0.5
"""The least space a dated label keeps from the next label beside it on its lines, in
ems of the ordinary titles' size: two and a half word spaces, where one reads as a line
running on into the next label's date. (Three quarters of an em cost the strip of a
45-event lesson its numbered key, for a selection of two labels.)"""

RANGE_DASH = " – "
"""Where a date may break: after the spaced dash between the two ends of a range."""


@dataclass(frozen=True, slots=True)
class BlockLine:
    """One line of a label, positioned relative to the top-left of the label."""

    text: str
    font: str
    size: float
    baseline_below_top: float
    role: LineRole = "title"


@dataclass(frozen=True, slots=True)
class LabelBlock:
    """The lines of one label and the size of the box they fill."""

    lines: tuple[BlockLine, ...]
    width: float
    height: float
    strained: bool = False
    """Whether a word had to be broken, or the label to grow wider than
    :data:`WIDEST_LABEL` allows, to hold its lines, where the style's smallest type
    would not need to."""
    gap_after: float = 0.0
    """The least space the label keeps from the next label beside it: :data:`LABEL_GAP_EMS`
    for a dated label; for a bare number (the numbered key's), the style's gap."""


def label_block(
    event: TimelineEvent,
    sizes: LabelSizes,
    style: TimelineStyle,
    measurer: TextMeasurer,
    text_lines: int,
) -> LabelBlock:
    """The label of ``event`` at ``sizes``: the date line(s), the title wrapped to the
    label width, and an excerpt of its short text in at most ``text_lines`` lines (cut at
    a sentence or clause end, see :func:`~lessonpress.layout.excerpts.excerpt`)."""
    factor = style.highlight_scale if event.highlight else 1.0
    max_width = style.label_width * factor
    smallest = style.min_size * factor
    date_pieces = _date_pieces(event.date_label)
    date = _wrapped(
        measurer, date_pieces, style.date_font, sizes.date * factor, max_width, smallest, whole=True
    )
    title = _wrapped(
        measurer, event.title.split(), style.title_font, sizes.title * factor, max_width, smallest
    )
    parts: list[tuple[list[str], str, float, LineRole]] = [
        (date.lines, style.date_font, sizes.date * factor, "date"),
        (title.lines, style.title_font, sizes.title * factor, "title"),
    ]
    if text_lines and event.short_text:
        text_size = sizes.text * factor
        text_width = max(max_width, date.width, title.width)

        def wrapped(text: str) -> list[str]:
            return wrap_text(measurer, text, style.text_font, text_size, text_width)

        short = excerpt(event.short_text, lambda text: len(wrapped(text)) <= text_lines)
        if short:
            parts.append((wrapped(short), style.text_font, text_size, "text"))
    lines: list[BlockLine] = []
    top = 0.0
    width = 0.0
    for texts, font, size, role in parts:
        for text in texts:
            baseline = top + baseline_offset(size, style.leading)
            lines.append(BlockLine(text, font, size, baseline, role))
            top += line_height(size, style.leading)
            width = max(width, measurer.width(text, font, size))
    gap_after = LABEL_GAP_EMS * sizes.title if date.lines else 0.0
    return LabelBlock(tuple(lines), width, top, date.strained or title.strained, gap_after)


@dataclass(frozen=True, slots=True)
class _Wrapped:
    """Lines of one part of a label, the width they were wrapped to, and whether that
    broke a word or went past the widest a label may be (where smaller type would not)."""

    lines: list[str]
    width: float
    strained: bool


def _date_pieces(date_label: str) -> list[str]:
    """The pieces a date label is never broken within: the ends of a spaced range,
    the first keeping its dash; none for an undated label (a numbered key's bare
    number), which so takes no date line."""
    if not date_label.strip():
        return []
    ends = date_label.split(RANGE_DASH)
    return [f"{end}{RANGE_DASH.rstrip()}" for end in ends[:-1]] + ends[-1:]


def _wrapped(
    measurer: TextMeasurer,
    pieces: list[str],
    font: str,
    size: float,
    max_width: float,
    smallest: float,
    *,
    whole: bool = False,
) -> _Wrapped:
    """``pieces`` (words, or with ``whole`` a date's pieces) joined by spaces into lines
    of ``max_width``, widened to hold a wider piece up to :data:`WIDEST_LABEL` times as
    wide, and beyond that for a date's piece or a word of fewer than :data:`LONG_WORD`
    letters; a longer word past the limit is broken between letters at ``max_width``. Strained when
    past the limit at ``size`` but within it at the ``smallest`` size the type may take
    (a word longer than even that allows is broken at once)."""
    widths = [measurer.width(piece, font, size) for piece in pieces]
    widest = max(widths, default=0.0)
    limit = max_width * WIDEST_LABEL
    kept = [
        piece_width
        for piece, piece_width in zip(pieces, widths, strict=True)
        if whole or _letters(piece) < LONG_WORD
    ]
    within = [piece_width for piece_width in widths if piece_width <= limit + FIT_TOLERANCE]
    width = max([max_width, *within, *kept])
    lines: list[str] = []
    for piece, piece_width in zip(pieces, widths, strict=True):
        joined = f"{lines[-1]} {piece}" if lines else piece
        if lines and measurer.width(joined, font, size) <= width + FIT_TOLERANCE:
            lines[-1] = joined
        elif piece_width <= width + FIT_TOLERANCE:
            lines.append(piece)
        else:
            lines += wrap_text(measurer, piece, font, size, width)
    shrink = min(1.0, smallest / size)
    strained = limit + FIT_TOLERANCE < widest <= limit / shrink + FIT_TOLERANCE
    return _Wrapped(lines, width, strained)


def _letters(word: str) -> int:
    """How many letters ``word`` has (punctuation and digits aside)."""
    return sum(character.isalpha() for character in word)
