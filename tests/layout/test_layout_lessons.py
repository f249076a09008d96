"""The real lessons whose events crowd together fit on a tabloid poster's timeline.

Measured with the classic theme's real fonts (``FontSet``), through the same adapter as
the poster (``timeline_content``), in the timeline area of tabloid landscape.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from layout_checks import assert_leaders_clear

from lessonpress.fonts import FontSet
from lessonpress.layout import LayoutError, Rect, TimelineStyle, layout_timeline
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.present import present
from lessonpress.renderers.timeline_items import timeline_content

LESSONS = Path(__file__).resolve().parents[1] / "data" / "lessons"
TABLOID_TIMELINE = Rect(36, 36, 1152, 720)
"""Tabloid landscape (17 x 11 in) inside a half-inch margin."""


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    return FontSet.for_theme(load_theme("classic"))


@pytest.mark.parametrize(
    "name",
    [
        "ancient-rome",
        "world-war-two-45",
        "cyrillic-greek",
        pytest.param(
            "every-date-form",
            marks=pytest.mark.xfail(
                raises=LayoutError,
                strict=True,
                reason="too many events within a year beside the right edge for labels "
                "alone; the poster numbers them with a key (fit_timeline's last step)",
            ),
        ),
    ],
)
def test_crowded_lessons_fit_on_tabloid(name: str, fonts: FontSet) -> None:
    lesson = load_lesson(LESSONS / f"{name}.yaml").lesson
    content = timeline_content(present(lesson, load_theme("classic"), "poster"))
    layout = layout_timeline(content.events, content.eras, TABLOID_TIMELINE, fonts, TimelineStyle())
    assert len(layout.labels) == len(content.events)
    boxes = layout.collision_boxes()
    assert all(TABLOID_TIMELINE.contains(box) for box in boxes)
    for index, box in enumerate(boxes):
        assert not any(box.intersects(other) for other in boxes[index + 1 :])
    assert_leaders_clear(layout)
