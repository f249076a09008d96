"""Numbered markers crowding one spot of the axis share one marker and one label, the
run's numbers ("27–31"), so that every number can be traced to its marker; the key
still lists every event."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from test_layout_timeline import MEASURER, event

from lessonpress.layout import Degradation, Frame, Keep, Rect, TimelineStyle, fit_timeline
from lessonpress.layout.items import TimelineEvent

REACH = 8.0
"""A marker's width: numbered markers closer than this are bundled."""

STYLE = replace(TimelineStyle(), bundle_within=REACH)
RUN = re.compile(r"(\d+)(?:–(\d+))?")


def crowded(highlight_at: int | None = None) -> list[TimelineEvent]:
    """Events spread over 2,500 years, and twenty in the single year 1917."""
    spread = [event(f"s{i}", -500 + 100 * i, title=f"Spread event {i}") for i in range(25)]
    crowd = [
        event(f"c{i}", 1917 + i / 40, title=f"Crowded event {i}", highlight=i == highlight_at)
        for i in range(20)
    ]
    return sorted([*spread, *crowd], key=lambda item: item.start)


def numbers_shown(labels: list[str]) -> list[int]:
    """Every number the numbered labels show, a run's each."""
    shown = []
    for text in labels:
        match = RUN.fullmatch(text)
        assert match, text
        low = int(match[1])
        shown += range(low, int(match[2] or low) + 1)
    return shown


def test_a_crowd_of_numbers_is_one_run_with_one_marker() -> None:
    events = crowded()
    frame = Frame(Rect(0, 0, 700, 420), STYLE)
    fit = fit_timeline(events, [], frame, MEASURER, Keep("print"))
    assert fit.step is Degradation.NUMBERED_KEY and not fit.left_out
    assert fit.key is not None and len(fit.key.entries) == len(events)
    titles = [label.lines[-1].text for label in fit.layout.labels]
    assert sorted(numbers_shown(titles)) == list(range(1, len(events) + 1))
    assert len(titles) <= len(events) - 19, "the twenty in 1917 share one label"
    xs = sorted(marker.center.x for marker in fit.layout.markers)
    assert all(right - left >= REACH / 2 for left, right in pairwise(xs)), "no marker on another"
    assert len({label.anchor.x for label in fit.layout.labels}) == len(titles), "one leader each"


def test_a_key_event_parts_a_run() -> None:
    events = crowded(highlight_at=10)
    frame = Frame(Rect(0, 0, 700, 420), STYLE)
    fit = fit_timeline(events, [], frame, MEASURER, Keep("print"))
    assert fit.step is Degradation.NUMBERED_KEY and not fit.left_out
    texts = [label.lines[-1].text for label in fit.layout.labels if not label.highlight]
    assert any(label.highlight for label in fit.layout.labels), "the key event keeps its label"
    assert sorted(numbers_shown(texts)) == list(range(1, len(events)))
    before = [item.key for item in events].index("c10")  # the numbers before it: 1..before
    runs = [match for text in texts if (match := RUN.fullmatch(text))]
    assert any(match[2] and int(match[2]) == before for match in runs), texts
    assert any(match[2] and int(match[1]) == before + 1 for match in runs), texts
