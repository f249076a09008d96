"""Rows and a broken axis: a long or crowded timeline wrapped onto several full-width
axes, read top to bottom like lines of text, or one axis cut where nothing happens.

Each row takes a run of consecutive events (in time order) and has its own scale and
ticks. The runs hold about as many events each, and a row ends where the lesson pauses
longest near that share, so a long stretch without events falls between two rows
rather than across one. A lasting event that runs on past its row's end has its bar
cut at the next row's first instant (its label keeps its whole date).

A broken axis (:func:`split_at_pause`) puts the events before and after the longest
stretch without any event side by side on one row, each part with its own scale and
ticks, so the years of the pause give their room to the events.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from lessonpress.layout.geometry import Rect
from lessonpress.layout.items import TimelineEra, TimelineEvent

BREAK_SHARE = 0.3
"""The least share of a timeline's whole period a stretch without events must take for
the axis to be broken there."""

LEAST_PART_WIDTH = 0.2
"""The least share of the width each side of a broken axis takes."""

CUT_REACH = 0.25
"""How far a row's end may move from an even share of the events to meet the longest
pause, as a share of a row's events."""


@dataclass(frozen=True, slots=True)
class Row:
    """One row's events (bars cut to the row) and eras (cut to its period)."""

    events: tuple[TimelineEvent, ...]
    eras: tuple[TimelineEra, ...]


def split_into_rows(
    events: Sequence[TimelineEvent], eras: Sequence[TimelineEra], count: int
) -> list[Row]:
    """``events`` (in time order) in at most ``count`` rows of consecutive events, each
    with the eras that overlap its period; one row keeps everything as it is."""
    count = max(1, min(count, len(events)))
    if count == 1:
        return [Row(tuple(events), tuple(eras))]
    cuts = _cuts(events, count)
    rows: list[Row] = []
    for first, last in zip((0, *cuts), (*cuts, len(events)), strict=True):
        end = events[last].start if last < len(events) else None
        rows.append(
            _row(
                [_cut_to(event, end) for event in events[first:last]],
                eras,
                cut_before=first > 0,
                cut_after=end is not None,
            )
        )
    return rows


def split_at_pause(
    events: Sequence[TimelineEvent], eras: Sequence[TimelineEra]
) -> list[Row] | None:
    """``events`` (in time order) in the two parts before and after the longest stretch
    that no event (lasting ones included) covers, when it takes at least
    :data:`BREAK_SHARE` of the whole period; else ``None``."""
    cut = _pause_cut(events)
    if cut is None:
        return None
    return [
        _row(events[:cut], eras, cut_before=False, cut_after=True),
        _row(events[cut:], eras, cut_before=True, cut_after=False),
    ]


def has_long_pause(events: Sequence[TimelineEvent]) -> bool:
    """Whether ``events`` (in any order) leave a stretch without any event long enough
    for the axis to be broken there (see :func:`split_at_pause`)."""
    ordered = sorted(events, key=lambda event: (event.start, event.last_position))
    return _pause_cut(ordered) is not None


def _pause_cut(events: Sequence[TimelineEvent]) -> int | None:
    """The index of the first event after the longest stretch no event covers, when it
    takes at least :data:`BREAK_SHARE` of the whole period; else ``None``."""
    if len(events) < 2:
        return None
    first = events[0].start
    last = max(event.last_position for event in events)
    reached = events[0].last_position
    pause, cut = 0.0, 0
    for index in range(1, len(events)):
        if events[index].start - reached > pause:
            pause, cut = events[index].start - reached, index
        reached = max(reached, events[index].last_position)
    if last <= first or pause < BREAK_SHARE * (last - first):
        return None
    return cut


def part_bounds(bounds: Rect, parts: Sequence[Row], gap: float) -> list[Rect]:
    """Side-by-side bands of ``bounds`` for the parts of a broken axis, ``gap`` apart,
    as wide as their share of the events (each at least :data:`LEAST_PART_WIDTH`)."""
    total = sum(len(part.events) for part in parts)
    shares = [
        min(1 - LEAST_PART_WIDTH, max(LEAST_PART_WIDTH, len(part.events) / total)) for part in parts
    ]
    usable = bounds.width - gap * (len(parts) - 1)
    bands: list[Rect] = []
    left = bounds.left
    for share in shares:
        width = usable * share / sum(shares)
        bands.append(Rect(left, bounds.y, width, bounds.height))
        left += width + gap
    return bands


def _row(
    events: Sequence[TimelineEvent],
    eras: Sequence[TimelineEra],
    *,
    cut_before: bool,
    cut_after: bool,
) -> Row:
    """``events`` with the eras that overlap their period, cut to it; ``cut_before`` and
    ``cut_after`` say whether the row begins or ends at a cut of the timeline."""
    start = events[0].start
    stop = max(event.last_position for event in events)
    row_eras = tuple(
        era.cut_to(start, stop, cut_before=cut_before, cut_after=cut_after)
        for era in eras
        if era.start < stop and era.end > start
    )
    return Row(tuple(events), row_eras)


def row_bounds(bounds: Rect, count: int, gap: float) -> list[Rect]:
    """``count`` full-width bands of ``bounds``, top first, ``gap`` apart."""
    height = (bounds.height - gap * (count - 1)) / count
    return [
        Rect(bounds.left, bounds.top - (index + 1) * height - index * gap, bounds.width, height)
        for index in range(count)
    ]


def _cuts(events: Sequence[TimelineEvent], count: int) -> list[int]:
    """The index of each row's first event after the first row: near an even share of
    the events, at the longest pause within reach of it; a stretch long enough to break
    the axis at (:func:`split_at_pause`) always ends a row, in place of the nearest cut."""
    share = len(events) / count
    reach = max(1, round(share * CUT_REACH))
    cuts: list[int] = []
    for row in range(1, count):
        target = round(row * share)
        low = max(cuts[-1] + 1 if cuts else 1, target - reach)
        high = min(len(events) - (count - row), target + reach)
        candidates = range(low, max(low, high) + 1)
        cuts.append(
            max(candidates, key=lambda cut: (_pause_before(events, cut), -abs(cut - target)))
        )
    pause = _pause_cut(events)
    if pause is not None and pause not in cuts:
        nearest = min(range(len(cuts)), key=lambda index: abs(cuts[index] - pause))
        cuts[nearest] = pause
    return sorted(set(cuts))


def _pause_before(events: Sequence[TimelineEvent], index: int) -> float:
    """The time between the event at ``index`` and the start of the one before it."""
    return events[index].start - events[index - 1].start


def _cut_to(event: TimelineEvent, end: float | None) -> TimelineEvent:
    """``event`` with its bar ending no later than ``end``."""
    if end is None or not event.is_range or event.last_position <= end:
        return event
    return replace(event, end=max(event.start, end))
