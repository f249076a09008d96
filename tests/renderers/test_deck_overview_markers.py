"""The overview's markers, read back from the deck's shapes: none lies over another, and
a leader touches a marker only where it starts, at that marker's centre. Before, events
a few years apart on a long axis (1917, 1933 and 1941 beside ancient Greece) were one
blob of markers with their leaders converging on it."""

from __future__ import annotations

import io
from itertools import combinations
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.shapes.base import BaseShape
from pptx.shapes.connector import Connector

from conftest import LESSONS
from lessonpress.layout import Rect, Segment
from lessonpress.layout.geometry import Point
from lessonpress.layout.leaders import segment_crosses_rect
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.renderers.base import RenderOptions
from lessonpress.renderers.deck import DeckRenderer
from lessonpress.renderers.deck.marker_spread import MARKER_GAP, spread_centers

EMU_PER_POINT = 12700
HAIR = 0.5
"""Points of rounding to EMU forgiven in a comparison."""


def overview_slides(lesson: Path) -> list[tuple[BaseShape, ...]]:
    """The shapes of each overview slide of ``lesson``'s deck in the classic theme."""
    data = DeckRenderer().render(load_lesson(lesson).lesson, load_theme("classic"), RenderOptions())
    slides = Presentation(io.BytesIO(data)).slides
    return [tuple(slide.shapes) for slide in slides if any(s.name == "Axis" for s in slide.shapes)]


def _centre(marker: BaseShape) -> Point:
    return Point(
        (marker.left + marker.width / 2) / EMU_PER_POINT,
        (marker.top + marker.height / 2) / EMU_PER_POINT,
    )


def _half(marker: BaseShape) -> float:
    return marker.width / 2 / EMU_PER_POINT


def _inner_box(marker: BaseShape) -> Rect:
    """The marker's box less a hair all round, so that a leader ending at its edge or
    passing it by a rounding error does not count as touching it."""
    centre, half = _centre(marker), _half(marker) - HAIR
    return Rect(centre.x - half, centre.y - half, 2 * half, 2 * half)


def _segment(line: Connector) -> Segment:
    return Segment(
        Point(line.begin_x / EMU_PER_POINT, line.begin_y / EMU_PER_POINT),
        Point(line.end_x / EMU_PER_POINT, line.end_y / EMU_PER_POINT),
    )


def _near(a: Point, b: Point) -> bool:
    return abs(a.x - b.x) <= HAIR and abs(a.y - b.y) <= HAIR


def _leaders(shapes: tuple[BaseShape, ...]) -> list[list[Segment]]:
    """Each leader as its pieces from its anchor on: a bent one is drawn as several
    connectors in a row, each starting where the one before ends."""
    leaders: list[list[Segment]] = []
    for shape in shapes:
        if isinstance(shape, Connector) and shape.name == "Leader":
            piece = _segment(shape)
            if leaders and _near(leaders[-1][-1].end, piece.start):
                leaders[-1].append(piece)
            else:
                leaders.append([piece])
    return leaders


@pytest.mark.parametrize(
    "lesson", ["cyrillic-greek", "poster-crowded-frame", "long-range", "long-texts"]
)
def test_markers_stand_apart_and_each_leader_ends_at_its_own(lesson: str) -> None:
    for number, shapes in enumerate(overview_slides(LESSONS / f"{lesson}.yaml"), start=1):
        markers = [shape for shape in shapes if shape.name.startswith("Marker:")]
        leaders = _leaders(shapes)
        stacked = [
            (a.name, b.name)
            for a, b in combinations(markers, 2)
            if abs(_centre(a).x - _centre(b).x) < _half(a) + _half(b) - HAIR
            and abs(_centre(a).y - _centre(b).y) < _half(a) + _half(b) - HAIR
        ]
        assert not stacked, f"slide {number}: markers over one another: {stacked}"
        through = [
            marker.name
            for marker in markers
            for leader in leaders
            if any(segment_crosses_rect(piece, _inner_box(marker)) for piece in leader)
            and not _near(leader[0].start, _centre(marker))
        ]
        assert not through, f"slide {number}: leaders run into {through}"


@pytest.mark.parametrize(
    ("xs", "centres"),
    [
        ([10.0, 50.0, 90.0], [10.0, 50.0, 90.0]),  # apart already: where they are
        ([50.0, 50.0], [50.0 - 6.0 - MARKER_GAP / 2, 50.0 + 6.0 + MARKER_GAP / 2]),
        ([0.0, 1.0], [0.0, 12.0 + MARKER_GAP]),  # at the axis's start: kept on it
        ([100.0, 100.0], [100.0 - 12.0 - MARKER_GAP, 100.0]),  # at its end: likewise
    ],
)
def test_crowded_centres_spread_about_their_dates(xs: list[float], centres: list[float]) -> None:
    assert spread_centers(xs, [6.0] * len(xs), 0.0, 100.0) == pytest.approx(centres)
