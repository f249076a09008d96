"""The date forms where teachers see them: placed on the poster's axis by the layout, and
in order in the handout and everywhere else (``Lesson.timeline``)."""

from __future__ import annotations

import datetime
from functools import cache
from pathlib import Path

import pytest

from lessonpress.fonts import FontSet
from lessonpress.layout import Rect, TimelineLayout, TimelineStyle, layout_timeline
from lessonpress.load.lesson import load_lesson
from lessonpress.load.theme import load_theme
from lessonpress.model.lesson import Event, Lesson
from lessonpress.present.plan import present
from lessonpress.renderers.timeline_items import timeline_content

LESSON = Path(__file__).resolve().parents[1] / "data" / "lessons" / "every-date-form.yaml"
A1_TIMELINE = Rect(48, 48, 2288, 1400)
"""Most of A1 landscape, where the lesson's poster fits."""


def _instant(iso: str) -> float:
    """The position of the start of a Gregorian day of AD, in fractional years."""
    day = datetime.date.fromisoformat(iso)
    length = 366 if day.year % 4 == 0 and (day.year % 100 or day.year % 400 == 0) else 365
    return day.year + (day.timetuple().tm_yday - 1) / length


# title, where the documented rule places it, its label
PLACED = [
    ("Operation Barbarossa", _instant("1941-06-01"), "Summer 1941"),
    ("The Battle of Moscow", _instant("1941-12-01"), "Winter 1941–42"),
    ("The second wave of the influenza pandemic", _instant("1918-09-01"), "Autumn 1918"),
    ("Rationing across wartime Europe", 1940.0, "early 1940s"),
    ("The Dust Bowl at its worst", 1934.0, "mid-1930s"),
    ("The Scramble for Africa", 1868.0, "late 19th century"),
    ("Joan of Arc is born", 1412.0, "1412?"),
    ("Geoffrey Chaucer is born", 1343.0, "c. 1343?"),
    ("The Gutenberg Bible is printed", 1455.5, "between 1450 and 1460"),
    ("Booker T. Washington is born", 1859.0, "1858 or 1859"),
    ("British women under 30 cannot vote", 1928.0, "before 1928"),
    ("Penicillin is made into a medicine", 1929.0, "after 1928"),
    ("Mickey Mouse on screen", 1928.0, "1928–"),
    ("Romanov rule in Russia", 1917.0, "until 1917"),
    ("The Berlin Wall opens", _instant("1989-11-09"), "November 9–10, 1989"),
    ("Rome is founded, by tradition", -752.0, "c. 753 BC"),
    ("The Berlin Olympics", _instant("1936-06-01"), "Summer 1936"),
    ("The first films are shown", 1890.0, "1890s"),
    ("The Paris Peace Conference", _instant("1919-06-01"), "c. June 1919"),
    ("Bloody Sunday in St Petersburg", _instant("1905-01-22"), "January 22, 1905 (January 9 O.S.)"),
    (
        "Peter the Great founds St Petersburg",
        _instant("1703-05-27"),
        "May 27, 1703 (May 16 O.S.)",
    ),
]


@cache
def _lesson() -> Lesson:
    return load_lesson(LESSON).lesson


@cache
def _poster_timeline() -> TimelineLayout:
    theme = load_theme("classic")
    content = timeline_content(present(_lesson(), theme, "poster"))
    return layout_timeline(
        content.events, content.eras, A1_TIMELINE, FontSet.for_theme(theme), TimelineStyle()
    )


def _event(title: str) -> Event:
    [event] = [event for event in _lesson().events if event.title == title]
    return event


@pytest.mark.parametrize(("title", "position", "label"), PLACED)
def test_every_form_is_placed_on_the_poster_axis_by_its_rule(
    title: str, position: float, label: str
) -> None:
    layout = _poster_timeline()
    key = _event(title).slug
    [marker] = [marker for marker in layout.markers if marker.key == key]
    assert layout.scale.to_position(marker.center.x) == pytest.approx(position, abs=1e-6)
    [shown] = [shown for shown in layout.labels if shown.key == key]
    assert shown.lines[0].text == label


def _index(title: str) -> int:
    return [event.title for event in _lesson().timeline].index(title)


@pytest.mark.parametrize(
    ("earlier", "later"),
    [
        # a season sorts inside its year, at the start of its first month
        ("Revolutions in Russia", "Operation Barbarossa"),  # 1917 before Summer 1941
        ("Operation Barbarossa", "From Barbarossa to the Moscow counter-offensive"),
        ("From Barbarossa to the Moscow counter-offensive", "The Battle of Moscow"),
        ("Siege of Leningrad", "The Battle of Moscow"),  # September 8, 1941 before December
        # a part of a period sorts by its first year
        ("Soviet occupation of eastern Poland", "Rationing across wartime Europe"),
        ("Rationing across wartime Europe", "The Warsaw Uprising"),  # early 1940s before 1944
        ("The Dust Bowl at its worst", "Soviet occupation of eastern Poland"),
        ("Industrialisation of Europe", "The Scramble for Africa"),
        # open ends and betweens sort where they are placed
        ("British women under 30 cannot vote", "Penicillin is made into a medicine"),
        ("Mickey Mouse on screen", "Penicillin is made into a medicine"),
        ("The Gutenberg Bible is printed", "The spinning jenny"),
        ("Gutenberg's printing press", "The Gutenberg Bible is printed"),
    ],
)
def test_every_form_sorts_where_it_is_placed(earlier: str, later: str) -> None:
    assert _index(earlier) < _index(later)
